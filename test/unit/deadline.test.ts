import { expect } from '@open-wc/testing';
import {
  msUntilNextTick,
  parseLastSent,
  remainingMs,
  remainingSeconds,
  waitFrom,
} from '../../src/cooldown/deadline.js';

const T0 = 1_800_000_000_000;

describe('deadline maths', () => {
  const wait = waitFrom(T0, 60_000);

  it('counts down from the deadline, not by decrementing', () => {
    expect(remainingMs(wait, T0)).to.equal(60_000);
    expect(remainingMs(wait, T0 + 59_000)).to.equal(1_000);
    expect(remainingMs(wait, T0 + 60_000)).to.equal(0);
    expect(remainingMs(wait, T0 + 3_600_000)).to.equal(0);
    expect(remainingMs(null, T0)).to.equal(0);
  });

  it('clamps a clock moved backwards to the wait length', () => {
    expect(remainingMs(wait, T0 - 3_600_000)).to.equal(60_000);
  });

  it('rounds seconds up so the button never enables early', () => {
    expect(remainingSeconds(wait, T0 + 59_800)).to.equal(1);
    expect(remainingSeconds(wait, T0 + 1)).to.equal(60);
  });

  it('schedules the next repaint just after the shown second changes', () => {
    expect(msUntilNextTick(wait, T0 + 250)).to.equal(750);
    expect(msUntilNextTick(wait, T0)).to.equal(1000);
    expect(msUntilNextTick(wait, T0 + 60_000)).to.equal(null);
  });

  it('reads last-sent as ISO 8601 or epoch ms, refusing nonsense and the future', () => {
    expect(parseLastSent('2027-01-15T08:00:00Z', T0)).to.equal(Date.parse('2027-01-15T08:00:00Z'));
    expect(parseLastSent(String(T0 - 5000), T0)).to.equal(T0 - 5000);
    expect(parseLastSent(String(T0 + 5000), T0)).to.equal(T0);
    expect(parseLastSent('yesterday-ish', T0)).to.equal(null);
    expect(parseLastSent('', T0)).to.equal(null);
    expect(parseLastSent(null, T0)).to.equal(null);
  });
});
