/**
 * The baseline for `npm run size` (the dependency floor) and `npm run bench` (first render, step
 * change, heap): a bare Lit element built from what the script-tag file itself contains, lit and
 * i18next, used the way <sspr-code-help> uses them (a private i18next instance with bundled
 * English), rendering one heading with two answer buttons. Like the script, it loads its
 * floating-ui placement with `import()` (bench/baseline-placement.ts, a chunk of its own), so
 * the entry file holds exactly what dist/cdn/sspr-code-help.js holds and no more. Built by
 * bench/build-baseline.mjs with the project's vite.config.ts.
 */
import i18next from 'i18next';
import { css, html, LitElement } from 'lit';

const english = {
  first: 'Which code are you waiting for?',
  second: 'Did you set up a phone number for password reset?',
  yes: 'Yes',
  no: 'No',
};

export class BaselineElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    button {
      min-block-size: 44px;
    }
  `;

  // No decorators and no initialiser on the reactive field: bench/ is outside tsconfig.json, so the
  // build would not apply its decorator settings, and a class field would shadow Lit's accessor.
  static override properties = { step: { state: true } };
  declare step: number;
  private readonly i18n = i18next.createInstance();

  constructor() {
    super();
    this.step = 0;
    void this.i18n.init({ lng: 'en', resources: { en: { translation: english } }, initAsync: false });
  }

  /** Anchors `floating` to `anchor`, loading the placement chunk on first use as the popover does. */
  async place(anchor: Element, floating: HTMLElement, arrowElement: HTMLElement): Promise<() => void> {
    const { place } = await import('./baseline-placement.js');
    return place(anchor, floating, arrowElement);
  }

  private readonly toggleStep = () => {
    this.step = 1 - this.step;
  };

  override render() {
    const t = (key: keyof typeof english) => this.i18n.t(key);
    return html`<section>
      <h2 tabindex="-1">${this.step === 0 ? t('first') : t('second')}</h2>
      <button type="button" data-answer="yes" @click=${this.toggleStep}>${t('yes')}</button>
      <button type="button" data-answer="no" @click=${this.toggleStep}>${t('no')}</button>
    </section>`;
  }
}

if (!customElements.get('baseline-element')) customElements.define('baseline-element', BaselineElement);
