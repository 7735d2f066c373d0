/**
 * The language of one element and its text, from the page's shared text stores (text-store.ts):
 * English is always there, so a failed download never leaves blank text.
 *
 * - Language: the element's `lang`, else the closest `[lang]` ancestor (across
 *   shadow roots), else `<html lang>`, else `navigator.languages`, else English.
 *   `lang` changes anywhere in the document are watched (one shared observer,
 *   lang-observer.ts), so a page's own language picker is followed at run time.
 * - First paint: while the first language is downloading, nothing is shown (`shown` is false),
 *   so a German page never flashes English; after HOLD_MS English shows, with a warning, and
 *   the language replaces it when it arrives. `preloadLanguages` starts the downloads when the
 *   script runs, before any element connects.
 * - Numbers in the text (`{{count}}`, `{{index}}`…) and in the countdown get the page's own
 *   tag's digits (e.g. `ar-EG`), without `Intl` where they are Latin (formats.ts).
 * - Overrides: the `strings` property (`setOverrides`) and a
 *   `<script type="application/json">` child of the element, read whenever it
 *   appears or changes (also when the parser adds it after the element
 *   upgraded). Both are merged key by key over the shipped text, the property
 *   last; they apply to languages loaded later too.
 */
import type { TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDuration, formatLocaleFor, formatTime, numberingSystemOf, warmFormats } from './formats.js';
import type { TranslationKey } from './keys.js';
import { whenIdle } from '../when-idle.js';
import { watchLang } from './lang-observer.js';
import { DEFAULT_LANGUAGE, directionOf, matchLanguage, type LanguageTag } from './languages.js';
import { parseOverrideScript, type StringOverrides } from './overrides.js';
import { fetchLanguage, languageOf } from './page-language.js';
import { englishComplete, isLoaded, loadEnglish, sharedStore, TextStore } from './text-store.js';

type LocalizedHost = ReactiveControllerHost & HTMLElement;

/** How long the first paint waits for a language still downloading before English shows. */
export const HOLD_MS = 2000;

/** How long a press waits for the next step's text before it says the step could not be loaded. */
export const PRESS_WAIT_MS = 5000;

/** The locales whose later needs are prepared already (`hostUpdated`). */
const warmedLocales = new Set<string>();

