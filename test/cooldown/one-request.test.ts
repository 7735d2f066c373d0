/**
 * One request at a time across tabs (src/retry/single-flight.ts): same-origin iframes as tabs,
 * each with its own element, document and timers (openTab). The handler is the test's: it
 * counts the requests and answers when the test says so, so nothing waits on a clock; the only
 * real waits are for the other document (loading, and a message under 1 s).
 */
import { expect, waitUntil } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, chooseAll } from '../helpers.js';
import { clearStored, closeTabs, openTab, retry, retryUnavailable, timerText } from './support.js';

const notice = (el: SsprCodeHelp) => $(el, '[part="notice"]')?.textContent?.trim() ?? '';
/** Within a second: a message between documents. */
const SOON = { timeout: 1000, interval: 10 };

/** A resend the test answers: `requests` counts the calls, `send()` lets the first one's code go out. */
function pageResend() {
  const answers: Array<() => void> = [];
  return {
    handler: () => new Promise<void>((resolve) => answers.push(resolve)),
    get requests() {
      return answers.length;
    },
    send: () => answers[0](),
  };
}

async function twoTabsOnTheWaitStep(query: Record<string, string>) {
  const resend = pageResend();
  const tabs = [await openTab({ channel: 'sms', ...query }), await openTab({ channel: 'sms', ...query })];
  for (const { el, win } of tabs) {
    const locks = (win.navigator as { locks?: LockManager }).locks;
    expect(typeof locks?.request, 'Web Locks in this tab').to.equal(query.locks === 'off' ? 'undefined' : 'function');
    el.retryHandler = resend.handler;
    await chooseAll(el, ['yes', 'no']);
    expect(retryUnavailable(el), 'each tab may ask before anyone did').to.equal(false);
  }
  return { a: tabs[0].el, b: tabs[1].el, resend };
}

const SCOPES: Array<[string, Record<string, string>]> = [
  ['storage="local" (Web Locks)', { storage: 'local' }],
  ['storage="local" without Web Locks (a lease in localStorage)', { storage: 'local', locks: 'off' }],
  ['storage="session", frames that share sessionStorage (a lease there)', { storage: 'session' }],
];

describe('one request across tabs', function () {
  // Loading the element into each new document takes seconds on a busy two-core machine.
  this.timeout(30_000);
  beforeEach(clearStored);
  afterEach(() => {
    closeTabs();
    clearStored();
  });

  for (const [scope, query] of SCOPES) {
    describe(scope, () => {
      it("tab B pressed while tab A's request is on its way: one request; B says so, then adopts A's wait", async () => {
        const { a, b, resend } = await twoTabsOnTheWaitStep(query);
        retry(a)!.click();
        await waitUntil(() => resend.requests === 1, 'tab A asks', SOON);
        retry(b)!.click();
        await waitUntil(() => notice(b) === en.retry.elsewhere, 'tab B says another tab is asking', SOON);
        expect(resend.requests, 'tab B sent nothing').to.equal(1);
        expect(retryUnavailable(b), 'tab B waits for it').to.equal(true);
        resend.send();
        await waitUntil(() => timerText(b) !== null, "tab B adopts tab A's wait", SOON);
        expect(['0:30', '0:29']).to.include(timerText(b));
        expect(timerText(a)).to.equal('0:30');
        await waitUntil(() => notice(b) === '', "tab B's message goes once A's request settled", SOON);
        expect(retryUnavailable(b), 'no request during the wait').to.equal(true);
        expect(resend.requests).to.equal(1);
      });

      it('both tabs pressed in the same moment: one request, and both show its wait', async () => {
        const { a, b, resend } = await twoTabsOnTheWaitStep(query);
        retry(a)!.click();
        retry(b)!.click();
        await waitUntil(
          () => resend.requests === 1 && [a, b].some((el) => notice(el) === en.retry.elsewhere),
          'one tab asks, the other says another tab is asking',
          SOON,
        );
        expect(resend.requests).to.equal(1);
        resend.send();
        await waitUntil(() => timerText(a) !== null && timerText(b) !== null, 'both tabs show the wait', SOON);
        expect(resend.requests).to.equal(1);
      });
    });
  }
});
