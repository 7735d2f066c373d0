/**
 * The countdown under stress: remaining time is always deadline − now, so it stays right after a
 * reload, a hidden tab, a blocked main thread, a sleeping device and a moved system clock.
 * All with a fake clock: no real waiting.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { chooseAll, mount, T0 } from '../helpers.js';
import {
  clearStored,
  clockText,
  fakeClock,
  restoreVisibility,
  retry,
  setVisibility,
  status,
  storedEntries,
  timerText,
} from './support.js';

/** Lets Lit render what the last event or timer asked for. */
const rendered = (el: SsprCodeHelp) => el.updateComplete;

/** The truth: whole seconds left of a wait that ends at `until`, clamped to 0…length. */
const truth = (until: number, lengthMs: number) =>
  Math.ceil(Math.min(Math.max(until - Date.now(), 0), lengthMs) / 1000);

describe('countdown under stress', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clearStored();
    clock = fakeClock(T0);
  });
  afterEach(() => {
    restoreVisibility();
    clock.restore();
    clearStored();
  });

  describe('reload', () => {
    for (const storage of ['session', 'local'] as const) {
      it(`a new element after a reload shows the same remaining time (storage ${storage})`, async () => {
        const first = await mount({ channel: 'voice', storage });
        first.markSent('voice');
        await clock.tickAsync(12_000);
        await rendered(first);
        expect(timerText(first)).to.equal('0:48');
        // The deadline is what persists (epoch ms), under the package's prefix.
        const stored = storedEntries().filter(([, key]) => key === 'sspr-code-help:wait:voice');
        expect(stored.map(([area]) => area)).to.deep.equal([storage]);
        expect(JSON.parse(stored[0][2])).to.deep.equal({ until: T0 + 60_000, lengthMs: 60_000 });

        fixtureCleanup(); // the page goes away…
        await clock.tickAsync(3_000); // …and takes a moment to come back
        const second = await mount({ channel: 'voice', storage });
        expect(timerText(second)).to.equal('0:45');
        await chooseAll(second, ['yes', 'no']); // the request button is on the wait step
        expect(retry(second)!.getAttribute('aria-disabled') === 'true').to.equal(true);
        await clock.tickAsync(45_000);
        await rendered(second);
        expect(timerText(second)).to.equal(null);
        expect(retry(second)!.getAttribute('aria-disabled') === 'true').to.equal(false);
      });
    }

    it('a reload after the wait ended shows no wait and runs no timer', async () => {
      const first = await mount({ channel: 'sms' });
      first.markSent('sms');
      fixtureCleanup();
      await clock.tickAsync(31_000);
      const second = await mount({ channel: 'sms' });
      expect(timerText(second)).to.equal(null);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('hidden tab', () => {
    it('schedules no timer while hidden, and is right the moment the tab shows again after 5 minutes', async () => {
      const el = await mount({ channel: 'sms', cooldown: '600', storage: 'none' });
      el.markSent('sms');
      await clock.tickAsync(1_000);
      await rendered(el);
      expect(timerText(el)).to.equal('9:59');
      expect(clock.countTimers(), 'a tick is scheduled while visible').to.equal(1);

      setVisibility('hidden');
      expect(clock.countTimers(), 'no timer while hidden').to.equal(0);
      clock.tick(5 * 60_000); // browsers throttle or freeze hidden tabs; nothing fires here
      expect(clock.countTimers()).to.equal(0);

      setVisibility('visible');
      await rendered(el);
      expect(timerText(el)).to.equal('4:59');
      expect(clock.countTimers(), 'ticking again').to.equal(1);
      await clock.tickAsync(1_000);
      await rendered(el);
      expect(timerText(el)).to.equal('4:58');
    });

    it('a wait that ended while hidden shows as over on return, with the button usable', async () => {
      const el = await mount({ channel: 'sms', storage: 'none' });
      await chooseAll(el, ['yes', 'no']); // the wait step, where the button stays after the wait
      el.markSent('sms');
      await rendered(el);
      expect(timerText(el)).to.equal('0:30');
      setVisibility('hidden');
      clock.tick(5 * 60_000);
      setVisibility('visible');
      await rendered(el);
      expect(timerText(el)).to.equal(null);
      expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(false);
      expect(status(el)).to.equal(en.countdown.ready);
      expect(clock.countTimers()).to.equal(0);
    });

    it('a wait started while hidden (e.g. from another tab) schedules no timer until shown', async () => {
      const el = await mount({ channel: 'sms', storage: 'none' });
      setVisibility('hidden');
      el.markSent('sms');
      expect(clock.countTimers()).to.equal(0);
      clock.tick(10_000);
      setVisibility('visible');
      await rendered(el);
      expect(timerText(el)).to.equal('0:20');
      expect(clock.countTimers()).to.equal(1);
    });
  });

  describe('blocked main thread and sleep', () => {
    it('after the main thread was blocked for 8 s, the next tick shows the true time', async () => {
      const el = await mount({ channel: 'sms', storage: 'none' });
      el.markSent('sms');
      await clock.tickAsync(2_000);
      await rendered(el);
      expect(timerText(el)).to.equal('0:28');
      // Blocked: time passes but no timer can run. Then the overdue tick runs.
      clock.setSystemTime(Date.now() + 8_000);
      await clock.nextAsync();
      await rendered(el);
      expect(timerText(el)).to.equal(clockText(truth(T0 + 30_000, 30_000)));
      expect(Number(timerText(el)!.split(':')[1])).to.be.within(19, 20);
    });

    it('after the device slept past the deadline, waking ends the wait at once', async () => {
      const el = await mount({ channel: 'voice', storage: 'none' });
      await chooseAll(el, ['yes', 'no']);
      el.markSent('voice');
      await rendered(el);
      expect(timerText(el)).to.equal('1:00');
      clock.setSystemTime(Date.now() + 10 * 60_000); // asleep; no timer ran
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await rendered(el);
      expect(timerText(el)).to.equal(null);
      expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(false);
      expect(clock.countTimers()).to.equal(0);
    });

    it('recomputes on pageshow (back/forward cache) without waiting for a tick', async () => {
      const el = await mount({ channel: 'voice', storage: 'none' });
      el.markSent('voice');
      await rendered(el);
      clock.setSystemTime(Date.now() + 25_000);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await rendered(el);
      expect(timerText(el)).to.equal('0:35');
    });

    it('recomputes on visibilitychange to visible without waiting for a tick', async () => {
      const el = await mount({ channel: 'voice', storage: 'none' });
      el.markSent('voice');
      await rendered(el);
      clock.setSystemTime(Date.now() + 40_000);
      setVisibility('visible');
      await rendered(el);
      expect(timerText(el)).to.equal('0:20');
    });
  });

  describe('system clock moved', () => {
    it('moved back an hour: the wait goes on counting real time, never more than its length', async () => {
      const el = await mount({ channel: 'sms', storage: 'none' });
      el.markSent('sms');
      await clock.tickAsync(5_000);
      await rendered(el);
      expect(timerText(el)).to.equal('0:25');
      clock.setSystemTime(Date.now() - 60 * 60_000);
      await clock.nextAsync();
      await rendered(el);
      expect(timerText(el)).to.equal('0:24'); // not 60:25, nor a frozen 0:30
      await chooseAll(el, ['yes', 'no']); // the request button is on the wait step
      expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(true);
    });

    it('moved forward an hour: the wait is over', async () => {
      const el = await mount({ channel: 'sms', storage: 'none' });
      await chooseAll(el, ['yes', 'no']);
      el.markSent('sms');
      await rendered(el);
      clock.setSystemTime(Date.now() + 60 * 60_000);
      await clock.nextAsync();
      await rendered(el);
      expect(timerText(el)).to.equal(null);
      expect(retry(el)!.getAttribute('aria-disabled') === 'true').to.equal(false);
      expect(clock.countTimers()).to.equal(0);
    });

    it('a stored deadline far in the future (clock changed between visits) is discarded with a warning', async () => {
      sessionStorage.setItem(
        'sspr-code-help:wait:sms',
        JSON.stringify({ until: T0 + 5 * 60 * 60_000, lengthMs: 30_000 }),
      );
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await mount({ channel: 'sms' });
        expect(timerText(el)).to.equal(null);
        expect(warn.callCount).to.equal(1);
      } finally {
        warn.restore();
      }
    });
  });

  describe('timers and announcements', () => {
    it('runs no timer when no wait runs, and none once a wait is over', async () => {
      const el = await mount({ channel: 'sms', storage: 'none' });
      expect(clock.countTimers()).to.equal(0);
      el.markSent('sms');
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(30_000);
      await rendered(el);
      expect(timerText(el)).to.equal(null);
      expect(clock.countTimers()).to.equal(0);
    });

    it('ticks each second on the displayed second (one timer at a time)', async () => {
      const el = await mount({ channel: 'sms', storage: 'none' });
      // A request made 0.4 s ago: the display changes 0.6 s from now, then every second.
      el.markSent('sms', Date.now() - 400);
      await rendered(el);
      expect(timerText(el)).to.equal('0:30');
      await clock.tickAsync(599);
      await rendered(el);
      expect(timerText(el)).to.equal('0:30');
      await clock.tickAsync(1);
      await rendered(el);
      expect(timerText(el)).to.equal('0:29');
      expect(clock.countTimers()).to.equal(1);
    });

    it('the status region speaks at most 3 times in a minute during a wait, while the timer ticks', async () => {
      const el = await mount({ channel: 'voice', storage: 'none' });
      el.retryHandler = () => Promise.resolve();
      await chooseAll(el, ['yes', 'no']);
      const region = el.shadowRoot!.querySelector('[role="status"]')!;
      const timerValues = new Set<string>();
      const spoken: string[] = [];
      let last = region.textContent.trim();
      const observer = new MutationObserver(() => {
        const text = region.textContent.trim();
        if (text !== last && text !== '') spoken.push(text);
        last = text;
        const shown = timerText(el);
        if (shown) timerValues.add(shown);
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      try {
        retry(el)!.click();
        await clock.tickAsync(0);
        await rendered(el);
        for (let second = 0; second < 60; second++) {
          await clock.tickAsync(1_000);
          await rendered(el);
        }
        await Promise.resolve(); // deliver the last mutation records
      } finally {
        observer.disconnect();
      }
      expect(timerValues.size, 'the visible timer ticked every second').to.be.at.least(59);
      expect(spoken).to.deep.equal(['You can ask for a new code in 60 seconds.', en.countdown.ready]);
      expect(spoken.length).to.be.at.most(3);
    });
  });
});
