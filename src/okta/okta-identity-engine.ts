/**
 * Optional adapter: resend the code through the Okta Identity Engine (IDX) API, for custom
 * pages built on it.
 *
 * ```js
 * import { oktaIdentityEngineRetry } from 'sspr-code-help/okta-identity-engine';
 * widget.retryHandler = oktaIdentityEngineRetry({ baseUrl: 'https://example.okta.com', stateHandle });
 * ```
 * The masked number for `phone-hint` is in `currentAuthenticatorEnrollment.value.profile.phoneNumber`.
 */
import type { Channel } from '../types.js';
import { RetryError } from '../retry/outcome.js';
import { failureFromOkta } from '../retry/server-answers.js';
import { confirmSent } from './api-answer.js';
import { oktaBodyFromIdx, type IdxErrorBody } from './idx-errors.js';

export interface OktaIdentityEngineOptions {
  /** The Okta org, e.g. `https://example.okta.com`. */
  baseUrl: string;
  /** The IDX transaction's state handle (`stateHandle` of the last IDX answer). */
  stateHandle: string | (() => string);
  /**
   * The resend form's `href` (`currentAuthenticatorEnrollment.value.resend.href`), when the page
   * has it; defaults to `{baseUrl}/idp/idx/challenge/resend`.
   */
  href?: string;
  /** The media type the resend form `accepts`; defaults to Okta's documented IDX type. */
  accepts?: string;
  /** For tests and special hosts; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Clock for rate-limit headers; defaults to `Date.now`. */
  now?: () => number;
}

/** The media type Okta documents for the IDX API. */
export const IDX_MEDIA_TYPE = 'application/ion+json; okta-version=1.0.0';

export function oktaIdentityEngineRetry(options: OktaIdentityEngineOptions) {
  const url = options.href ?? `${options.baseUrl.replace(/\/+$/, '')}/idp/idx/challenge/resend`;
  const mediaType = options.accepts ?? IDX_MEDIA_TYPE;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? Date.now;
  // The channel is the enrolment's: IDX resends by the same method the challenge used.
  // `signal`: the element aborts a request it gave up on (RetryHandler), so no late code is sent.
  return async ({ signal }: { channel: Channel; signal?: AbortSignal }): Promise<void> => {
    const stateHandle = typeof options.stateHandle === 'function' ? options.stateHandle() : options.stateHandle;
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        // IDX keys the transaction to the session cookie, as the widget's own calls do.
        credentials: 'include',
        headers: { Accept: mediaType, 'Content-Type': mediaType },
        body: JSON.stringify({ stateHandle }),
        signal,
      });
    } catch (error) {
      throw new RetryError({ kind: 'error', code: 'network' }, String(error));
    }
    if (response.ok) return confirmSent(response);
    let body: IdxErrorBody | null = null;
    try {
      body = (await response.json()) as IdxErrorBody | null;
    } catch {
      body = null;
    }
    const okta = oktaBodyFromIdx(body);
    throw new RetryError(failureFromOkta(response.status, okta, response.headers, now()), okta?.errorSummary);
  };
}
