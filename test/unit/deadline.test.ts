import { expect } from '@open-wc/testing';
import {
  checkWait,
  endsAtWallClock,
  msUntilNextTick,
  parseLastSent,
  remainingMs,
  remainingSeconds,
  runWait,
  waitFrom,
} from '../../src/cooldown/deadline.js';

const T0 = 1_800_000_000_000;
/** The page's monotonic clock when the wait started (any value: only differences count). */
const M0 = 5_000;
const at = (elapsed: number, wallShift = 0) => ({ wall: T0 + elapsed + wallShift, mono: M0 + elapsed });

describe('deadline maths', () => {
  const wait = runWait(waitFrom(T0, 60_000), at(0));

  it('counts down from the deadline, not by decrementing', () => {
    expect(remainingMs(wait, at(0))).to.equal(60_000);
    expect(remainingMs(wait, at(59_000))).to.equal(1_000);
    expect(remainingMs(wait, at(60_000))).to.equal(0);
    expect(remainingMs(wait, at(3_600_000))).to.equal(0);
    expect(remainingMs(null, at(0))).to.equal(0);
  });

  it('a wall clock moved back cannot stretch the wait: it ends within its length of real time', () => {
    expect(remainingMs(wait, at(10_000, -2 * 3_600_000))).to.equal(50_000);
    expect(remainingMs(wait, at(60_000, -2 * 3_600_000))).to.equal(0);
  });

  it('a wall clock moved forward (or a device that slept) ends the wait', () => {
    expect(remainingMs(wait, at(0, 3_600_000))).to.equal(0);
  });

  it('runs a stored deadline from what is left of it, at most its length', () => {
    const reloaded = runWait({ until: T0 + 20_000, lengthMs: 60_000 }, { wall: T0, mono: 0 });
    expect(remainingMs(reloaded, { wall: T0, mono: 0 })).to.equal(20_000);
    expect(endsAtWallClock(reloaded, { wall: T0 + 5_000, mono: 5_000 })).to.equal(T0 + 20_000);
  });

  it('keeps every length it starts within 1 s…1 h, so what is stored reads back', () => {
    expect(waitFrom(T0, 1e12).lengthMs).to.equal(3_600_000);
    expect(waitFrom(T0, 0).lengthMs).to.equal(1_000);
    const started = waitFrom(T0, 30_000);
    expect(checkWait(JSON.parse(JSON.stringify(started)), T0).wait).to.deep.equal(started);
  });

  it('refuses stored waits with a bad length or a deadline further ahead than their length', () => {
    const tenYears = 10 * 365.25 * 24 * 3_600_000;
    expect(checkWait({ until: T0 + tenYears, lengthMs: 30_000 }, T0).problem).to.contain('beyond its length');
    expect(checkWait({ until: T0 + tenYears, lengthMs: tenYears }, T0).problem).to.contain('length');
    expect(checkWait({ until: T0 + 10, lengthMs: 0 }, T0).problem).to.contain('length');
    expect(checkWait({ until: 'soon', lengthMs: 30_000 }, T0).problem).to.equal('not a wait');
    expect(checkWait(null, T0).problem).to.equal('not a wait');
    expect(checkWait({ until: T0 + 30_000, lengthMs: 30_000 }, T0).problem).to.equal(null);
  });

  it('rounds seconds up so the button never enables early', () => {
    expect(remainingSeconds(wait, at(59_800))).to.equal(1);
    expect(remainingSeconds(wait, at(1))).to.equal(60);
  });

  it('schedules the next repaint just after the shown second changes', () => {
    expect(msUntilNextTick(wait, at(250))).to.equal(750);
    expect(msUntilNextTick(wait, at(0))).to.equal(1000);
    expect(msUntilNextTick(wait, at(60_000))).to.equal(null);
  });

  it('reads last-sent as ISO 8601 or epoch ms, refusing nonsense', () => {
    expect(parseLastSent('2027-01-15T08:00:00Z', T0)).to.deep.equal({
      at: Date.parse('2027-01-15T08:00:00Z'),
      warning: null,
    });
    expect(parseLastSent(String(T0 - 5000), T0)).to.deep.equal({ at: T0 - 5000, warning: null });
    expect(parseLastSent('yesterday-ish', T0).at).to.equal(null);
    expect(parseLastSent('1 Jan 2027', T0).at, 'not ISO 8601').to.equal(null);
    expect(parseLastSent('', T0)).to.deep.equal({ at: null, warning: null });
    expect(parseLastSent(null, T0)).to.deep.equal({ at: null, warning: null });
  });

  it('reads last-sent in the future: a few seconds of skew silently, more with a warning; both count from now', () => {
    expect(parseLastSent(String(T0 + 3000), T0)).to.deep.equal({ at: T0, warning: null });
    const ahead = parseLastSent(String(T0 + 60_000), T0);
    expect(ahead.at).to.equal(T0);
    expect(ahead.warning).to.contain('future');
  });

  it('reads 10-digit epoch seconds as seconds, with a warning', () => {
    const seconds = parseLastSent(String((T0 - 10_000) / 1000), T0);
    expect(seconds.at).to.equal(T0 - 10_000);
    expect(seconds.warning).to.contain('epoch seconds');
    expect(parseLastSent('12345', T0).at, 'neither a plausible ms nor seconds time').to.equal(null);
  });
});
