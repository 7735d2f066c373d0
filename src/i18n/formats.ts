/**
 * `Intl` formatting for the shown language: the page's own tag when it maps to
 * it (e.g. `de-AT`), with the language's digits. Formatters are costly to build
 * and the countdown formats every second, so they are cached, a few per locale,
 * in bounded caches shared by every element.
 */
import { matchLanguage, type LanguageTag } from './languages.js';

/** More than a page shows at once (a few languages, two number forms); past it the cache starts over. */
const CACHE_LIMIT = 24;

function cached<T>(cache: Map<string, T>, id: string, create: () => T): T {
  let value = cache.get(id);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(id, (value = create()));
  }
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The locale for `Intl`: the page's own tag when it maps to the shown language, with the language's digits. */
export function formatLocaleFor(requested: string | null, language: LanguageTag): string {
  let tag: string = language;
  if (requested && matchLanguage(requested) === language) {
    try {
      tag = Intl.getCanonicalLocales(requested.trim().replace(/_/g, '-'))[0] ?? language;
    } catch {
      tag = language;
    }
  }
  // Plain `ar`: Arabic-Indic digits. (CLDR 42+ made Latin digits the default for `ar` without a
  // region, and engines on different ICU versions disagree; regional tags such as ar-MA, or an
  // explicit `-u-nu-` extension, keep what CLDR says for them.)
  if (tag.toLowerCase() === 'ar') tag = 'ar-u-nu-arab';
  return tag;
}

export const numberFormat = (locale: string, minimumIntegerDigits = 1): Intl.NumberFormat =>
  cached(
    numberFormats,
    `${locale}|${minimumIntegerDigits}`,
    () => new Intl.NumberFormat(locale, { minimumIntegerDigits, useGrouping: false }),
  );

/** A clock time, e.g. "10:42", "10:42 AM" or "١٠:٤٢ ص". */
export const formatTime = (locale: string, at: number): string =>
  cached(timeFormats, locale, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })).format(at);

/** "m:ss" with the language's digits (Arabic-Indic in ar, Persian in fa). */
export function formatDuration(locale: string, totalSeconds: number): string {
  const safe = Math.max(0, Math.floor(totalSeconds));
  return `${numberFormat(locale).format(Math.floor(safe / 60))}:${numberFormat(locale, 2).format(safe % 60)}`;
}
