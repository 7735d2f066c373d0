/**
 * Issue 11, "Nothing in the way": glossary explanations open in the flow and cover no answer;
 * focus never falls to the page when the request button waits.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, $$, chooseAll, describeFocus, mount } from '../helpers.js';
import { describeNode, mountWidget, resetPage, settle, STEP_CASES, walkTo } from '../a11y/support.js';

const terms = (el: SsprCodeHelp) => $$<HTMLButtonElement>(el, '[part="term"]');

/** The element a pointer at the centre of `node` lands on, in the widget's shadow root. */
function hitAtCentre(el: SsprCodeHelp, node: Element): Element | null {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  return el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
}

describe('glossary explanations: in the flow, over nothing', function () {
  this.timeout(120_000);
  afterEach(resetPage);

  for (const target of STEP_CASES) {
    it(`every answer on "${target.name}" stays clickable with each explanation open`, async () => {
      const el = await mountWidget({ waiting: target.waiting });
      await walkTo(el, target);
      for (const term of terms(el)) {
        term.click();
        await settle(el);
        expect(term.getAttribute('aria-expanded')).to.equal('true');
        const controls = $$(el, '[part="answer"], [part="retry"], [part="nav"] button');
        for (const control of controls) {
          const hit = hitAtCentre(el, control);
          expect(
            hit && control.contains(hit),
            `${describeNode(control)} is hit, not ${hit && describeNode(hit)}`,
          ).to.equal(true);
        }
      }
    });
  }

  it('is a disclosure: a second press or Escape closes it, focus stays on the term', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    const term = terms(el)[0];
    const text = $(el, `#${term.getAttribute('aria-controls')}`)!;
    expect(text.hasAttribute('popover'), 'not a floating popover').to.equal(false);
    term.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(text.textContent).to.equal(en.glossary.extraVerification.text);
    // In the flow: below its button, above the answers, which it pushes down.
    const firstAnswer = $(el, '[part="answer"]')!;
    expect(text.getBoundingClientRect().top).to.be.at.least(term.getBoundingClientRect().bottom - 1);
    expect(firstAnswer.getBoundingClientRect().top).to.be.at.least(text.getBoundingClientRect().bottom);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(text.getBoundingClientRect().height).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(describeFocus(el.shadowRoot!.activeElement)).to.equal(describeFocus(term));
  });

  it('takes the first Escape in popover mode; the panel stays open', async () => {
    const el = await fixture<SsprCodeHelp>(
      html`<sspr-code-help mode="popover" channel="sms" storage="none"></sspr-code-help>`,
    );
    el.show();
    await waitUntil(() => $(el, '[part="panel"]')!.matches(':popover-open'), 'the panel did not open');
    await settle(el);
    const term = terms(el)[0];
    term.focus();
    term.click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="panel"]')!.classList.contains('open'), 'the panel is still open').to.equal(true);
  });
});

describe('focus stays in the widget when the request button waits', () => {
  for (const [route, setUp] of [
    ['a retryHandler', (el: SsprCodeHelp) => (el.retryHandler = () => Promise.resolve())],
    ['the user saying they asked', () => undefined],
  ] as const) {
    it(`Enter on the button keeps focus on it, unavailable while the wait runs (${route})`, async () => {
      const el = await mount({ channel: 'voice', storage: 'none' });
      setUp(el);
      await chooseAll(el, ['yes', 'no']);
      const retry = $<HTMLButtonElement>(el, '[part="retry"]')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect($(el, '[role="timer"]'), 'a wait runs').to.exist;
      expect(retry.getAttribute('aria-disabled')).to.equal('true');
      expect(describeFocus(document.activeElement), 'not the page').to.equal(describeFocus(el));
      expect(describeFocus(el.shadowRoot!.activeElement)).to.equal(describeFocus(retry));
      // Unavailable means unavailable: a second Enter asks for nothing.
      const retries = sinon.spy();
      el.addEventListener('sspr-retry', retries);
      await sendKeys({ press: 'Enter' });
      expect(retries.callCount).to.equal(0);
    });
  }
});
