/**
 * Every shipped translation against English: the same keys, the plural forms
 * its language needs, the same {{variables}}, "Okta Verify" kept, the arrows
 * of settings paths kept, nothing empty and nothing cut. Their size (at most
 * 1.3 × English, gzip -9) is checked on the built chunks, in Node, where gzip is
 * the same everywhere (test/package/package.test.mjs, `npm run size`): the
 * engines' CompressionStream sizes differ by more than 1 %.
 */
import { expect } from '@open-wc/testing';
import { SUPPORTED_LANGUAGES, type LanguageTag } from '../../src/i18n/languages.js';
import { LOCALE_LOADERS } from '../../src/i18n/locale-loaders.js';
import { EN, shipped, shippedFlat, variables, type Flat } from './support.js';

/**
 * Every language the Okta Sign-In Widget ships, plus ar, he, fa, hi and pt-PT (issue 4), plus
 * bg, ca, et, hr, lt, lv, sk, sl, sr and ur (issue 14).
 */
// prettier-ignore
const REQUIRED = [
  'cs', 'da', 'de', 'el', 'es', 'eu', 'fi', 'fr', 'ht', 'hu', 'id', 'it', 'ja', 'ko', 'ms', 'nb', 'nl', 'pl',
  'pt-BR', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-CN', 'zh-TW', 'en', 'ar', 'he', 'fa', 'hi', 'pt-PT',
  'bg', 'ca', 'et', 'hr', 'lt', 'lv', 'sk', 'sl', 'sr', 'ur',
];

/**
 * CLDR cardinal plural categories (CLDR 42 and later) of every shipped language.
 * i18next picks the form with the browser's `Intl.PluralRules`, so the test below
 * also checks that the browser running it agrees with this table.
 */
const CLDR_PLURALS: Record<string, string[]> = {
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  cs: ['one', 'few', 'many', 'other'],
  sk: ['one', 'few', 'many', 'other'],
  lt: ['one', 'few', 'many', 'other'],
  da: ['one', 'other'],
  bg: ['one', 'other'],
  et: ['one', 'other'],
  ur: ['one', 'other'],
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
  ca: ['one', 'many', 'other'],
  he: ['one', 'two', 'other'],
  sl: ['one', 'two', 'few', 'other'],
  lv: ['zero', 'one', 'other'],
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
  hr: ['one', 'few', 'other'],
  sr: ['one', 'few', 'other'],
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

/**
 * Plural categories that stand for one number only (Arabic zero/one/two, Hebrew one/two): their
 * form may say the number in words ("ثانيتين", two seconds) instead of `{{count}}`. Russian
 * `one` (1, 21, 31…) or French `one` (0, 1) must keep the number.
 */
function singleNumberCategories(tag: string): string[] {
  const rules = new Intl.PluralRules(tag);
  const numbers = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) {
    const category = rules.select(n);
    numbers.set(category, (numbers.get(category) ?? 0) + 1);
  }
  return [...numbers].filter(([, count]) => count === 1).map(([category]) => category);
}

/** The variables a string must have: English's, less `{{count}}` in a one-number plural form. */
function requiredVariables(tag: string, key: string, english: string): string[] {
  const want = variables(english);
  const category = key.match(PLURAL_SUFFIX)?.[1];
  if (category && singleNumberCategories(tag).includes(category)) return want.filter((name) => name !== 'count');
  return want;
}

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

// ---- cuts: nothing of English left out to save space ------------------------------------------

/** Scripts in which a translation much shorter than the English means something was left out. */
const CUT_SCRIPTS = ['Latn', 'Cyrl', 'Grek'];
/** A key whose English has this many letters or more is compared on its own… */
const CUT_MIN_LETTERS = 30;
/** …and must keep at least this share of them (honest Latin/Cyrillic/Greek text: 0.65 and up). */
const CUT_KEY_RATIO = 0.6;
/** The whole text must keep at least this share of English's letters (honest ones: 1.0 and up). */
const CUT_TOTAL_RATIO = 0.9;

