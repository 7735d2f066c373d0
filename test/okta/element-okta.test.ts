/**
 * End to end: the element with `retryHandler = oktaClassicRetry(...)` against the local Okta-like
 * server. The clock is fake (Date and timers); only the fetch to the server is real.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { oktaClassicRetry } from '../../src/okta/okta-classic.js';
import { RETRY_HANDLER_TIMEOUT_MS } from '../../src/retry/resend-controller.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, $$, answers, chooseAll, heading, mount, T0 } from '../helpers.js';
import {
  mockToken,
  OKTA_BASE,
  receivedBy,
  uniqueId,
  untilReal,
  type LoggedRequest,
  type MockAnswer,
} from './mock-client.js';
import { fakeClock, retryUnavailable } from '../cooldown/support.js';

const timer = (el: Element) => $(el, '[role="timer"][part="timer"]');
const retry = (el: Element) => $<HTMLButtonElement>(el, 'button[part="retry"]');
const notice = (el: Element) => $(el, '[part="notice"]')?.textContent?.trim() ?? '';
const status = (el: Element) => $(el, '[role="status"]')!.textContent.trim();
const summary = (el: Element) => $<HTMLTextAreaElement>(el, 'textarea')?.value ?? '';
/** Everything a user could read or hear: the shadow tree's text, the summary and the status region. */
const allText = (el: Element) => `${el.shadowRoot!.textContent}\n${summary(el)}\n${status(el)}`;

/** Words that belong to one channel only. */
const SMS_WORDS = /\bSMS\b|text message|\btexts?\b(?! and copy)/i;
const VOICE_WORDS = /\bvoice\b|\bcall(s|ed)?\b|phone call/i;

/** The server's log for `id`, asked again (each ask a real round trip) until `done` or 300 asks. */
async function serverLogUntil(id: string, done: (requests: LoggedRequest[]) => boolean) {
  let requests = await receivedBy(id);
  for (let asks = 1; !done(requests) && asks < 300; asks++) requests = await receivedBy(id);
  return requests;
}

