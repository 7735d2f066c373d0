/**
 * What the help-desk step hands over: the summary, the same facts as data,
 * and links that carry the summary without retyping (a `mailto:` with subject
 * and body, a `support-url` whose `{summary}` placeholder is filled in), both
 * within MAX_URL_LENGTH. Pure. Loaded on demand (its own chunk, `summary.js`):
 * only the help-desk step needs it.
 */
import type { EscalateEventDetail } from '../events.js';
import type { Config } from '../config.js';
import type { WizardState } from './machine.js';
import {
  describeBrowser,
  escalationRecord,
  fitSummary,
  joinSummary,
  summaryParts,
  type SummaryEnvironment,
  type SummaryParts,
} from './summary.js';

/**
 * 2,000 characters for the whole URL, encoded. The lowest limits in use:
 * Windows hands a `mailto:` to the mail program through a 2,048-character
 * command line (Outlook cuts longer ones), and the old Internet Explorer /
 * Edge limit of 2,083 is still what ticket forms and proxies are built for.
 */
export const MAX_URL_LENGTH = 2000;

/** Mail programs expect CRLF line breaks in a body (RFC 6068). */
const encodeText = (text: string) => encodeURIComponent(text.replace(/\n/g, '\r\n'));

/** Marks where lines were left out to fit a link: the same in every language. */
const LEFT_OUT = '…';

export function mailtoWithSummary(href: string, subject: string, parts: SummaryParts, note = LEFT_OUT): string {
  const hasQuery = href.includes('?');
  // An author's own subject stays.
  const subjectParam = /[?&]subject=/i.test(href) ? '' : `subject=${encodeText(subject)}&`;
  const withBody = (text: string) => `${href}${hasQuery ? '&' : '?'}${subjectParam}body=${encodeText(text)}`;
  return withBody(fitSummary(parts, note, (text) => withBody(text).length <= MAX_URL_LENGTH));
}

/** `support-url` (cut at its placeholder: config.ts `cutAtSummary`) with the summary in its place. */
export function supportUrlWithSummary(pieces: readonly string[], parts: SummaryParts, note = LEFT_OUT): string {
  if (pieces.length < 2) return pieces.join('');
  const filled = (text: string) => pieces.join(encodeURIComponent(text));
  return filled(fitSummary(parts, note, (text) => filled(text).length <= MAX_URL_LENGTH));
}

export interface HandOver {
  /** The summary as shown and copied, and its language and direction. */
  text: string;
  language: string;
  dir: 'ltr' | 'rtl';
  /** `support-email` with subject and body, `support-url` with the placeholder filled (null when not set). */
  mailto: string | null;
  supportUrl: string | null;
  detail: EscalateEventDetail;
}

export function handOver(
  state: WizardState,
  env: Omit<SummaryEnvironment, 'browser'> & { userAgent: string },
  config: Pick<Config, 'supportUrlPieces' | 'supportEmailHref'>,
): HandOver {
  const parts = summaryParts(state, { ...env, browser: describeBrowser(env.userAgent) });
  const text = joinSummary(parts);
  return {
    text,
    language: env.language,
    dir: env.dir,
    mailto: config.supportEmailHref && mailtoWithSummary(config.supportEmailHref, env.t('summary.heading'), parts),
    supportUrl: config.supportUrlPieces && supportUrlWithSummary(config.supportUrlPieces, parts),
    detail: { summary: text, summaryLanguage: env.language, ...escalationRecord(state) },
  };
}
