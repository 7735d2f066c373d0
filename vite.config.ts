import { defineConfig } from 'vite';

/**
 * Two jobs:
 * - `npm start`: serves the demo (demo/index.html) straight from the sources.
 * - `vite build` (called by scripts/build.mjs): the self-contained script-tag
 *   file `dist/cdn/sspr-code-help.js`, with each language but English in its
 *   own chunk under `dist/cdn/locales/`, fetched from beside the script on demand.
 */
export default defineConfig({
  server: { open: '/demo/' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'sspr-code-help.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: (chunk) => {
          const lang = chunk.facadeModuleId?.match(/locales\/([^/]+)\/translation\.json$/)?.[1];
          return lang ? `locales/${lang}.js` : 'chunks/[name]-[hash].js';
        },
      },
    },
  },
});
