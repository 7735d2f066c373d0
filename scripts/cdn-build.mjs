/**
 * How the script-tag code is built, shared by `scripts/build.mjs` (the product) and
 * `bench/build-baseline.mjs` (the dependency floor it is compared with), so both are built the
 * same way: production mode, Lit templates without indentation, then a terser pass.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import MagicString from 'magic-string';
import { minify as terserMinify } from 'terser';
import { parseAst } from 'vite';

/** Options added to vite.config.ts for a production build (kept out of it so `npm start` is untouched). */
export const cdnBuildOptions = () => ({
  mode: 'production',
  logLevel: 'warn',
  // Lit's and i18next's dev-only branches off, compact language chunks, no template indentation.
  // __SSPR_ENGLISH_SPLIT__: src/i18n/english.ts learns that splitEnglish (below) split its text.
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), __SSPR_ENGLISH_SPLIT__: 'true' },
  json: { namedExports: false },
  plugins: [minifyLitTemplates(), splitEnglish()],
});

/**
 * The English text a first paint can show: the first question (`steps.channel`), the one a page
 * that names the channel starts with (`steps.enrolled`), and what every step shows around them.
 * The rest (later steps, the countdown, notices, the summary) is fetched after the first paint.
 * test/build/english-split.test.ts checks that these widgets paint without the rest.
 */
export const FIRST_PAINT_ENGLISH = [
  'widget',
  'nav',
  'shortcuts',
  'glossary',
  'steps.channel',
  'steps.enrolled',
  // the help-desk step, the way out of every step, even when the rest cannot be loaded
  'steps.help-desk',
];

/** Module ids of the two halves (virtual: they exist only in the script-tag build). */
export const ENGLISH_FIRST_ID = '\0sspr:english-first';
export const ENGLISH_REST_ID = '\0sspr:english-rest';

/** `tree` split in two by dotted group names: the groups named, and everything else. */
export function splitTree(tree, names) {
  const picked = {};
  const rest = structuredClone(tree);
  for (const name of names) {
    const path = name.split('.');
    const last = path.pop();
    let from = rest;
    let to = picked;
    for (const part of path) {
      from = from?.[part];
      to = to[part] ??= {};
    }
    if (!from || !(last in from)) throw new Error(`FIRST_PAINT_ENGLISH: no "${name}" in locales/en`);
    to[last] = from[last];
    delete from[last];
  }
  return { picked, rest };
}

/**
 * src/i18n/english.ts imports locales/en twice: statically (bundled) and with `import()`. Here the
 * static import gets only FIRST_PAINT_ENGLISH and the dynamic one the rest, its own chunk.
 */
function splitEnglish() {
  let halves;
  const english = () => {
    halves ??= splitTree(
      JSON.parse(readFileSync(new URL('../locales/en/translation.json', import.meta.url), 'utf8')),
      FIRST_PAINT_ENGLISH,
    );
    return halves;
  };
  return {
    name: 'sspr:split-english',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!importer?.endsWith('/src/i18n/english.ts') || !source.endsWith('/locales/en/translation.json')) return null;
      return options?.kind === 'dynamic-import' ? ENGLISH_REST_ID : ENGLISH_FIRST_ID;
    },
    load(id) {
      if (id === ENGLISH_FIRST_ID) return `export default ${JSON.stringify(english().picked)};`;
      if (id === ENGLISH_REST_ID) return `export default ${JSON.stringify(english().rest)};`;
      return null;
    },
  };
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
export async function squeezeCdnCode(dir) {
  // the main file and the code chunks (in the release folder); not the locales/ chunks
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js') && !file.split(path.sep).includes('locales'));
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
        ? {
            content: readFileSync(mapPath, 'utf8'),
            filename: path.basename(file),
            url: `${path.basename(file)}.map`,
            includeSources: true,
          }
        : false,
    });
    writeFileSync(codePath, result.code);
    if (result.map) writeFileSync(mapPath, typeof result.map === 'string' ? result.map : JSON.stringify(result.map));
  }
}
