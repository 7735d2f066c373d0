/**
 * What a failed resend means for the user, independent of who answered.
 * A `retryHandler` may reject with a `RetryError` carrying one of these, or
 * with an Okta error body, which `okta/errors.ts` turns into one.
 */
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
