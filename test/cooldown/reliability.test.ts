/**
 * Waits that nothing can freeze (issue 13): a wall clock moved back, a deadline or length in
 * storage from another program, Start over; a widget woken only for the wait it shows; and
 * storage="none" keeping waits in this page. Fake clocks: `setSystemTime` moves the wall clock
 * only, `tickAsync` moves real (monotonic) time too.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { chooseAll, clickNav, elementWarnings as ourWarnings, mount, T0 } from '../helpers.js';
import { clearStored, fakeClock, retryUnavailable, timerText } from './support.js';

const TEN_YEARS = 10 * 365.25 * 24 * 3600_000;
describe('waits nothing can freeze', () => {
  let clock: sinon.SinonFakeTimers;
  let warn: sinon.SinonStub;
  beforeEach(() => {
    clearStored();
    clock = fakeClock(T0);
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
    clearStored();
  });

  it('a wall clock moved back two hours mid-wait: the wait still ends within its length of real time', async () => {
    const el = await mount({ channel: 'sms', storage: 'local' });
    // The wait step: the one with the request-again button.
    await chooseAll(el, ['yes', 'no']);
    el.markSent('sms');
    await clock.tickAsync(5_000);
    await el.updateComplete;
    expect(timerText(el)).to.equal('0:25');
    expect(retryUnavailable(el), 'no request during the wait').to.equal(true);
    clock.setSystemTime(Date.now() - 2 * 3600_000);
    await clock.tickAsync(1_000);
    await el.updateComplete;
    expect(timerText(el)).to.equal('0:24');
    await clock.tickAsync(24_000);
    await el.updateComplete;
    expect(timerText(el), 'over after 30 s of real time').to.equal(null);
    expect(retryUnavailable(el), 'the user may ask again').to.equal(false);
    expect(localStorage.getItem('sspr-code-help:wait:sms'), 'the ended wait leaves storage').to.equal(null);
  });

  it('a wall clock moved back before a reload: the stored deadline is discarded with one warning', async () => {
    const first = await mount({ channel: 'sms', storage: 'local' });
    first.markSent('sms');
    first.remove();
    clock.setSystemTime(Date.now() - 2 * 3600_000);
    const second = await mount({ channel: 'sms', storage: 'local' });
    expect(timerText(second)).to.equal(null);
    expect(ourWarnings(warn)).to.have.length(1);
  });

  for (const [name, lengthMs] of [
    ['a deadline ten years ahead', 30_000],
    ['a length of ten years', TEN_YEARS],
  ] as const) {
    it(`a stored wait with ${name} is discarded with one warning, and retry works`, async () => {
      const entry = JSON.stringify({ until: T0 + TEN_YEARS, lengthMs });
      localStorage.setItem('sspr-code-help:wait:sms', entry);
      const el = await mount({ channel: 'sms', storage: 'local' });
      const other = await mount({ channel: 'sms', storage: 'local' });
      expect(timerText(el)).to.equal(null);
      expect(timerText(other)).to.equal(null);
      expect(ourWarnings(warn)).to.have.length(1);
      expect(ourWarnings(warn)[0]).to.contain('wait');
      expect(localStorage.getItem('sspr-code-help:wait:sms'), 'the bad entry is removed').to.equal(null);
    });
  }

  it('Start over ends the wait the user sees, in storage too', async () => {
    const el = await mount({ channel: 'sms', storage: 'local' });
    el.markSent('sms');
    await el.updateComplete;
    await chooseAll(el, ['yes']);
    expect(timerText(el)).to.equal('0:30');
    await clickNav(el, 'Start over');
    expect(timerText(el)).to.equal(null);
    // Back on the wait step, the way the user would come to ask again: no wait, the button usable.
    await chooseAll(el, ['yes', 'no']);
    expect(timerText(el)).to.equal(null);
    expect(retryUnavailable(el), 'the user may ask again').to.equal(false);
    expect(localStorage.getItem('sspr-code-help:wait:sms')).to.equal(null);
  });

  it('a widget wakes only for the wait it shows (20 voice widgets, one SMS wait: one timer)', async () => {
    sessionStorage.setItem('sspr-code-help:wait:sms', JSON.stringify({ until: T0 + 30_000, lengthMs: 30_000 }));
    const showing = await mount({ channel: 'sms' });
    for (let i = 0; i < 20; i++) await mount({ channel: 'voice' });
    for (let i = 0; i < 5; i++) await mount({});
    expect(timerText(showing)).to.equal('0:30');
    expect(clock.countTimers(), 'only the SMS widget ticks').to.equal(1);
    for (let second = 1; second <= 3; second++) {
      await clock.tickAsync(1_000);
      await showing.updateComplete;
      expect(clock.countTimers(), `after ${second} s: still one timer`).to.equal(1);
    }
    expect(timerText(showing)).to.equal('0:27');
  });

  it('storage="none" opens no channel and sends nothing to other tabs; session and local share the wait', async () => {
    const post = sinon.spy(BroadcastChannel.prototype, 'postMessage');
    const opened = sinon.spy(window, 'BroadcastChannel');
    const none = await mount({ channel: 'sms', storage: 'none' });
    none.markSent('sms');
    expect(post.callCount, 'none: nothing leaves the page').to.equal(0);
    expect(opened.callCount, 'none: not even a channel is opened').to.equal(0);
    for (const storage of ['session', 'local']) {
      const el = await mount({ channel: 'voice', storage });
      post.resetHistory();
      el.markSent('voice');
      expect(post.callCount, `${storage}: the wait is shared`).to.equal(1);
    }
    expect(opened.callCount, 'one channel per shared widget').to.equal(2);
  });
});
