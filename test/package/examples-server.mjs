// @ts-check
/**
 * Web Test Runner plugin for test/package/examples.test.ts: serves the examples/ pages the way
 * their users would run them, from the BUILT package (`npm run build` first).
 *
 * - /assets/sspr-code-help/*  → dist/cdn/*: the README snippet (examples/plain.html) expects the
 *   script-tag build hosted there.
 * - /test/pasted-snippet.html?html=…&csp=…  → that HTML under that Content-Security-Policy header:
 *   the demo's embed snippet as an author would paste it (test/package/snippet.test.ts).
 * - /examples/{esm,react,react-component,vue}/main.*  → that example bundled by Vite, as an
 *   app's own bundler would: `sspr-code-help` resolves to this package through package.json
 *   `exports` (dist/), React's and Vue's production builds, Vue's single-file components through
 *   @vitejs/plugin-vue told that `sspr-*` tags are custom elements. Each bundle is made once per
 *   test run, on first request.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cdn = path.join(root, 'dist/cdn');
const BUNDLED = /^\/examples\/(esm|react|react-component|vue)\/main\.(?:js|ts|tsx)$/;

/** @returns {import('@web/dev-server-core').Plugin} */
export function examplesServer() {
  /** @type {Map<string, Promise<string>>} */
  const bundles = new Map();
  return {
    name: 'sspr-examples',
    async serve(context) {
      const hosted = context.path.match(/^\/assets\/sspr-code-help\/(.+)$/);
      if (hosted) {
        const file = path.resolve(cdn, hosted[1]);
        if (!file.startsWith(cdn + path.sep) || !existsSync(file)) return undefined;
        return { body: await readFile(file, 'utf8'), type: file.endsWith('.map') ? 'json' : 'js' };
      }
      // test/package/snippet.test.ts: a page made of a pasted snippet, under its own CSP header
      if (context.path === '/test/pasted-snippet.html') {
        return {
          body: `<!doctype html>\n${context.query.html ?? ''}`,
          type: 'html',
          headers: { 'Content-Security-Policy': String(context.query.csp ?? '') },
        };
      }
      if (BUNDLED.test(context.path)) {
        let bundle = bundles.get(context.path);
        if (!bundle) {
          bundle = bundleExample(path.join(root, context.path));
          bundles.set(context.path, bundle);
          bundle.catch(() => bundles.delete(context.path));
        }
        return { body: await bundle, type: 'js' };
      }
      return undefined;
    },
  };
}

/** @param {string} entry */
async function bundleExample(entry) {
  if (!existsSync(path.join(root, 'dist/define.js'))) throw new Error('Nothing built: run `npm run build` first.');
  const { build } = await import('vite');
  const { default: vue } = await import('@vitejs/plugin-vue');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'error', // errors only: no build summaries or plugin timings in the test log
    publicDir: false,
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sspr-') } } })],
    build: {
      write: false,
      minify: false,
      sourcemap: 'inline',
      target: 'esnext',
      rolldownOptions: { input: entry, output: { format: 'es', codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [/** @type {any} */ (result)]).flatMap((r) => r.output);
  const chunk = outputs.find((output) => output.type === 'chunk' && output.isEntry);
  if (!chunk) throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}
