/**
 * Keyboard only: real key presses walk the whole wizard (keyboard-walk.ts). On every step,
 * Tab reaches every button, link and field; an answer is pressed with Enter or Space; focus
 * lands on the new step's heading. The walk is generated from the decision tree
 * (test/step-graph.ts): every answer that leads somewhere new, Back after each branch, then
 * "I got my code" and Start over; so every step of `STEPS` is shown, a new one included.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $ } from '../helpers.js';
import { allSteps, tour } from '../step-graph.js';
import {
  expectFocus,
  focused,
  mountBetweenButtons,
  press,
  shiftTab,
  shiftTabTo,
  SPACE,
  tabTo,
  walkWithKeys,
} from './keyboard-walk.js';
import { currentStepOf, resetPage, settle } from './support.js';

describe('keyboard only', function () {
  this.timeout(180_000);
  afterEach(resetPage);

  it('walks every step, then "I got my code" and Start over', async () => {
    const { el, before, after } = await mountBetweenButtons();

    // Into the widget from the page: the first Tab lands on the first answer.
    before.focus();
    await sendKeys({ press: 'Tab' });
    expectFocus(el, $(el, '[data-answer="sms"]'), 'Tab from the heading');
    await shiftTab();
    before.focus();
    $(el, 'h2')!.focus(); // the state every later step starts in: focus on the heading

    const visited = await walkWithKeys(el, after, tour(), {
      // A glossary term opens and closes from the keyboard.
      enrolled: async () => {
        const term = $(el, '.term-button')!;
        $(el, 'h2')!.focus();
        await tabTo(el, term);
        await press(el, () => term.getAttribute('aria-expanded') === 'true', 'the glossary term opens');
        await press(el, () => term.getAttribute('aria-expanded') === 'false', 'the glossary term closes');
      },
      // The checklist: Space ticks a box.
      phone: async () => {
        const box = $<HTMLInputElement>(el, '.checklist input')!;
        await shiftTabTo(el, box);
        await sendKeys({ press: SPACE });
        await waitUntil(() => box.checked, 'Space ticks the checkbox', { timeout: 5000 });
      },
    });
    expect(currentStepOf(el), 'Start over returns to the first step').to.equal('channel');
    expect([...visited].sort(), 'every step of STEPS shown').to.deep.equal(allSteps().sort());
  });

  it('popover: Enter opens from the trigger, keys answer, Escape closes with focus back on the trigger', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button>
        <sspr-code-help mode="popover" storage="none" theme="light"></sspr-code-help>
        <button id="after">after</button>
      </div>`,
    );
    const el = wrapper.querySelector<SsprCodeHelp>('sspr-code-help')!;
    await settle(el);
    const trigger = $(el, '[part="trigger"]')!;
    const heading = () => $(el, 'h2');
    /** A key, then the state it leads to (with a deadline), then a settled layout. */
    const key = async (name: string, effect: () => boolean, what: string) => {
      await sendKeys({ press: name });
      await waitUntil(effect, what, { timeout: 5000 });
      await settle(el);
    };

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expectFocus(el, trigger, 'Tab from the page');
    await key(
      'Enter',
      () => heading() !== null && focused(el) === heading(),
      'Enter opens the panel, focus on the heading',
    );
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');

    // Tab goes from the heading to the answers; Shift+Tab reaches the close button before it.
    await sendKeys({ press: 'Tab' });
    expectFocus(el, $(el, '[data-answer="sms"]'), 'Tab from the heading');
    await key(SPACE, () => currentStepOf(el) === 'enrolled', 'Space answers');
    expectFocus(el, heading(), 'after an answer');
    // Firefox puts the card itself in between when it scrolls (a keyboard-scrollable region).
    await shiftTabTo(el, $(el, '[part="close"]')!);

    await key('Escape', () => focused(el) === trigger, 'Escape closes, focus back on the trigger');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');

    // Reopened with Space, it keeps its place; the close button closes it too.
    await key(SPACE, () => focused(el) === heading(), 'Space reopens the panel');
    expect(currentStepOf(el)).to.equal('enrolled');
    await shiftTabTo(el, $(el, '[part="close"]')!);
    await key('Enter', () => focused(el) === trigger, 'the close button closes, focus back on the trigger');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
  });
});
