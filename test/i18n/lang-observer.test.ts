/**
 * One document-level `lang` observer serves every element: made by the first to connect,
 * disconnected with the last, and each element still follows the page's language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';

/** Counts MutationObservers that watch `lang` on the whole document, and their disconnections. */
function countLangObservers() {
  const Original = window.MutationObserver;
  const counts = { watching: 0, disconnected: 0 };
  class Counting extends Original {
    private watchesLang = false;
    override observe(target: Node, options?: MutationObserverInit) {
      if (target === document.documentElement && options?.attributeFilter?.includes('lang')) {
        this.watchesLang = true;
        counts.watching++;
      }
      super.observe(target, options);
    }
    override disconnect() {
      if (this.watchesLang) counts.disconnected++;
      super.disconnect();
    }
  }
  window.MutationObserver = Counting;
  return { counts, restore: () => (window.MutationObserver = Original) };
}

describe('the shared lang observer', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('is made once for many elements and torn down with the last', async () => {
    const { counts, restore } = countLangObservers();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <sspr-code-help storage="none"></sspr-code-help>
        <sspr-code-help storage="none"></sspr-code-help>
        <sspr-code-help storage="none"></sspr-code-help>
      </div>`);
      const elements = [...wrapper.querySelectorAll<SsprCodeHelp>('sspr-code-help')];
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(counts.watching, 'one observer for three elements').to.equal(1);

      // Every element follows the page's language through it.
      document.documentElement.lang = 'de';
      await waitUntil(
        () => elements.every((el) => el.shadowRoot!.querySelector('section.card')?.getAttribute('lang') === 'de'),
        'every element switched to German',
        { timeout: 5000 },
      );

      elements[0].remove();
      elements[1].remove();
      expect(counts.disconnected, 'still watching while one element is left').to.equal(0);
      elements[2].remove();
      expect(counts.disconnected, 'torn down with the last element').to.equal(1);

      wrapper.append(elements[0]);
      await elements[0].updateComplete;
      expect(counts.watching, 'made again for the next element').to.equal(2);
    } finally {
      restore();
    }
  });
});