describe('the element with the Okta Classic adapter', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeClock(T0);
  });
  afterEach(() => clock.restore());

  /** Mounts on the wait step (the one with the request-again button) with the mock answering as asked. */
  async function onWaitStep(channel: 'sms' | 'voice', answer: MockAnswer, extra: Record<string, string> = {}) {
    const el = await mount({ channel, storage: 'none', ...extra });
    el.retryHandler = oktaClassicRetry({ baseUrl: OKTA_BASE, stateToken: mockToken(answer) });
    await chooseAll(el, ['yes', 'no']);
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect(retry(el)!.getAttribute('aria-disabled') === 'true', 'the button is usable before asking').to.equal(false);
    return el;
  }

  /** Presses the request-again button and waits (really) until the server's answer shows. */
  async function press(el: SsprCodeHelp) {
    retry(el)!.click();
    await el.updateComplete;
    await untilReal(
      () => !el.shadowRoot!.querySelector('button[part="retry"][aria-busy="true"]'),
      'the answer to arrive',
    );
    await el.updateComplete;
  }

  it('a sent code starts the 30 s SMS wait, after one request to …/sms/resend', async () => {
    const id = uniqueId();
    const el = await onWaitStep('sms', { answer: 'ok', id });
    await press(el);
    expect(timer(el)!.textContent).to.equal('0:30');
    expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(true);
    expect(notice(el)).to.equal(en.retry.sent_sms);
    const requests = await receivedBy(id);
    expect(requests.map((r) => r.path)).to.deep.equal(['/okta-mock/api/v1/authn/recovery/factors/sms/resend']);
  });

  it('a double click sends one request', async () => {
    const id = uniqueId();
    const el = await onWaitStep('voice', { answer: 'ok', id });
    retry(el)!.click();
    retry(el)!.click();
    await el.updateComplete;
    retry(el)!.click();
    await untilReal(() => timer(el) !== null, 'the wait to start');
    expect(timer(el)!.textContent).to.equal('1:00');
    expect((await receivedBy(id)).map((r) => r.factor)).to.deep.equal(['call']);
  });

  it('a hung request is aborted at the timeout (the server sees it closed), and none goes out meanwhile', async () => {
    const id = uniqueId();
    const el = await onWaitStep('sms', { answer: 'hang', id });
    retry(el)!.click();
    await el.updateComplete;
    // The request is really open at the server before the fake clock moves.
    let log = await serverLogUntil(id, (requests) => requests.length > 0);
    expect(log, 'one request reached the server').to.have.length(1);
    expect(log[0].closedByClient, 'still open before the timeout').to.equal(undefined);
    retry(el)!.click();
    await clock.tickAsync(RETRY_HANDLER_TIMEOUT_MS - 1);
    retry(el)!.click();
    expect(retryUnavailable(el), 'no second press while it runs').to.equal(true);
    await clock.tickAsync(1);
    await untilReal(() => notice(el) !== '', 'the failure notice');
    expect(notice(el)).to.contain(en.retry.failed);
    // The adapter passed the signal to fetch: the browser closed the request.
    log = await serverLogUntil(id, (requests) => requests[0]?.closedByClient === true);
    expect(log.map((request) => request.closedByClient)).to.deep.equal([true]);
    await untilReal(() => !retryUnavailable(el), 'usable once the aborted request settled');
  });

  it('E0000109 → the 30 s wait on the wait step, announced once, then a new request is possible', async () => {
    const el = await onWaitStep('sms', { answer: 'E0000109' });
    await press(el);
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect(timer(el)!.textContent).to.equal('0:30');
    expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(true);
    expect(notice(el)).to.equal(en.retry.tooSoon);
    expect(status(el)).to.equal('You can ask for a new code in 30 seconds.');
    expect(allText(el)).to.not.match(VOICE_WORDS);
    await clock.tickAsync(29_000);
    await el.updateComplete;
    expect(timer(el)!.textContent).to.equal('0:01');
    await clock.tickAsync(1_000);
    await el.updateComplete;
    expect(timer(el)?.textContent ?? null).to.equal(null);
    expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(false);
    expect(status(el)).to.equal(en.countdown.ready);
    expect(clock.countTimers(), 'no timer once the wait is over').to.equal(0);
  });

  it('E0000109 with Retry-After: 45 → a 45 s wait', async () => {
    const el = await onWaitStep('sms', { answer: 'E0000109', retryAfter: 45 });
    await press(el);
    expect(timer(el)!.textContent).to.equal('0:45');
  });

  it('E0000133 on voice → the voice cooldown (60 s, longer than 30 s), with no SMS words', async () => {
    const el = await onWaitStep('voice', { answer: 'E0000133' });
    await press(el);
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect(timer(el)!.textContent).to.equal('1:00');
    expect(retry(el)!.textContent.trim()).to.equal(en.retry.send_voice);
    expect(allText(el)).to.contain(en.steps.wait.body_voice);
    expect(allText(el)).to.not.match(SMS_WORDS);
  });

  it('E0000047 (429) → waits until X-Rate-Limit-Reset', async () => {
    const el = await onWaitStep('sms', { answer: 'E0000047', remaining: 0, reset: T0 / 1000 + 90 });
    await press(el);
    expect(timer(el)!.textContent).to.equal('1:30');
    expect(notice(el)).to.equal(en.retry.tooSoon);
  });

  it('E0000146 → no more retries: another way in (Okta Verify), and the reason in the help-desk summary', async () => {
    const el = await onWaitStep('sms', { answer: 'E0000146' });
    await press(el);
    expect(heading(el)).to.equal(en.steps['another-way'].title);
    expect(retry(el) === null, 'no request-again button').to.equal(true);
    expect(timer(el)?.textContent ?? null).to.equal(null);
    expect(answers(el)).to.include('okta-verify').and.include('help-desk');
    expect(notice(el)).to.contain(en.retry.limit);
    expect(status(el)).to.equal(en.retry.limit);
    await chooseAll(el, ['help-desk']);
    expect(heading(el)).to.equal(en.steps['help-desk'].title);
    expect(summary(el)).to.contain(en.summary.blocked_limit).and.contain('E0000146');
    expect(allText(el)).to.not.match(VOICE_WORDS);
  });

  it('E0000147 on voice → the same, and (calls only) nothing on the way speaks of text messages', async () => {
    const el = await onWaitStep('voice', { answer: 'E0000147' }, { channels: 'voice' });
    await press(el);
    expect(heading(el)).to.equal(en.steps['another-way'].title);
    expect(retry(el) === null, 'no request-again button').to.equal(true);
    expect(allText(el)).to.not.match(SMS_WORDS);
    await chooseAll(el, ['help-desk']);
    expect(summary(el)).to.contain(en.summary.channel_voice).and.contain('E0000147');
    expect(allText(el)).to.not.match(SMS_WORDS);
  });

  it('E0000147 on voice with texts enabled → a text is offered first; Classic needs a new transaction for it', async () => {
    const el = await onWaitStep('voice', { answer: 'E0000147' });
    await press(el);
    expect(answers(el)[0]).to.equal('text-message');
    $<HTMLButtonElement>(el, '[part="answer"][data-answer="text-message"]')!.click();
    // No startRecovery given: the adapter refuses (nothing sent), and the step says what to press.
    await untilReal(() => heading(el) === en.steps['other-channel'].title_voice, 'no what-to-press step');
    await el.updateComplete;
    expect($(el, '.body')!.textContent).to.contain(en.steps['other-channel'].classic_voice);
    await chooseAll(el, ['not-offered']);
    expect(summary(el)).to.contain('voice → sms (failed new-transaction)');
  });

  it('E0000099 → the help desk, with the unsupported country in the summary', async () => {
    const el = await onWaitStep('sms', { answer: 'E0000099' });
    await press(el);
    expect(heading(el)).to.equal(en.steps['help-desk'].title);
    expect(notice(el)).to.contain(en.retry.unsupportedCountry);
    expect(status(el)).to.equal(en.retry.unsupportedCountry);
    expect(summary(el)).to.contain(en.summary['blocked_unsupported-country']).and.contain('E0000099');
    expect(retry(el) === null, 'no request-again button').to.equal(true);
  });

  it('E0000099 on voice → the help desk, with no SMS words', async () => {
    const el = await onWaitStep('voice', { answer: 'E0000099' });
    await press(el);
    expect(heading(el)).to.equal(en.steps['help-desk'].title);
    expect(summary(el)).to.contain(en.summary.channel_voice);
    expect(allText(el)).to.not.match(SMS_WORDS);
  });

  it('a network failure leaves the widget usable, with a message and the help-desk route', async () => {
    const el = await onWaitStep('sms', { answer: 'drop' });
    await press(el);
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect(notice(el)).to.contain(en.retry.failed);
    expect(timer(el)?.textContent ?? null).to.equal(null);
    expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(false);
    expect(retry(el)!.textContent.trim()).to.equal(en.retry.send_sms);
    const toHelpDesk = $$<HTMLButtonElement>(el, '[part="notice"] button').find(
      (b) => b.textContent.trim() === en.steps['help-desk'].title,
    );
    expect(Boolean(toHelpDesk), 'a way to the help desk in the message').to.equal(true);
  });
});
