/**
 * Where the deadline lives (`storage` = session | local | none), that nothing personal is ever
 * stored, and that storage which throws falls back to memory without an error.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { chooseAll, heading, mount, T0 } from '../helpers.js';
import { untilReal } from '../okta/mock-client.js';
import { clearStored, fakeClock, retry, status, storedEntries, timerText } from './support.js';

const PHONE_HINT = '•••• 4821';

describe('cooldown storage', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clearStored();
    clock = fakeClock(T0);
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
    clearStored();
  });

  it('storage="session" (the default) keeps the deadline in sessionStorage only, under the package prefix', async () => {
    const el = await mount({ channel: 'sms' });
    el.markSent('sms');
    const waits = storedEntries().filter(([, key]) => key.includes('wait'));
    expect(waits.map(([area, key]) => `${area} ${key}`)).to.deep.equal(['session sspr-code-help:wait:sms']);
    expect(JSON.parse(waits[0][2])).to.deep.equal({ until: T0 + 30_000, lengthMs: 30_000 });
  });

  it('storage="local" keeps it in localStorage only', async () => {
    const el = await mount({ channel: 'voice', storage: 'local' });
    el.markSent('voice');
    const entries = storedEntries();
    expect(entries.map(([area, key]) => `${area} ${key}`)).to.include('local sspr-code-help:wait:voice');
    expect(entries.filter(([area]) => area === 'session')).to.deep.equal([]);
    expect(JSON.parse(entries.find(([, key]) => key === 'sspr-code-help:wait:voice')![2])).to.deep.equal({
      until: T0 + 60_000,
      lengthMs: 60_000,
    });
  });

  it('storage="none" writes nothing to sessionStorage or localStorage, and the countdown still runs', async () => {
    const setItem = sinon.spy(Storage.prototype, 'setItem');
    const el = await mount({ channel: 'sms', storage: 'none', 'phone-hint': PHONE_HINT });
    await chooseAll(el, ['yes', 'no', 'yes']);
    el.markSent('sms');
    await clock.tickAsync(10_000);
    await el.updateComplete;
    expect(timerText(el)).to.equal('0:20');
    expect(storedEntries()).to.deep.equal([]);
    const ours = setItem.getCalls().filter((call) => call.args[0].startsWith('sspr-code-help:'));
    expect(
      ours.map((call) => call.args[0]),
      'not even a probe',
    ).to.deep.equal([]);
  });

  it('changing storage at run time moves the running wait along', async () => {
    const el = await mount({ channel: 'sms' });
    el.markSent('sms');
    el.setAttribute('storage', 'local');
    await el.updateComplete;
    expect(localStorage.getItem('sspr-code-help:wait:sms')).to.be.a('string');
    expect(timerText(el)).to.equal('0:30');
    await clock.tickAsync(1_000);
    await el.updateComplete;
    expect(timerText(el)).to.equal('0:29');
  });

  for (const storage of ['session', 'local'] as const) {
    it(`never stores the phone hint or any personal data (storage ${storage})`, async () => {
      const el = await mount({
        channel: 'sms',
        storage,
        'phone-hint': PHONE_HINT,
        'support-email': 'help@example.com',
        'support-phone': '+1 555 0100',
      });
      el.retryHandler = () => Promise.reject({ errorCode: 'E0000146', status: 429 });
      // enrolled → locked → number (shows the hint) → wait: ask again → a limit → help desk
      await chooseAll(el, ['yes', 'no']);
      expect(el.shadowRoot!.textContent).to.contain(PHONE_HINT);
      await chooseAll(el, ['yes']);
      retry(el)!.click();
      // The server-answer mapping loads on first use (a real module fetch): wait for it for real.
      await untilReal(() => heading(el) === en.steps['another-way'].title, 'the limit answer to show');
      await chooseAll(el, ['help-desk']);
      const entries = storedEntries();
      expect(entries.length, 'something was stored (the test looks at real data)').to.be.greaterThan(0);
      for (const [area, key, value] of entries) {
        const where = `${area} ${key}`;
        expect(key.startsWith('sspr-code-help:'), where).to.equal(true);
        for (const personal of ['4821', '••••', 'help@example.com', '555']) {
          expect(value, where).to.not.contain(personal);
        }
      }
    });
  }

  describe('storage that throws', () => {
    let consoleError: sinon.SinonSpy;
    let pageErrors: string[];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    beforeEach(() => {
      consoleError = sinon.spy(console, 'error');
      pageErrors = [];
      window.addEventListener('error', onError);
    });
    afterEach(() => window.removeEventListener('error', onError));

    const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

    for (const storage of ['session', 'local'] as const) {
      it(`falls back to memory when every access throws (storage ${storage}), with no error`, async () => {
        const getItem = sinon.stub(Storage.prototype, 'getItem').throws(securityError());
        const setItem = sinon.stub(Storage.prototype, 'setItem').throws(securityError());
        sinon.stub(Storage.prototype, 'removeItem').throws(securityError());
        const el = await mount({ channel: 'voice', storage });
        await chooseAll(el, ['yes', 'no']);
        el.markSent('voice');
        await el.updateComplete;
        expect(setItem.called || getItem.called, 'the widget did try the browser storage').to.equal(true);
        expect(timerText(el)).to.equal('1:00');
        expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(true);
        await clock.tickAsync(30_000);
        await el.updateComplete;
        expect(timerText(el)).to.equal('0:30');
        await clock.tickAsync(30_000);
        await el.updateComplete;
        expect(timerText(el)).to.equal(null);
        expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(false);
        expect(status(el)).to.equal(en.countdown.ready);
        expect(consoleError.callCount, 'no console error').to.equal(0);
        expect(pageErrors).to.deep.equal([]);
      });
    }

    it('storage that fills up after the first check (setItem throws later) keeps the wait in memory', async () => {
      const setItem = sinon.stub(Storage.prototype, 'setItem');
      setItem.callsFake(function (this: Storage, key: string, value: string) {
        if (key.startsWith('sspr-code-help:wait:')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        setItem.wrappedMethod.call(this, key, value);
      });
      const el = await mount({ channel: 'sms' });
      el.markSent('sms');
      expect(setItem.threw(), 'writing the wait threw').to.equal(true);
      await clock.tickAsync(5_000);
      await el.updateComplete;
      expect(timerText(el)).to.equal('0:25');
      expect(consoleError.callCount).to.equal(0);
      expect(pageErrors).to.deep.equal([]);
    });

    it('storage whose reads start throwing (getItem) keeps the running wait', async () => {
      const el = await mount({ channel: 'voice', storage: 'local' });
      el.markSent('voice');
      const getItem = sinon.stub(Storage.prototype, 'getItem').throws(securityError());
      await clock.tickAsync(20_000);
      await el.updateComplete;
      expect(getItem.called, 'the tick re-read storage').to.equal(true);
      expect(timerText(el)).to.equal('0:40');
      expect(consoleError.callCount).to.equal(0);
      expect(pageErrors).to.deep.equal([]);
    });
  });

  describe('in a sandboxed iframe (opaque origin: storage access throws)', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    interface SandboxReport {
      type: 'sandboxed-report';
      storageThrows: boolean;
      mounted: boolean;
      shown: Record<string, Array<string | null>>;
      retryUsable: Record<string, boolean>;
      errors: string[];
      failure?: string;
    }

    it('mounts, counts down and logs no error', async function () {
      // Loading the element's module graph into a fresh opaque-origin document takes seconds in
      // WebKit when three engines share two cores; the frame itself runs on a fake clock.
      this.timeout(30_000);
      clock.restore(); // this test's page keeps the real clock; the frame fakes its own
      let report: SandboxReport | null = null;
      const onMessage = (event: MessageEvent) => {
        if (event.source === frame?.contentWindow && event.data?.type === 'sandboxed-report') report = event.data;
      };
      window.addEventListener('message', onMessage);
      try {
        frame = document.createElement('iframe');
        frame.setAttribute('sandbox', 'allow-scripts');
        frame.src = new URL('../fixtures/sandboxed.html', import.meta.url).href;
        document.body.append(frame);
        // Loading the element's modules into a fresh document is the only real wait here.
        // (Measured: 2–3 s in Chromium and Firefox, up to 10 s in WebKit under load.)
        await waitUntil(() => report !== null, 'the sandboxed frame reported', { timeout: 25_000, interval: 20 });
      } finally {
        window.removeEventListener('message', onMessage);
        clock = fakeClock(T0); // for afterEach
      }
      const got = report as unknown as SandboxReport;
      expect(got.failure ?? null).to.equal(null);
      expect(got.storageThrows, 'storage really throws in the frame').to.equal(true);
      expect(got.mounted).to.equal(true);
      expect(got.shown).to.deep.equal({
        session: ['0:30', '0:20', null],
        local: ['1:00', '0:50', null],
      });
      expect(got.retryUsable).to.deep.equal({ session: true, local: true });
      expect(got.errors).to.deep.equal([]);
    });
  });
});
