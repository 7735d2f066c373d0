/**
 * Server answers to a resend → what they mean for the user (docs/reference.md,
 * "Okta error codes"). Core resend logic, not part of the optional Okta adapter:
 * the element reads any handler's rejection with it. Loaded on first use as the
 * `server-answers.js` chunk (vite.config.ts). Pure: headers and `now` are arguments.
 */
import type { RetryFailure } from './outcome.js';

/** "A message/call was recently sent. Please wait 30 seconds before trying again." */
const RECENT_SEND = new Set(['E0000109', 'E0000133']);
/** Org or per-user limits for SMS and calls: no point retrying today. */
const LIMITS = new Set(['E0000146', 'E0000147', 'E0000150', 'E0000151', 'E0000204', 'E0000205', 'E0000186']);
const UNSUPPORTED_COUNTRY = 'E0000099';
const RECENT_SEND_WAIT_SECONDS = 30;
/**
 * Okta's org rate limits are per-minute buckets: without a readable reset time (Okta does not
 * expose X-Rate-Limit-* or Retry-After to other origins through CORS) the bucket is full again
 * within a minute at most, so a minute is never shorter than the server's wait.
 */
const RATE_LIMIT_WINDOW_SECONDS = 60;
/** Waits the server asks for are obeyed, but a day-long wait is a limit, not a countdown. */
const MAX_SERVER_WAIT_SECONDS = 3600;

export interface OktaErrorBody {
  errorCode?: string;
  errorSummary?: string;
}

export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * Seconds to wait from rate-limit headers: `Retry-After` (seconds or an HTTP
 * date) or `X-Rate-Limit-Reset` (UTC epoch seconds). Null when absent or nonsense.
 *
 * Okta sends `X-Rate-Limit-*` on every authn answer, for the org's per-minute
 * bucket: its reset time is a wait only when that bucket is empty
 * (`X-Rate-Limit-Remaining: 0`, or no Remaining header at all).
 */
export function waitFromHeaders(headers: HeaderReader | null | undefined, now: number): number | null {
  if (!headers) return null;
  const clamp = (seconds: number) => Math.min(Math.max(Math.ceil(seconds), 1), MAX_SERVER_WAIT_SECONDS);
  const retryAfter = headers.get('Retry-After')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return clamp(Number(retryAfter));
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return clamp((date - now) / 1000);
  }
  const reset = headers.get('X-Rate-Limit-Reset')?.trim();
  const remaining = headers.get('X-Rate-Limit-Remaining')?.trim();
  const bucketEmpty = !remaining || !/^\d+$/.test(remaining) || Number(remaining) === 0;
  if (reset && /^\d+$/.test(reset) && bucketEmpty) {
    const seconds = Number(reset) - now / 1000;
    if (seconds > 0) return clamp(seconds);
  }
  return null;
}

export function failureFromOkta(
  status: number,
  body: OktaErrorBody | null | undefined,
  headers: HeaderReader | null | undefined,
  now: number,
): RetryFailure {
  const code = typeof body?.errorCode === 'string' ? body.errorCode : undefined;
  if (code && LIMITS.has(code)) return { kind: 'limit', code };
  if (code === UNSUPPORTED_COUNTRY) return { kind: 'unsupported-country', code };
  const headerWait = waitFromHeaders(headers, now);
  if (code && RECENT_SEND.has(code)) {
    return { kind: 'wait', seconds: Math.max(RECENT_SEND_WAIT_SECONDS, headerWait ?? 0), code };
  }
  if (status === 429)
    return { kind: 'wait', seconds: headerWait ?? RATE_LIMIT_WINDOW_SECONDS, code: code ?? 'HTTP 429' };
  return { kind: 'error', code: code ?? (status ? `HTTP ${status}` : undefined) };
}

/** Reads whatever a host's handler rejected with: our RetryError, an Okta-like error, or anything. */
export function failureFromRejection(reason: unknown, now: number): RetryFailure {
  if (reason && typeof reason === 'object') {
    const candidate = reason as {
      failure?: RetryFailure;
      errorCode?: unknown;
      status?: unknown;
      xhr?: { status?: number };
    };
    if (candidate.failure && typeof candidate.failure.kind === 'string') return candidate.failure;
    if (typeof candidate.errorCode === 'string') {
      const status = typeof candidate.status === 'number' ? candidate.status : (candidate.xhr?.status ?? 0);
      return failureFromOkta(status, candidate as OktaErrorBody, null, now);
    }
  }
  return { kind: 'error' };
}
