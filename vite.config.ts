import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
// demo/sign-in-widget.html: a simulated Okta org (Classic and Identity Engine) for the real widget.
import { oktaFlowsConnect } from './test/server/okta-flows.mjs';
import { demoRoot } from './demo/dev-server.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Two jobs:
 * - `npm start`: serves the demo (demo/index.html) straight from the sources.
 * - `build` (run it with `npm run build`, i.e. scripts/build.mjs, which adds the production
 *   `define`, compact JSON modules and a plugin that strips the indentation inside Lit's css``
 *   and html`` templates): the self-contained script-tag file `dist/cdn/sspr-code-help.js`, with
 *   each language but English in its own chunk `dist/cdn/<version>/locales/<tag>.js`, fetched on demand
 *   by a relative `import()` from beside the script.
 */
export default defineConfig({
  server: { open: '/demo/' },
  plugins: [
    demoRoot(),
    {
      name: 'simulated-okta-org',
      apply: 'serve',
      configureServer(server) {
        server.middlewares.use(oktaFlowsConnect());
      },
    },
  ],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    // maps carry their sources inline (sourcesContent): src/ is not published
    sourcemap: true,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'sspr-code-help.js',
    },
    rolldownOptions: {
      output: {
        // With formats ['es'], `build.minify` mangles and compresses but keeps all whitespace;
        // the output option minifies for real.
        minify: true,
        chunkFileNames: (chunk) => {
          const lang = chunk.facadeModuleId?.match(/locales\/([^/]+)\/translation\.json$/)?.[1];
          // Each release's chunks in a folder named after its version: a new release never picks
          // up an old chunk from a long cache, and a folder overwritten with a new release never
          // mixes the two. (A folder, not a hash per file: 33 incompressible hashes would cost the
          // main file 0.3 KB of its gzip budget.)
          if (lang) return `${version}/locales/${lang}.js`;
          // floating-ui and the placement code, loaded when a panel or tooltip first opens.
          if (chunk.facadeModuleId?.endsWith('popover/placement.ts')) return `${version}/placement.js`;
          // Popover mode's controller and styles, fetched when a widget in popover mode connects.
          if (chunk.facadeModuleId?.endsWith('popover/popover-controller.ts')) return `${version}/popover.js`;
          // Reading a failed resend's answer (Okta error codes, rate-limit headers).
          if (chunk.facadeModuleId?.endsWith('retry/server-answers.ts')) return `${version}/server-answers.js`;
          // English after the first question (scripts/cdn-build.mjs splitEnglish), fetched after the first paint.
          if (chunk.facadeModuleId === '\0sspr:english-rest') return `${version}/english-rest.js`;
          // The help-desk summary and its hand-over links, loaded when that step is shown.
          if (chunk.facadeModuleId?.endsWith('flow/handover.ts')) return `${version}/summary.js`;
          // anything else would be a chunk the script cannot do without (test/package checks none)
          return 'chunks/[name]-[hash].js';
        },
      },
    },
  },
});
