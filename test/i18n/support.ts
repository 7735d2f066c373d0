/**
 * Shared helpers for the i18n tests: flattened translations, waiting for a
 * language to be shown, and collecting every piece of text a user can see or hear.
 */
import { waitUntil } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { LanguageTag } from '../../src/i18n/languages.js';
import { LOCALE_LOADERS } from '../../src/i18n/locale-loaders.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $ } from '../helpers.js';

export type Flat = Record<string, string>;

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`; a non-string leaf is kept as it is, for the tests to catch. */
export function flatten(tree: Record<string, unknown>, prefix = ''): Flat {
  const out: Flat = {};
  for (const [key, value] of Object.entries(tree)) {
    if (value && typeof value === 'object' && !Array.isArray(value))
      Object.assign(out, flatten(value as Record<string, unknown>, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = value as string;
  }
  return out;
}

export const EN: Flat = flatten(en);

/** The shipped translation of one language (English from the bundle, the rest through their loaders). */
export async function shipped(tag: LanguageTag): Promise<Record<string, unknown>> {
  if (tag === 'en') return en;
  const loader = LOCALE_LOADERS[tag];
  if (!loader) throw new Error(`no loader for ${tag}`);
  return (await loader()).default;
}

export const shippedFlat = async (tag: LanguageTag): Promise<Flat> => flatten(await shipped(tag));

/** `{{name}}` variables of a string, sorted. */
export const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]).sort();

/** Replaces `{{name}}` with values, as i18next does. */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);

/** The card's `lang` attribute, i.e. the language the element shows now. */
export const shownLanguage = (el: SsprCodeHelp) => $(el, 'section.card')?.getAttribute('lang') ?? null;

/** Waits until the element shows `tag` (its download may take a moment) and has rendered. */
export async function untilLanguage(el: SsprCodeHelp, tag: string): Promise<void> {
  await waitUntil(
    () => shownLanguage(el) === tag,
    `expected the element to show "${tag}", it shows "${shownLanguage(el)}"`,
    {
      timeout: 5000,
    },
  );
  await el.updateComplete;
}

/**
 * Everything the element gives a user to read or hear: each text node of the
 * shadow tree (hidden ones included: they show on a click), the accessible
 * names and descriptions in attributes, and form field values (the summary).
 */
export function textUnits(el: SsprCodeHelp): string[] {
  const root = el.shadowRoot!;
  const units: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) units.push(text);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const value = element.getAttribute(name)?.trim();
      if (value) units.push(value);
    }
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      if (element.value && element.type !== 'checkbox')
        units.push(
          ...element.value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
    }
  }
  return units;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An English string as a pattern matching it with any values in its `{{variables}}`. */
const englishPattern = (text: string) =>
  new RegExp(
    `^${text
      .split(/\{\{[^{}]+\}\}/)
      .map(escapeRegExp)
      .join('.+?')}$`,
    's',
  );

/** Names of products and brands, the same in every language. */
export const PROPER_NAMES = ['Okta Verify', 'App Store', 'Google Play'];

const isProperName = (text: string) => {
  let rest = text;
  for (const name of PROPER_NAMES) rest = rest.split(name).join('');
  return !/\p{L}/u.test(rest);
};

/**
 * English that leaked into a non-English rendering: text units equal to an
 * English string (with any values in its variables), and longer English
 * phrases inside any unit. `allowedKeys` are English keys whose text is also
 * right in the language (e.g. German "Browser: …").
 */
export function englishLeaks(units: string[], allowedKeys: readonly string[] = []): string[] {
  const leaks: string[] = [];
  const english = Object.entries(EN).filter(([key, text]) => !allowedKeys.includes(key) && !isProperName(text));
  for (const unit of units) {
    if (isProperName(unit) || /^(https?:|mailto:|tel:)/.test(unit)) continue;
    for (const [key, text] of english) {
      if (englishPattern(text).test(unit)) leaks.push(`"${unit}" is ${key}`);
      else
        for (const piece of text.split(/\{\{[^{}]+\}\}/)) {
          const phrase = piece.trim();
          // a phrase of 3+ words, or 16+ characters, is not a coincidence
          if ((phrase.split(/\s+/).length >= 3 || phrase.length >= 16) && unit.includes(phrase)) {
            leaks.push(`"${unit}" contains "${phrase}" from ${key}`);
            break;
          }
        }
    }
  }
  return leaks;
}

/** Raw keys that i18next shows when it has no text: `steps.wait.title`, `nav.back`… */
export function rawKeys(units: string[]): string[] {
  const sections = Object.keys(en).join('|');
  const pattern = new RegExp(`(^|[^\\p{L}])(${sections})\\.[\\w-]+`, 'u');
  return units.filter((unit) => pattern.test(unit) || /\{\{|\}\}/.test(unit));
}

/** Snapshot of both storages, to show that nothing language-related was written. */
export function storageKeys(): string[] {
  const keys: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) keys.push(storage.key(i)!);
  }
  return keys;
}

export type { SsprCodeHelp };
export { en };
