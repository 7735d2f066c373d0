/**
 * The widget's `afterError` (or a refused request) → what it means for the user, mapped exactly
 * as the server's own answers are (retry/server-answers.ts). Pure.
 */
import { failureFromOkta } from '../retry/server-answers.js';
import { oktaBodyFromIdx, type IdxErrorBody } from '../okta/idx-errors.js';
import type { RetryFailure } from '../retry/outcome.js';

/** The widget's `afterError` error (types/src/types/events.d.ts: EventErrorContext). */
export interface WidgetError {
  xhr?: { status?: number; responseJSON?: unknown; responseText?: string; headers?: Record<string, string> };
  statusCode?: number;
  errorSummary?: string;
  message?: string;
  name?: string;
}

export function failureFromWidgetError(error: WidgetError | null | undefined, now: number): RetryFailure {
  // The Identity Engine's afterError carries no HTTP status.
  const status = error?.xhr?.status ?? error?.statusCode ?? 0;
  let body = error?.xhr?.responseJSON as IdxErrorBody | undefined;
  if (!body && error?.xhr?.responseText) {
    try {
      body = JSON.parse(error.xhr.responseText) as IdxErrorBody;
    } catch {
      body = undefined;
    }
  }
  // The widget passes on the response headers the browser let it read (okta-auth-js
  // `responseHeaders`); across origins Okta exposes no rate-limit header, so the code's own wait
  // (or a minute's floor for a bare 429) applies.
  const headers = error?.xhr?.headers;
  const reader =
    headers && typeof headers === 'object' ? { get: (name: string) => headers[name.toLowerCase()] ?? null } : null;
  const okta = oktaBodyFromIdx(body ?? { errorSummary: error?.errorSummary });
  // E0000047 is Okta's HTTP 429, whether or not the widget passed the status on.
  return failureFromOkta(status || (okta?.errorCode === 'E0000047' ? 429 : 0), okta, reader, now);
}
