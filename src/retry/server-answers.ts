/**
 * Server answers to a resend → what they mean for the user (docs/reference.md,
 * "Okta error codes"). Core resend logic, not part of the optional Okta adapter:
 * the element reads any handler's rejection with it. Loaded on first use as the
 * `server-answers.js` chunk (vite.config.ts). Pure: headers and `now` are arguments.
 */
import type { RetryFailure } from './outcome.js';

/**
 * "A message/call was recently sent. Please wait 30 seconds before trying again.": Okta's 30 s,
 * but never less than this widget's default for the channel the code names (60 s for a call,
 * `DEFAULT_COOLDOWN_SECONDS` in cooldown/deadline.ts). Not imported from there: this chunk loads
 * on its own and imports nothing at run time; test/unit/server-answers.test.ts checks they agree.
 */
export const RECENT_SEND_SECONDS: ReadonlyMap<string, number> = new Map([
  ['E0000109', 30],
  ['E0000133', 60],
]);
/**
 * Okta counts its rate limits per minute: a 429 whose `Retry-After` / `X-Rate-Limit-Reset` the
 * page cannot read (not exposed by CORS) may mean a full minute until the bucket resets.
 */
const RATE_LIMIT_WINDOW_SECONDS = 60;
/** Org or per-user limits for SMS and calls: no point retrying today. */
const LIMITS = new Set(['E0000146', 'E0000147', 'E0000150', 'E0000151', 'E0000204', 'E0000205', 'E0000186']);
const UNSUPPORTED_COUNTRY = 'E0000099';
/** Waits the server or the host asks for are obeyed, but a day-long wait is a limit, not a countdown. */
export const MAX_SERVER_WAIT_SECONDS = 3600;
const FAILURE_KINDS: ReadonlySet<string> = new Set(['wait', 'limit', 'unsupported-country', 'error']);

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
  const recentSend = code === undefined ? undefined : RECENT_SEND_SECONDS.get(code);
  if (code && recentSend !== undefined) return { kind: 'wait', seconds: Math.max(recentSend, headerWait ?? 0), code };
  if (status === 429)
    return { kind: 'wait', seconds: headerWait ?? RATE_LIMIT_WINDOW_SECONDS, code: code ?? 'HTTP 429' };
  return { kind: 'error', code: code ?? (status ? `HTTP ${status}` : undefined) };
}

/**
 * Reads whatever a host's handler rejected with: our RetryError, an Okta-like error, or anything.
 * Total: a thrown string, null, a revoked Proxy or getters that throw are a plain failure, never
 * an exception. `warn` hears about values the host most likely got wrong.
 */
export function failureFromRejection(
  reason: unknown,
  now: number,
  warn: (message: string) => void = () => {},
): RetryFailure {
  try {
    return readRejection(reason, now, warn);
  } catch {
    warn('the retryHandler rejected with a value that cannot be read; the user is told the request failed.');
    return { kind: 'error' };
  }
}

function readRejection(reason: unknown, now: number, warn: (message: string) => void): RetryFailure {
  if (!reason || typeof reason !== 'object') return { kind: 'error' };
  const candidate = reason as { failure?: unknown; errorCode?: unknown; status?: unknown; xhr?: { status?: unknown } };
  const { failure } = candidate;
  if (failure !== undefined) return checkedFailure(failure, warn);
  const { errorCode } = candidate;
  if (typeof errorCode !== 'string') return { kind: 'error' };
  const status = candidate.status ?? candidate.xhr?.status;
  return failureFromOkta(typeof status === 'number' ? status : 0, { errorCode }, null, now);
}

/** A host's own `RetryFailure` (`new RetryError(...)`), checked: an unknown kind is a failure. */
function checkedFailure(value: unknown, warn: (message: string) => void): RetryFailure {
  const { kind, code, seconds } = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const withCode = typeof code === 'string' ? { code } : {};
  if (typeof kind !== 'string' || !FAILURE_KINDS.has(kind)) {
    warn(
      `the retryHandler rejected with failure kind ${shortly(kind)}; expected "wait", "limit", "unsupported-country" or "error". The user is told the request failed.`,
    );
    return { kind: 'error', ...withCode };
  }
  if (kind !== 'wait') return { kind, ...withCode } as RetryFailure;
  return { kind, seconds: hostWaitSeconds(seconds, warn), ...withCode };
}

/** A wait the host states, in seconds. 0 (this page's own cooldown) when it is not a number of seconds. */
function hostWaitSeconds(seconds: unknown, warn: (message: string) => void): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    warn(`the retryHandler asked for a wait of ${shortly(seconds)} seconds; ignored, this page's cooldown is used.`);
    return 0;
  }
  if (seconds > MAX_SERVER_WAIT_SECONDS) {
    warn(
      `the retryHandler asked for a wait of ${seconds} seconds, more than the longest wait (${MAX_SERVER_WAIT_SECONDS} s); using ${MAX_SERVER_WAIT_SECONDS} s. Was it given in milliseconds? \`seconds\` is in seconds.`,
    );
    return MAX_SERVER_WAIT_SECONDS;
  }
  return Math.ceil(seconds);
}

/** A value for a warning: short, and never a string the host made huge. */
function shortly(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value.slice(0, 40))
    : String(typeof value === 'symbol' ? 'a symbol' : value);
}
