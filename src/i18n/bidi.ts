/**
 * Right-to-left text, pure. (The summary's plain-text isolates live with the
 * summary, in flow/summary.ts: it loads on demand.)
 */

/** Arrows in a settings path ("A → B") point the way the text reads: mirrored in right-to-left text. */
export function mirrorArrows(text: string, dir: 'ltr' | 'rtl'): string {
  if (dir === 'ltr') return text;
  return text.replace(/[→←]/g, (arrow) => (arrow === '→' ? '←' : '→'));
}
