/**
 * The pages `npm run bench` loads, one set per element: <sspr-code-help> (the built script-tag
 * file) and <baseline-element> (bench/baseline-element.ts, built the same way).
 *
 *   first-render/X  stamps `performance.now()` just before it inserts the module script, and again
 *                   when an <h2> first appears in a shadow root and has been laid out (a
 *                   MutationObserver on every shadow root, installed before the script runs)
 *   mounted/X       the element in the markup, loaded the ordinary way (step changes, heap)
 *   timers/X        the same, with setTimeout/setInterval/requestAnimationFrame wrapped before
 *                   any other script runs, so every callback they run is counted; `?waiting`
 *                   starts a wait (`last-sent` now, a 10-minute cooldown) before the script loads
 */

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

const page = (head, body) => `<!doctype html>
<html lang="en">
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

const FIRST_HEADING_HOOK = `<script>
  window.__bench = { start: 0, heading: 0 };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const observer = new MutationObserver(() => {
      const heading = root.querySelector('h2');
      if (!heading || window.__bench.heading) return;
      heading.getBoundingClientRect(); // style and layout, as a paint would need them
      window.__bench.heading = performance.now();
      observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
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

/** @returns {Record<string, string>} page name → HTML */
export function benchPages() {
  /** @type {Record<string, string>} */
  const pages = {};
  for (const [name, element] of Object.entries(ELEMENTS)) {
    const { markup } = element;
    pages[`first-render/${name}`] = page(
      FIRST_HEADING_HOOK,
      `${markup}
<script>
  window.__bench.start = performance.now();
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '${element.script}';
  document.body.append(script);
</script>`,
    );
    pages[`mounted/${name}`] = page(
      '',
      `<div id="host">${markup}</div>\n<script type="module" src="${element.script}"></script>`,
    );
    pages[`timers/${name}`] = page(
      TIMER_COUNTER,
      `<div id="host">${markup}</div>\n${START_WAIT}\n<script type="module" src="${element.script}"></script>`,
    );
  }
  return pages;
}
