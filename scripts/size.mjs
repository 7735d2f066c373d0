#!/usr/bin/env node
// `npm run size`: the size budget of the script-tag build (run `npm run build` first).
//
//   dist/cdn/sspr-code-help.js   everything + English     at most MAIN_BUDGET (language-budget.mjs) gzip -9
//   dist/cdn/<version>/locales/<tag>.js  each other language  at most 1.3 × English as a language chunk
//
// The language budget is relative (scripts/language-budget.mjs): a translation carries every
// clause of the English, and never pays for that in bytes it must save elsewhere.
//
// In the same run it builds the dependency floors (bench/build-baseline.mjs: a tiny element built
// the same way with vite into a temp dir) and compares each file with the floor that holds exactly
// the dependencies the file holds: the script-tag file with lit + i18next and a tiny element
// (bench/baseline-element.ts); the placement chunk it loads on first use with @floating-ui/dom
// alone (bench/baseline-placement.ts); a chunk of product code only (server-answers.js) has none. It prints a table, writes the figures into README.md
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
import { MAIN_BUDGET, chunkWeight, englishChunkWeight, LANGUAGE_RATIO } from './language-budget.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const BUDGET = { main: MAIN_BUDGET }; // gzip -9 bytes
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
// Languages are held to their weight (gzip of the text as UTF-16: see scripts/language-budget.mjs).
const englishChunk = englishChunkWeight(root);
const languageBudget = Math.floor(LANGUAGE_RATIO * englishChunk);
const languages = listJs(LOCALES).map((file) => ({
  file,
  ...measure(path.join(root, file)),
  weight: chunkWeight(path.join(root, file)),
  budget: languageBudget,
}));
rows.push(...languages);

const baseline = await buildBaseline();
let floor, placementFloor;
try {
  floor = measure(baseline.file);
  placementFloor = measure(baseline.placementFile);
} finally {
  baseline.cleanup();
}
const FLOOR_NAME = 'floor: lit + i18next + a tiny element, same build';
const PLACEMENT_FLOOR_NAME = 'floor: @floating-ui/dom alone, same calls, same build';
rows.push(
  { file: FLOOR_NAME, ...floor, budget: null },
  { file: PLACEMENT_FLOOR_NAME, ...placementFloor, budget: null },
);
/** Each lazy chunk's own floor: what it carries of the dependencies (product-only chunks: none). */
const floorOf = (row) => (path.basename(row.file) === 'placement.js' ? placementFloor : null);

/** What a budget holds a file to: its weight for a language, its gzip size otherwise. */
const held = (row) => row.weight ?? row.gzip;
const over = rows.filter((row) => row.budget !== null && held(row) > row.budget);
const main = rows[0];
const ratio = main.gzip / floor.gzip;
const everything = main.gzip + lazy.reduce((sum, row) => sum + row.gzip, 0);
const everythingFloor = floor.gzip + placementFloor.gzip;
const everythingRatio = everything / everythingFloor;
/** One ratio with both sides named, e.g. "placement.js 7.10 KB / floor … 6.66 KB = 1.07×". */
const compare = (name, ours, floorName, theirs) =>
  `${name} (${kb(ours)} gzip) is ${(ours / theirs).toFixed(2)}× ${floorName} (${kb(theirs)} gzip)`;
const ratioLines = [
  compare(MAIN, main.gzip, 'its floor, lit + i18next + a tiny element', floor.gzip),
  ...lazy.map((row) =>
    floorOf(row)
      ? compare(row.file, row.gzip, 'its floor, @floating-ui/dom alone', floorOf(row).gzip)
      : `${row.file} (${kb(row.gzip)} gzip) holds product code or text only: no dependency floor`,
  ),
];
if (lazy.length > 0)
  ratioLines.push(
    compare(
      `the script with the ${lazy.length} chunk(s) it loads on first use`,
      everything,
      'all floors together',
      everythingFloor,
    ),
  );
const largestLanguage = languages.reduce((a, b) => (b.weight > (a?.weight ?? -1) ? b : a), undefined);

// ---- console table: every file ------------------------------------------------------------
const width = Math.max(...rows.map((row) => row.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'budget'.padStart(8)}`);
for (const row of rows) {
  const status = row.budget === null ? '' : held(row) > row.budget ? '  OVER' : '  ok';
  const budget = row.budget === null ? '' : kb(row.budget);
  console.log(
    `${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${budget.padStart(8)}${status}`,
  );
}
console.log(`\n${ratioLines.join('.\n')}.`);
console.log(
  `Each language chunk may weigh ${LANGUAGE_RATIO}× English as a language chunk (${kb(englishChunk)}): ` +
    `${kb(languageBudget)}, weighed as gzip -9 of its text in UTF-16 so a letter weighs the same in every script; ` +
    `heaviest: ${largestLanguage ? `${path.basename(largestLanguage.file)} ${kb(largestLanguage.weight)}` : 'none'}.`,
);

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
        `${kb(largestLanguage.raw)} | ${kb(largestLanguage.gzip)} | weight ${kb(largestLanguage.weight)} of ${kb(languageBudget)} (${LANGUAGE_RATIO} × English) |`,
      `| the same, median | | ${kb(median.gzip)} | |`,
      `| English as a language chunk (bundled in the script; the languages' yardstick), weight | | | ${kb(englishChunk)} |`,
    );
  }
  lines.push(
    `| ${FLOOR_NAME} (\`bench/baseline-element.ts\`): the floor of the script-tag file | ${kb(floor.raw)} | ${kb(floor.gzip)} | |`,
    `| ${PLACEMENT_FLOOR_NAME} (\`bench/baseline-placement.ts\`): the floor of \`placement.js\` | ${kb(placementFloor.raw)} | ${kb(placementFloor.gzip)} | |`,
    '',
    'Each file against the floor that holds exactly the dependencies it holds (gzip -9):',
    '',
    ...ratioLines.map((line) => `- ${line.replace(/^(\S+\.js)/, '`$1`')}.`),
    '',
    `The wizard, its English text, styles and logic add ${kb(main.gzip - floor.gzip)} gzip to the script-tag file ` +
      `(**${ratio.toFixed(2)}×** its floor); with the chunks loaded on first use, ${kb(everything - everythingFloor)} ` +
      `(${everythingRatio.toFixed(2)}×).`,
  );
  writeReadmeSection('size', lines.join('\n'));
  console.log('README.md: size figures updated.');
}

if (over.length > 0) {
  console.error(
    `\n[size] over budget: ${over.map((row) => `${row.file} (${kb(held(row))} > ${kb(row.budget)})`).join(', ')}`,
  );
  process.exit(1);
}
