/**
 * Author-supplied links are checked before they reach an `href`: only https
 * (http for localhost while developing), mailto: and tel: pass. Everything
 * else, `javascript:` and its tab/newline disguises included, is refused.
 */
export type UrlKind = 'web' | 'mailto' | 'tel';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// Control characters and spaces that browsers strip from URLs before parsing.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F\s]/;

export function safeUrl(value: string | null | undefined, allowed: readonly UrlKind[] = ['web']): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === '' || INVISIBLE.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  const kind: UrlKind | null =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))
      ? 'web'
      : url.protocol === 'mailto:'
        ? 'mailto'
        : url.protocol === 'tel:'
          ? 'tel'
          : null;
  return kind && allowed.includes(kind) ? url.href : null;
}

/** Characters an address part may hold: checked with one pass, no backtracking. */
const ADDRESS_PART = /^[^\s@<>"/:]+$/;

/** `local@domain.tld`, checked in linear time (a pattern with two `+` around `\.` backtracks on long input). */
function isPlainAddress(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@')) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const dot = domain.indexOf('.', 1); // a dot with text on both sides
  return ADDRESS_PART.test(local) && ADDRESS_PART.test(domain) && dot > 0 && dot < domain.length - 1;
}

/** A plain address or number becomes a mailto:/tel: link; a full URL of the right kind passes through. */
export function emailHref(value: string | null | undefined): string | null {
  if (!value) return null;
  const address = value.trim();
  if (/^mailto:/i.test(address)) return safeUrl(address, ['mailto']);
  return isPlainAddress(address) ? safeUrl(`mailto:${address}`, ['mailto']) : null;
}

export function telHref(value: string | null | undefined): string | null {
  if (!value) return null;
  const number = value.trim();
  if (/^tel:/i.test(number)) return safeUrl(number, ['tel']);
  // Keep digits and a leading +; spaces, dots, dashes and brackets are for reading only.
  if (!/^\+?[\d\s().-]{3,}$/.test(number)) return null;
  return safeUrl(`tel:${number.replace(/[^\d+]/g, '')}`, ['tel']);
}
