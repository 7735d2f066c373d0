#!/usr/bin/env node
// `npm run build`: everything the package ships, from a clean dist/.
//
//   1. dist/**/*.js + .d.ts      ES modules for npm (tsc -p tsconfig.build.json; bare imports kept;
//                                the JSON imports reach the package's own locales/ folder)
//   2. dist/cdn/sspr-code-help.js the self-contained script-tag file (vite.config.ts `build`), with
//      dist/cdn/locales/<tag>.js each language but English, fetched on demand from beside it
//   3. custom-elements.json      from the class JSDoc (custom-elements-manifest.config.mjs)
//
// Then it prints the size of every CDN file, raw and gzip -9, against the budgets below, and warns
// about any file over budget. The build still succeeds (the other steps and tests stay usable);
// test/package/package.test.mjs is the check that fails on it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import MagicString from 'magic-string';
import { minify as terserMinify } from 'terser';
import { build as viteBuild, parseAst } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// bytes, gzip -9; the same numbers are in test/package/package.test.mjs
const BUDGET = { main: 40 * 1024, language: 4 * 1024 };

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
await viteBuild({
  root,
  configFile: path.join(root, 'vite.config.ts'),
  mode: 'production',
  logLevel: 'warn',
  // Build-only additions to vite.config.ts (kept out of it so that `npm start` is untouched):
  // Lit's and i18next's dev-only branches off, compact language chunks, no template indentation.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  json: { namedExports: false },
  plugins: [minifyLitTemplates()],
});

step('second minification pass: terser over the main file and its code chunks');
await squeezeCdnCode();

step('custom-elements.json: @custom-elements-manifest/analyzer');
run('custom-elements-manifest analyze', require.resolve('@custom-elements-manifest/analyzer/cem.js'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
]);

step('sizes (gzip -9)');
reportSizes();

// ---------------------------------------------------------------------------------------------

function reportSizes() {
  const cdn = path.join(root, 'dist/cdn');
  const rows = [['dist/cdn/sspr-code-help.js', BUDGET.main]];
  for (const name of readdirSync(path.join(cdn, 'locales'))
    .filter((n) => n.endsWith('.js'))
    .sort()) {
    rows.push([`dist/cdn/locales/${name}`, BUDGET.language]);
  }
  const over = [];
  for (const [file, budget] of rows) {
    const gzip = gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;
    if (gzip > budget) over.push(`${file} (${kb(gzip)} > ${kb(budget)})`);
    const flag = gzip > budget ? '  OVER BUDGET' : '';
    console.log(
      `${file.padEnd(34)} ${kb(statSync(path.join(root, file)).size).padStart(9)} raw ${kb(gzip).padStart(9)} gzip -9${flag}`,
    );
  }
  if (over.length > 0) console.warn(`\n[build] warning: over the gzip budget: ${over.join(', ')}`);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

/**
 * Minifiers never touch the text of template literals, so Lit's css`` and html`` templates keep
 * all their indentation. This strips it from the script-tag build (not from dist/*.js, which
 * consumers' own bundlers minify): CSS loses comments and optional whitespace; HTML collapses
 * each whitespace run that spans lines to one space, which renders the same.
 */
function minifyLitTemplates() {
  return {
    name: 'sspr:minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const text = new MagicString(code);
      walk(parseAst(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const kind = node.tag.name === 'css' ? 'css' : ['html', 'svg'].includes(node.tag.name) ? 'html' : null;
        if (!kind) return;
        const quasis = node.quasi.quasis;
        if (kind === 'html' && keepsWhitespace(quasis.map((q) => q.value.raw).join('\0'))) return;
        quasis.forEach((quasi, index) => {
          const raw = code.slice(quasi.start, quasi.end);
          if (raw !== quasi.value.raw) throw new Error(`${id}: unexpected template element position`);
          const first = index === 0;
          const last = index === quasis.length - 1;
          const minified = kind === 'css' ? minifyCss(raw, first, last) : collapseHtml(raw);
          if (minified !== raw && raw.length > 0) text.overwrite(quasi.start, quasi.end, minified);
        });
      });
      if (!text.hasChanged()) return null;
      return { code: text.toString(), map: text.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}

function walk(node, visit) {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (!node || typeof node !== 'object') return;
  if (typeof node.type === 'string') visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'parent' && value && typeof value === 'object') walk(value, visit);
  }
}

/** Templates whose whitespace can be content: preformatted or raw-text elements. */
function keepsWhitespace(template) {
  return (
    /<(?:pre|script|style|listing|plaintext|xmp)\b/i.test(template) ||
    /<textarea\b[^>]*>(?!<\/textarea>)/i.test(template)
  );
}

function collapseHtml(raw) {
  // not after a backslash: `\` + newline is a line continuation in a template literal
  return raw.replace(/(?<!\\)[ \t]*\n\s*/g, ' ');
}

/**
 * CSS text of one template element, between interpolations. Strings are kept verbatim; comments
 * go; whitespace becomes one space, or none next to `{ } ; , >`, after `:` or `(`, before `)`.
 * Whitespace at an interpolation's edge stays one space (it may separate two values).
 */
function minifyCss(raw, isFirst, isLast) {
  const tight = new Set(['{', '}', ';', ',', '>']);
  let out = '';
  let pendingSpace = false;
  let i = 0;
  const emit = (chunk) => {
    if (pendingSpace && out.length > 0) {
      const before = out[out.length - 1];
      const after = chunk[0];
      if (!(tight.has(before) || before === ':' || before === '(' || tight.has(after) || after === ')')) out += ' ';
    } else if (pendingSpace && !isFirst) {
      if (!tight.has(chunk[0]) && chunk[0] !== ')') out += ' ';
    }
    pendingSpace = false;
    if (chunk === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += chunk;
  };
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== ch) j += raw[j] === '\\' ? 2 : 1;
      emit(raw.slice(i, j + 1));
      i = j + 1;
    } else if (raw.startsWith('/*', i)) {
      const end = raw.indexOf('*/', i + 2);
      i = end === -1 ? raw.length : end + 2;
    } else if (/\s/.test(ch) && raw[i - 1] !== '\\') {
      pendingSpace = true;
      i += 1;
    } else {
      emit(ch);
      i += 1;
    }
  }
  if (pendingSpace && !isLast && !(out.length > 0 && (tight.has(out[out.length - 1]) || out.endsWith(':')))) out += ' ';
  return out;
}

/**
 * Rolldown's minifier leaves a few hundred bytes that terser's extra passes take out (property
 * access, repeated constants); the main file's gzip budget is tight enough for that to matter.
 * Language chunks are plain JSON modules and are left alone. Source maps are chained.
 */
async function squeezeCdnCode() {
  const dir = path.join(root, 'dist/cdn');
  const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    const codePath = path.join(dir, file);
    const mapPath = `${codePath}.map`;
    const result = await terserMinify(readFileSync(codePath, 'utf8'), {
      module: true,
      ecma: 2022,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
      sourceMap: existsSync(mapPath)
        ? { content: readFileSync(mapPath, 'utf8'), filename: file, url: `${file}.map`, includeSources: true }
        : false,
    });
    writeFileSync(codePath, result.code);
    if (result.map) writeFileSync(mapPath, typeof result.map === 'string' ? result.map : JSON.stringify(result.map));
  }
}
