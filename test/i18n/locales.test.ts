/**
 * Every shipped translation against English: the same keys, the plural forms
 * its language needs, the same {{variables}}, "Okta Verify" kept, nothing
 * empty, and at most 4 KB gzip each.
 */
import { expect } from '@open-wc/testing';
import { SUPPORTED_LANGUAGES, type LanguageTag } from '../../src/i18n/languages.js';
import { LOCALE_LOADERS } from '../../src/i18n/locale-loaders.js';
import { EN, shipped, shippedFlat, variables, type Flat } from './support.js';

/** Every language the Okta Sign-In Widget ships, plus ar, he, fa, hi and pt-PT (issue 4). */
// prettier-ignore
const REQUIRED = [
  'cs', 'da', 'de', 'el', 'es', 'eu', 'fi', 'fr', 'ht', 'hu', 'id', 'it', 'ja', 'ko', 'ms', 'nb', 'nl', 'pl',
  'pt-BR', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-CN', 'zh-TW', 'en', 'ar', 'he', 'fa', 'hi', 'pt-PT',
];

/**
 * CLDR cardinal plural categories (CLDR 42 and later) of every shipped language.
 * i18next picks the form with the browser's `Intl.PluralRules`, so the test below
 * also checks that the browser running it agrees with this table.
 */
const CLDR_PLURALS: Record<string, string[]> = {
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  cs: ['one', 'few', 'many', 'other'],
  da: ['one', 'other'],
  de: ['one', 'other'],
  el: ['one', 'other'],
  en: ['one', 'other'],
  eu: ['one', 'other'],
  fa: ['one', 'other'],
  fi: ['one', 'other'],
  hi: ['one', 'other'],
  ht: ['one', 'other'],
  hu: ['one', 'other'],
  nb: ['one', 'other'],
  nl: ['one', 'other'],
  sv: ['one', 'other'],
  tr: ['one', 'other'],
  es: ['one', 'many', 'other'],
  fr: ['one', 'many', 'other'],
  it: ['one', 'many', 'other'],
  'pt-BR': ['one', 'many', 'other'],
  'pt-PT': ['one', 'many', 'other'],
  he: ['one', 'two', 'other'],
  id: ['other'],
  ja: ['other'],
  ko: ['other'],
  ms: ['other'],
  th: ['other'],
  vi: ['other'],
  'zh-CN': ['other'],
  'zh-TW': ['other'],
  pl: ['one', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  uk: ['one', 'few', 'many', 'other'],
  ro: ['one', 'few', 'other'],
};

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
const sortCategories = (list: readonly string[]) => [...list].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));

/** English keys with `_one`/`_other` are plurals: their base keys. */
const PLURAL_BASES = [
  ...new Set(
    Object.keys(EN)
      .filter((key) => /_(one|other)$/.test(key))
      .map((key) => key.replace(PLURAL_SUFFIX, '')),
  ),
];

const pluralCategories = (tag: string) => sortCategories(new Intl.PluralRules(tag).resolvedOptions().pluralCategories);

/** The keys a language must have: English's, with each plural in the language's own categories. */
function expectedKeys(tag: string): string[] {
  const plain = Object.keys(EN).filter((key) => !PLURAL_BASES.includes(key.replace(PLURAL_SUFFIX, '')));
  const plurals = PLURAL_BASES.flatMap((base) => pluralCategories(tag).map((category) => `${base}_${category}`));
  return [...plain, ...plurals].sort();
}

