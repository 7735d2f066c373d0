/**
 * One resend at a time among the widgets that share a wait (docs/reference.md, "Waits"). The
 * scope follows the `storage` attribute, like the waits themselves:
 * - `local`: every tab of the origin, through the Web Locks API where present, else a lease in
 *   localStorage;
 * - `session`: the documents that share this tab's sessionStorage (its same-origin frames), through
 *   a lease there: they run on one thread, so reading and then writing it cannot interleave;
 * - `none`: this page only, a lease in memory.
 * The holder keeps the lock from the press until its outcome is stored, and for as long as a
 * request that timed out may still land.
 */
import { createSafeStorage, type SafeStorage, type StorageKind } from '../storage/safe-storage.js';

const LOCK_NAME = 'sspr-code-help:resend';
const LEASE_KEY = 'resend-lease';
/** A lease outlives a tab closed mid-request by at most this long: its holder renews it meanwhile. */
export const LEASE_MS = 30_000;
const RENEW_MS = LEASE_MS / 3;
/** How often a widget looks whether another one's lease has ended (only while one runs). */
const LEASE_POLL_MS = 250;

export interface SingleFlight {
  /** Runs `work` holding the lock; false, without running it, when a request holds it elsewhere. */
  run(work: () => Promise<void>): Promise<boolean>;
  /** Settles once no request holds the lock. */
  whenFree(): Promise<void>;
}

interface Lease {
  owner: string;
  until: number;
}

/** One store per kind and page, so every widget of the page sees the same lease, even in memory. */
const leaseStores = new Map<StorageKind, SafeStorage>();

export function singleFlight(kind: StorageKind): SingleFlight {
  const locks = kind === 'local' ? webLocks() : null;
  let store = leaseStores.get(kind);
  if (!store) leaseStores.set(kind, (store = createSafeStorage(kind)));
  const leases = leaseFlight(store);
  if (!locks) return leases;
  return {
    async run(work) {
      let entered = false;
      try {
        return await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
          if (!lock) return false;
          entered = true;
          await work();
          return true;
        });
      } catch (error) {
        // Web Locks refused (an opaque origin, a document being unloaded): fall back to the lease.
        if (entered) throw error;
        return leases.run(work);
      }
    },
    async whenFree() {
      try {
        // A shared request is granted once no exclusive holder is left; it holds nothing after that.
        await locks.request(LOCK_NAME, { mode: 'shared' }, () => undefined);
      } catch {
        await leases.whenFree();
      }
    },
  };
}

function webLocks(): LockManager | null {
  try {
    const locks = (navigator as { locks?: LockManager }).locks;
    return locks && typeof locks.request === 'function' ? locks : null;
  } catch {
    return null;
  }
}

function readLease(text: string | null, now: number): Lease | null {
  if (!text) return null;
  try {
    const lease = JSON.parse(text) as Partial<Lease>;
    // A lease further ahead than one term was written under another clock: it holds nothing.
    if (typeof lease.owner === 'string' && typeof lease.until === 'number') {
      if (lease.until > now && lease.until <= now + LEASE_MS) return { owner: lease.owner, until: lease.until };
    }
  } catch {
    // a foreign or hand-edited value holds nothing
  }
  return null;
}

function leaseFlight(store: SafeStorage): SingleFlight {
  const held = () => readLease(store.get(LEASE_KEY), Date.now());
  /** Takes or renews the lease; false when another owner holds it. */
  const take = (owner: string): boolean => {
    const current = held();
    if (current && current.owner !== owner) return false;
    store.set(LEASE_KEY, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
    return held()?.owner === owner;
  };
  return {
    async run(work) {
      const owner = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      if (!take(owner)) return false;
      const renew = setInterval(() => take(owner), RENEW_MS);
      try {
        await work();
      } finally {
        clearInterval(renew);
        if (held()?.owner === owner) store.remove(LEASE_KEY);
      }
      return true;
    },
    whenFree: () =>
      new Promise<void>((resolve) => {
        const look = () => (held() ? setTimeout(look, LEASE_POLL_MS) : resolve());
        look();
      }),
  };
}
