/**
 * One private i18next instance per element: the page's own i18next (if any)
 * is never touched, nothing is written to cookies or storage, and English is
 * always there, so a failed download never leaves blank text.
 *
 * - Language: the element's `lang`, else the closest `[lang]` ancestor (across
 *   shadow roots), else `<html lang>`, else `navigator.languages`, else English.
 *   `lang` changes anywhere in the document are watched (one shared observer,
 *   lang-observer.ts), so a page's own language picker is followed at run time.
 * - Numbers in the text (`{{count}}`, `{{index}}`…) and in the countdown are
 *   formatted with `Intl` for the page's own tag (e.g. `de-AT`, `ar-EG`), with
 *   the language's digits, through bounded formatter caches (formats.ts).
 * - Overrides: the `strings` property (`setOverrides`) and a
 *   `<script type="application/json">` child of the element, read whenever it
 *   appears or changes (also when the parser adds it after the element
 *   upgraded). Both are merged key by key over the shipped text, the property
 *   last; they apply to languages loaded later too.
 */
import i18next, { type i18n, type Module, type TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import english from '../../locales/en/translation.json' with { type: 'json' };
import { digitsOf, localizeTree } from './digits.js';
import { formatDuration, formatLocaleFor, formatTime, numberFormat } from './formats.js';
import type { TranslationKey } from './keys.js';
import { watchLang } from './lang-observer.js';
import { DEFAULT_LANGUAGE, directionOf, matchLanguage, resolveLanguage, type LanguageTag } from './languages.js';
import { loadTranslation, type Translation } from './locale-loaders.js';
import { parseOverrideScript, withOverrides, type StringOverrides } from './overrides.js';

type LocalizedHost = ReactiveControllerHost & HTMLElement;

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

export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  private readonly i18n: i18n;
  private readonly warnedKeys = new Set<string>();
  private readonly warnedLangs = new Set<string>();
  /** Shipped text of each language this element has loaded (English from the start). */
  private readonly shipped = new Map<LanguageTag, Translation>([[DEFAULT_LANGUAGE, english]]);
  private propertyOverrides: StringOverrides = {};
  private scriptOverrides: StringOverrides = {};
  private scriptText: string | null = null;
  private scriptWarned = false;
  private stopWatchingLang?: () => void;
  private childObserver?: MutationObserver;
  /** The language the text is shown in now (the wanted one may still be downloading). */
  language: LanguageTag = DEFAULT_LANGUAGE;
  /** The language the page asks for; null until the first look. */
  private wanted: LanguageTag | null = null;
  /** The page's own tag that chose `wanted` (e.g. `de-AT`), for `Intl`. */
  private requested: string | null = null;
  /** `summary-lang`: the help desk's language, when it differs from the widget's. */
  private summaryWanted: LanguageTag | null = null;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
    this.i18n = i18next.createInstance();
    // Numbers interpolated into the text get the language's digits ("الخطوة ٢ من ٧").
    const formatter = {
      type: 'formatter',
      init: () => {},
      add: () => {},
      addCached: () => {},
      format: (value: unknown, format?: string, lng?: string) =>
        typeof value === 'number' && !format ? numberFormat(this.localeFor(lng)).format(value) : value,
    };
    this.i18n.use(formatter as unknown as Module);
    void this.i18n.init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      // A copy: i18next merges into what it is given, and the module is shared.
      resources: { [DEFAULT_LANGUAGE]: { translation: structuredClone(english) } },
      initAsync: false,
      // Lit escapes text; i18next escaping would show "&amp;" to users.
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
      returnEmptyString: false,
      saveMissing: true,
      missingKeyHandler: (_languages, _namespace, key) => this.warnMissing(key),
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
  }

  hostConnected(): void {
    // `lang` on an ancestor or <html> can change at run time (a page's own language picker).
    this.stopWatchingLang = watchLang(this.host.ownerDocument, () => this.refresh());
    // The override script may be parsed, added or edited after the element upgraded.
    this.childObserver = new MutationObserver(() => this.readScript());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.readScript();
    this.refresh();
  }

  hostDisconnected(): void {
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
    this.childObserver?.disconnect();
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  /** The locale used for numbers and times, e.g. `de-AT`, or `ar-u-nu-arab` for plain `ar`. */
  get formatLocale(): string {
    return formatLocaleFor(this.requested, this.language);
  }

  /** The numbering system of every number shown (`latn`, `arab`, `arabext`…), for list markers. */
  get numberingSystem(): string {
    return numberFormat(this.formatLocale).resolvedOptions().numberingSystem;
  }

  /** The locale for `Intl` in one shown language: the widget's own, or the summary's. */
  private localeFor(language: string | undefined): string {
    return !language || language === this.language ? this.formatLocale : formatLocaleFor(null, language as LanguageTag);
  }

  /** The help-desk summary's language: `summary-lang` once its text is loaded, else the widget's. */
  get summaryLanguage(): LanguageTag {
    return this.summaryWanted && this.shipped.has(this.summaryWanted) ? this.summaryWanted : this.language;
  }

  /** Sets `summary-lang` (null: the widget's language) and loads its text. */
  setSummaryLanguage(tag: LanguageTag | null): void {
    this.summaryWanted = tag;
    if (tag && !this.shipped.has(tag)) {
      void loadTranslation(tag).then((translation) => {
        if (!translation || this.shipped.has(tag)) return;
        this.shipped.set(tag, translation);
        this.rebuild(tag);
        this.host.requestUpdate();
      });
    }
  }

  get summaryDir(): 'ltr' | 'rtl' {
    return directionOf(this.summaryLanguage);
  }

  /** Text in the summary's language. */
  summaryT(key: TranslationKey, options?: TOptions): string {
    return this.i18n.t(key, { lng: this.summaryLanguage, ...options, nest: false });
  }

  /** Re-reads the language from the element, its ancestors, the page and the browser. */
  refresh(): void {
    const { language: wanted, tag: requested } = resolveLanguage([
      this.host.lang,
      inheritedLang(this.host),
      this.host.ownerDocument.documentElement?.getAttribute('lang'),
      ...(navigator.languages?.length ? navigator.languages : [navigator.language]),
    ]);
    this.warnUnusableLang(this.host.lang, wanted);
    const requestedChanged = requested !== this.requested;
    this.requested = requested;
    if (wanted === this.wanted) {
      // Same language (e.g. de → de-AT: only the formatting changes). A failed download is not
      // retried on every unrelated `lang` change; switching to another language and back retries.
      if (requestedChanged) this.rebuildAll(); // the digits may change (ar-u-nu-latn)
      return;
    }
    this.wanted = wanted;
    void this.use(wanted);
  }

  /** The element's own `lang` that matches no shipped language: one warning per value, naming what is shown. */
  private warnUnusableLang(own: string | null, used: LanguageTag): void {
    if (own === null || own.trim() === '' || matchLanguage(own) || this.warnedLangs.has(own)) return;
    this.warnedLangs.add(own);
    const shown = own.length > 40 ? `${own.slice(0, 40)}…` : own;
    console.warn(`<sspr-code-help>: lang="${shown}": no such language; using "${used}".`);
  }

  /** Author overrides from the `strings` property, `{ de: { 'steps.wait.title': '…' } }`, merged key by key. */
  setOverrides(overrides: StringOverrides | null | undefined): void {
    this.propertyOverrides = overrides && typeof overrides === 'object' ? overrides : {};
    this.rebuildAll();
  }

  private readScript(): void {
    const script = [...this.host.children].find(
      (child) =>
        child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json',
    );
    const text = script?.textContent ?? null;
    if (text === this.scriptText) return;
    this.scriptText = text;
    this.scriptOverrides = parseOverrideScript(text, () => this.warnBadScript(text));
    this.rebuildAll();
  }

  /** Once per element. While the page is still parsing, the text may be incomplete: judge it when parsing ends. */
  private warnBadScript(text: string | null): void {
    if (this.scriptWarned) return;
    const doc = this.host.ownerDocument;
    if (doc.readyState === 'loading') {
      doc.addEventListener(
        'DOMContentLoaded',
        () => {
          this.readScript(); // the text may have grown since
          if (this.scriptText === text) this.warnBadScript(text);
        },
        { once: true },
      );
      return;
    }
    this.scriptWarned = true;
    console.warn(
      '<sspr-code-help>: the <script type="application/json"> strings are not a JSON object; ignoring them.',
    );
  }

  /** Shipped text + script overrides + property overrides, for one loaded language. */
  private rebuild(tag: LanguageTag): void {
    const shipped = this.shipped.get(tag);
    if (!shipped) return;
    // Digits written in the text follow the language's numbering system; arrows its direction.
    const merged = localizeTree(
      withOverrides(shipped, tag, this.scriptOverrides, this.propertyOverrides),
      digitsOf(formatLocaleFor(this.requested, tag)),
      directionOf(tag),
    );
    this.i18n.removeResourceBundle(tag, 'translation');
    this.i18n.addResourceBundle(tag, 'translation', merged, false, true);
  }

  private rebuildAll(): void {
    for (const tag of this.shipped.keys()) this.rebuild(tag);
    this.host.requestUpdate();
  }

  private async use(tag: LanguageTag): Promise<void> {
    if (!this.shipped.has(tag)) {
      const translation = await loadTranslation(tag);
      if (this.wanted !== tag) return; // the language changed again while downloading
      if (!translation) {
        this.show(DEFAULT_LANGUAGE);
        return;
      }
      this.shipped.set(tag, translation);
      this.rebuild(tag);
    }
    this.show(tag);
  }

  private show(tag: LanguageTag): void {
    this.language = tag;
    this.host.requestUpdate();
  }

  t(key: TranslationKey, options?: TOptions): string {
    // No `$t(…)` nesting: the shipped text never nests, and author overrides are text.
    return this.i18n.t(key, { lng: this.language, ...options, nest: false });
  }

  /** A clock time in the user's language (or another shown one, e.g. the summary's), e.g. "10:42", "10:42 AM" or "١٠:٤٢ ص". */
  formatTime(at: number, language: string = this.language): string {
    return formatTime(this.localeFor(language), at);
  }

  /** "m:ss" with the language's digits (Arabic-Indic in ar, Persian in fa). */
  formatDuration(totalSeconds: number): string {
    return formatDuration(this.formatLocale, totalSeconds);
  }

  private warnMissing(key: string): void {
    if (this.warnedKeys.has(key)) return;
    this.warnedKeys.add(key);
    console.warn(`<sspr-code-help>: no text for "${key}" in "${this.language}" or English.`);
  }
}
