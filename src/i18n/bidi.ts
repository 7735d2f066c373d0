/**
 * Small pure helpers for right-to-left text. Plain text (the help-desk
 * summary, a mailto: body) cannot carry `<bdi>`, so it gets the Unicode
 * isolates that do the same job.
 */

/** Arrows in a settings path ("A → B") point the way the text reads: mirrored in right-to-left text. */
export function mirrorArrows(text: string, dir: 'ltr' | 'rtl'): string {
  if (dir === 'ltr') return text;
  return text.replace(/[→←]/g, (arrow) => (arrow === '→' ? '←' : '→'));
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A value (a time, a code, a browser name) kept whole inside right-to-left
 * plain text, its direction taken from its own first letter, as `<bdi>`
 * does. Left-to-right text needs nothing.
 */
export function isolate(value: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}` : value;
}
