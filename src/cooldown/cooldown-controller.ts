/**
 * The wait between code requests, as a ReactiveController: it owns the tick
 * timer, the page-visibility listeners, persistence and cross-tab sync.
 *
 * Remaining time is always `until - Date.now()` (see deadline.ts). The timer
 * only schedules the next repaint; it never counts. No timer runs while no
 * wait runs or while the page is hidden.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CHANNELS, type Channel } from '../types.js';
import { msUntilNextTick, remainingMs, waitFrom, type Wait } from './deadline.js';
import { createSafeStorage, STORAGE_PREFIX, type SafeStorage, type StorageKind } from '../storage/safe-storage.js';

const BROADCAST_NAME = 'sspr-code-help';

type WaitMessage = { type: 'wait'; channel: Channel; wait: Wait | null };

const storageKey = (channel: Channel) => `wait:${channel}`;

function readWait(text: string | null): Wait | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<Wait>;
    if (typeof parsed.until === 'number' && typeof parsed.lengthMs === 'number' && parsed.lengthMs > 0) {
      return { until: parsed.until, lengthMs: parsed.lengthMs };
    }
  } catch {
    // a hand-edited or foreign value: treat as no wait
  }
  return null;
}

export interface CooldownEvents {
  /** A wait began: here, from the server, or in another tab. */
  onStart?(channel: Channel, wait: Wait): void;
  /** A wait reached zero while the element was showing. */
  onEnd?(channel: Channel): void;
}

export class CooldownController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly events: CooldownEvents;
  private readonly now: () => number;
  private storage: SafeStorage;
  private waits: Record<Channel, Wait | null> = { sms: null, voice: null };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners?: AbortController;
  private broadcast: BroadcastChannel | null = null;
  private readonly watched = new Set<Channel>();
  /** Connected, but storage not read yet (see hostConnected). */
  private syncPending = false;

  constructor(host: ReactiveControllerHost, events: CooldownEvents = {}, now: () => number = () => Date.now()) {
    this.host = host;
    this.events = events;
    this.now = now;
    this.storage = createSafeStorage('session');
    host.addController(this);
  }

  /**
   * Sets where the deadline lives (`storage` attribute); a running wait moves along. The host
   * calls this before its first render, so storage is first read here (or in the first
   * `hostUpdate`), never with the default kind: `storage="none"` never touches sessionStorage.
   */
  useStorage(kind: StorageKind): void {
    if (kind !== this.storage.kind) {
      const running = { ...this.waits };
      this.storage = createSafeStorage(kind);
      for (const channel of CHANNELS) if (running[channel]) this.persist(channel, running[channel]);
    }
    // Reads the stored deadline (a reload) and schedules its tick, not just a repaint.
    if (this.connected) this.sync();
    else this.host.requestUpdate();
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const recompute = () => this.sync();
    document.addEventListener('visibilitychange', recompute, { signal });
    window.addEventListener('pageshow', recompute, { signal });
    // Another tab writing localStorage; sessionStorage is per tab and never fires this.
    window.addEventListener(
      'storage',
      (event) => {
        if (event.key?.startsWith(`${STORAGE_PREFIX}wait:`)) this.sync();
      },
      { signal },
    );
    if (typeof BroadcastChannel === 'function') {
      try {
        this.broadcast = new BroadcastChannel(BROADCAST_NAME);
        this.broadcast.addEventListener('message', (event: MessageEvent<WaitMessage>) => this.receive(event.data), {
          signal,
        });
      } catch {
        this.broadcast = null; // opaque origins (sandboxed iframes) may refuse it
      }
    }
    // The first read of storage waits for the host's first update, after its `storage`
    // attribute is applied (useStorage), unless useStorage comes first.
    this.syncPending = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.syncPending) this.sync();
  }

  private get connected(): boolean {
    return this.listeners !== undefined && !this.listeners.signal.aborted;
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    this.broadcast?.close();
    this.broadcast = null;
    this.stopTimer();
  }

  /** The running wait for a channel, or null. */
  waitFor(channel: Channel): Wait | null {
    const wait = this.waits[channel];
    return wait && remainingMs(wait, this.now()) > 0 ? wait : null;
  }

  remaining(channel: Channel): number {
    return remainingMs(this.waits[channel], this.now());
  }

  /** Starts (or replaces) a wait of `lengthMs` from `startedAt`, and tells the other tabs. */
  start(channel: Channel, lengthMs: number, startedAt: number = this.now()): void {
    const wait = waitFrom(startedAt, lengthMs);
    this.persist(channel, wait);
    this.post({ type: 'wait', channel, wait });
    if (remainingMs(wait, this.now()) > 0) this.events.onStart?.(channel, wait);
    this.sync();
  }

  private persist(channel: Channel, wait: Wait | null): void {
    this.waits[channel] = wait;
    if (wait) this.storage.set(storageKey(channel), JSON.stringify(wait));
    else this.storage.remove(storageKey(channel));
  }

  private post(message: WaitMessage): void {
    try {
      this.broadcast?.postMessage(message);
    } catch {
      // a closed channel: other tabs will catch up through storage on their next read
    }
  }

  private receive(message: WaitMessage | undefined): void {
    if (!message || message.type !== 'wait' || !CHANNELS.includes(message.channel)) return;
    const wait = message.wait ? readWait(JSON.stringify(message.wait)) : null;
    this.waits[message.channel] = wait;
    if (wait && remainingMs(wait, this.now()) > 0) this.events.onStart?.(message.channel, wait);
    this.sync();
  }

  /** Re-reads storage, ends finished waits, repaints, and schedules the next repaint if needed. */
  private sync(): void {
    this.syncPending = false;
    const now = this.now();
    for (const channel of CHANNELS) {
      const stored = readWait(this.storage.get(storageKey(channel)));
      // Storage wins when it holds a later deadline (another tab, or a reload).
      if (stored && (!this.waits[channel] || stored.until > this.waits[channel].until)) this.waits[channel] = stored;
      const wait = this.waits[channel];
      if (wait && remainingMs(wait, now) === 0) {
        this.persist(channel, null);
        // Only a wait the user watched here ends with an announcement, not one found stale on load.
        if (this.watched.delete(channel)) this.events.onEnd?.(channel);
      } else if (wait) {
        this.watched.add(channel);
      }
    }
    this.stopTimer();
    this.host.requestUpdate();
    // No tick while hidden (visibilitychange recomputes on return) or while not in the page.
    if (document.visibilityState === 'hidden' || !this.connected) return;
    const delays = CHANNELS.map((channel) => msUntilNextTick(this.waits[channel], now)).filter(
      (delay): delay is number => delay !== null,
    );
    if (delays.length === 0) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.sync();
      },
      Math.min(...delays),
    );
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
