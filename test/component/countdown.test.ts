import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { RetryError } from '../../src/retry/outcome.js';
import { RETRY_HANDLER_TIMEOUT_MS } from '../../src/retry/resend-controller.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, answers, chooseAll, heading, mount, T0, untilReal } from '../helpers.js';
import { fakeClock, retryUnavailable } from '../cooldown/support.js';

const timer = (el: Element) => $(el, '[role="timer"][part="timer"]');
const retry = (el: Element) => $<HTMLButtonElement>(el, 'button[part="retry"]')!;
const status = (el: Element) => $(el, '[role="status"]')!.textContent.trim();

/** Advances the fake clock and lets Lit render. */
async function advance(clock: sinon.SinonFakeTimers, el: SsprCodeHelp, ms: number) {
  await clock.tickAsync(ms);
  await el.updateComplete;
}

/** A failed resend reads the server's answer with a lazy module: wait for its notice in real time. */
async function afterFailure(el: SsprCodeHelp) {
  await untilReal(() => Boolean($(el, '[part="notice"]')), 'no notice after the failed resend');
  await el.updateComplete;
}

describe('retry countdown', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeClock(T0);
  });
  afterEach(() => clock.restore());

  it('counts 60 s for voice from last-sent, with the button disabled until zero', async () => {
    const el = await mount({ channel: 'voice', 'last-sent': new Date(T0 - 15_000).toISOString(), storage: 'none' });
    await chooseAll(el, ['yes', 'no']);
    expect(timer(el)!.textContent).to.equal('0:45');
    expect(retry(el).getAttribute('aria-disabled') === 'true').to.equal(true);
    await advance(clock, el, 44_000);
    expect(timer(el)!.textContent).to.equal('0:01');
    expect(retry(el).getAttribute('aria-disabled') === 'true').to.equal(true);
    await advance(clock, el, 1_100);
    expect(Boolean(timer(el)), 'should be absent').to.equal(false);
    expect(retry(el).getAttribute('aria-disabled') === 'true').to.equal(false);
    expect(status(el)).to.equal(en.countdown.ready);
  });

  it('counts 30 s for SMS, and honours the cooldown attribute', async () => {
    const sms = await mount({ channel: 'sms', 'last-sent': String(T0), storage: 'none' });
    expect(timer(sms)!.textContent).to.equal('0:30');
    const custom = await mount({ channel: 'sms', cooldown: '125', 'last-sent': String(T0), storage: 'none' });
    expect(timer(custom)!.textContent).to.equal('2:05');
  });

  it('shows the countdown on every step while a wait runs', async () => {
    const el = await mount({ channel: 'sms', 'last-sent': String(T0), storage: 'none' });
    expect(heading(el)).to.equal(en.steps.enrolled.title);
    expect(timer(el)).to.exist;
    await chooseAll(el, ['yes', 'no']);
    expect(timer(el)).to.exist;
  });

  it('dispatches a cancelable sspr-retry; a resolved handler starts a new wait', async () => {
    const el = await mount({ channel: 'voice', storage: 'none' });
    const handler = sinon.stub().resolves();
    el.retryHandler = handler;
    await chooseAll(el, ['yes', 'no']);
    expect(retry(el).getAttribute('aria-disabled') === 'true').to.equal(false);
    expect(retry(el).textContent.trim()).to.equal(en.retry.send_voice);
    const event = oneEvent(el, 'sspr-retry');
    retry(el).click();
    expect((await event).detail).to.deep.equal({ channel: 'voice' });
    await el.updateComplete;
    await advance(clock, el, 0);
    expect(handler.callCount).to.equal(1);
    const request = handler.firstCall.args[0] as { channel: string; signal: AbortSignal };
    expect(request.channel).to.equal('voice');
    expect(request.signal.aborted, 'the signal of a request that answered').to.equal(false);
    expect(timer(el)!.textContent).to.equal('1:00');
    expect(status(el)).to.equal('You can ask for a new code in 60 seconds.');
  });

  it('a cancelled sspr-retry starts no wait', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.retryHandler = sinon.stub().resolves();
    await chooseAll(el, ['yes', 'no']);
    el.addEventListener('sspr-retry', (e) => e.preventDefault());
    retry(el).click();
    await el.updateComplete;
    expect(el.retryHandler).to.not.have.been.called;
    expect(Boolean(timer(el)), 'should be absent').to.equal(false);
  });

  it('sends once on a double click, showing a sending state', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    let finish!: () => void;
    const handler = sinon.fake(() => new Promise<void>((resolve) => (finish = resolve)));
    el.retryHandler = handler;
    await chooseAll(el, ['yes', 'no']);
    retry(el).click();
    retry(el).click();
    await el.updateComplete;
    expect(retry(el).textContent.trim()).to.equal(en.retry.sending);
    expect(retry(el).getAttribute('aria-disabled') === 'true').to.equal(true);
    finish();
    await advance(clock, el, 0);
    expect(handler.callCount).to.equal(1);
  });

  it('a failing handler leaves the widget usable with a message and the help desk', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.retryHandler = () => Promise.reject(new TypeError('Failed to fetch'));
    await chooseAll(el, ['yes', 'no']);
    retry(el).click();
    await advance(clock, el, 0);
    await afterFailure(el);
    expect($(el, '[part="notice"]')!.textContent).to.contain(en.retry.failed);
    expect(retry(el).getAttribute('aria-disabled') === 'true').to.equal(false);
  });

  it('a handler that hangs times out', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.retryHandler = () => new Promise(() => {});
    await chooseAll(el, ['yes', 'no']);
    retry(el).click();
    await advance(clock, el, RETRY_HANDLER_TIMEOUT_MS + 10);
    await afterFailure(el);
    expect($(el, '[part="notice"]')!.textContent).to.contain(en.retry.failed);
    expect(retry(el).textContent.trim()).to.equal(en.retry.send_sms);
  });

  it('a timed-out request is aborted, and no second one goes out until it settles', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    let signal: AbortSignal | undefined;
    let settle!: () => void;
    const handler = sinon.fake((request: { signal: AbortSignal }) => {
      signal = request.signal;
      // A handler that ignores its signal: its code may still go out after the timeout.
      return new Promise<void>((resolve) => (settle = resolve));
    });
    el.retryHandler = handler;
    await chooseAll(el, ['yes', 'no']);
    retry(el).click();
    await advance(clock, el, RETRY_HANDLER_TIMEOUT_MS - 10);
    expect(signal!.aborted, 'not aborted before the timeout').to.equal(false);
    await advance(clock, el, 20);
    await afterFailure(el);
    expect(signal!.aborted, 'aborted at the timeout').to.equal(true);
    expect(retry(el).getAttribute('aria-disabled') === 'true', 'no second request while the first may land').to.equal(
      true,
    );
    retry(el).click();
    expect(handler.callCount).to.equal(1);
    settle();
    await advance(clock, el, 0);
    expect(retry(el).getAttribute('aria-disabled') === 'true', 'usable once the first request settled').to.equal(false);
    retry(el).click();
    await advance(clock, el, 0);
    expect(handler.callCount).to.equal(2);
  });

  it('a request that may still land in one widget holds back every other widget of the page', async () => {
    // storage="none": the page is the scope. Widget A's handler ignores its signal and hangs.
    const a = await mount({ channel: 'sms', storage: 'none' });
    const b = await mount({ channel: 'sms', storage: 'none' });
    let settleA!: () => void;
    const handlerA = sinon.fake(
      (_request: { signal: AbortSignal }) => new Promise<void>((resolve) => (settleA = resolve)),
    );
    const handlerB = sinon.fake.resolves(undefined);
    a.retryHandler = handlerA;
    b.retryHandler = handlerB;
    await chooseAll(a, ['yes', 'no']);
    await chooseAll(b, ['yes', 'no']);
    retry(a).click();
    await advance(clock, a, RETRY_HANDLER_TIMEOUT_MS + 10);
    await afterFailure(a);
    expect(handlerA.firstCall.args[0].signal.aborted, 'aborted at the timeout').to.equal(true);
    expect($(a, '[part="notice"]')!.textContent).to.contain(en.retry.failed);
    retry(b).click();
    await advance(clock, b, 0);
    expect(handlerB.callCount, 'no second request while the first may land').to.equal(0);
    expect($(b, '[part="notice"]')!.textContent.trim()).to.equal(en.retry.elsewhere);
    expect(status(b)).to.equal(en.retry.elsewhere);
    expect(retryUnavailable(b), 'widget B waits for it').to.equal(true);
    settleA();
    await advance(clock, a, 300);
    await b.updateComplete;
    expect(retryUnavailable(b), 'usable once the first request settled').to.equal(false);
    expect($(b, '[part="notice"]'), 'the message went with the request').to.equal(null);
    retry(b).click();
    await advance(clock, b, 0);
    expect(handlerB.callCount).to.equal(1);
    expect(timer(b)!.textContent).to.equal('0:30');
  });

  for (const [route, attributes] of [
    ['resend="event"', { resend: 'event' }],
    ['no handler (the user reports)', {}],
  ] as const) {
    it(`${route}: three .click() calls in one task fire one sspr-retry and start one wait`, async () => {
      const el = await mount({ channel: 'sms', storage: 'none', ...attributes });
      await chooseAll(el, ['yes', 'no']);
      const heard = sinon.spy();
      el.addEventListener('sspr-retry', heard);
      retry(el).click();
      retry(el).click();
      retry(el).click();
      await advance(clock, el, 0);
      expect(heard.callCount).to.equal(1);
      expect(timer(el)!.textContent).to.equal('0:30');
    });
  }

  describe('odd rejections: a failure the user sees, with the help desk, never an uncaught error', () => {
    const revoked = () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    };
    const uncaught: unknown[] = [];
    const onUncaught = (event: PromiseRejectionEvent | ErrorEvent) =>
      uncaught.push('reason' in event ? event.reason : event.error);
    beforeEach(() => {
      uncaught.length = 0;
      window.addEventListener('unhandledrejection', onUncaught);
      window.addEventListener('error', onUncaught);
    });
    afterEach(() => {
      window.removeEventListener('unhandledrejection', onUncaught);
      window.removeEventListener('error', onUncaught);
    });
    const cases: Array<[string, () => unknown]> = [
      [
        'a rejection whose getters throw',
        () => ({
          get failure(): never {
            throw new Error('getter');
          },
        }),
      ],
      ['a revoked Proxy', revoked],
      ["{ failure: { kind: 'bogus' } }", () => ({ failure: { kind: 'bogus' } })],
      ['a thrown string', () => 'boom'],
      ['null', () => null],
    ];
    for (const [name, make] of cases) {
      it(name, async () => {
        const warn = sinon.stub(console, 'warn');
        try {
          const el = await mount({ channel: 'sms', storage: 'none' });
          el.retryHandler = () => Promise.reject(make());
          await chooseAll(el, ['yes', 'no']);
          retry(el).click();
          await advance(clock, el, 0);
          await afterFailure(el);
          expect($(el, '[part="notice"]')!.textContent).to.contain(en.retry.failed);
          const helpDesk = $(el, '[part="notice"] button');
          expect(helpDesk?.textContent.trim(), 'the help-desk route').to.equal(en.steps['help-desk'].title);
          expect(status(el)).to.equal(en.retry.failed);
          expect(retryUnavailable(el), 'the user may try again').to.equal(false);
          expect(retry(el).textContent.trim()).to.equal(en.retry.send_sms);
          expect(Boolean(timer(el)), 'no wait started').to.equal(false);
          // An unhandled rejection is reported a little later: give it some real time.
          let looks = 0;
          await untilReal(() => ++looks > 10, 'a few real ticks');
          expect(uncaught, 'nothing uncaught').to.deep.equal([]);
        } finally {
          warn.restore();
        }
      });
    }
  });

  it('a host wait of 1e9 seconds is clamped to an hour, with a warning naming the milliseconds mistake', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await mount({ channel: 'sms', storage: 'none' });
      el.retryHandler = () => Promise.reject(new RetryError({ kind: 'wait', seconds: 1e9 }));
      await chooseAll(el, ['yes', 'no']);
      retry(el).click();
      await advance(clock, el, 0);
      await afterFailure(el);
      expect(timer(el)!.textContent).to.equal('60:00');
      const warnings = warn.getCalls().map((call) => String(call.args[0]));
      expect(warnings.filter((text) => /milliseconds/.test(text))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  for (const seconds of [-30, Number.NaN]) {
    it(`a host wait of ${seconds} seconds is ignored with a warning: this page's cooldown runs`, async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await mount({ channel: 'sms', storage: 'none' });
        el.retryHandler = () => Promise.reject(new RetryError({ kind: 'wait', seconds }));
        await chooseAll(el, ['yes', 'no']);
        retry(el).click();
        await advance(clock, el, 0);
        await afterFailure(el);
        expect(timer(el)!.textContent).to.equal('0:30');
        const warnings = warn.getCalls().map((call) => String(call.args[0]));
        expect(warnings.filter((text) => text.includes(String(seconds)) && text.includes('ignored'))).to.have.length(1);
      } finally {
        warn.restore();
      }
    });
  }

  it('a "recently sent" answer starts the server wait on the wait step', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.retryHandler = () => Promise.reject(new RetryError({ kind: 'wait', seconds: 45, code: 'E0000109' }));
    await chooseAll(el, ['yes', 'no', 'still-nothing']);
    el.markSent('sms', T0 - 60_000); // an old request: no wait now
    await el.updateComplete;
    // Ask from the phone step's countdown? No countdown there without a wait: go back to wait.
    await chooseAll(el, ['fixed']);
    retry(el).click();
    await advance(clock, el, 0);
    await afterFailure(el);
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect(timer(el)!.textContent).to.equal('0:45');
  });

  it('a daily limit removes the retry and goes to another way in', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.retryHandler = () => Promise.reject({ errorCode: 'E0000146', status: 429 });
    await chooseAll(el, ['yes', 'no']);
    retry(el).click();
    await advance(clock, el, 0);
    await afterFailure(el);
    expect(heading(el)).to.equal(en.steps['another-way'].title);
    expect(Boolean($(el, 'button[part="retry"]')), 'should be absent').to.equal(false);
    expect(answers(el)).to.include('okta-verify');
  });

  it('an unsupported country goes to the help desk with the reason in the summary', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.retryHandler = () => Promise.reject({ errorCode: 'E0000099', status: 403 });
    await chooseAll(el, ['yes', 'no']);
    retry(el).click();
    await advance(clock, el, 0);
    await afterFailure(el);
    expect(heading(el)).to.equal(en.steps['help-desk'].title);
    const summary = $<HTMLTextAreaElement>(el, 'textarea')!.value;
    expect(summary).to.contain(en.summary['blocked_unsupported-country']).and.contain('E0000099');
  });

  it('without a handler, a signin-url makes the button lead to the sign-in page', async () => {
    const el = await mount({ channel: 'sms', storage: 'none', 'signin-url': 'https://example.okta.com/' });
    await chooseAll(el, ['yes', 'no']);
    expect(retry(el).textContent.trim()).to.equal(en.retry.signin);
  });

  it('with resend="event" the page resends on sspr-retry, and the wait starts', async () => {
    const el = await mount({ channel: 'voice', resend: 'event', storage: 'none' });
    await chooseAll(el, ['yes', 'no']);
    expect(retry(el).textContent.trim()).to.equal(en.retry.send_voice);
    const event = oneEvent(el, 'sspr-retry');
    retry(el).click();
    await event;
    await advance(clock, el, 0);
    expect(timer(el)!.textContent).to.equal('1:00');
  });

  it('with no way to resend, the user tells the widget they asked, and the wait starts', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, ['yes', 'no']);
    expect(retry(el).textContent.trim()).to.equal(en.retry.selfReport);
    retry(el).click();
    await advance(clock, el, 0);
    expect(timer(el)!.textContent).to.equal('0:30');
  });

  it('offers a static "available at" form instead of ticking', async () => {
    const el = await mount({ channel: 'sms', 'last-sent': String(T0), countdown: 'clock', storage: 'none' });
    const text = $(el, '[part="countdown"]')!.textContent;
    const at = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(T0 + 30_000);
    expect(text).to.contain(`You can ask for a new code at ${at}.`);
    expect(timer(el)).to.exist; // still there for assistive technology
  });

  it('runs no timer when no wait runs', async () => {
    await mount({ channel: 'sms', storage: 'none' });
    expect(clock.countTimers()).to.equal(0);
  });
});
