/**
 * Pure deadline maths for the wait between code requests. The clock is always
 * an argument: remaining time is `until - now`, recomputed on every read and
 * never a decremented counter, so sleep, throttled timers and reloads cannot
 * make it drift.
 */
import type { Channel } from '../types.js';

/** A running wait: when it ends (epoch ms) and how long it was when it started. */
export interface Wait {
  until: number;
  lengthMs: number;
}

export const DEFAULT_COOLDOWN_SECONDS: Readonly<Record<Channel, number>> = { sms: 30, voice: 60 };
export const MIN_COOLDOWN_SECONDS = 1;
export const MAX_COOLDOWN_SECONDS = 600;

export const waitFrom = (startedAt: number, lengthMs: number): Wait => ({
  until: startedAt + lengthMs,
  lengthMs,
});

/**
 * Milliseconds left, clamped to 0…length: a clock moved backwards cannot
 * stretch the wait, a clock moved forwards simply ends it.
 */
export function remainingMs(wait: Wait | null, now: number): number {
  if (!wait) return 0;
  return Math.min(Math.max(wait.until - now, 0), wait.lengthMs);
}

/** Whole seconds shown to the user: 0.2 s left still reads "0:01", so the button never enables early. */
export const remainingSeconds = (wait: Wait | null, now: number): number => Math.ceil(remainingMs(wait, now) / 1000);

/** Delay until the displayed second changes (timers never fire early, so this lands on or after it). */
export function msUntilNextTick(wait: Wait | null, now: number): number | null {
  const left = remainingMs(wait, now);
  if (left <= 0) return null;
  const intoSecond = left % 1000;
  return intoSecond === 0 ? 1000 : intoSecond;
}

/**
 * Reads `last-sent`: ISO 8601 or epoch milliseconds. Returns null for
 * anything else, and for times in the future (a clock skew would otherwise
 * show a wait longer than the cooldown).
 */
export function parseLastSent(value: string | null | undefined, now: number): number | null {
  if (value == null || value.trim() === '') return null;
  const trimmed = value.trim();
  const at = /^\d+$/.test(trimmed) ? Number(trimmed) : Date.parse(trimmed);
  if (!Number.isFinite(at) || at <= 0) return null;
  return Math.min(at, now);
}
