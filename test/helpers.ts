import { fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define.js';
import type { SsprCodeHelp } from '../src/sspr-code-help.js';

export const T0 = Date.UTC(2026, 10, 28, 10, 0, 0);

/** A fully configured widget, as a help page would have it (storage off so tests do not share a place). */
export const EXAMPLE_ATTRIBUTES = {
  'settings-url': 'https://example.okta.com/enduser/settings',
  'signin-url': 'https://example.okta.com/',
  'support-url': 'https://help.example.com/new',
  'support-email': 'helpdesk@example.com',
  'support-phone': '+1 555 010 0199',
  'phone-hint': '•••• 4821',
  storage: 'none',
};

/** Mounts the element with attributes given as a plain object. */
export async function mount(attributes: Record<string, string> = {}): Promise<SsprCodeHelp> {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`)
    .join(' ');
  const el = await fixture<SsprCodeHelp>(staticHtml`<sspr-code-help ${unsafeStatic(attrs)}></sspr-code-help>`);
  await el.updateComplete;
  return el;
}

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];

export const heading = (el: Element) => $(el, 'h2')!.textContent.trim();
export const progressText = (el: Element) => $(el, '[part="progress"]')!.textContent.trim();
export const answers = (el: Element) => $$<HTMLButtonElement>(el, '[part="answer"]').map((b) => b.dataset.answer!);

/** Clicks an answer button and waits for the next render. */
export async function choose(el: SsprCodeHelp, answer: string): Promise<void> {
  const button = $<HTMLButtonElement>(el, `[part="answer"][data-answer="${answer}"]`);
  if (!button)
    throw new Error(`no answer "${answer}" on step with heading "${heading(el)}"; have ${answers(el).join(', ')}`);
  button.click();
  await el.updateComplete;
}

export async function chooseAll(el: SsprCodeHelp, ids: string[]): Promise<void> {
  for (const id of ids) await choose(el, id);
}

export async function clickNav(el: SsprCodeHelp, text: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, '[part="nav"] button').find((b) => b.textContent.includes(text));
  if (!button) throw new Error(`no nav button "${text}"`);
  button.click();
  await el.updateComplete;
}

/** Names the focused element ("H2#step-heading"): assertions on DOM nodes themselves cannot be reported when they fail. */
export const describeFocus = (node: Element | null | undefined) =>
  node
    ? `${node.tagName}${node.id ? `#${node.id}` : ''}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`
    : 'nothing';

/** The element's console warnings from a stubbed `console.warn`, as text (a failing assertion on sinon call objects would hang the runner). */
export const elementWarnings = (warn: { getCalls(): Array<{ args: unknown[] }> }): string[] =>
  warn
    .getCalls()
    .map((call) => String(call.args[0]))
    .filter((text) => text.startsWith('<sspr-code-help>'));

/** The real setTimeout, taken before any test installs a fake clock. */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realNow = performance.now.bind(performance);

/**
 * Waits for something that depends on the real world (a fetch, a lazy module) while a fake
 * clock is installed: polls on the real timer, for at most `timeout` ms.
 */
export async function untilReal(predicate: () => boolean, message: string, timeout = 3000): Promise<void> {
  const started = realNow();
  while (!predicate()) {
    if (realNow() - started > timeout) throw new Error(`timed out after ${timeout} ms: ${message}`);
    await new Promise((resolve) => realSetTimeout(resolve, 10));
  }
}
