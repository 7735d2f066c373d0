/**
 * Numbers and times for the shown language: the page's own tag when it maps to
 * it (e.g. `de-AT`), with the language's digits.
 *
 * The first `Intl` formatter a page builds costs ~25 ms (ICU data loads), more than the rest of
 * the first render: whole numbers in a locale that writes Latin digits are therefore written
 * without `Intl`, which is asked only where the digits may not be Latin (Arabic, Persian, Urdu,
 * Arabic script, an explicit `-u-nu-`). Formatters are cached, a few per locale, in bounded
 * caches shared by every element.
 */
import { digitsOf } from './digits.js';
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
const digitSets = new Map<string, string>();

export const LATIN_DIGITS = '0123456789';

/**
 * Whether `Intl` must say which digits `locale` writes. Every other locale a shipped language
 * can be shown in writes Latin digits by default (CLDR); ar, fa and ur (ur-IN) may not, nor may
 * a tag in Arabic script or one that names its numbering system. (A unit test compares this
 * with `Intl` for every shipped language and regional tags.)
 */
const mayUseOtherDigits = (locale: string): boolean => /^(ar|fa|ur)(-|$)|-arab(-|$)|-u(-\w+)*-nu-/i.test(locale);

/** The ten digits, zero first, that `locale` writes numbers with. */
export const digitsFor = (locale: string): string =>
  mayUseOtherDigits(locale) ? cached(digitSets, locale, () => digitsOf(locale)) : LATIN_DIGITS;

/** The numbering system of `locale` (`latn`, `arab`, `arabext`…), for list markers. */
export const numberingSystemOf = (locale: string): string =>
  mayUseOtherDigits(locale) ? numberFormat(locale).resolvedOptions().numberingSystem : 'latn';

/** The locale for `Intl`: the page's own tag when it maps to the shown language, with the language's digits. */
export function formatLocaleFor(requested: string | null, language: LanguageTag): string {
  let tag: string = language;
  if (requested && requested !== language && matchLanguage(requested) === language) {
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

/** A number without grouping, in the digits of `locale`; whole numbers without `Intl`. */
export function formatNumber(locale: string, value: number, minimumIntegerDigits = 1): string {
  if (!Number.isSafeInteger(value) || value < 0) return numberFormat(locale, minimumIntegerDigits).format(value);
  const digits = digitsFor(locale);
  const text = String(value).padStart(minimumIntegerDigits, '0');
  return digits === LATIN_DIGITS ? text : text.replace(/\d/g, (digit) => digits[Number(digit)]);
}

/** A clock time, e.g. "10:42", "10:42 AM" or "١٠:٤٢ ص". */
export const formatTime = (locale: string, at: number): string =>
  cached(timeFormats, locale, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })).format(at);

/** "m:ss" with the language's digits (Arabic-Indic in ar, Persian in fa). */
export function formatDuration(locale: string, totalSeconds: number): string {
  const safe = Math.max(0, Math.floor(totalSeconds));
  return `${formatNumber(locale, Math.floor(safe / 60))}:${formatNumber(locale, safe % 60, 2)}`;
}

/** Builds the formatters `locale` will need on later steps (the clock), so a step change does not pay for them. */
export function warmFormats(locale: string): void {
  formatTime(locale, 0);
  if (mayUseOtherDigits(locale)) numberingSystemOf(locale);
}
