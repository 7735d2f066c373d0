/**
 * The result of a resend, and what a failed one means for the user,
 * independent of who answered. A leaf of `retry/`: types and one error class.
 * A `retryHandler` may reject with a `RetryError` carrying a failure, or with
 * an Okta error body, which `server-answers.ts` turns into one.
 */
import type { Channel, ResendRoute } from '../types.js';

export type RetryFailure =
  /** Asked too soon: wait this long, then try again. */
  | { kind: 'wait'; seconds: number; code?: string }
  /** A daily or per-user limit: no more codes today. */
  | { kind: 'limit'; code?: string }
  /** The number's country cannot receive codes from this org. */
  | { kind: 'unsupported-country'; code?: string }
  /** Anything else: network down, server error, handler timed out. */
  | { kind: 'error'; code?: string };

/** Reject a `retryHandler` promise with this to say exactly what went wrong. */
export class RetryError extends Error {
  readonly failure: RetryFailure;
  constructor(failure: RetryFailure, message = `resend failed: ${failure.kind}`) {
    super(message);
    this.name = 'RetryError';
    this.failure = failure;
  }
}

/** How one press of the retry button ended. */
export type ResendResult =
  /** Another widget sharing the wait (another tab) has a request on its way, or (`settled`) had. */
  | { kind: 'elsewhere'; settled: boolean }
  /** A listener cancelled `sspr-retry`: the page did not resend. */
  | { kind: 'cancelled' }
  | { kind: 'sent'; channel: Channel; route: ResendRoute }
  | { kind: 'failed'; failure: RetryFailure };
