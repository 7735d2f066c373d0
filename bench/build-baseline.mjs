/**
 * Builds bench/baseline-element.ts "the same way" as the shipped script: the project's own
 * vite.config.ts (same target, minifier and output options) with the same production `define`
 * and JSON options that scripts/build.mjs adds, into a temporary folder. Used by scripts/size.mjs
 * (the dependency floors) and scripts/bench.mjs (the baseline element). Two files come out, as
 * the script's do: the element (lit + i18next) and the placement chunk it imports on first use
 * (@floating-ui/dom alone), each the floor of its counterpart in dist/cdn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { cdnBuildOptions, squeezeCdnCode } from '../scripts/cdn-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {Promise<{ dir: string, file: string, placementFile: string, cleanup: () => void }>} */
export async function buildBaseline() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-baseline-'));
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    ...cdnBuildOptions(),
    build: {
      outDir: dir,
      emptyOutDir: true,
      lib: { entry: path.join(root, 'bench/baseline-element.ts'), fileName: () => 'baseline-element.js' },
      // beside the entry (not in chunks/), so the terser pass below squeezes it as it does placement.js
      rolldownOptions: { output: { chunkFileNames: '[name].js' } },
    },
  });
  await squeezeCdnCode(dir);
  return {
    dir,
    file: path.join(dir, 'baseline-element.js'),
    placementFile: path.join(dir, 'baseline-placement.js'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
