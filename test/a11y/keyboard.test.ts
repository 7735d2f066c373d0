/**
 * Keyboard only: real key presses (Tab, Shift+Tab, Enter, Space, Escape through the browser's
 * automation, not synthetic events) walk the whole wizard. On every step, Tab reaches every
 * button, link and field; an answer is pressed with Enter or Space; focus lands on the new
 * step's heading. One walk touches all fifteen steps (Back once, for the branch it skips) and
 * ends at the help desk, "I got my code" and Start over.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StepId } from '../../src/flow/steps.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $ } from '../helpers.js';
import { controls, currentStepOf, describeNode, FULL, resetPage, settle, underWebDriver } from './support.js';

/** The focused element, looking into the widget's shadow root. */
function focused(el: SsprCodeHelp): Element | null {
  const active = document.activeElement;
  return active === el ? el.shadowRoot!.activeElement : active;
}

const MAX_PRESSES = 60;

/**
 * Asserts where focus is. Compares descriptions, not the elements themselves: a failed chai
 * comparison of two DOM nodes stalls Firefox's result reporting until the file times out.
 */
function expectFocus(el: SsprCodeHelp, target: Element | null, message: string): void {
  const now = focused(el);
  expect(
    now === target,
    `${message}: focus is on ${now ? describeNode(now) : 'nothing'}, not ${target ? describeNode(target) : 'nothing'}`,
  ).to.equal(true);
}

/**
 * Shift+Tab. Chromium and Firefox run under puppeteer, which holds Shift down across calls.
 * WebKitGTK runs under WebDriver, where sendKeys takes only "press": the chord is sent as one
 * press of the WebDriver key code points for Shift (U+E008) and Tab (U+E004).
 */
