/**
 * Keyboard-only walking, shared by the keyboard tests: real key presses (Tab, Shift+Tab,
 * Enter, Space through the browser's automation, not synthetic events). On every step shown
 * the first time, Tab reaches every button, link and field; focus lands on each new heading.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StepId } from '../../src/flow/steps.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $ } from '../helpers.js';
import type { Move } from '../step-graph.js';
import { controls, currentStepOf, describeNode, FULL, settle, underWebDriver } from './support.js';

/** The focused element, looking into the widget's shadow root. */
export function focused(el: SsprCodeHelp): Element | null {
  const active = document.activeElement;
  return active === el ? el.shadowRoot!.activeElement : active;
}

const MAX_PRESSES = 60;

/**
 * Asserts where focus is. Compares descriptions, not the elements themselves: a failed chai
 * comparison of two DOM nodes stalls Firefox's result reporting until the file times out.
 */
export function expectFocus(el: SsprCodeHelp, target: Element | null, message: string): void {
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
export async function shiftTab(): Promise<void> {
  if (underWebDriver) {
    await sendKeys({ press: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** The space bar (" " is the one name that all three automation protocols accept). */
export const SPACE = ' ';

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
export async function tabTo(el: SsprCodeHelp, target: Element): Promise<void> {
  for (let i = 0; i < MAX_PRESSES && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expectFocus(el, target, 'Tab');
}

/**
 * Shift+Tab (from the "after" button) until `target` has focus. Never used to wrap around the
 * page: past the first element, focus goes to the browser's own UI.
 */
export async function shiftTabTo(el: SsprCodeHelp, target: Element): Promise<void> {
  for (let i = 0; i < MAX_PRESSES && focused(el) !== target; i++) await shiftTab();
  expectFocus(el, target, 'Shift+Tab');
}

let presses = 0;
/**
 * Enter and Space in turn (both must work on every native button), then waits for the effect:
 * Space clicks on key-up, which a loaded machine may run a moment after the automation returns.
 */
export async function press(el: SsprCodeHelp, effect: () => boolean, what: string): Promise<void> {
  const key = presses++ % 2 === 0 ? 'Enter' : SPACE;
  await sendKeys({ press: key });
  await waitUntil(effect, `${key === SPACE ? 'Space' : key}: ${what}`, { timeout: 5000 });
  await settle(el);
}

/** Every operable control on the step is a Tab stop, and the heading holds focus on arrival. */
export async function checkStep(
  el: SsprCodeHelp,
  after: HTMLElement,
  step: StepId,
  visited: Set<StepId>,
): Promise<void> {
  expect(currentStepOf(el), 'step shown').to.equal(step);
  expectFocus(el, $(el, 'h2'), `arriving on "${step}"`);
  visited.add(step);
  const stops = await tabThrough(el, after);
  const reachable = controls(el).filter((node) => !(node as HTMLButtonElement).disabled);
  const missed = reachable.filter((node) => !stops.includes(node));
  expect(missed.map(describeNode), `controls on "${step}" that Tab never reached`).to.deep.equal([]);
}

let stepChanges = 0;
document.addEventListener('sspr-step', () => stepChanges++);

/** What a move presses on its step. */
const SELECTORS: Record<Move['kind'], (move: Move) => string> = {
  answer: (move) => `[part="answer"][data-answer="${(move as Extract<Move, { kind: 'answer' }>).answer}"]`,
  back: () => '.back',
  'got-code': () => '.got-code',
  restart: () => '[part="nav"] button:not(.got-code):not(.back)',
};

/**
 * Makes the moves with keys. A step is checked (every control a Tab stop) the first time it
 * shows; `extras` run then too, for a step's special controls. Returns the steps shown.
 */
export async function walkWithKeys(
  el: SsprCodeHelp,
  after: HTMLElement,
  moves: readonly Move[],
  extras: Partial<Record<StepId, () => Promise<void>>> = {},
): Promise<Set<StepId>> {
  const visited = new Set<StepId>();
  for (const move of moves) {
    expect(currentStepOf(el), 'step shown').to.equal(move.from);
    expectFocus(el, $(el, 'h2'), `arriving on "${move.from}"`);
    const target = () => $(el, SELECTORS[move.kind](move))!;
    const extra = visited.has(move.from) ? undefined : extras[move.from];
    if (!visited.has(move.from)) await checkStep(el, after, move.from, visited);
    if (extra) await extra();
    if (visited.has(move.from) && !extra && focused(el) === after) {
      // Just checked: focus left the widget forwards, so come back with Shift+Tab.
      await shiftTabTo(el, target());
    } else {
      // Seen before, or after a step's extra checks: from the heading, Tab to the control.
      $(el, 'h2')!.focus();
      await tabTo(el, target());
    }
    const before = stepChanges;
    await press(el, () => stepChanges > before, `${move.kind} on "${move.from}" shows "${move.to}"`);
    expect(currentStepOf(el), `${move.kind} on "${move.from}"`).to.equal(move.to);
  }
  const last = moves.at(-1);
  if (last) {
    expectFocus(el, $(el, 'h2'), `arriving on "${last.to}"`);
    visited.add(last.to);
  }
  return visited;
}

/** The widget with every option, between two page buttons; focus on its heading. */
export async function mountBetweenButtons(): Promise<{ el: SsprCodeHelp; before: HTMLElement; after: HTMLElement }> {
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
  await settle(el);
  return { el, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
}
