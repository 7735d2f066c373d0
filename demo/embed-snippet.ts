/**
 * The HTML an intranet author pastes into their CMS for the options chosen in the demo: the CSP
 * line, an optional import map pinning the lazily loaded chunks, the script tag with its
 * integrity, and the element with its attributes. Pure: the demo feeds it the widget's attributes
 * and dist/cdn/integrity.json (written by `npm run build`).
 */
export interface Integrity {
  version: string;
  files: Record<string, string>;
}

export interface SnippetOptions {
  /** The element's attributes, in order. */
  attributes: [string, string][];
  /** Where the author hosts dist/cdn/, e.g. `/assets/sspr-code-help/` or `https://cdn.example.com/sspr/0.1.0/`. */
  base: string;
  /** The page's own origin: a base on another origin needs `crossorigin` and that origin in the CSP. */
  pageOrigin: string;
  integrity: Integrity | null;
  /** Pin every lazy chunk with an import map's `integrity` (an inline script: its hash goes in the CSP). */
  importMap: boolean;
}

export interface Snippet {
  csp: string;
  html: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MAIN = 'sspr-code-help.js';

/** sha256 of an inline script's text, base64, as CSP `'sha256-…'` wants it. */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

export async function embedSnippet(options: SnippetOptions): Promise<Snippet> {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const baseUrl = new URL(base, options.pageOrigin);
  const crossOrigin = baseUrl.origin !== options.pageOrigin;
  const lines: string[] = [];
  const scriptSources = ["'self'"];
  if (crossOrigin) scriptSources.push(baseUrl.origin);

  if (options.importMap && options.integrity) {
    const chunks = Object.entries(options.integrity.files).filter(
      ([file, hash]) => file.endsWith('.js') && file !== MAIN && hash,
    );
    const map = JSON.stringify({ integrity: Object.fromEntries(chunks.map(([file, hash]) => [base + file, hash])) });
    lines.push(`<script type="importmap">${map}</script>`);
    scriptSources.push(await cspHash(map));
  }

  const integrity = options.integrity?.files[MAIN];
  lines.push(
    `<script type="module" src="${escapeAttribute(base + MAIN)}"` +
      (integrity ? ` integrity="${integrity}"` : '') +
      (crossOrigin || integrity ? ' crossorigin="anonymous"' : '') +
      '></script>',
  );
  const attributes = options.attributes.map(([name, value]) => `\n  ${name}="${escapeAttribute(value)}"`).join('');
  lines.push(`<sspr-code-help${attributes}${attributes ? '\n' : ''}></sspr-code-help>`);

  const csp = [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
  return { csp, html: lines.join('\n') };
}
