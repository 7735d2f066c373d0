/**
 * One private i18next instance per element: the page's own i18next (if any)
 * is never touched, nothing is written to cookies or storage, and English is
 * always there, so a failed download never leaves blank text.
 *
 * - Language: the element's `lang`, else the closest `[lang]` ancestor (across
 *   shadow roots), else `<html lang>`, else `navigator.languages`, else English.
 *   `lang` changes anywhere in the document are watched, so a page's own
 *   language picker is followed at run time.
 * - Numbers in the text (`{{count}}`, `{{index}}`…) and in the countdown are
 *   formatted with `Intl` for the page's own tag (e.g. `de-AT`, `ar-EG`), with
 *   the language's digits.
 * - Overrides: the `strings` property (`setOverrides`) and a
 *   `<script type="application/json">` child of the element, read whenever it
 *   appears or changes (also when the parser adds it after the element
 *   upgraded). Both are merged key by key over the shipped text, the property
 *   last; they apply to languages loaded later too.
 */
import i18next, { type i18n, type Module, type TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import english from '../../locales/en/translation.json' with { type: 'json' };
import { DEFAULT_LANGUAGE, directionOf, matchLanguage, type LanguageTag } from './languages.js';
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

/** The locale for `Intl`: the page's own tag when it maps to the shown language, with the language's digits. */
function formatLocaleFor(requested: string | null, language: LanguageTag): string {
  let tag: string = language;
  if (requested && matchLanguage(requested) === language) {
    try {
      tag = Intl.getCanonicalLocales(requested.trim().replace(/_/g, '-'))[0] ?? language;
    } catch {
      tag = language;
    }
  }
  // Plain `ar`: Arabic-Indic digits. (CLDR 42+ made Latin digits the default for `ar` without a
  // region, and engines on different ICU versions disagree; regional tags such as ar-MA, or an
  // explicit `-u-nu-` extension, keep what CLDR says for them.)
  if (tag.toLowerCase() === 'ar') tag = 'ar-u-nu-arab';
  return tag;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, minimumIntegerDigits = 1): Intl.NumberFormat {
  const id = `${locale}|${minimumIntegerDigits}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumIntegerDigits, useGrouping: false });
    numberFormats.set(id, format);
  }
  return format;
}

export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  private readonly i18n: i18n;
  private readonly warnedKeys = new Set<string>();
  /** Shipped text of each language this element has loaded (English from the start). */
  private readonly shipped = new Map<LanguageTag, Translation>([[DEFAULT_LANGUAGE, english]]);
  private propertyOverrides: StringOverrides = {};
  private scriptOverrides: StringOverrides = {};
  private scriptText: string | null = null;
  private scriptWarned = false;
  private langObserver?: MutationObserver;
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
    this.langObserver = new MutationObserver(() => this.refresh());
    this.langObserver.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    // The override script may be parsed, added or edited after the element upgraded.
    this.childObserver = new MutationObserver(() => this.readScript());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.readScript();
    this.refresh();
  }

  hostDisconnected(): void {
    this.langObserver?.disconnect();
    this.childObserver?.disconnect();
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  /** The locale used for numbers and times, e.g. `de-AT`, or `ar-u-nu-arab` for plain `ar`. */
  get formatLocale(): string {
    return formatLocaleFor(this.requested, this.language);
  }

  /** The locale for `Intl` in one shown language: the widget's own, or the summary's. */
  private localeFor(language: string | undefined): string {
    return !language || language === this.language ? this.formatLocale : formatLocaleFor(null, language as LanguageTag);
  }

  /** The help-desk summary's language: `summary-lang` once its text is loaded, else the widget's. */
  get summaryLanguage(): LanguageTag {
    return this.summaryWanted && this.shipped.has(this.summaryWanted) ? this.summaryWanted : this.language;
  }

  /** Sets `summary-lang` (null: the widget's language) and loads its text. False when no shipped language matches. */
  setSummaryLanguage(requested: string | null): boolean {
    const tag = matchLanguage(requested);
    this.summaryWanted = tag;
    if (tag && !this.shipped.has(tag)) {
      void loadTranslation(tag).then((translation) => {
        if (!translation || this.shipped.has(tag)) return;
        this.shipped.set(tag, translation);
        this.rebuild(tag);
        this.host.requestUpdate();
      });
    }
    return requested === null || tag !== null;
  }

  /** Text in the summary's language. */
  summaryT(key: string, options?: TOptions): string {
    return this.i18n.t(key, { lng: this.summaryLanguage, ...options });
  }

  /** Re-reads the language from the element, its ancestors, the page and the browser. */
  refresh(): void {
    const candidates = [
      this.host.getAttribute('lang'),
      inheritedLang(this.host),
      this.host.ownerDocument.documentElement?.getAttribute('lang'),
      ...(navigator.languages?.length ? navigator.languages : [navigator.language]),
    ];
    let wanted: LanguageTag = DEFAULT_LANGUAGE;
    let requested: string | null = null;
    for (const candidate of candidates) {
      const match = matchLanguage(candidate);
      if (match) {
        wanted = match;
        requested = candidate!;
        break;
      }
    }
    const requestedChanged = requested !== this.requested;
    this.requested = requested;
    if (wanted === this.wanted) {
      // Same language (e.g. de → de-AT: only the formatting changes). A failed download is not
      // retried on every unrelated `lang` change; switching to another language and back retries.
      if (requestedChanged) this.host.requestUpdate();
      return;
    }
    this.wanted = wanted;
    void this.use(wanted);
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
    const merged = withOverrides(shipped, tag, this.scriptOverrides, this.propertyOverrides);
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

  t(key: string, options?: TOptions): string {
    return this.i18n.t(key, { lng: this.language, ...options });
  }

  /** A clock time in the user's language (or another shown one, e.g. the summary's), e.g. "10:42", "10:42 AM" or "١٠:٤٢ ص". */
  formatTime(at: number, language: string = this.language): string {
    return new Intl.DateTimeFormat(this.localeFor(language), { hour: 'numeric', minute: '2-digit' }).format(at);
  }

  /** A number with the language's digits (Arabic-Indic in ar, Persian in fa). */
  formatNumber(value: number): string {
    return numberFormat(this.formatLocale).format(value);
  }

  /** "m:ss" with the language's digits (Arabic-Indic in ar, Persian in fa). */
  formatDuration(totalSeconds: number): string {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    const locale = this.formatLocale;
    return `${numberFormat(locale).format(minutes)}:${numberFormat(locale, 2).format(seconds)}`;
  }

  private warnMissing(key: string): void {
    if (this.warnedKeys.has(key)) return;
    this.warnedKeys.add(key);
    console.warn(`<sspr-code-help>: no text for "${key}" in "${this.language}" or English.`);
  }
}
