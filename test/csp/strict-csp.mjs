// @ts-check
/**
 * Web Test Runner middleware: serves the pages in test/csp/ and the README's plain-HTML example
 * (examples/plain.html) with the strict Content-Security-Policy of docs/reference.md ("Accessibility and timers"), the header
 * a locked-down intranet sends. test/csp/csp.test.ts loads them in an iframe and proves that the
 * built script-tag file works there without a single violation.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const STRICT_PAGES = /^\/(?:test\/csp\/[^/]+|examples\/plain)\.html$/;

/** @returns {import('koa').Middleware} */
export function strictCsp() {
  return async function strictCspHeader(context, next) {
    await next();
    // set after the static server answered, on 200 and 304 alike
    if (STRICT_PAGES.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
  };
}
