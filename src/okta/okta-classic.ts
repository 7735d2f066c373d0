/**
 * Optional adapter: resend the recovery code through the Okta Classic
 * Authentication API.
 *
 * ```js
 * import { oktaClassicRetry } from 'sspr-code-help/okta-classic';
 * widget.retryHandler = oktaClassicRetry({ baseUrl: 'https://example.okta.com', stateToken });
 * ```
 *
 * The other channel: in Classic a recovery transaction belongs to the factor it was started
 * with (`factorType` SMS or CALL), so `/recovery/factors/call/resend` with an SMS transaction's
 * token is not valid. A request for the other channel starts a new transaction through the
 * page's `startRecovery` (which sends the code); without it, the request fails and the wizard
 * says what to press on the sign-in page (README, "The other channel").
 */
import type { Channel } from '../types.js';
import { RetryError } from '../retry/outcome.js';
import { failureFromOkta } from '../retry/server-answers.js';
import { confirmSent } from './api-answer.js';

export interface OktaClassicOptions {
  /** The Okta org, e.g. `https://example.okta.com`. */
  baseUrl: string;
  /** The recovery transaction's state token (from `/api/v1/authn/recovery/password`). */
  stateToken: string | (() => string);
  /** For tests and special hosts; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Clock for rate-limit headers; defaults to `Date.now`. */
  now?: () => number;
  /** The channel the transaction was started with; default: the first one asked for. */
  channel?: Channel;
  /**
   * Starts a new recovery transaction for `channel` (`POST /api/v1/authn/recovery/password` with
   * `{ username, factorType: 'SMS' | 'CALL' }`, which sends the code) and resolves with its
   * `stateToken`; later resends use it. Reject with Okta's error body, or a `RetryError`.
   */
  startRecovery?: (request: { channel: Channel; signal?: AbortSignal }) => Promise<string>;
}

/** The code a request for the other channel fails with when the page gave no `startRecovery`. */
export const NEW_TRANSACTION_NEEDED = 'new-transaction';

const FACTOR_PATH: Readonly<Record<Channel, string>> = { sms: 'sms', voice: 'call' };

export function oktaClassicRetry(options: OktaClassicOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? Date.now;
  let transaction: { channel: Channel | null; stateToken: string | null } = {
    channel: options.channel ?? null,
    stateToken: null,
  };
  // `signal`: the widget aborts a request it gave up on (RetryHandler), so no late code is sent.
  return async ({ channel, signal }: { channel: Channel; signal?: AbortSignal }): Promise<void> => {
    if (transaction.channel && transaction.channel !== channel) {
      if (!options.startRecovery) {
        throw new RetryError(
          { kind: 'error', code: NEW_TRANSACTION_NEEDED },
          `Okta Classic: a ${channel} code needs a new recovery transaction; pass startRecovery`,
        );
      }
      // The new transaction sends the code itself: no resend now.
      transaction = { channel, stateToken: await options.startRecovery({ channel, signal }) };
      return;
    }
    transaction.channel = channel;
    const stateToken =
      transaction.stateToken ?? (typeof options.stateToken === 'function' ? options.stateToken() : options.stateToken);
    let response: Response;
    try {
      response = await doFetch(`${base}/api/v1/authn/recovery/factors/${FACTOR_PATH[channel]}/resend`, {
        method: 'POST',
        // The authn API is CORS-enabled for trusted origins and keys the session cookie.
        credentials: 'include',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ stateToken }),
        signal,
      });
    } catch (error) {
      throw new RetryError({ kind: 'error', code: 'network' }, String(error));
    }
    if (response.ok) return confirmSent(response);
    let body: { errorCode?: string; errorSummary?: string } | null = null;
    try {
      body = (await response.json()) as { errorCode?: string; errorSummary?: string } | null;
    } catch {
      body = null;
    }
    throw new RetryError(failureFromOkta(response.status, body, response.headers, now()), body?.errorSummary);
  };
}
