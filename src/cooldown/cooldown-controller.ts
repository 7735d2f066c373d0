/**
 * The wait between code requests, as a ReactiveController: it owns the tick
 * timer, the page-visibility listeners, persistence and cross-tab sync.
 *
 * Storage and other tabs hold wall-clock deadlines, checked on the way in;
 * this page runs each wait on the monotonic clock (see deadline.ts), so moving
 * the wall clock cannot stretch it. The timer only schedules the next repaint
 * of the channel the host shows; it never counts. No timer runs while that
 * channel has no wait or while the page is hidden.
 *
 * Sharing: `session` and `local` share waits with this origin's other tabs
 * over BroadcastChannel (`local` also through the storage event); `none`
 * keeps them in this page: no storage, no channel.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CHANNELS, type Channel } from '../types.js';
import {
  checkWait,
  endsAtWallClock,
  msUntilNextTick,
  remainingSeconds,
  remainingMs,
  runWait,
  waitFrom,
  type Clocks,
  type RunningWait,
  type Wait,
} from './deadline.js';
import { createSafeStorage, STORAGE_PREFIX, type SafeStorage, type StorageKind } from '../storage/safe-storage.js';

const BROADCAST_NAME = 'sspr-code-help';

type WaitMessage = { type: 'wait'; channel: Channel; wait: Wait | null };

const storageKey = (channel: Channel) => `wait:${channel}`;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // a hand-edited or foreign value: checkWait says why it is no wait
  }
}

const readClocks = (): Clocks => ({ wall: Date.now(), mono: performance.now() });

const sameWait = (a: Wait | null, b: Wait | null) => !!a && !!b && a.until === b.until && a.lengthMs === b.lengthMs;

export interface CooldownEvents {
  /** A wait began: here, from the server, or in another tab. */
  onStart?(channel: Channel, wait: Wait): void;
  /** A wait reached zero while the element was showing. */
  onEnd?(channel: Channel): void;
  /** The channel whose countdown the host shows: the only one it is woken for. */
  shownChannel?(): Channel | null;
}

