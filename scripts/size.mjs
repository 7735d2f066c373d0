#!/usr/bin/env node
// `npm run size`: the size budget of the script-tag build (run `npm run build` first).
//
//   dist/cdn/sspr-code-help.js   everything + English     at most 40 KB gzip -9
//   dist/cdn/<version>/locales/<tag>.js  each other language  at most  4 KB gzip -9
//
// In the same run it builds the dependency floor (lit + i18next + @floating-ui/dom with a tiny
// element, bench/baseline-element.ts, built the same way with vite into a temp dir) and prints
// how much the component adds on top of it. It prints a table, writes the figures into README.md
// (between <!-- size:start --> and <!-- size:end -->) and exits 1 when a budget is exceeded.
//
//   npm run size                 check, print, update README.md
//   npm run size -- --no-readme  check and print only
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBaseline } from '../bench/build-baseline.mjs';
import { writeReadmeSection } from '../bench/readme-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const BUDGET = { main: 40 * KB, language: 4 * KB }; // gzip -9 bytes
const MAIN = 'dist/cdn/sspr-code-help.js';
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
/** The release folder: the chunks the script loads on first use, and locales/. */
const RELEASE = `dist/cdn/${version}`;
const LOCALES = `${RELEASE}/locales`;

const writeReadme = !process.argv.includes('--no-readme');

if (!existsSync(path.join(root, MAIN))) {
  console.error(`[size] ${MAIN} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const measure = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
/** A path in README.md without the version, which changes with every release. */
const unversioned = (file) => file.replace(`/${version}/`, '/<version>/');

/** The .js files directly in `dir` (relative to the root), sorted, optionally filtered by name. */
function listJs(dir, keep = () => true) {
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js') && keep(entry.name))
    .map((entry) => `${dir}/${entry.name}`)
    .sort();
}

/** @type {{ file: string, raw: number, gzip: number, budget: number | null }[]} */
const rows = [{ file: MAIN, ...measure(path.join(root, MAIN)), budget: BUDGET.main }];
// Chunks the script imports on first use (e.g. the popover's placement code): no budget of their
// own, but listed, and counted in the "everything" ratio.
const lazy = listJs(RELEASE).map((file) => ({
  file,
  ...measure(path.join(root, file)),
  budget: null,
}));
rows.push(...lazy);
const languages = listJs(LOCALES).map((file) => ({ file, ...measure(path.join(root, file)), budget: BUDGET.language }));
rows.push(...languages);

const baseline = await buildBaseline();
let floor;
try {
  floor = measure(baseline.file);
} finally {
  baseline.cleanup();
}
rows.push({ file: 'dependency floor (lit + i18next + floating-ui + tiny element)', ...floor, budget: null });

const over = rows.filter((row) => row.budget !== null && row.gzip > row.budget);
const main = rows[0];
const ratio = main.gzip / floor.gzip;
const everything = main.gzip + lazy.reduce((sum, row) => sum + row.gzip, 0);
const everythingRatio = everything / floor.gzip;
const largestLanguage = languages.reduce((a, b) => (b.gzip > (a?.gzip ?? -1) ? b : a), undefined);

// ---- console table: every file ------------------------------------------------------------
const width = Math.max(...rows.map((row) => row.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'budget'.padStart(8)}`);
for (const row of rows) {
  const status = row.budget === null ? '' : row.gzip > row.budget ? '  OVER' : '  ok';
  const budget = row.budget === null ? '' : kb(row.budget);
  console.log(
    `${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${budget.padStart(8)}${status}`,
  );
}
console.log(`\n${MAIN} is ${ratio.toFixed(2)}× the dependency floor (${kb(main.gzip)} vs ${kb(floor.gzip)} gzip).`);
if (lazy.length > 0) {
  console.log(
    `With the ${lazy.length} chunk(s) it loads on first use: ${kb(everything)}, ${everythingRatio.toFixed(2)}× the floor ` +
      `(the component adds ${kb(everything - floor.gzip)} on top of its dependencies).`,
  );
}

// ---- README: the main file, the floor, and the language files summarised --------------------
if (writeReadme) {
  const lines = [
    '| file | raw | gzip -9 | budget |',
    '|---|---:|---:|---:|',
    `| \`${MAIN}\` (the script tag: element, lit, i18next, English) | ${kb(main.raw)} | ${kb(main.gzip)} | ${kb(BUDGET.main)} |`,
  ];
  for (const row of lazy)
    lines.push(`| \`${unversioned(row.file)}\` (loaded on first use) | ${kb(row.raw)} | ${kb(row.gzip)} | |`);
  if (languages.length > 0) {
    const median = [...languages].sort((a, b) => a.gzip - b.gzip)[Math.floor(languages.length / 2)];
    lines.push(
      `| \`${unversioned(LOCALES)}/*.js\`, ${languages.length} languages: largest (\`${path.basename(largestLanguage.file)}\`) | ` +
        `${kb(largestLanguage.raw)} | ${kb(largestLanguage.gzip)} | ${kb(BUDGET.language)} each |`,
      `| the same, median | | ${kb(median.gzip)} | |`,
    );
  }
  lines.push(
    `| dependency floor: lit + i18next + @floating-ui/dom + a tiny element, same build | ${kb(floor.raw)} | ${kb(floor.gzip)} | |`,
    '',
    `The script is **${ratio.toFixed(2)}×** the dependency floor` +
      (lazy.length > 0
        ? `; with the chunks it loads on first use, **${everythingRatio.toFixed(2)}×**: the wizard, its English text, ` +
          `styles and logic add ${kb(everything - floor.gzip)} gzip to what its three dependencies cost anyway.`
        : `: the wizard, its English text, styles and logic add ${kb(main.gzip - floor.gzip)} gzip to what its three dependencies cost anyway.`),
  );
  writeReadmeSection('size', lines.join('\n'));
  console.log('README.md: size figures updated.');
}

if (over.length > 0) {
  console.error(
    `\n[size] over budget: ${over.map((row) => `${row.file} (${kb(row.gzip)} > ${kb(row.budget)})`).join(', ')}`,
  );
  process.exit(1);
}
