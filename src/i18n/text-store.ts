/**
 * The text every element reads, shared per page: the shipped translations (each downloaded
 * once; English bundled, in the script-tag build only its first-paint part until the rest
 * arrives: english.ts) and private i18next instances built from them. Elements without
 * author overrides that resolve the same page tag share one instance, so an extra widget
 * costs no i18next instance and no copy of the text; an element with overrides gets its own.
 * The page's own i18next (if any) is never touched, and nothing goes to cookies or storage.
 */
import i18next, { type i18n, type Module, type TOptions } from 'i18next';
import { localizeTree } from './digits.js';
import { digitsFor, formatLocaleFor, formatNumber, LATIN_DIGITS } from './formats.js';
import { bundledEnglish, englishSplit, loadRestOfEnglish } from './english.js';
import { DEFAULT_LANGUAGE, directionOf, type LanguageTag } from './languages.js';
import type { Translation } from './locale-loaders.js';
import { withOverrides, type StringOverrides } from './overrides.js';

/** Shipped text of each language loaded on the page (English from the start). */
const shipped = new Map<LanguageTag, Translation>([[DEFAULT_LANGUAGE, bundledEnglish]]);

export const isLoaded = (tag: LanguageTag): boolean => shipped.has(tag);
export const addLoaded = (tag: LanguageTag, translation: Translation): void => void shipped.set(tag, translation);

/** Keys already reported missing: one warning per key and page. */
const warnedKeys = new Set<string>();

/**
 * The rest of English (script-tag build only): not asked for yet, on its way, here, or failed to
 * load. After a failure a text still missing is warned about like any other, and only a user's
 * press tries again (LocalizeController.afterText).
 */
let restOfEnglish: 'not asked' | Promise<void> | 'here' | 'failed' = englishSplit ? 'not asked' : 'here';

/** Whether a missing text may still come with the rest of English. */
export const englishPending = (): boolean => restOfEnglish === 'not asked' || restOfEnglish instanceof Promise;

let restFailureWarned = false;

/** Whether every English text is there. */
export const englishComplete = (): boolean => restOfEnglish === 'here';

const isGroup = (value: unknown): value is Translation => Boolean(value) && typeof value === 'object';

/** `base` with `more` merged in, group by group (neither is changed). */
function mergeText(base: Translation, more: Translation): Translation {
  const result: Translation = { ...base };
  for (const [key, value] of Object.entries(more)) {
    const own = result[key];
    result[key] = isGroup(own) && isGroup(value) ? mergeText(own, value) : value;
  }
  return result;
}

/**
 * Fetches the rest of English (once; again after a failure) and merges it into the page's
 * English; stores rebuild English when next asked.
 */
export function loadEnglish(): Promise<void> {
  if (restOfEnglish === 'not asked' || restOfEnglish === 'failed') {
    restOfEnglish = loadRestOfEnglish().then(
      ({ default: rest }) => {
        shipped.set(DEFAULT_LANGUAGE, mergeText(shipped.get(DEFAULT_LANGUAGE)!, rest));
        restOfEnglish = 'here';
      },
      (error: unknown) => {
        if (!restFailureWarned) console.warn('<sspr-code-help>: could not load the rest of the English text.', error);
        restFailureWarned = true;
        restOfEnglish = 'failed';
      },
    );
  }
  return restOfEnglish instanceof Promise ? restOfEnglish : Promise.resolve();
}

/** One i18next instance with the loaded languages built into it, for one page tag and one set of overrides. */
export class TextStore {
  private readonly i18n: i18n;
  /** The shipped object each language was built from (English grows once, when its rest arrives). */
  private readonly built = new Map<LanguageTag, Translation>();
  /** Set when a text was missing while English was still incomplete: its rest may have it. */
  missedText = false;

  constructor(
    /** The page's own tag (e.g. `de-AT`, `ar-MA`): the digits each language's text is written with. */
    private readonly requested: string | null,
    private readonly overrides: ReadonlyArray<StringOverrides> = [],
  ) {
    this.i18n = i18next.createInstance();
    // Numbers interpolated into the text get the language's digits ("الخطوة ٢ من ٧").
    const formatter = {
      type: 'formatter',
      init: () => {},
      add: () => {},
      addCached: () => {},
      format: (value: unknown, format: string | undefined, lng: string | undefined) =>
        typeof value === 'number' && !format
          ? formatNumber(formatLocaleFor(requested, (lng ?? DEFAULT_LANGUAGE) as LanguageTag), value)
          : value,
    };
    this.i18n.use(formatter as unknown as Module);
    void this.i18n.init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: {},
      initAsync: false,
      // Lit escapes text; i18next escaping would show "&amp;" to users.
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
      returnEmptyString: false,
      saveMissing: true,
      missingKeyHandler: (languages: readonly string[], _namespace: string, key: string) => {
        if (englishPending()) {
          this.missedText = true;
          return;
        }
        if (warnedKeys.has(key)) return;
        warnedKeys.add(key);
        console.warn(`<sspr-code-help>: no text for "${key}" in "${languages[0] ?? DEFAULT_LANGUAGE}" or English.`);
      },
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
    this.ensure(DEFAULT_LANGUAGE);
  }

  /** Builds a loaded language into the store once: shipped text, overrides, its digits and arrows. */
  ensure(tag: LanguageTag): boolean {
    const text = shipped.get(tag);
    if (!text) return false;
    if (this.built.get(tag) === text) return true;
    const merged = this.overrides.length ? withOverrides(text, tag, ...this.overrides) : text;
    const digits = digitsFor(formatLocaleFor(this.requested, tag));
    const dir = directionOf(tag);
    // Latin digits left to right: nothing to convert (i18next stores a copy of what it is given).
    const localized = digits === LATIN_DIGITS && dir === 'ltr' ? merged : localizeTree(merged, digits, dir);
    this.i18n.addResourceBundle(tag, 'translation', localized, false, true);
    this.built.set(tag, text);
    return true;
  }

  t(language: LanguageTag, key: string, options?: TOptions): string {
    this.ensure(DEFAULT_LANGUAGE); // the rest of English may have arrived since
    this.ensure(language);
    // No `$t(…)` nesting: the shipped text never nests, and author overrides are text.
    return this.i18n.t(key, { lng: language, ...options, nest: false });
  }
}

/** Stores of elements without overrides, by page tag; a page has one or two. */
const sharedStores = new Map<string | null, TextStore>();

export function sharedStore(requested: string | null): TextStore {
  let store = sharedStores.get(requested);
  if (!store) sharedStores.set(requested, (store = new TextStore(requested)));
  return store;
}
