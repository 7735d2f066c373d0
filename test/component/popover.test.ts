import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, chooseAll, heading, describeFocus } from '../helpers.js';

const panel = (el: SsprCodeHelp) => $(el, '[part="panel"]')!;
const isOpen = (el: SsprCodeHelp) => panel(el).classList.contains('open');
/** Lets Lit render, the placement code load (a lazy chunk) and floating-ui position the panel. */
const settle = async (el: SsprCodeHelp) => {
  await el.updateComplete;
  await waitUntil(
    () => !panel(el) || isOpen(el) === panel(el).matches(':popover-open'),
    'the panel did not open or close',
    { timeout: 3000 },
  );
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('popover mode', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage))
      if (key.startsWith('sspr-code-help:')) sessionStorage.removeItem(key);
  });

  it('one panel at a time: opening a second closes the first (a keyboard user never has two)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <sspr-code-help id="first" mode="popover" storage="none"></sspr-code-help>
      <sspr-code-help id="second" mode="popover" storage="none"></sspr-code-help>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll<SsprCodeHelp>('sspr-code-help')];
    await Promise.all([first.updateComplete, second.updateComplete]);
    $<HTMLButtonElement>(first, '[part="trigger"]')!.click();
    await settle(first);
    expect(isOpen(first)).to.equal(true);
    // .click() sends no pointerdown, as Enter on the trigger: the first panel's outside-click close does not run
    $<HTMLButtonElement>(second, '[part="trigger"]')!.click();
    await settle(second);
    await settle(first);
    expect(isOpen(second)).to.equal(true);
    expect(isOpen(first), 'the first closed').to.equal(false);
    expect($(first, '[part="trigger"]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('renders its own trigger and opens an anchored panel, focus inside', async () => {
    const el = await fixture<SsprCodeHelp>(html`<sspr-code-help mode="popover" storage="none"></sspr-code-help>`);
    const trigger = $<HTMLButtonElement>(el, '[part="trigger"]')!;
    expect(trigger.textContent).to.equal(en.widget.trigger);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(isOpen(el)).to.equal(false);
    trigger.click();
    await settle(el);
    expect(isOpen(el)).to.equal(true);
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el).matches(':popover-open')).to.equal(true);
    expect(describeFocus(el.shadowRoot!.activeElement)).to.equal(describeFocus($(el, 'h2')));
    const box = panel(el).getBoundingClientRect();
    const anchor = trigger.getBoundingClientRect();
    expect(box.top).to.be.at.least(anchor.bottom);
  });

  it('opens from the page element named by for, and Escape closes it with focus back', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <a id="no-code" href="#nowhere">Didn't get a code?</a>
      <sspr-code-help mode="popover" for="no-code" channel="sms" storage="none"></sspr-code-help>
    </div>`);
    const link = wrapper.querySelector<HTMLAnchorElement>('#no-code')!;
    const el = wrapper.querySelector('sspr-code-help')!;
    await el.updateComplete;
    expect(Boolean($(el, '[part="trigger"]')), 'should be absent').to.equal(false);
    expect(link.getAttribute('aria-expanded')).to.equal('false');
    expect(link.getAttribute('aria-controls')).to.equal(el.id);
    link.focus();
    link.click();
    await settle(el);
    expect(location.hash).to.not.equal('#nowhere');
    expect(isOpen(el)).to.equal(true);
    expect(link.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    expect(describeFocus(document.activeElement)).to.equal(describeFocus(link));
  });

  it('closes on an outside click, and keeps its place when reopened', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="outside">elsewhere</button>
      <sspr-code-help mode="popover" channel="voice" storage="none"></sspr-code-help>
    </div>`);
    const el = wrapper.querySelector('sspr-code-help')!;
    await el.updateComplete;
    el.show();
    await settle(el);
    await chooseAll(el, ['yes', 'no']);
    expect(heading(el)).to.equal(en.steps.wait.title);
    wrapper
      .querySelector('#outside')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    el.show();
    await settle(el);
    expect(heading(el)).to.equal(en.steps.wait.title);
    el.hide();
    await settle(el);
    expect(isOpen(el)).to.equal(false);
  });

  it('returns focus to the trigger after an outside click on nothing focusable, and leaves it on a control clicked', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <p id="plain" style="margin: 0; padding: 24px 0">Plain text, nothing to focus</p>
      <button id="outside">elsewhere</button>
      <sspr-code-help mode="popover" channel="voice" storage="none"></sspr-code-help>
    </div>`);
    const el = wrapper.querySelector('sspr-code-help')!;
    await el.updateComplete;
    const clickCentre = async (node: Element) => {
      node.scrollIntoView({ block: 'center' });
      const box = node.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 8), Math.round(box.y + box.height / 2)] });
      await settle(el);
    };
    $<HTMLButtonElement>(el, '[part="trigger"]')!.click();
    await settle(el);
    expect(describeFocus(el.shadowRoot!.activeElement)).to.equal(describeFocus($(el, 'h2')));
    await clickCentre(wrapper.querySelector('#plain')!);
    expect(isOpen(el)).to.equal(false);
    expect(describeFocus(document.activeElement), 'focus on the page, not the body').to.equal(describeFocus(el));
    expect(describeFocus(el.shadowRoot!.activeElement)).to.equal(describeFocus($(el, '[part="trigger"]')));
    $<HTMLButtonElement>(el, '[part="trigger"]')!.click();
    await settle(el);
    const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
    await clickCentre(outside);
    expect(isOpen(el)).to.equal(false);
    expect(describeFocus(document.activeElement), 'the clicked control keeps focus').to.equal(describeFocus(outside));
  });

  it('warns about a for= id that is not on the page and falls back to its own trigger', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<SsprCodeHelp>(
        html`<sspr-code-help mode="popover" for="missing" storage="none"></sspr-code-help>`,
      );
      expect($(el, '[part="trigger"]')).to.exist;
      expect(warnings.filter((w) => w.includes('for="missing"'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('fits a 320 px wide screen', async () => {
    const el = await fixture<SsprCodeHelp>(html`<sspr-code-help mode="popover" storage="none"></sspr-code-help>`);
    el.show();
    await settle(el);
    const box = panel(el).getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
  });
});
