/**
 * Links that hand the summary over without retyping: a `mailto:` with subject
 * and body, and a `support-url` whose `{summary}` placeholder is filled in.
 * Pure. Both stay within MAX_URL_LENGTH, the summary shortened by whole lines.
 */
import { fitSummary, type SummaryParts } from './summary.js';

/**
 * 2,000 characters for the whole URL, encoded. The lowest limits in use:
 * Windows hands a `mailto:` to the mail program through a 2,048-character
 * command line (Outlook cuts longer ones), and the old Internet Explorer /
 * Edge limit of 2,083 is still what ticket forms and proxies are built for.
 */
export const MAX_URL_LENGTH = 2000;

/** `{summary}` as written, or as the URL parser encoded it in a path. */
const PLACEHOLDER = /\{summary\}|%7Bsummary%7D/i;

export const hasSummaryPlaceholder = (url: string): boolean => PLACEHOLDER.test(url);

/** Mail programs expect CRLF line breaks in a body (RFC 6068). */
const encodeText = (text: string) => encodeURIComponent(text.replace(/\n/g, '\r\n'));

export function mailtoWithSummary(href: string, subject: string, parts: SummaryParts, note: string): string {
  const hasQuery = href.includes('?');
  // An author's own subject stays.
  const subjectParam = /[?&]subject=/i.test(href) ? '' : `subject=${encodeText(subject)}&`;
  const withBody = (text: string) => `${href}${hasQuery ? '&' : '?'}${subjectParam}body=${encodeText(text)}`;
  return withBody(fitSummary(parts, note, (text) => withBody(text).length <= MAX_URL_LENGTH));
}

export function supportUrlWithSummary(url: string, parts: SummaryParts, note: string): string {
  if (!hasSummaryPlaceholder(url)) return url;
  const filled = (text: string) => url.replace(PLACEHOLDER, () => encodeURIComponent(text));
  return filled(fitSummary(parts, note, (text) => filled(text).length <= MAX_URL_LENGTH));
}
