#!/usr/bin/env node
// What the script-tag file is made of: each source module's share of dist/cdn/sspr-code-help.js,
// raw and gzip -9 (each module's text compressed on its own, so the column adds up to more than
// the file), read from the file's source map. Run `npm run build` first.
//
//   node bench/breakdown.mjs [file]        (default dist/cdn/sspr-code-help.js)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.join(root, 'dist/cdn/sspr-code-help.js');
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** One source-map segment's VLQ fields. */
function decode(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** The generated text of each source (text no segment maps, e.g. JSON modules, joins the source before it). */
const textOf = new Map();
const lines = code.split('\n');
let source = 0;
map.mappings.split(';').forEach((line, index) => {
  const text = lines[index] ?? '';
  let column = 0;
  const starts = [];
  for (const segment of line ? line.split(',') : []) {
    const fields = decode(segment);
    column += fields[0];
    if (fields.length > 1) source += fields[1];
    starts.push([column, source]);
  }
  starts.forEach(([start, from], i) => {
    const end = i + 1 < starts.length ? starts[i + 1][0] : text.length;
    const name = map.sources[from];
    textOf.set(name, (textOf.get(name) ?? '') + text.slice(start, end));
  });
});

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [...textOf]
  .map(([name, text]) => ({
    name: name.replace(/^.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, ''),
    raw: text.length,
    gzip: gzipSync(text, { level: 9 }).length,
  }))
  .sort((a, b) => b.gzip - a.gzip);
console.log(`${path.relative(root, file)}: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip -9`);
for (const row of rows) console.log(`${kb(row.gzip).padStart(10)} ${kb(row.raw).padStart(10)}  ${row.name}`);
const sum = (test) => rows.filter((row) => test(row.name)).reduce((total, row) => total + row.gzip, 0);
const dependencies = sum((name) => name.startsWith('node_modules/'));
console.log(
  `dependencies (lit, i18next) ${kb(dependencies)}, product ${kb(sum((name) => !name.startsWith('node_modules/')))} (gzip -9 each module alone)`,
);
