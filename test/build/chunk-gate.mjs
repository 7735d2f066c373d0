// @ts-check
/**
 * Web Test Runner middleware: holds back one chunk of the built script-tag file, so a test can see
 * what a widget shows while that chunk is still on its way. `/gated/<name>/dist/cdn/…` serves
 * `dist/cdn/…`, except that the chunk the name starts with (`english-rest-…`: english-rest.js,
 * `summary-…`: summary.js) is answered only after the test calls `/__gate/<name>/open`, or
 * answered 503 after `/__gate/<name>/fail`. (test/build/first-paint.html
 * loads the script from there when its address has `?gate=<name>`.) A path of its own per gate:
 * the browser never shares a held request, or its cached answer, with another page.
 */

/** @type {Map<string, { opened: Promise<'open' | 'fail'>, settle: (how: 'open' | 'fail') => void }>} */
const gates = new Map();

function gate(name) {
  let entry = gates.get(name);
  if (!entry) {
    /** @type {(how: 'open' | 'fail') => void} */
    let settle = () => {};
    const opened = new Promise((resolve) => (settle = resolve));
    entry = { opened, settle };
    gates.set(name, entry);
  }
  return entry;
}

/** @returns {import('koa').Middleware} */
export function chunkGate() {
  return async function holdChunk(context, next) {
    const command = context.path.match(/^\/__gate\/([\w-]+)\/(open|fail)$/);
    if (command) {
      gate(command[1]).settle(/** @type {'open' | 'fail'} */ (command[2]));
      context.body = 'ok';
      return;
    }
    const gated = context.path.match(/^\/gated\/([\w-]+)(\/dist\/cdn\/.+)$/);
    if (!gated) return next();
    const [, name, file] = gated;
    const chunk = name.match(/^(english-rest|summary)-/)?.[1];
    if (chunk && file.endsWith(`/${chunk}.js`) && (await gate(name).opened) === 'fail') {
      context.status = 503;
      return;
    }
    context.path = file;
    return next();
  };
}
