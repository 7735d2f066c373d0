#!/usr/bin/env node
// `npm run build`: everything the package ships, from a clean dist/.
//
//   1. dist/**/*.js + .d.ts      ES modules for npm (tsc -p tsconfig.build.json; bare imports kept;
//                                the JSON imports reach the package's own locales/ folder)
//   2. dist/cdn/sspr-code-help.js the self-contained script-tag file (vite.config.ts `build`), with
//      dist/cdn/<version>/locales/<tag>.js each language but English, fetched on demand from beside it
//   3. custom-elements.json      from the class JSDoc (custom-elements-manifest.config.mjs), and
//      from it dist/vscode.html-custom-data.json and dist/web-types.json (scripts/editor-data.mjs)
//   4. the download (scripts/release.mjs): dist/cdn/THIRD-PARTY-NOTICES.md, LICENSE and
//      integrity.json (sha384 of every file), and dist/sspr-code-help-<version>.zip of dist/cdn
//
// Then it prints the size of every CDN file, raw and gzip -9, against its budget (the main file:
// MAIN_BUDGET in language-budget.mjs; each language: 1.3 × what English weighs as a language chunk, see language-budget.mjs),
// and warns about any file over budget. The build still succeeds (the other steps and tests stay usable);
// test/package/package.test.mjs is the check that fails on it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { cdnBuildOptions, squeezeCdnCode } from './cdn-build.mjs';
import { MAIN_BUDGET, chunkWeight, languageBudget, localesDir } from './language-budget.mjs';
import { writeEditorData } from './editor-data.mjs';
import { writeRelease } from './release.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// bytes, gzip -9; the same number is in test/package/package.test.mjs (languages: language-budget.mjs)
const BUDGET = { main: MAIN_BUDGET };

function step(title) {
  console.log(`\n▶ ${title}`);
}

function fail(message) {
  console.error(`\n[build] ${message}\n`);
  process.exit(1);
}

function run(label, script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`${label} failed (exit ${result.status ?? result.signal}).`);
}

// -- 0. Every language the source loads must exist, or both builds fail with less clear errors.
const loaders = readFileSync(path.join(root, 'src/i18n/locale-loaders.ts'), 'utf8');
const localeFiles = [...loaders.matchAll(/import\('\.\.\/\.\.\/(locales\/[^']+\.json)'/g)].map((m) => m[1]);
const missing = ['locales/en/translation.json', ...localeFiles].filter((file) => !existsSync(path.join(root, file)));
if (missing.length > 0) fail(`missing translation file(s): ${missing.join(', ')}`);

step('clean');
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
rmSync(path.join(root, 'custom-elements.json'), { force: true });

step('ES modules and types for npm: tsc -p tsconfig.build.json');
run('tsc', require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.build.json']);

step('script-tag file: vite build (dist/cdn)');
await viteBuild({ root, configFile: path.join(root, 'vite.config.ts'), ...cdnBuildOptions() });

step('second minification pass: terser over the main file and its code chunks');
await squeezeCdnCode(path.join(root, 'dist/cdn'));

step('custom-elements.json: @custom-elements-manifest/analyzer');
run('custom-elements-manifest analyze', require.resolve('@custom-elements-manifest/analyzer/cem.js'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
]);

step('editor data: dist/vscode.html-custom-data.json, dist/web-types.json');
writeEditorData(root);

step('download: licences, integrity.json, release archive');
console.log(path.relative(root, writeRelease(root)));

step('sizes (gzip -9)');
reportSizes();

// ---------------------------------------------------------------------------------------------

function reportSizes() {
  const locales = localesDir(root);
  const rows = [['dist/cdn/sspr-code-help.js', BUDGET.main, gzipOf]];
  const language = languageBudget(root);
  for (const name of readdirSync(path.join(root, locales))
    .filter((n) => n.endsWith('.js'))
    .sort()) {
    rows.push([`${locales}/${name}`, language, chunkWeight]); // languages: by weight (language-budget.mjs)
  }
  const over = [];
  for (const [file, budget, held] of rows) {
    const gzip = gzipOf(path.join(root, file));
    const measured = held(path.join(root, file));
    if (measured > budget) over.push(`${file} (${kb(measured)} > ${kb(budget)})`);
    const flag = measured > budget ? '  OVER BUDGET' : '';
    console.log(
      `${file.padEnd(34)} ${kb(statSync(path.join(root, file)).size).padStart(9)} raw ${kb(gzip).padStart(9)} gzip -9${flag}`,
    );
  }
  if (over.length > 0) console.warn(`\n[build] warning: over the gzip budget: ${over.join(', ')}`);
}

function gzipOf(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(2)} KB`;
}
