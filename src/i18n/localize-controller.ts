/**
 * One private i18next instance per element: the page's own i18next (if any)
 * is never touched, nothing is written to cookies or storage, and English is
 * always there, so a failed download never leaves blank text.
 */
import i18next, { type i18n, type TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import english from '../../locales/en/translation.json' with { type: 'json' };
import { DEFAULT_LANGUAGE, directionOf, resolveLanguage, type LanguageTag } from './languages.js';
import { LOCALE_LOADERS, type Translation } from './locale-loaders.js';
import { mergeOverrides, type StringOverrides } from './overrides.js';

/** Downloads shared by all elements on the page: each language is fetched once. */
const downloads = new Map<LanguageTag, Promise<Translation | null>>();

function download(tag: LanguageTag): Promise<Translation | null> {
  const loader = LOCALE_LOADERS[tag];
  if (!loader) return Promise.resolve(null);
  let pending = downloads.get(tag);
  if (!pending) {
    pending = loader().then(
      (module) => module.default,
      (error: unknown) => {
        downloads.delete(tag); // let a later attempt try again
        console.warn(`<sspr-code-help>: could not load the "${tag}" translation; showing English.`, error);
        return null;
      },
    );
    downloads.set(tag, pending);
  }
  return pending;
}

type LocalizedHost = ReactiveControllerHost & HTMLElement;

export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  private readonly i18n: i18n;
  private readonly warnedKeys = new Set<string>();
  private overrides: StringOverrides = {};
  private langObserver?: MutationObserver;
  /** The language the text is shown in now (the wanted one may still be downloading). */
  language: LanguageTag = DEFAULT_LANGUAGE;
  private wanted: LanguageTag = DEFAULT_LANGUAGE;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      // Copies: i18next merges overrides into what it is given, and the module is shared.
      resources: { [DEFAULT_LANGUAGE]: { translation: structuredClone(english) } },
      initAsync: false,
      // Lit escapes text; i18next escaping would show "&amp;" to users.
      interpolation: { escapeValue: false },
      returnNull: false,
      saveMissing: true,
      missingKeyHandler: (_languages, _namespace, key) => this.warnMissing(key),
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
  }

  hostConnected(): void {
    // `lang` on an ancestor or <html> can change at run time (a page's own language picker).
    this.langObserver = new MutationObserver(() => this.refresh());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.refresh();
  }

  hostDisconnected(): void {
    this.langObserver?.disconnect();
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  /** Re-reads the language from the element, its ancestors, the page and the browser. */
  refresh(): void {
    const own = this.host.getAttribute('lang');
    const ancestor = this.host.parentElement?.closest('[lang]')?.getAttribute('lang');
    const page = document.documentElement.getAttribute('lang');
    const wanted = resolveLanguage([own, ancestor, page, ...(navigator.languages ?? [navigator.language])]);
    if (wanted === this.wanted && this.i18n.hasResourceBundle(wanted, 'translation')) return;
    this.wanted = wanted;
    void this.use(wanted);
  }

  /** Author overrides, `{ de: { 'steps.wait.title': '…' } }`, merged key by key. */
  setOverrides(overrides: StringOverrides): void {
    this.overrides = overrides;
    for (const tag of new Set([DEFAULT_LANGUAGE, this.language])) {
      const strings = mergeOverrides(overrides, tag);
      if (strings) this.i18n.addResourceBundle(tag, 'translation', strings, true, true);
    }
    this.host.requestUpdate();
  }

  private async use(tag: LanguageTag): Promise<void> {
    if (!this.i18n.hasResourceBundle(tag, 'translation')) {
      const translation = await download(tag);
      if (this.wanted !== tag) return; // the language changed again while downloading
      if (translation) this.i18n.addResourceBundle(tag, 'translation', structuredClone(translation), true, false);
      else {
        this.language = DEFAULT_LANGUAGE;
        this.host.requestUpdate();
        return;
      }
    }
    const override = mergeOverrides(this.overrides, tag);
    if (override) this.i18n.addResourceBundle(tag, 'translation', override, true, true);
    await this.i18n.changeLanguage(tag);
    this.language = tag;
    this.host.requestUpdate();
  }

  t(key: string, options?: TOptions): string {
    return this.i18n.t(key, { lng: this.language, ...options }) as string;
  }

  /** A clock time in the user's language, e.g. "10:42" or "10:42 AM". */
  formatTime(at: number): string {
    return new Intl.DateTimeFormat(this.language, { hour: 'numeric', minute: '2-digit' }).format(at);
  }

  /** "m:ss" with the language's digits (Arabic-Indic in ar, Persian in fa). */
  formatDuration(totalSeconds: number): string {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    const number = (value: number, digits: number) =>
      new Intl.NumberFormat(this.language, { minimumIntegerDigits: digits, useGrouping: false }).format(value);
    return `${number(minutes, 1)}:${number(seconds, 2)}`;
  }

  private warnMissing(key: string): void {
    if (this.warnedKeys.has(key)) return;
    this.warnedKeys.add(key);
    console.warn(`<sspr-code-help>: no text for "${key}" in "${this.language}" or English.`);
  }
}
