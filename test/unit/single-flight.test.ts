/**
 * The lock behind "one request at a time" (src/retry/single-flight.ts), on a fake clock: the
 * lease that stands in for Web Locks, its renewal while a request runs long, and its end when
 * the tab that held it is gone.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { LEASE_MS, singleFlight } from '../../src/retry/single-flight.js';
import { STORAGE_PREFIX } from '../../src/storage/safe-storage.js';
import { T0 } from '../helpers.js';
import { clearStored, fakeClock } from '../cooldown/support.js';

const LEASE = `${STORAGE_PREFIX}resend-lease`;

/** A request that ends when the test says so. */
function openRequest() {
  let end!: () => void;
  const done = new Promise<void>((resolve) => (end = resolve));
  return { work: () => done, end };
}

describe('single flight: one request at a time', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clearStored();
    clock = fakeClock(T0);
  });
  afterEach(() => {
    clock.restore();
    clearStored();
  });

  for (const scope of ['none', 'session'] as const) {
    it(`storage="${scope}": a second run while the first holds the lease runs nothing, and learns when it is free`, async () => {
      const first = openRequest();
      const held = singleFlight(scope).run(first.work);
      const second = sinon.fake.resolves(undefined);
      expect(await singleFlight(scope).run(second)).to.equal(false);
      expect(second.callCount).to.equal(0);
      let free = false;
      void singleFlight(scope)
        .whenFree()
        .then(() => (free = true));
      await clock.tickAsync(5_000);
      expect(free, 'not free while the first runs').to.equal(false);
      first.end();
      expect(await held).to.equal(true);
      await clock.tickAsync(1_000);
      expect(free).to.equal(true);
      expect(await singleFlight(scope).run(second)).to.equal(true);
      expect(second.callCount).to.equal(1);
    });
  }

  it('a request that runs past the lease term keeps its lease (renewed), so no second one starts', async () => {
    const first = openRequest();
    const held = singleFlight('session').run(first.work);
    await clock.tickAsync(3 * LEASE_MS);
    expect(await singleFlight('session').run(async () => {})).to.equal(false);
    first.end();
    await held;
    expect(sessionStorage.getItem(LEASE), 'released').to.equal(null);
  });

  it('a lease left by a tab closed mid-request ends within one term', async () => {
    sessionStorage.setItem(LEASE, JSON.stringify({ owner: 'closed-tab', until: T0 + LEASE_MS }));
    expect(await singleFlight('session').run(async () => {})).to.equal(false);
    await clock.tickAsync(LEASE_MS);
    expect(await singleFlight('session').run(async () => {})).to.equal(true);
  });

  it('a lease further ahead than one term (written under another clock) holds nothing', async () => {
    sessionStorage.setItem(LEASE, JSON.stringify({ owner: 'other-clock', until: T0 + 10 * 365 * 86_400_000 }));
    expect(await singleFlight('session').run(async () => {})).to.equal(true);
    sessionStorage.setItem(LEASE, 'not json');
    expect(await singleFlight('session').run(async () => {})).to.equal(true);
  });
});