const scriptOf = (tag: string) => new Intl.Locale(tag).maximize().script ?? '';
const withoutVariables = (text: string) => text.replace(/\{\{[^{}]*\}\}/g, '');
/** What a translation's length is measured in: letters and digits, placeholders left out. */
const lettersOf = (text: string) => (withoutVariables(text).match(/[\p{L}\p{N}]/gu) ?? []).length;
/** Sentences and clauses closed by . ! ? ; (Greek ";" too), 。！？, ؟ and ۔. */
const sentencesOf = (text: string) => (withoutVariables(text).match(/[^.!?;。！？؟۔]+[.!?;。！？؟۔]+/gu) ?? []).length;

/** English keys that carry two sentences or more: each must come through whole. */
const CLAUSE_KEYS = Object.keys(EN).filter((key) => sentencesOf(EN[key]) >= 2);

/** What looks cut in one translation (flattened), against English. */
function cutProblems(tag: string, flat: Flat): string[] {
  const problems: string[] = [];
  for (const key of CLAUSE_KEYS) if (!flat[key]?.trim()) problems.push(`${key}: missing`);
  if (!CUT_SCRIPTS.includes(scriptOf(tag))) return problems;
  let letters = 0;
  let englishLetters = 0;
  for (const [key, value] of Object.entries(flat)) {
    const english = englishFor(key);
    if (english === undefined || typeof value !== 'string') continue;
    letters += lettersOf(value);
    englishLetters += lettersOf(english);
    const ratio = lettersOf(value) / lettersOf(english);
    if (lettersOf(english) >= CUT_MIN_LETTERS && ratio < CUT_KEY_RATIO)
      problems.push(`${key}: ${ratio.toFixed(2)} × the English letters: "${value}"`);
    if (CLAUSE_KEYS.includes(key) && sentencesOf(value) < sentencesOf(english))
      problems.push(`${key}: ${sentencesOf(value)} of ${sentencesOf(english)} sentences: "${value}"`);
  }
  if (letters < CUT_TOTAL_RATIO * englishLetters)
    problems.push(`all text: ${(letters / englishLetters).toFixed(2)} × the English letters`);
  return problems;
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
          const have = variables(value);
          // A one-number plural form may write its number as a word, without {{count}}.
          const required = requiredVariables(tag, key, english);
          const allowed = variables(english);
          if (required.some((name) => !have.includes(name)) || have.some((name) => !allowed.includes(name)))
            problems.push(`${key}: has {{${have.join('}}, {{')}}}, English has {{${allowed.join('}}, {{')}}}`);
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

      it('keeps the → of every settings path (right to left, the widget turns it)', () => {
        const arrows = (text = '') => text.split('→').length - 1;
        const lost = Object.keys(EN)
          .filter((key) => arrows(EN[key]) !== arrows(all.get(tag)![key]))
          .map((key) => `${key}: ${all.get(tag)![key]}`);
        expect(lost, tag).to.deep.equal([]);
      });

      it('carries every clause of English: nothing cut to fit', () => {
        expect(cutProblems(tag, all.get(tag)!), `${tag} (${scriptOf(tag)})`).to.deep.equal([]);
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

  it('notices a dropped clause, a cut sentence and a missing clause key', async () => {
    const de = await shippedFlat('de');
    expect(cutProblems('de', de)).to.deep.equal([]);
    const [firstSentence] = de['checklist.short-codes'].split(/(?<=\.)\s/);
    const cut: Flat = { ...de, 'checklist.short-codes': firstSentence, 'steps.wait.tip': 'Neuer Versuch.' };
    delete cut['checklist.roaming'];
    const found = new Set(cutProblems('de', cut).map((problem) => problem.split(':')[0]));
    expect([...found]).to.have.members(['checklist.roaming', 'checklist.short-codes', 'steps.wait.tip']);
  });

  it('lets a one-number plural form say its number in words, and no other form', () => {
    // Arabic "two" is 2 only: "ثانيتين" (two seconds) needs no {{count}}; Russian "one" is 1, 21, 31…
    expect(requiredVariables('ar', 'countdown.started_two', EN['countdown.started_other'])).to.deep.equal([]);
    expect(requiredVariables('he', 'countdown.started_two', EN['countdown.started_other'])).to.deep.equal([]);
    expect(requiredVariables('ru', 'countdown.started_one', EN['countdown.started_other'])).to.deep.equal(['count']);
    expect(requiredVariables('fr', 'countdown.started_one', EN['countdown.started_other'])).to.deep.equal(['count']);
    expect(requiredVariables('sl', 'countdown.started_two', EN['countdown.started_other'])).to.deep.equal(['count']);
  });
});
