/**
 * Shared by the accessibility tests: every step of the wizard with the answers that reach it
 * (walked from src/flow/steps.ts by test/step-graph.ts), mounting in each mode, theme and language, and box measurements.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { StepId } from '../../src/flow/steps.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import '../../src/define.js';
import { $, $$, choose } from '../helpers.js';
import { gotCodeStep, shortestPaths } from '../step-graph.js';

/**
 * WebKitGTK is driven over WebDriver, where web-test-runner has no viewport command and
 * sendKeys takes only single "press" payloads. (Asking and catching the error would work too,
 * but fills the runner's log with one server-side error per call.)
 */
export const underWebDriver =
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium|Firefox/.test(navigator.userAgent);

/** Every option that adds content: links, the masked number (shows `number`), Okta Verify. */
export const FULL = {
  'settings-url': 'https://example.okta.com/enduser/settings',
  'signin-url': 'https://example.okta.com/',
  'support-url': 'https://help.example.com/new',
  'support-email': 'helpdesk@example.com',
  'support-phone': '+1 555 010 0199',
  'phone-hint': '•••• 4821',
  'okta-verify': 'on',
  storage: 'none',
};

/**
 * Each step with the answers that reach it from the first step. `gotCode` ends with
 * "I got my code"; `waiting` starts a wait first (`last-sent` now), so the timer and the
 * unavailable (aria-disabled) request button are on screen.
 */
export interface StepCase {
  name: string;
  step: StepId;
  answers: string[];
  gotCode?: boolean;
  waiting?: boolean;
}

/** Steps whose special content has a second look worth its own case. */
const VARIANTS: ReadonlyArray<{ step: StepId; name: string; waiting?: boolean; channel?: 'voice' }> = [
  { step: 'wait', name: 'wait (counting down)', waiting: true },
  { step: 'phone', name: 'phone (voice checklist)', channel: 'voice' },
];

/**
 * Every step, by its shortest answers (test/step-graph.ts walks `STEPS`), the step reached by
 * "I got my code", and the variants above. Built on each call: a fixture step is included.
 */
export function stepCases(): StepCase[] {
  const paths = shortestPaths();
  const cases: StepCase[] = [...paths].map(([step, answers]) => ({ name: step, step, answers }));
  if (!paths.has(gotCodeStep)) cases.push({ name: gotCodeStep, step: gotCodeStep, answers: [], gotCode: true });
  for (const variant of VARIANTS) {
    const answers = paths.get(variant.step);
    if (!answers) continue;
    const [first, ...rest] = answers;
    cases.push({
      name: variant.name,
      step: variant.step,
      answers: variant.channel && first === 'sms' ? [variant.channel, ...rest] : answers,
      waiting: variant.waiting,
    });
  }
  return cases;
}

export const STEP_CASES: readonly StepCase[] = stepCases();

export interface MountOptions {
  mode?: 'inline' | 'popover';
  theme?: 'light' | 'dark';
  lang?: string;
  waiting?: boolean;
  extra?: Record<string, string>;
}

/**
 * Two frames (placement in popover mode, layout), then the end of every running transition:
 * Lit reuses an answer button from one step to the next, so a button that stops being the
 * primary one fades its colours for 120 ms, and a contrast check in between would measure a mix.
 */
export async function settle(el: SsprCodeHelp): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const running = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => node.getAnimations());
  await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
}

/**
 * The host page behind the widget: a dark theme sits on a dark page (the popover trigger is
 * drawn on the page itself, not on the card). Undone by `resetPage()`.
 */
export function paintPage(theme: 'light' | 'dark'): void {
  document.body.style.background = theme === 'dark' ? '#121317' : '#ffffff';
  document.body.style.color = theme === 'dark' ? '#ececf1' : '#1d1d21';
}

export function resetPage(): void {
  document.body.style.background = '';
  document.body.style.color = '';
  document.documentElement.style.fontSize = '';
}

/** The language the card shows now. */
const shownLanguage = (el: SsprCodeHelp) => $(el, 'section.card')?.getAttribute('lang') ?? null;

/** Mounts the element (popover mode: opened) and waits for its language to be shown. */
export async function mountWidget(options: MountOptions = {}): Promise<SsprCodeHelp> {
  const attributes: Record<string, string> = { ...FULL, ...options.extra };
  attributes.mode = options.mode ?? 'inline';
  attributes.theme = options.theme ?? 'light';
  paintPage(attributes.theme as 'light' | 'dark');
  if (options.lang) attributes.lang = options.lang;
  if (options.waiting) {
    attributes.channel = 'sms';
    attributes.cooldown = '600'; // longer than any test: the timer stays on screen
    attributes['last-sent'] = new Date().toISOString();
  }
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`)
    .join(' ');
  const el = await fixture<SsprCodeHelp>(staticHtml`<sspr-code-help ${unsafeStatic(attrs)}></sspr-code-help>`);
  await el.updateComplete;
  if (attributes.mode === 'popover') {
    el.show();
    await settle(el);
  }
  const language = options.lang ?? 'en';
  await waitUntil(() => shownLanguage(el) === language, `the element did not switch to "${language}"`, {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/** Walks to a step case: its answers (the channel is fixed already when `waiting`), then "I got my code". */
export async function walkTo(el: SsprCodeHelp, target: StepCase): Promise<void> {
  const answers = target.waiting ? target.answers.slice(1) : target.answers;
  for (const id of answers) await choose(el, id);
  if (target.gotCode) {
    $<HTMLButtonElement>(el, '.got-code')!.click();
    await el.updateComplete;
  }
  // Asking for the other channel settles after the click (it may await the page's handler).
  await waitUntil(() => currentStepOf(el) === target.step, '', { timeout: 2000 }).catch(() => {
    throw new Error(`walk "${target.name}" ended on "${currentStepOf(el)}", not "${target.step}"`);
  });
  await settle(el);
}

const shownSteps = new WeakMap<EventTarget, StepId>();
// Every `sspr-step` is recorded, so tests can tell the step without reading (translated) text.
document.addEventListener('sspr-step', (event) => {
  if (event.target) shownSteps.set(event.target, event.detail.step);
});

/** The step the element shows now, from its own `sspr-step` events. */
export const currentStepOf = (el: SsprCodeHelp): StepId | null => shownSteps.get(el) ?? null;

/** Buttons, links, fields: everything in the shadow root a user can operate. */
export function controls(el: SsprCodeHelp): HTMLElement[] {
  return $$(el, 'button, a[href], input, textarea, select').filter((node) => isShown(node));
}

/** Laid out and not inside a visually hidden or `hidden` subtree. */
export function isShown(node: Element): boolean {
  if (node.closest('.visually-hidden, [hidden]')) return false;
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** The box a pointer can hit: a checkbox's whole label, else the element's own box. */
export function targetBox(node: HTMLElement): DOMRect {
  if (node instanceof HTMLInputElement && node.type === 'checkbox') {
    const label = node.closest('label');
    if (label) return label.getBoundingClientRect();
  }
  return node.getBoundingClientRect();
}

/** A short description of an element for failure messages. */
export function describeNode(node: Element): string {
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const part = node.getAttribute('part');
  const classes = node.getAttribute('class');
  return `<${node.localName}${part ? ` part="${part}"` : ''}${classes ? ` class="${classes}"` : ''}> "${text}"`;
}