async function shiftTab(): Promise<void> {
  if (underWebDriver) {
    await sendKeys({ press: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** The space bar (" " is the one name that all three automation protocols accept). */
const SPACE = ' ';

/**
 * From the heading, Tab until focus leaves the widget (onto the page's "after" button),
 * and return every element focused on the way.
 */
async function tabThrough(el: SsprCodeHelp, after: HTMLElement): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < MAX_PRESSES; i++) {
    await sendKeys({ press: 'Tab' });
    const now = focused(el);
    if (now === after) return stops;
    if (now) stops.push(now);
  }
  throw new Error(`Tab did not leave the widget after ${MAX_PRESSES} presses`);
}

/** Tab forward (from the heading) until `target` has focus. */
async function tabTo(el: SsprCodeHelp, target: Element): Promise<void> {
  for (let i = 0; i < MAX_PRESSES && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expectFocus(el, target, 'Tab');
}

/**
 * Shift+Tab (from the "after" button) until `target` has focus. Never used to wrap around the
 * page: past the first element, focus goes to the browser's own UI.
 */
async function shiftTabTo(el: SsprCodeHelp, target: Element): Promise<void> {
  for (let i = 0; i < MAX_PRESSES && focused(el) !== target; i++) await shiftTab();
  expectFocus(el, target, 'Shift+Tab');
}

let presses = 0;
/**
 * Enter and Space in turn (both must work on every native button), then waits for the effect:
 * Space clicks on key-up, which a loaded machine may run a moment after the automation returns.
 */
async function press(el: SsprCodeHelp, effect: () => boolean, what: string): Promise<void> {
  const key = presses++ % 2 === 0 ? 'Enter' : SPACE;
  await sendKeys({ press: key });
  await waitUntil(effect, `${key === SPACE ? 'Space' : key}: ${what}`, { timeout: 5000 });
  await settle(el);
}

/** Every operable control on the step is a Tab stop, and the heading holds focus on arrival. */
async function checkStep(el: SsprCodeHelp, after: HTMLElement, step: StepId, visited: Set<StepId>): Promise<void> {
  expect(currentStepOf(el), 'step shown').to.equal(step);
  expectFocus(el, $(el, 'h2'), `arriving on "${step}"`);
  visited.add(step);
  const stops = await tabThrough(el, after);
  const reachable = controls(el).filter((node) => !(node as HTMLButtonElement).disabled);
  const missed = reachable.filter((node) => !stops.includes(node));
  expect(missed.map(describeNode), `controls on "${step}" that Tab never reached`).to.deep.equal([]);
}

/** The step's checks, then Shift+Tab back to `selector` and press it: the next step shows. */
async function leaveStep(el: SsprCodeHelp, after: HTMLElement, step: StepId, selector: string, visited: Set<StepId>) {
  await checkStep(el, after, step, visited);
  await shiftTabTo(el, $(el, selector)!);
  const before = stepChanges;
  await press(el, () => stepChanges > before, `pressing ${selector} on "${step}" shows another step`);
}

const answerWithKeys = (el: SsprCodeHelp, after: HTMLElement, step: StepId, answer: string, visited: Set<StepId>) =>
  leaveStep(el, after, step, `[part="answer"][data-answer="${answer}"]`, visited);

const navWithKeys = leaveStep;

let stepChanges = 0;
document.addEventListener('sspr-step', () => stepChanges++);

describe('keyboard only', function () {
  this.timeout(120_000);
  afterEach(resetPage);

  it('walks every step to the help desk, "I got my code" and Start over', async () => {
    const attrs = Object.entries(FULL)
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button>
        <div id="slot"></div>
        <button id="after">after</button>
      </div>`,
    );
    wrapper.querySelector('#slot')!.innerHTML = `<sspr-code-help ${attrs}></sspr-code-help>`;
    const el = wrapper.querySelector<SsprCodeHelp>('sspr-code-help')!;
    const after = wrapper.querySelector<HTMLButtonElement>('#after')!;
    await settle(el);
    const visited = new Set<StepId>();

    // Into the widget from the page: the first Tab lands on the first answer.
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expectFocus(el, $(el, '[data-answer="sms"]'), 'Tab from the heading');
    await shiftTab();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    $(el, 'h2')!.focus(); // the state every later step starts in: focus on the heading

    await answerWithKeys(el, after, 'channel', 'sms', visited);
    // A glossary term opens and closes from the keyboard.
    const term = $(el, '.term-button')!;
    await tabTo(el, term);
    await press(el, () => term.getAttribute('aria-expanded') === 'true', 'the glossary term opens');
    await press(el, () => term.getAttribute('aria-expanded') === 'false', 'the glossary term closes');
    $(el, 'h2')!.focus();
    await answerWithKeys(el, after, 'enrolled', 'no', visited);
    await answerWithKeys(el, after, 'not-enrolled', 'sure', visited);
    await answerWithKeys(el, after, 'locked', 'yes', visited);
    await answerWithKeys(el, after, 'locked-out', 'unlocked', visited);
    await answerWithKeys(el, after, 'number', 'no', visited);
    await navWithKeys(el, after, 'wrong-number', '.back', visited);
    await answerWithKeys(el, after, 'number', 'yes', visited);
    await answerWithKeys(el, after, 'wait', 'still-nothing', visited);
    // The checklist: Space ticks a box.
    await checkStep(el, after, 'phone', visited);
    const box = $<HTMLInputElement>(el, '.checklist input')!;
    await shiftTabTo(el, box);
    await sendKeys({ press: SPACE });
    await waitUntil(() => box.checked, 'Space ticks the checkbox', { timeout: 5000 });
    $(el, 'h2')!.focus();
    await answerWithKeys(el, after, 'phone', 'all-fine', visited);
    await answerWithKeys(el, after, 'outage', 'incident', visited);
    await answerWithKeys(el, after, 'outage-known', 'another-way', visited);
    await answerWithKeys(el, after, 'another-way', 'okta-verify', visited);
    await answerWithKeys(el, after, 'use-okta-verify', 'not-set-up', visited);
    await navWithKeys(el, after, 'help-desk', '.got-code', visited);
    await navWithKeys(el, after, 'resolved', '[part="nav"] button:not(.got-code):not(.back)', visited);
    expect(currentStepOf(el), 'Start over returns to the first step').to.equal('channel');
    expectFocus(el, $(el, 'h2'), 'after Start over');

    expect([...visited].sort()).to.deep.equal(
      [
        'channel',
        'enrolled',
        'not-enrolled',
        'locked',
        'locked-out',
        'number',
        'wrong-number',
        'wait',
        'phone',
        'outage',
        'outage-known',
        'another-way',
        'use-okta-verify',
        'help-desk',
        'resolved',
      ].sort(),
    );
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
