/** Shared bits for the cooldown tests. */
import { waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { STORAGE_PREFIX } from '../../src/storage/safe-storage.js';
import { $ } from '../helpers.js';

export const timer = (el: Element) => $(el, '[role="timer"][part="timer"]');
export const timerText = (el: Element) => timer(el)?.textContent?.trim() ?? null;
export const retry = (el: Element) => $<HTMLButtonElement>(el, 'button[part="retry"]');
/**
 * The request-again button refuses presses. It says so with `aria-disabled` (never `disabled`,
 * so it keeps focus); it exists only on the wait step, and asking elsewhere is a test's mistake.
 */
export function retryUnavailable(el: Element): boolean {
  const button = retry(el);
  if (!button) throw new Error('no request-again button: the widget is not on the wait step');
  if (button.disabled) throw new Error('the request-again button is disabled: it would drop focus');
  return button.getAttribute('aria-disabled') === 'true';
}
export const status = (el: Element) => $(el, '[role="status"]')!.textContent.trim();

/** "m:ss", as the English timer shows it. */
export const clockText = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * Fakes Date, timers and performance.now() (not microtasks), like the component tests do.
 * `setSystemTime` moves the wall clock only; `tickAsync` moves both, as real time does.
 * Only `performance.now` is replaced, not the whole `performance` object the test runner uses.
 */
export function fakeClock(now: number): sinon.SinonFakeTimers {
  const clock = sinon.useFakeTimers({
    now,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  const monotonic = sinon.stub(performance, 'now').callsFake(() => clock.performance.now());
  const restoreClock = clock.restore.bind(clock);
  clock.restore = () => {
    if (performance.now === monotonic) monotonic.restore();
    restoreClock();
  };
  return clock;
}

/** Every key this package wrote, in both storages. */
export function storedEntries(): Array<[area: 'session' | 'local', key: string, value: string]> {
  const out: Array<['session' | 'local', string, string]> = [];
  for (const [area, storage] of [
    ['session', sessionStorage],
    ['local', localStorage],
  ] as const) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      out.push([area, key, storage.getItem(key) ?? '']);
    }
  }
  return out.filter(([, key]) => key.startsWith(STORAGE_PREFIX));
}

/** Removes everything this package stored, so tests (and test files) never share a wait or a place. */
export function clearStored(): void {
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
  }
}

/**
 * Pretends the page is hidden or visible (as a browser does when the tab goes to the
 * background), and fires `visibilitychange`. `restoreVisibility()` puts the real values back.
 */
export function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
  delete (document as { hidden?: unknown }).hidden;
}

type TabWindow = Window & { tabReady?: boolean; BroadcastChannel?: unknown };

const frames: HTMLIFrameElement[] = [];

/**
 * Another "tab": a same-origin iframe with its own element, timers and document
 * (test/fixtures/tab.ts; query: channel, storage, broadcast=off, locks=off).
 */
export async function openTab(query: Record<string, string>): Promise<{ win: TabWindow; el: SsprCodeHelp }> {
  const frame = document.createElement('iframe');
  const url = new URL('../fixtures/tab.html', import.meta.url);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  frame.src = url.href;
  document.body.append(frame);
  frames.push(frame);
  const win = () => frame.contentWindow as TabWindow;
  // Loading the element's modules into a new document is the one slow step.
  await waitUntil(() => win()?.tabReady === true, `tab ${url.search} loaded`, { timeout: 12_000, interval: 20 });
  const el = win().document.querySelector('sspr-code-help') as SsprCodeHelp;
  return { win: win(), el };
}

/** Closes every tab `openTab` opened. */
export function closeTabs(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