export class CooldownController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly events: CooldownEvents;
  private readonly clocks: () => Clocks;
  private storage: SafeStorage;
  private waits: Record<Channel, RunningWait | null> = { sms: null, voice: null };
  /** The channel the timer was last scheduled for (undefined: not yet). */
  private tickingFor: Channel | null | undefined;
  private readonly warned = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners?: AbortController;
  private broadcast: BroadcastChannel | null = null;
  private readonly watched = new Set<Channel>();
  /** Channels whose wait ran while this element showed: Start over ends them. */
  private readonly seen = new Set<Channel>();
  /** Connected, but storage not read yet (see hostConnected). */
  private syncPending = false;

  constructor(host: ReactiveControllerHost, events: CooldownEvents = {}, clocks: () => Clocks = readClocks) {
    this.host = host;
    this.events = events;
    this.clocks = clocks;
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
      this.openBroadcast();
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
    // The first read of storage, and the channel to the other tabs, wait for the host's first
    // update, after its `storage` attribute is applied (useStorage), unless useStorage comes first:
    // `storage="none"` opens no channel at all.
    this.syncPending = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.syncPending) this.openBroadcast();
    // Also when the host now shows another channel: its timer follows.
    if (this.syncPending || this.shownChannel() !== this.tickingFor) this.sync();
  }

  private shownChannel(): Channel | null {
    return this.events.shownChannel ? this.events.shownChannel() : null;
  }

  /** BroadcastChannel for `session` and `local` only: with `none`, nothing leaves this page. */
  private openBroadcast(): void {
    const wanted = this.connected && this.storage.kind !== 'none' && typeof BroadcastChannel === 'function';
    if (!wanted) {
      this.broadcast?.close();
      this.broadcast = null;
      return;
    }
    if (this.broadcast) return;
    try {
      this.broadcast = new BroadcastChannel(BROADCAST_NAME);
      this.broadcast.addEventListener('message', (event: MessageEvent<WaitMessage>) => this.receive(event.data), {
        signal: this.listeners!.signal,
      });
    } catch {
      this.broadcast = null; // opaque origins (sandboxed iframes) may refuse it
    }
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
  waitFor(channel: Channel): RunningWait | null {
    const wait = this.waits[channel];
    return wait && remainingMs(wait, this.clocks()) > 0 ? wait : null;
  }

  /** True once a wait ran for this channel while the element showed. */
  hasWaited(channel: Channel): boolean {
    return this.seen.has(channel);
  }

  /** Milliseconds left, on the monotonic clock. */
  remaining(channel: Channel): number {
    return remainingMs(this.waits[channel], this.clocks());
  }

  /** Like `remaining`, after reading storage again: another tab may have just started a wait. */
  remainingStored(channel: Channel): number {
    this.sync();
    return this.remaining(channel);
  }

  /** Whole seconds left, as shown: 0.2 s left still reads 1, so the button never enables early. */
  secondsLeft(channel: Channel): number {
    return remainingSeconds(this.waits[channel], this.clocks());
  }

  /** The wall-clock time the channel's wait ends (now plus what is left), or null. */
  availableAt(channel: Channel): number | null {
    const wait = this.waitFor(channel);
    return wait ? endsAtWallClock(wait, this.clocks()) : null;
  }

  /** Starts (or replaces) a wait of `lengthMs` from `startedAt` (wall clock), and tells the other tabs. */
  start(channel: Channel, lengthMs: number, startedAt: number = this.clocks().wall): void {
    const wait = runWait(waitFrom(startedAt, lengthMs), this.clocks());
    this.persist(channel, wait);
    this.post({ type: 'wait', channel, wait: { until: wait.until, lengthMs: wait.lengthMs } });
    if (remainingMs(wait, this.clocks()) > 0) this.events.onStart?.(channel, wait);
    this.sync();
  }

  /** Starts a wait from `startedAt` unless the running one ends later (`last-sent` never shortens a wait). */
  startUnlessLonger(channel: Channel, lengthMs: number, startedAt: number): void {
    const wait = this.waitFor(channel);
    if (!wait || wait.until < startedAt + lengthMs) this.start(channel, lengthMs, startedAt);
  }

  /** Ends a channel's wait here, in storage and in the other tabs (Start over). */
  clear(channel: Channel): void {
    this.waits[channel] = null;
    this.storage.remove(storageKey(channel));
    this.post({ type: 'wait', channel, wait: null });
    this.sync();
  }

  /** Start over: ends the waits the user saw (the one on show, any that ran while showing). */
  clearSeen(shownChannel: Channel | null): void {
    for (const channel of CHANNELS) {
      if ((channel === shownChannel && this.waitFor(channel)) || this.hasWaited(channel)) this.clear(channel);
    }
  }

  private persist(channel: Channel, wait: RunningWait | null): void {
    this.waits[channel] = wait;
    if (wait) this.storage.set(storageKey(channel), JSON.stringify({ until: wait.until, lengthMs: wait.lengthMs }));
    else this.storage.remove(storageKey(channel));
  }

  /** A wait from storage or another tab, checked; a bad one is dropped with one warning. */
  private accept(channel: Channel, value: unknown, from: 'storage' | 'tab', clocks: Clocks): RunningWait | null {
    const checked = checkWait(value, clocks.wall);
    if (checked.wait) return runWait(checked.wait, clocks);
    if (from === 'storage') this.storage.remove(storageKey(channel));
    const id = channel + checked.problem;
    if (!this.warned.has(id)) {
      this.warned.add(id);
      console.warn(`<sspr-code-help>: ignoring a stored ${channel} wait: ${checked.problem}.`);
    }
    return null;
  }

  private post(message: WaitMessage): void {
    this.openBroadcast(); // a wait started before the first update
    try {
      this.broadcast?.postMessage(message);
    } catch {
      // a closed channel: other tabs will catch up through storage on their next read
    }
  }

  private receive(message: WaitMessage | undefined): void {
    if (!message || message.type !== 'wait' || !CHANNELS.includes(message.channel)) return;
    const clocks = this.clocks();
    const wait = message.wait ? this.accept(message.channel, message.wait, 'tab', clocks) : null;
    if (message.wait && !wait) return;
    this.waits[message.channel] = wait;
    if (wait && remainingMs(wait, clocks) > 0) this.events.onStart?.(message.channel, wait);
    this.sync();
  }

  /** Re-reads storage, ends finished waits, repaints, and schedules the next repaint if needed. */
  private sync(): void {
    this.syncPending = false;
    const clocks = this.clocks();
    for (const channel of CHANNELS) {
      const text = this.storage.get(storageKey(channel));
      const held = this.waits[channel];
      const stored = text ? (parseJson(text) as Wait | null) : null;
      // A new deadline in storage (another tab, or a reload) is checked; the one this page
      // runs is not re-read, so a clock moved back since cannot stretch or discard it.
      if (text && !sameWait(stored, held)) {
        const accepted = this.accept(channel, stored, 'storage', clocks);
        // Storage wins when it holds a later deadline.
        if (accepted && (!held || accepted.until > held.until)) this.waits[channel] = accepted;
      }
      const wait = this.waits[channel];
      if (wait && remainingMs(wait, clocks) === 0) {
        this.persist(channel, null);
        // Only a wait the user watched here ends with an announcement, not one found stale on load.
        if (this.watched.delete(channel)) this.events.onEnd?.(channel);
      } else if (wait) {
        this.watched.add(channel);
        this.seen.add(channel);
      }
    }
    this.stopTimer();
    this.host.requestUpdate();
    const shown = this.shownChannel();
    this.tickingFor = shown;
    // No tick while hidden (visibilitychange recomputes on return) or while not in the page;
    // only for the channel shown (a wait elsewhere is re-read when the host shows it).
    if (document.visibilityState === 'hidden' || !this.connected || !shown) return;
    const delay = msUntilNextTick(this.waits[shown], clocks);
    if (delay === null) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sync();
    }, delay);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
