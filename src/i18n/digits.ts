/**
 * Digits and arrows in the shown text, per language. Pure.
 *
 * Each language shows every number in one numbering system: the default of `Intl` for the
 * locale the element formats with (Arabic-Indic in ar, Extended Arabic-Indic in fa, Latin in
 * he and ur). Numbers interpolated into the text (`{{count}}`) are formatted by `Intl` already;
 * these helpers bring the digits written in the translations themselves ("رمز من 6 أرقام") and
 * the numbers of ordered lists to the same system, and turn the arrows of settings paths
 * ("Settings → Security Methods") to point the way a right-to-left line reads.
 */

/** The numbering system `Intl` uses for a locale: `latn`, `arab`, `arabext`… */
export function numberingSystemOf(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
  } catch {
    return 'latn';
  }
}

const digitCache = new Map<string, string>();

/** The ten digits, zero first, a locale writes numbers with ("٠١٢٣٤٥٦٧٨٩" for `ar-u-nu-arab`). */
export function digitsOf(locale: string): string {
  let digits = digitCache.get(locale);
  if (digits === undefined) {
    try {
      const format = new Intl.NumberFormat(locale, { useGrouping: false });
      digits = Array.from({ length: 10 }, (_, digit) => format.format(digit)).join('');
    } catch {
      digits = '0123456789';
    }
    digitCache.set(locale, digits);
  }
  return digits;
}

/** Digits a translation may be written with: Latin, Arabic-Indic and Extended Arabic-Indic. */
const WRITTEN_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;
const valueOf = (digit: string) => {
  const code = digit.charCodeAt(0);
  return code - (code >= 0x6f0 ? 0x6f0 : code >= 0x660 ? 0x660 : 0x30);
};

const RIGHTWARDS = /→/g;
const LEFTWARDS = '←';

/** `{{variable}}` placeholders: their values are formatted apart (a phone number stays as given). */
const PLACEHOLDER = /(\{\{[^{}]*\}\})/;

/**
 * One translated string with its written digits in `digits` and, right to left, its `→`
 * arrows as `←`. Placeholders are left alone.
 */
export function localizeText(text: string, digits: string, dir: 'ltr' | 'rtl'): string {
  return text
    .split(PLACEHOLDER)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      const converted = part.replace(WRITTEN_DIGIT, (digit) => digits[valueOf(digit)]);
      return dir === 'rtl' ? converted.replace(RIGHTWARDS, LEFTWARDS) : converted;
    })
    .join('');
}

/** A translation tree with every string leaf passed through `localizeText`. */
export function localizeTree<T>(tree: T, digits: string, dir: 'ltr' | 'rtl'): T {
  if (typeof tree === 'string') return localizeText(tree, digits, dir) as T;
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, localizeTree(value, digits, dir)])) as T;
}

/** The CSS counter style that numbers an ordered list in each numbering system (CSS Counter Styles 3). */
export const LIST_STYLES: Readonly<Record<string, string>> = {
  latn: 'decimal',
  arab: 'arabic-indic',
  arabext: 'persian',
  beng: 'bengali',
  deva: 'devanagari',
  thai: 'thai',
};
