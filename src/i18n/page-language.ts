/**
 * Which language the page asks an element for, and its download into the page's shared text:
 * used by each element (LocalizeController) and, as the script runs, for the whole page
 * (`preloadLanguages`, from define.ts), so the first paint waits for less or for nothing.
 */
import { resolveLanguage, type LanguageTag } from './languages.js';
import { loadTranslation, type Translation } from './locale-loaders.js';
import { addLoaded, isLoaded } from './text-store.js';

/** The element or shadow host above `node`, so that `[lang]` is inherited into shadow trees too. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** The `lang` of the closest ancestor that has one (the element itself excluded). */
function inheritedLang(host: Element): string | null {
  for (let node = parentOf(host); node; node = parentOf(node)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

/** What the page says about an element's language, most specific first. */
export const languageOf = (host: HTMLElement) =>
  resolveLanguage([
    host.lang,
    inheritedLang(host),
    host.ownerDocument.documentElement?.getAttribute('lang'),
    ...(navigator.languages?.length ? navigator.languages : [navigator.language]),
  ]);

/** Downloads a language into the page's shared text (once per page: loadTranslation). */
export const fetchLanguage = (tag: LanguageTag): Promise<Translation | null> =>
  loadTranslation(tag).then((translation) => {
    if (translation) addLoaded(tag, translation);
    return translation;
  });

/**
 * Starts downloading the languages the page's elements (or, with none parsed yet, the page)
 * will ask for, when the script runs: the first paint then waits for less, or for nothing.
 */
export function preloadLanguages(document: Document, tagName: string): void {
  const elements = [...document.querySelectorAll<HTMLElement>(tagName)];
  const hosts = elements.length ? elements : document.documentElement ? [document.documentElement] : [];
  for (const tag of new Set(hosts.map((host) => languageOf(host).language))) {
    if (!isLoaded(tag)) void fetchLanguage(tag);
  }
}
