/**
 * The pages `npm run bench` loads (served by bench/server.mjs, gzip on the wire):
 *
 *   first/NAME        one cold load, timed from navigation start (performance.timeOrigin): a
 *                     heading log (every text the first <h2> shows, in the document or any shadow
 *                     root, with the time it was in the DOM and laid out), recorded by a hook
 *                     installed before any other script. NAME is one of FIRST_RENDER below.
 *   mounted/NAME      the element in the markup (step changes, extra widgets, heap cycles)
 *   timers/NAME       setTimeout/setInterval/requestAnimationFrame wrapped before any script, so
 *                     every callback they run is counted; `?waiting` starts a wait (`last-sent`
 *                     now, a 10-minute cooldown) before the script loads
 */

/** The two custom elements compared everywhere: the product and its floor. */
import { readFileSync } from 'node:fs';

export const ELEMENTS = {
  sspr: {
    tag: 'sspr-code-help',
    script: '/cdn/sspr-code-help.js',
    markup: '<sspr-code-help storage="none" theme="light"></sspr-code-help>',
  },
  baseline: {
    tag: 'baseline-element',
    script: '/baseline/baseline-element.js',
    markup: '<baseline-element></baseline-element>',
  },
};

/** The pages in German: judged by their first German heading. */
export const GERMAN_PAGES = new Set(['sspr-de', 'sspr-de-preload']);

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const GERMAN_CHUNK = `/cdn/${version}/locales/de.js`;

/** The first-render pages, in table order, with the label both sides of a ratio go by. */
export const FIRST_RENDER = {
  blank: 'one-div page (no widget)',
  baseline: 'bare lit + i18next element (same build)',
  sspr: '`<sspr-code-help>`',
  'sspr-de': '`<sspr-code-help>` on a `lang="de"` page',
  'sspr-de-preload': 'the same, with the README\'s `<link rel="modulepreload">` of the German chunk',
  okta: 'Okta Sign-In Widget Classic 7 (primary auth form)',
};

const page = (head, body, lang = 'en') => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

/**
 * Installed first in <head>. Watches the document and every shadow root as it is attached; each
 * time the first <h2> of the page (in the document, else in the first shadow root that has one)
 * shows a new text, it forces style and layout (as a paint would need them) and logs
 * `{ t, text }`, `t` from navigation start.
 */
const HEADING_HOOK = `<script>
  window.__bench = { log: [] };
  const roots = [document];
  const check = () => {
    const first = roots.map((root) => root.querySelector('h2')).find(Boolean);
    if (!first) return;
    const text = first.textContent.trim();
    const log = window.__bench.log;
    if (log.length && log[log.length - 1].text === text) return;
    first.getBoundingClientRect();
    log.push({ t: performance.now(), text });
  };
  const watch = (root) => {
    roots.push(root);
    new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
</script>`;

const TIMER_COUNTER = `<script>
  window.__timers = { timeout: 0, interval: 0, frame: 0 };
  const wrap = (name, kind) => {
    const original = window[name];
    window[name] = function (callback, ...rest) {
      if (typeof callback !== 'function') return original.call(this, callback, ...rest);
      return original.call(this, function (...args) {
        window.__timers[kind] += 1;
        return callback.apply(this, args);
      }, ...rest);
    };
  };
  wrap('setTimeout', 'timeout');
  wrap('setInterval', 'interval');
  wrap('requestAnimationFrame', 'frame');
</script>`;

const START_WAIT = `<script>
  if (new URLSearchParams(location.search).has('waiting')) {
    const el = document.querySelector('sspr-code-help');
    el?.setAttribute('channel', 'sms');
    el?.setAttribute('cooldown', '600');
    el?.setAttribute('last-sent', new Date().toISOString());
  }
</script>`;

const moduleScript = (src) => `<script type="module" src="${src}"></script>`;

/**
 * The Okta Sign-In Widget's Classic Engine bundle, rendering its primary auth form (the
 * sign-in form) against a local route: nothing is requested from Okta to show it.
 */
const OKTA_PAGE = page(
  `${HEADING_HOOK}
<link rel="stylesheet" href="/okta/css/okta-sign-in.min.css">`,
  `<div id="okta-login-container"></div>
<script src="/okta/js/okta-sign-in.classic.min.js"></script>
<script>
  new OktaSignIn({ baseUrl: location.origin + '/okta-api', useClassicEngine: true, language: 'en' })
    .renderEl({ el: '#okta-login-container' }, () => {}, (error) => console.error(error));
</script>`,
);

/** @returns {Record<string, string>} page name → HTML */
export function benchPages() {
  /** @type {Record<string, string>} */
  const pages = {
    'first/blank': page(HEADING_HOOK, '<div><h2>Which code are you waiting for?</h2></div>'),
    'first/sspr-de': page(HEADING_HOOK, `${ELEMENTS.sspr.markup}\n${moduleScript(ELEMENTS.sspr.script)}`, 'de'),
    // README, "Other languages": a page in one language preloads its chunk beside the script tag.
    'first/sspr-de-preload': page(
      `${HEADING_HOOK}\n<link rel="modulepreload" href="${GERMAN_CHUNK}">`,
      `${ELEMENTS.sspr.markup}\n${moduleScript(ELEMENTS.sspr.script)}`,
      'de',
    ),
    'first/okta': OKTA_PAGE,
  };
  for (const [name, element] of Object.entries(ELEMENTS)) {
    const { markup, script } = element;
    pages[`first/${name}`] = page(HEADING_HOOK, `${markup}\n${moduleScript(script)}`);
    pages[`mounted/${name}`] = page('', `<div id="host">${markup}</div>\n${moduleScript(script)}`);
    pages[`timers/${name}`] = page(
      TIMER_COUNTER,
      `<div id="host">${markup}</div>\n${START_WAIT}\n${moduleScript(script)}`,
    );
  }
  return pages;
}
