/**
 * Okta Identity Engine (IDX) answers → the Classic error codes they correspond to, so that
 * `failureFromOkta` (retry/server-answers.ts) maps both APIs in one place. Pure.
 *
 * IDX reports problems as `messages.value[]` ({ message, i18n: { key }, class: 'ERROR' });
 * rate limits may still come as a Classic body ({ errorCode, errorSummary }). The keys Okta
 * uses for phone limits are not published, so the English message text is matched too (Okta
 * renders IDX messages in the request's language only when asked; the widget asks for English
 * by default, and an unmatched message still maps: a 429 is a wait, anything else an error).
 */
import type { OktaErrorBody } from '../retry/server-answers.js';

export interface IdxMessage {
  message?: string;
  i18n?: { key?: string };
  class?: string;
}

export interface IdxErrorBody extends OktaErrorBody {
  messages?: { value?: IdxMessage[] };
  /** The widget's own summary of an IDX error (its `afterError` payload): the messages' i18n keys. */
  errorSummaryKeys?: string[];
}

/** Message patterns (key or English text) → the Classic code that means the same. */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/E0000109|SMS message was recently sent/i, 'E0000109'],
  [/E0000133|phone call was recently made/i, 'E0000133'],
  [/E0000099|numbers located in/i, 'E0000099'],
  [/E0000146|E0000186|limit of SMS requests that can be sent|SMS requests for the free tier/i, 'E0000146'],
  [/E0000147|limit of call requests that can be made/i, 'E0000147'],
  [/E0000150|E0000204|limit of sms requests/i, 'E0000150'],
  [/E0000151|E0000205|limit of call requests/i, 'E0000151'],
  [/E0000047|tooManyRequests|exceeded rate limit/i, 'E0000047'],
];

/** The Classic-style body that the IDX answer amounts to. */
export function oktaBodyFromIdx(body: IdxErrorBody | null | undefined): OktaErrorBody | null {
  if (!body || typeof body !== 'object') return null;
  if (typeof body.errorCode === 'string') return body;
  const messages: IdxMessage[] = Array.isArray(body.messages?.value) ? [...body.messages.value] : [];
  if (Array.isArray(body.errorSummaryKeys) || typeof body.errorSummary === 'string') {
    messages.push({ message: body.errorSummary, i18n: { key: (body.errorSummaryKeys ?? []).join(' ') } });
  }
  for (const message of messages) {
    const text = `${message?.i18n?.key ?? ''} ${message?.message ?? ''}`;
    const found = PATTERNS.find(([pattern]) => pattern.test(text));
    if (found) return { errorCode: found[1], errorSummary: message.message };
  }
  const first = messages[0]?.message;
  return first ? { errorSummary: first } : null;
}
