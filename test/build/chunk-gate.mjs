// @ts-check
/**
 * Web Test Runner middleware: holds back one chunk of the built script-tag file, so a test can see
 * what a widget shows while that chunk is still on its way. While the cookie `sspr-gate=<name>`
 * is set (e.g. `hold-1`), every request for a built `english-rest.js` is answered only after the
 * test calls `/__gate/<name>/open`, or answered 503 after `/__gate/<name>/fail`. (A cookie, since
 * a chunk's request names the script that imports it as its Referer, not the page.)
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
    const held = context.path.startsWith('/dist/cdn/') && context.path.endsWith('/english-rest.js');
    const name = held ? context.cookies.get('sspr-gate') : undefined;
    if (name && (await gate(name).opened) === 'fail') {
      context.status = 503;
      return;
    }
    if (held) {
      // Never from the browser's cache, so each test's page asks the server again. (The test
      // runner's own cache middleware, outside this one, marks every file cacheable for a year
      // after this returns: its header is replaced as it is set.)
      const set = context.response.set.bind(context.response);
      context.response.set = (field, value) =>
        typeof field === 'string' && field.toLowerCase() === 'cache-control'
          ? set(field, 'no-store')
          : set(field, value);
    }
    await next();
  };
}