export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  /** This element's own store (it has overrides), or null: the page's shared one for its tag. */
  private ownStore: TextStore | null = null;
  private readonly warnedLangs = new Set<string>();
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
  /** The page's own tag that chose `wanted` (e.g. `de-AT`), for digits and times. */
  private requested: string | null = null;
  /** `summary-lang`: the help desk's language, when it differs from the widget's. */
  private summaryWanted: LanguageTag | null = null;
  /** False until the first language is there (or HOLD_MS passed): nothing visible is rendered before. */
  shown = false;
  private holdTimer?: ReturnType<typeof setTimeout>;
  /** A render needed text still on its way (the rest of English): `holding` until it comes, HOLD_MS at most. */
  private textHold: 'none' | 'holding' | 'gave up' = 'none';
  private pressWaiting: Promise<void> | null = null;
  private markShown!: () => void;
  /** Resolves when `shown` turns true. */
  readonly whenShown = new Promise<void>((resolve) => (this.markShown = resolve));

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
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

  hostUpdated(): void {
    if (!this.shown) return;
    // After the first paint, in idle time, once per page and locale (not per element): the rest of
    // English and the formatters a later step needs (the clock).
    const locale = this.formatLocale;
    if (warmedLocales.has(locale)) return;
    warmedLocales.add(locale);
    whenIdle(() => {
      warmFormats(locale);
      void loadEnglish();
    });
  }

  hostDisconnected(): void {
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
    this.childObserver?.disconnect();
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
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
    return numberingSystemOf(this.formatLocale);
  }

  /** The locale for `Intl` in one shown language: the widget's own, or the summary's. */
  private localeFor(language: string | undefined): string {
    return !language || language === this.language ? this.formatLocale : formatLocaleFor(null, language as LanguageTag);
  }

  /** The help-desk summary's language: `summary-lang` once its text is loaded, else the widget's. */
  get summaryLanguage(): LanguageTag {
    return this.summaryWanted && this.store.ensure(this.summaryWanted) ? this.summaryWanted : this.language;
  }

  /** Sets `summary-lang` (null: the widget's language) and loads its text. */
  setSummaryLanguage(tag: LanguageTag | null): void {
    this.summaryWanted = tag;
    if (tag && !isLoaded(tag)) {
      void fetchLanguage(tag).then((translation) => {
        if (translation && this.summaryWanted === tag) this.host.requestUpdate();
      });
    }
  }

  get summaryDir(): 'ltr' | 'rtl' {
    return directionOf(this.summaryLanguage);
  }

  /** Text in the summary's language. */
  summaryT(key: TranslationKey, options?: TOptions): string {
    return this.noticeMissing(this.store.t(this.summaryLanguage, key, options));
  }

  /** Re-reads the language from the element, its ancestors, the page and the browser. */
  refresh(): void {
    const { language: wanted, tag: requested } = languageOf(this.host);
    this.warnUnusableLang(this.host.lang, wanted);
    const requestedChanged = requested !== this.requested;
    this.requested = requested;
    if (requestedChanged) this.pickStore(); // the digits may change (ar-u-nu-latn)
    if (wanted === this.wanted) {
      // Same language (e.g. de → de-AT: only the formatting changes). A failed download is not
      // retried on every unrelated `lang` change; switching to another language and back retries.
      if (requestedChanged) this.host.requestUpdate();
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
    this.pickStore();
    this.host.requestUpdate();
  }

  /** The page's shared store for this page tag (made when first needed), or this element's own. */
  private get store(): TextStore {
    return this.ownStore ?? sharedStore(this.requested);
  }

  /** Picks the store again: the overrides or the page tag changed. */
  private pickStore(): void {
    const overrides = [this.scriptOverrides, this.propertyOverrides].filter((set) => Object.keys(set).length > 0);
    this.ownStore = overrides.length ? new TextStore(this.requested, overrides) : null;
    this.store.ensure(this.language);
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
    this.pickStore();
    this.host.requestUpdate();
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

  private async use(tag: LanguageTag): Promise<void> {
    if (!isLoaded(tag)) {
      this.holdFirstPaint(tag);
      const translation = await fetchLanguage(tag);
      if (this.wanted !== tag) return; // the language changed again while downloading
      if (!translation) {
        this.show(DEFAULT_LANGUAGE);
        return;
      }
    }
    this.show(tag);
  }

  /** The first paint waits for the language; a download that hangs gets English after HOLD_MS. */
  private holdFirstPaint(tag: LanguageTag): void {
    if (this.shown || this.holdTimer !== undefined) return;
    this.holdTimer = setTimeout(() => {
      this.holdTimer = undefined;
      if (this.shown) return;
      console.warn(`<sspr-code-help>: the "${tag}" translation is slow to load; showing English until it arrives.`);
      this.show(DEFAULT_LANGUAGE);
    }, HOLD_MS);
  }

  private show(tag: LanguageTag): void {
    this.store.ensure(tag);
    this.language = tag;
    if (!this.shown) {
      this.shown = true;
      clearTimeout(this.holdTimer);
      this.holdTimer = undefined;
      this.markShown();
    }
    this.host.requestUpdate();
  }

  t(key: TranslationKey, options?: TOptions): string {
    return this.noticeMissing(this.store.t(this.language, key, options));
  }

  /**
   * True while a text the element needs is on its way: the element then keeps what it shows
   * (the next step appears with its text, never with placeholders) until it comes or HOLD_MS
   * passes.
   */
  get holding(): boolean {
    return this.textHold === 'holding';
  }

  /** Whether every text the widget may show is there: its languages are complete (English may not be yet). */
  get hasAllText(): boolean {
    const needsEnglish = this.language === DEFAULT_LANGUAGE || this.summaryLanguage === DEFAULT_LANGUAGE;
    return !needsEnglish || englishComplete();
  }

  /** Loads what `hasAllText` waits for; resolves to whether it is all there. */
  async loadAllText(): Promise<boolean> {
    if (!this.hasAllText) await loadEnglish();
    return this.hasAllText;
  }

  /** True while a press waits for the text of the step it leads to (`afterText`). */
  get loadingText(): boolean {
    return this.pressWaiting !== null;
  }

  /** Resolves once the first language is shown and no press waits for text (for `updateComplete`). */
  async settled(): Promise<void> {
    await this.whenShown;
    await this.pressWaiting;
  }

  /**
   * Runs a user's press that changes the step: now, or, while the English shown is incomplete
   * (the script-tag build before the rest of English arrived), once it is there, so the step on
   * screen and the state never part. Presses meanwhile are dropped (one press, one step); when
   * the text cannot be loaded, `failed` runs instead and the next press tries again.
   */
  afterText(press: () => void, failed: () => void): void {
    if (this.hasAllText) {
      press();
      return;
    }
    if (this.pressWaiting) return;
    // A download that hangs counts as failed after PRESS_WAIT_MS; a later press waits for it again.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, PRESS_WAIT_MS)));
    this.pressWaiting = Promise.race([loadEnglish(), gaveUp]).then(() => {
      clearTimeout(timer);
      this.pressWaiting = null;
      if (this.hasAllText) press();
      else failed();
      this.host.requestUpdate();
    });
    this.host.requestUpdate(); // the card says it is busy
  }

  /** Whether the element may show what it renders now: its language is there, and no text is on its way. */
  get ready(): boolean {
    return this.shown && !this.holding;
  }

  /** Passes `text` through; when the store missed it and English is incomplete, holds until its rest comes. */
  private noticeMissing(text: string): string {
    if (!this.store.missedText) return text;
    this.store.missedText = false;
    if (this.textHold !== 'none') return text;
    this.textHold = 'holding';
    const release = () => {
      clearTimeout(timer);
      this.textHold = 'none';
      this.host.requestUpdate();
    };
    const timer = setTimeout(() => {
      this.textHold = 'gave up';
      this.host.requestUpdate();
    }, HOLD_MS);
    void loadEnglish().then(release);
    return text;
  }

  /** A clock time in the user's language (or another shown one, e.g. the summary's), e.g. "10:42", "10:42 AM" or "١٠:٤٢ ص". */
  formatTime(at: number, language: string = this.language): string {
    return formatTime(this.localeFor(language), at);
  }

  /** "m:ss" with the language's digits (Arabic-Indic in ar, Persian in fa). */
  formatDuration(totalSeconds: number): string {
    return formatDuration(this.formatLocale, totalSeconds);
  }
}
