/**
 * Digits and arrows in the shown text, per language. Pure.
 *
 * Each language shows every number in one numbering system: the default of `Intl` for the
 * locale the element formats with (Arabic-Indic in ar, Extended Arabic-Indic in fa, Latin in
 * he and ur). Numbers interpolated into the text (`{{count}}`) are formatted by `Intl` already;
 * these helpers bring the digits written in the translations themselves ("رمز من 6 أرقام") to the
 * same system (ordered lists count in it too: styles.ts, by the card's `data-numbering`), and turn
 * the arrows of settings paths ("Settings → Security Methods") to point the way a right-to-left
 * line reads.
 */

/** The ten digits, zero first, a (valid) locale writes numbers with ("٠١٢٣٤٥٦٧٨٩" for `ar-u-nu-arab`). */
export function digitsOf(locale: string): string {
  const format = new Intl.NumberFormat(locale, { useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => format.format(digit)).join('');
}

/**
 * Digits a translation may be written with: Latin, Arabic-Indic and Extended Arabic-Indic. Each
 * block starts at a code point ending in 0, so a digit's value is its code point modulo 16.
 */
const WRITTEN_DIGIT = /[0-9٠-٩۰-۹]/g;

/** `{{variable}}` placeholders: their values are formatted apart (a phone number stays as given). */
const PLACEHOLDER = /(\{\{[^{}]*\}\})/;

/**
 * One translated string with its written digits in `digits` and, right to left, its arrows
 * mirrored (`→` as `←`, and an author's `←` as `→`). Placeholders are left alone.
 */
export const localizeText = (text: string, digits: string, dir: 'ltr' | 'rtl'): string =>
  text
    .split(PLACEHOLDER)
    .map((part, index) => {
      if (index % 2) return part;
      const converted = part.replace(WRITTEN_DIGIT, (digit) => digits[digit.charCodeAt(0) % 16]);
      return dir === 'rtl' ? converted.replace(/[→←]/g, (arrow) => (arrow === '→' ? '←' : '→')) : converted;
    })
    .join('');

/** A copy of a translation tree with every string passed through `localizeText`. */
export const localizeTree = <T>(tree: T, digits: string, dir: 'ltr' | 'rtl'): T =>
  JSON.parse(JSON.stringify(tree), (_, value: unknown) =>
    typeof value === 'string' ? localizeText(value, digits, dir) : value,
  ) as T;
