// The size budget of a language chunk (dist/cdn/locales/<tag>.js), shared by scripts/build.mjs,
// scripts/size.mjs and test/package/package.test.mjs: relative to English, so that a translation
// never has to drop words to fit. English itself is bundled into the main file; its chunk size is
// what it would weigh as a language chunk: a built chunk with its text swapped for English's.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Each language chunk may be at most this many times the English chunk (gzip -9). */
export const LANGUAGE_RATIO = 1.3;

const LOCALES = 'dist/cdn/locales';

/** A translation as the build embeds it: minified JSON inside a template literal. */
const embedded = (translation) =>
  JSON.stringify(translation).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * The gzip -9 size of English as a language chunk, built like the others (run the build first).
 * Throws if the chunks no longer embed their JSON as expected, rather than measure something else.
 */
export function englishChunkGzip(root) {
  const names = readdirSync(path.join(root, LOCALES)).filter((name) => name.endsWith('.js'));
  if (names.length === 0) throw new Error(`no language chunks in ${LOCALES}: run the build first`);
  const tag = path.basename(names.sort()[0], '.js');
  const chunk = readFileSync(path.join(root, LOCALES, `${tag}.js`), 'utf8');
  const own = embedded(JSON.parse(readFileSync(path.join(root, 'locales', tag, 'translation.json'), 'utf8')));
  if (!chunk.includes(own)) throw new Error(`${LOCALES}/${tag}.js does not embed locales/${tag} as JSON text`);
  const english = embedded(JSON.parse(readFileSync(path.join(root, 'locales/en/translation.json'), 'utf8')));
  return gzip(chunk.replace(own, () => english));
}

/** The budget of each language chunk, in gzip -9 bytes. */
export const languageBudget = (root) => Math.floor(LANGUAGE_RATIO * englishChunkGzip(root));
