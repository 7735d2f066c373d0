/**
 * Pure deadline maths for the wait between code requests. Clocks are always
 * arguments: `wall` is the wall clock (epoch ms, `Date.now()`), which the user
 * or the system may move at any time; `mono` is the page's monotonic clock
 * (`performance.now()`), which only moves forwards with real time.
 *
 * A wait is stored and shared between tabs as a wall-clock deadline (the only
 * clock tabs and reloads have in common), checked on the way in, then also run
 * on the monotonic clock: once this page holds a wait, it ends within its
 * length of real elapsed time whatever the wall clock does.
 */
import type { Channel } from '../types.js';

/** A wait as stored and shared: when it ends (wall-clock epoch ms) and how long it was when it started. */
export interface Wait {
  until: number;
  lengthMs: number;
}

/** A wait as this page runs it: `endsAt` is on the monotonic clock. */
export interface RunningWait extends Wait {
  endsAt: number;
}

/** Both clocks, read at the same moment. */
export interface Clocks {
  wall: number;
  mono: number;
}

export const DEFAULT_COOLDOWN_SECONDS: Readonly<Record<Channel, number>> = { sms: 30, voice: 60 };
export const MIN_COOLDOWN_SECONDS = 1;
export const MAX_COOLDOWN_SECONDS = 600;
/**
 * The longest wait anything may start: a cooldown is at most 600 s, but a
 * server's rate-limit answer may ask for up to an hour (retry/server-answers.ts clamps to it).
 */
export const MAX_WAIT_SECONDS = 3600;

const clampLength = (lengthMs: number): number =>
  Math.min(Math.max(Math.round(lengthMs), MIN_COOLDOWN_SECONDS * 1000), MAX_WAIT_SECONDS * 1000);

/** A wait of `lengthMs` (kept within 1 s…1 h, so what is stored always reads back) started at `startedAt`. */
export function waitFrom(startedAt: number, lengthMs: number): Wait {
  const length = clampLength(lengthMs);
  return { until: startedAt + length, lengthMs: length };
}

/**
 * Runs a wall-clock wait on the monotonic clock: what is left now, clamped to
 * 0…length (a deadline too far ahead cannot stretch it), ends at `mono + left`.
 */
export function runWait(wait: Wait, clocks: Clocks): RunningWait {
  const left = Math.min(Math.max(wait.until - clocks.wall, 0), wait.lengthMs);
  return { until: wait.until, lengthMs: wait.lengthMs, endsAt: clocks.mono + left };
}

/**
 * Milliseconds left, within 0…length: the lesser of what each clock says. The
 * monotonic clock ends the wait within its length of real time when the wall
 * clock is moved back; the wall clock ends it when the device slept (the
 * monotonic clock may stand still in sleep) or the clock was moved forward.
 */
export function remainingMs(wait: RunningWait | null, clocks: Clocks): number {
  if (!wait) return 0;
  const left = Math.min(wait.endsAt - clocks.mono, wait.until - clocks.wall);
  return Math.min(Math.max(left, 0), wait.lengthMs);
}

/** Whole seconds shown to the user: 0.2 s left still reads "0:01", so the button never enables early. */
export const remainingSeconds = (wait: RunningWait | null, clocks: Clocks): number =>
  Math.ceil(remainingMs(wait, clocks) / 1000);

/** The wall-clock time the wait ends, for "you can ask at 10:42": now plus what is left. */
export const endsAtWallClock = (wait: RunningWait, clocks: Clocks): number => clocks.wall + remainingMs(wait, clocks);

/** Delay until the displayed second changes (timers never fire early, so this lands on or after it). */
export function msUntilNextTick(wait: RunningWait | null, clocks: Clocks): number | null {
  const left = remainingMs(wait, clocks);
  if (left <= 0) return null;
  const intoSecond = left % 1000;
  return intoSecond === 0 ? 1000 : intoSecond;
}

/** A stored or received wait, checked: null with a reason when it must not be used. */
export type CheckedWait = { wait: Wait; problem: null } | { wait: null; problem: string };

/**
 * Checks a wait read from storage or another tab. Its length must be 1 s…1 h
 * and its deadline no further ahead than its length: anything else is a hand
 * edit, another program's value, or a deadline written before the clock was
 * moved back, and would otherwise freeze the countdown.
 */
export function checkWait(value: unknown, wall: number): CheckedWait {
  const candidate = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Wait, unknown>>;
  const { until, lengthMs } = candidate;
  if (typeof until !== 'number' || !Number.isFinite(until) || typeof lengthMs !== 'number') {
    return { wait: null, problem: 'not a wait' };
  }
  if (!(lengthMs >= MIN_COOLDOWN_SECONDS * 1000 && lengthMs <= MAX_WAIT_SECONDS * 1000)) {
    return { wait: null, problem: 'bad length' };
  }
  if (until - wall > lengthMs) {
    return { wait: null, problem: 'ends beyond its length' };
  }
  return { wait: { until, lengthMs }, problem: null };
}

/** Clock skew between the page and the server that `last-sent` may show without a warning. */
export const LAST_SENT_SKEW_MS = 5_000;
/** Integers below this are epoch seconds (as milliseconds they would be before March 1973). */
const EPOCH_SECONDS_BELOW = 1e11;
/** Integers from here up are plausible epoch seconds (September 2001 on). */
const EPOCH_SECONDS_FROM = 1e9;

const ISO_8601 = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:?\d\d)?)?$/i;
const REFUSED = 'expected ISO 8601 or epoch ms; ignoring it';

export interface LastSent {
  /** When the last code was requested (epoch ms), or null when the value cannot be used. */
  at: number | null;
  /** What was wrong and what was used instead, for a console warning. */
  warning: string | null;
}

/**
 * Reads `last-sent`: ISO 8601, or epoch milliseconds. Epoch seconds (10 digits
 * today) are read as seconds with a warning. A time more than a few seconds in
 * the future counts from now, with a warning. Anything else is refused.
 */
export function parseLastSent(value: string | null | undefined, now: number): LastSent {
  if (value == null || value.trim() === '') return { at: null, warning: null };
  const trimmed = value.trim();
  let at: number;
  let warning: string | null = null;
  if (/^\d{1,16}$/.test(trimmed)) {
    at = Number(trimmed);
    if (at < EPOCH_SECONDS_BELOW) {
      if (at < EPOCH_SECONDS_FROM) return { at: null, warning: REFUSED };
      at *= 1000;
      warning = 'read as epoch seconds';
    }
  } else {
    at = ISO_8601.test(trimmed) ? Date.parse(trimmed) : NaN;
  }
  if (!(at > 0)) return { at: null, warning: REFUSED };
  if (at > now + LAST_SENT_SKEW_MS) return { at: now, warning: 'in the future; counting from now' };
  return { at: Math.min(at, now), warning };
}