/** The English string a key is checked against (a plural form against English `_other`). */
function englishFor(key: string): string | undefined {
  if (key in EN) return EN[key];
  const base = key.replace(PLURAL_SUFFIX, '');
  return PLURAL_BASES.includes(base) ? EN[`${base}_other`] : undefined;
}

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('shipped translations', () => {
  const all = new Map<LanguageTag, Flat>();
  const raw = new Map<LanguageTag, Record<string, unknown>>();

  before(async () => {
    for (const tag of SUPPORTED_LANGUAGES) {
      raw.set(tag, await shipped(tag));
      all.set(tag, await shippedFlat(tag));
    }
  });

  it('ships every required language, each with a loader, and nothing else', () => {
    for (const tag of REQUIRED) expect(SUPPORTED_LANGUAGES, tag).to.include(tag);
    expect(SUPPORTED_LANGUAGES.length).to.be.at.least(34);
    expect(new Set(SUPPORTED_LANGUAGES).size, 'no duplicates').to.equal(SUPPORTED_LANGUAGES.length);
    // English is bundled; every other shipped language loads on demand, and no loader is orphaned.
    expect(Object.keys(LOCALE_LOADERS).sort()).to.deep.equal(SUPPORTED_LANGUAGES.filter((tag) => tag !== 'en').sort());
    // Every language folder the loaders name exists and holds a JSON object (loaded in before()).
    for (const tag of SUPPORTED_LANGUAGES) expect(raw.get(tag), tag).to.be.an('object');
  });

  it('has a CLDR plural table for every language, and this browser agrees with it', () => {
    for (const tag of SUPPORTED_LANGUAGES) {
      expect(CLDR_PLURALS[tag], `${tag} in the table`).to.be.an('array');
      expect(pluralCategories(tag), `${tag}: Intl.PluralRules categories`).to.deep.equal(
        sortCategories(CLDR_PLURALS[tag]),
      );
    }
  });

  for (const tag of SUPPORTED_LANGUAGES) {
    describe(tag, () => {
      it('has exactly the keys of English, with the plural forms of its language', () => {
        const keys = Object.keys(all.get(tag)!).sort();
        const expected = expectedKeys(tag);
        const missing = expected.filter((key) => !keys.includes(key));
        const extra = keys.filter((key) => !expected.includes(key));
        expect({ missing, extra }, tag).to.deep.equal({ missing: [], extra: [] });
      });

      it('has only non-empty strings', () => {
        const bad = Object.entries(all.get(tag)!).filter(([, value]) => typeof value !== 'string' || !value.trim());
        expect(
          bad.map(([key]) => key),
          tag,
        ).to.deep.equal([]);
      });

      it('keeps every {{variable}} of English, adds none, and has no stray braces', () => {
        const problems: string[] = [];
        for (const [key, value] of Object.entries(all.get(tag)!)) {
          const english = englishFor(key);
          if (english === undefined || typeof value !== 'string') continue;
          const want = variables(english);
          const have = variables(value);
          if (want.join() !== have.join())
            problems.push(`${key}: has {{${have.join('}}, {{')}}}, English has {{${want.join('}}, {{')}}}`);
          const rest = value.replace(/\{\{\s*[^{}]+?\s*\}\}/g, '');
          if (/[{}]/.test(rest)) problems.push(`${key}: stray brace in "${value}"`);
          if (/\$t\(/.test(value)) problems.push(`${key}: nesting $t() is not allowed`);
        }
        expect(problems, tag).to.deep.equal([]);
      });

      it('keeps "Okta Verify" wherever English has it', () => {
        const dropped = Object.entries(all.get(tag)!)
          .filter(([key, value]) => {
            const english = englishFor(key) ?? '';
            const count = (text: string) => text.split('Okta Verify').length - 1;
            return count(value) < count(english);
          })
          .map(([key, value]) => `${key}: ${value}`);
        expect(dropped, tag).to.deep.equal([]);
      });

      it('adds at most 4 KB gzip (minified JSON)', async () => {
        const size = await gzipSize(JSON.stringify(raw.get(tag)));
        expect(size, `${tag}: ${size} bytes gzip`).to.be.at.most(4096);
      });
    });
  }
});

describe('the locale checks catch broken translations', () => {
  // The checks above, run on deliberately broken copies of German: each must be noticed.
  const problemsOf = (tag: string, flat: Flat) => {
    const keys = Object.keys(flat).sort();
    const expected = expectedKeys(tag);
    const out: string[] = [];
    for (const key of expected) if (!keys.includes(key)) out.push(`missing ${key}`);
    for (const key of keys) if (!expected.includes(key)) out.push(`extra ${key}`);
    for (const [key, value] of Object.entries(flat)) {
      const english = englishFor(key);
      if (english !== undefined && variables(english).join() !== variables(value).join()) out.push(`variables ${key}`);
      if (!value.trim()) out.push(`empty ${key}`);
    }
    return out;
  };

  it('notices a missing key, an extra key, a renamed variable and a missing plural form', async () => {
    const de = await shippedFlat('de');
    expect(problemsOf('de', de)).to.deep.equal([]);
    const broken: Flat = {
      ...de,
      'nav.extra': 'x',
      'widget.progress': 'Schritt {{step}} von {{total}}',
      'steps.wait.title': ' ',
    };
    delete broken['nav.back'];
    delete broken['countdown.started_one'];
    expect(problemsOf('de', broken)).to.have.members([
      'missing nav.back',
      'missing countdown.started_one',
      'extra nav.extra',
      'variables widget.progress',
      'empty steps.wait.title',
    ]);
    // Polish needs four forms: a copy with only English's two is incomplete.
    const pl = await shippedFlat('pl');
    const twoForms: Flat = { ...pl };
    delete twoForms['countdown.started_few'];
    delete twoForms['countdown.started_many'];
    expect(problemsOf('pl', twoForms)).to.have.members([
      'missing countdown.started_few',
      'missing countdown.started_many',
    ]);
  });
});
