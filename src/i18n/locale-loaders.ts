/**
 * Lazy loaders for every language but English. Bundlers turn each into its
 * own chunk beside the main file, fetched only when that language is needed.
 * (scripts/build.mjs reads the `import()` lines below: keep one per language.)
 */
import type { LanguageTag } from './languages.js';

export type Translation = Record<string, unknown>;
export type LocaleLoader = () => Promise<{ default: Translation }>;

export const LOCALE_LOADERS: Partial<Record<LanguageTag, LocaleLoader>> = {
  ar: () => import('../../locales/ar/translation.json', { with: { type: 'json' } }),
  bg: () => import('../../locales/bg/translation.json', { with: { type: 'json' } }),
  ca: () => import('../../locales/ca/translation.json', { with: { type: 'json' } }),
  cs: () => import('../../locales/cs/translation.json', { with: { type: 'json' } }),
  da: () => import('../../locales/da/translation.json', { with: { type: 'json' } }),
  de: () => import('../../locales/de/translation.json', { with: { type: 'json' } }),
  el: () => import('../../locales/el/translation.json', { with: { type: 'json' } }),
  es: () => import('../../locales/es/translation.json', { with: { type: 'json' } }),
  et: () => import('../../locales/et/translation.json', { with: { type: 'json' } }),
  eu: () => import('../../locales/eu/translation.json', { with: { type: 'json' } }),
  fa: () => import('../../locales/fa/translation.json', { with: { type: 'json' } }),
  fi: () => import('../../locales/fi/translation.json', { with: { type: 'json' } }),
  fr: () => import('../../locales/fr/translation.json', { with: { type: 'json' } }),
  he: () => import('../../locales/he/translation.json', { with: { type: 'json' } }),
  hi: () => import('../../locales/hi/translation.json', { with: { type: 'json' } }),
  hr: () => import('../../locales/hr/translation.json', { with: { type: 'json' } }),
  ht: () => import('../../locales/ht/translation.json', { with: { type: 'json' } }),
  hu: () => import('../../locales/hu/translation.json', { with: { type: 'json' } }),
  id: () => import('../../locales/id/translation.json', { with: { type: 'json' } }),
  it: () => import('../../locales/it/translation.json', { with: { type: 'json' } }),
  ja: () => import('../../locales/ja/translation.json', { with: { type: 'json' } }),
  ko: () => import('../../locales/ko/translation.json', { with: { type: 'json' } }),
  lt: () => import('../../locales/lt/translation.json', { with: { type: 'json' } }),
  lv: () => import('../../locales/lv/translation.json', { with: { type: 'json' } }),
  ms: () => import('../../locales/ms/translation.json', { with: { type: 'json' } }),
  nb: () => import('../../locales/nb/translation.json', { with: { type: 'json' } }),
  nl: () => import('../../locales/nl/translation.json', { with: { type: 'json' } }),
  pl: () => import('../../locales/pl/translation.json', { with: { type: 'json' } }),
  'pt-BR': () => import('../../locales/pt-BR/translation.json', { with: { type: 'json' } }),
  'pt-PT': () => import('../../locales/pt-PT/translation.json', { with: { type: 'json' } }),
  ro: () => import('../../locales/ro/translation.json', { with: { type: 'json' } }),
  ru: () => import('../../locales/ru/translation.json', { with: { type: 'json' } }),
  sk: () => import('../../locales/sk/translation.json', { with: { type: 'json' } }),
  sl: () => import('../../locales/sl/translation.json', { with: { type: 'json' } }),
  sr: () => import('../../locales/sr/translation.json', { with: { type: 'json' } }),
  sv: () => import('../../locales/sv/translation.json', { with: { type: 'json' } }),
  th: () => import('../../locales/th/translation.json', { with: { type: 'json' } }),
  tr: () => import('../../locales/tr/translation.json', { with: { type: 'json' } }),
  uk: () => import('../../locales/uk/translation.json', { with: { type: 'json' } }),
  ur: () => import('../../locales/ur/translation.json', { with: { type: 'json' } }),
  vi: () => import('../../locales/vi/translation.json', { with: { type: 'json' } }),
  'zh-CN': () => import('../../locales/zh-CN/translation.json', { with: { type: 'json' } }),
  'zh-TW': () => import('../../locales/zh-TW/translation.json', { with: { type: 'json' } }),
};

/** Downloads shared by every element on the page: each language is fetched once. */
const downloads = new Map<LanguageTag, Promise<Translation | null>>();
/** Languages whose failed download was already reported: one console warning per language and page. */
const reported = new Set<LanguageTag>();
/** Loaders swapped in by tests (see `setLocaleLoaderForTesting`). */
const testLoaders = new Map<LanguageTag, LocaleLoader>();

/**
 * The shipped translation of one language, or null when it has no loader or
 * its download failed (then the caller shows English). A failure is warned
 * about once per language and page, and is not cached: a later call (e.g.
 * after the page switches language and back) tries again.
 */
export function loadTranslation(tag: LanguageTag): Promise<Translation | null> {
  const loader = testLoaders.get(tag) ?? LOCALE_LOADERS[tag];
  if (!loader) return Promise.resolve(null);
  let pending = downloads.get(tag);
  if (!pending) {
    pending = Promise.resolve()
      .then(loader)
      .then((module) => {
        const translation = module?.default;
        if (!translation || typeof translation !== 'object') throw new TypeError('not a translation object');
        return translation;
      })
      .catch((error: unknown) => {
        if (downloads.get(tag) === pending) downloads.delete(tag);
        if (!reported.has(tag)) {
          reported.add(tag);
          console.warn(`<sspr-code-help>: could not load the "${tag}" translation; showing English.`, error);
        }
        return null;
      });
    downloads.set(tag, pending);
  }
  return pending;
}

/**
 * Test seam: replaces the loader of one language (e.g. with one that rejects,
 * to test the fallback to English) and forgets what was downloaded for it.
 * Pass null to restore the shipped loader. Returns a function that restores it.
 * Not part of the public API: it is not exported from the package entry points.
 */
export function setLocaleLoaderForTesting(tag: LanguageTag, loader: LocaleLoader | null): () => void {
  const reset = () => {
    downloads.delete(tag);
    reported.delete(tag);
  };
  if (loader) testLoaders.set(tag, loader);
  else testLoaders.delete(tag);
  reset();
  return () => {
    testLoaders.delete(tag);
    reset();
  };
}
