import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  cooldownSeconds,
  flowContext,
  parseConfig,
  type Config,
  type CountdownStyle,
  type RawAttributes,
} from './config.js';
import { CooldownController } from './cooldown/cooldown-controller.js';
import { parseLastSent, remainingSeconds } from './cooldown/deadline.js';
import { emit } from './events.js';
import * as flow from './flow/machine.js';
import type { WizardState } from './flow/machine.js';
import type { Channel, StepId } from './flow/steps.js';
import type { HandOver } from './flow/handover.js';
import { directionOf } from './i18n/languages.js';
import { LocalizeController } from './i18n/localize-controller.js';
import type { StringOverrides } from './i18n/overrides.js';
import { ResendController, type RetryHandler } from './retry/resend-controller.js';
import { failureEffect, type Notice } from './retry/failure-effect.js';
import type { RetryFailure } from './retry/outcome.js';
import { styles } from './styles.js';
import { popoverStyles } from './popover/popover-styles.js';
import { countdownBar, type ResendRoute } from './views/countdown.js';
import { helpDeskContent, type CopyState } from './views/help-desk.js';
import { stepContent } from './views/step-content.js';
import { card, popoverFrame } from './views/card.js';
import { SavedPlaceController } from './wizard/saved-place-controller.js';
import { PopoverController } from './popover/popover-controller.js';
import { TooltipController } from './popover/tooltip-controller.js';

/**
 * Walks a person whose password-reset SMS or voice-call code did not arrive
 * through the likely causes, with a retry countdown, Okta Verify as the
 * fallback and a help-desk summary at the end.
 *
 * @summary Troubleshooting wizard for a missing SMS or voice-call reset code.
 * @tag sspr-code-help
 *
 * @attr channel - `sms` | `voice`: the code the user waits for; asked in the first step when absent.
 * @attr lang - BCP 47 language; else the closest `[lang]`, `<html lang>`, the browser, English.
 * @attr last-sent - ISO 8601 time or epoch ms of the last request; starts the wait from then.
 * @attr cooldown - seconds between requests, 1–600 (default 60 for voice, 30 for SMS).
 * @attr mode - `inline` | `popover`.
 * @attr for - in popover mode, the id of the page element that opens the panel.
 * @attr settings-url - https link to the user's account settings.
 * @attr signin-url - https link to the sign-in page, where a new code can be requested.
 * @attr support-url - https link to the help desk.
 * @attr support-email - help-desk email address.
 * @attr support-phone - help-desk phone number.
 * @attr status-url - the provider's status page (default https://status.okta.com).
 * @attr phone-hint - the masked number codes go to, e.g. `•••• 1234`; shown, never stored.
 * @attr okta-verify - `on` | `off`: offer Okta Verify as the fallback.
 * @attr storage - `session` | `local` | `none`: where waits and progress persist.
 * @attr theme - `auto` | `light` | `dark`.
 * @attr countdown - `ticking` | `clock`: a running countdown or a static "available at" time.
 * @attr resend - `auto` | `event`: `event` says the page resends when it hears `sspr-retry`.
 * @attr summary-lang - the help-desk summary's language (default: the widget's).
 *
 * @fires sspr-step - a step is shown; detail `{ step, channel, index, total }`.
 * @fires sspr-retry - the user asks for a new code; detail `{ channel }`; cancelable: cancel when the page did not resend.
 * @fires sspr-resolved - the user got the code; detail `{ channel, steps }`.
 * @fires sspr-switch-factor - the user chooses Okta Verify; detail `{ factor: 'okta-verify' }`.
 * @fires sspr-escalate - the user reaches the help desk; detail `{ summary, summaryLanguage, channel, steps, requests, blocked, checked, current }`.
 *
 * @csspart base - the card.
 * @csspart progress - the "Step N of M" line.
 * @csspart heading - the step's heading.
 * @csspart answer - each answer button.
 * @csspart countdown - the countdown bar.
 * @csspart timer - the remaining time (`role="timer"`), present while a wait runs.
 * @csspart retry - the request-again button.
 * @csspart nav - the row with Back, Start over and I got my code.
 * @csspart link - links to settings, status page, app stores and the help desk.
 * @csspart summary - the help-desk summary text.
 * @csspart copy - the copy-summary button.
 * @csspart notice - the message after a resend (sent, too soon, failed).
 * @csspart status - the visually hidden status region (spoken announcements).
 * @csspart phone-hint - the masked number on the "is this your number" step.
 * @csspart support - each help-desk contact link (also `link`).
 * @csspart term - a glossary term's button.
 * @csspart tooltip - a glossary term's explanation.
 * @csspart countdown-style - the "show the time instead" toggle.
 * @csspart trigger - popover mode without `for`: the widget's own "Didn't get a code?" button.
 * @csspart panel - popover mode: the floating panel.
 * @csspart close - popover mode: the panel's close button.
 *
 * @cssprop --sspr-accent - buttons and links (default #1662dd).
 * @cssprop --sspr-accent-text - text on accent buttons (default #fff).
 * @cssprop --sspr-text - text colour.
 * @cssprop --sspr-muted - secondary text colour.
 * @cssprop --sspr-background - card background.
 * @cssprop --sspr-surface - background of the countdown, notices and the summary.
 * @cssprop --sspr-error - error text and borders.
 * @cssprop --sspr-focus - the focus ring.
 * @cssprop --sspr-font-size - base font size (default 1rem).
 * @cssprop --sspr-border - card and control borders.
 * @cssprop --sspr-font - font family (default: the page's).
 * @cssprop --sspr-radius - corner radius.
 * @cssprop --sspr-spacing - base spacing unit.
 */
export class SsprCodeHelp extends LitElement {
  static override styles = [styles, popoverStyles];

  @property() channel: string | null = null;
  @property({ attribute: 'last-sent' }) lastSent: string | null = null;
  @property() cooldown: string | null = null;
  @property() mode: string | null = null;
  @property({ attribute: 'for' }) htmlFor: string | null = null;
  @property({ attribute: 'settings-url' }) settingsUrl: string | null = null;
  @property({ attribute: 'signin-url' }) signinUrl: string | null = null;
  @property({ attribute: 'support-url' }) supportUrl: string | null = null;
  @property({ attribute: 'support-email' }) supportEmail: string | null = null;
  @property({ attribute: 'support-phone' }) supportPhone: string | null = null;
  @property({ attribute: 'status-url' }) statusUrl: string | null = null;
  @property({ attribute: 'phone-hint' }) phoneHint: string | null = null;
  @property({ attribute: 'okta-verify' }) oktaVerify: string | null = null;
  @property() storage: string | null = null;
  @property({ reflect: true }) theme: string | null = null;
  @property({ attribute: 'countdown' }) countdownStyle: string | null = null;
  @property() resend: string | null = null;
  @property({ attribute: 'summary-lang' }) summaryLang: string | null = null;

  /** Set by a page that can resend: resolve when the code went out, reject with the server's answer. */
  @property({ attribute: false }) retryHandler?: RetryHandler;

  /** Author overrides of the shipped text, per language, merged key by key. */
  @property({ attribute: false }) strings?: StringOverrides;

  @state() private wizard: WizardState;
  @state() private notice: Notice | null = null;
  /** What the status region says, as a key: rendered in the language shown (which may load later). */
  @state() private announcement: { key: string; options?: Record<string, unknown> } | null = null;
  @state() private copyState: CopyState = 'idle';
  @state() private preferredCountdown: CountdownStyle | null = null;

  private get heading(): HTMLElement | null {
    return this.renderRoot?.querySelector('h2') ?? null;
  }

  private config: Config = parseConfig({}).config;
  private readonly warned = new Set<string>();
  private readonly i18n = new LocalizeController(this);
  private readonly waits = new CooldownController(this, {
    onStart: (channel, wait) => {
      if (channel === this.activeChannel) {
        this.announce('countdown.started', { count: Math.ceil(wait.lengthMs / 1000) });
      }
    },
    onEnd: (channel) => {
      if (channel === this.activeChannel) this.announce('countdown.ready');
    },
  });
  private readonly place = new SavedPlaceController(this);
  private readonly resender = new ResendController(this);
  private readonly panelControl = new PopoverController(this);
  private readonly tooltips = new TooltipController(this);
  private lastShownStep: string | null = null;
  private focusOnStepChange = false;
  private focusBeforeMove = false;
  private focusInside = false;

  constructor() {
    super();
    this.addEventListener('focusin', () => (this.focusInside = true));
    this.addEventListener('focusout', (event) => {
      const stillInside = event.relatedTarget instanceof Node && this.contains(event.relatedTarget);
      // Decided a moment later: focus lost because the element left the page is remembered.
      queueMicrotask(() => {
        if (this.isConnected) this.focusInside = stillInside;
      });
    });
    this.wizard = flow.startState(flowContext(this.config), null, Date.now());
  }

  // ---- public methods -------------------------------------------------

  /** Tells the widget a code was just requested elsewhere (e.g. the page's own resend button). */
  markSent(channel: Channel | undefined = this.activeChannel ?? undefined, at: number = Date.now()): void {
    if (channel !== 'sms' && channel !== 'voice') {
      console.warn('<sspr-code-help>: markSent() needs a channel ("sms" or "voice") until the user picks one.');
      return;
    }
    this.waits.start(channel, cooldownSeconds(this.config, channel) * 1000, Math.min(at, Date.now()));
  }

  /** Back to the first step. Waits stay: the server still remembers the last code. */
  restart(): void {
    this.place.clear();
    this.wizard = flow.startState(flowContext(this.config), this.config.channel, Date.now());
    this.notice = null;
    this.copyState = 'idle';
    this.focusOnStepChange = true;
  }

  /** Opens the panel (popover mode) or un-hides the element (inline mode). */
  show(): void {
    if (this.config.mode === 'popover') void this.panelControl.show();
    else this.hidden = false;
  }

  /** Closes the panel (popover mode) or hides the element (inline mode). */
  hide(): void {
    if (this.config.mode === 'popover') this.panelControl.hide();
    else this.hidden = true;
  }

  // ---- popover host ---------------------------------------------------

  /** @internal */
  get externalTrigger(): HTMLElement | null {
    if (this.config.mode !== 'popover' || !this.htmlFor) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(this.htmlFor) ?? null;
    if (!found)
      this.warnOnce('for', this.htmlFor, "no element with that id on the page; showing the widget's own button");
    return found;
  }

  /** @internal */
  focusPanel(): void {
    this.heading?.focus();
  }

  // ---- lifecycle --------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (disconnect + connect): the state stays, and so does the user's focus.
    if (this.focusBeforeMove) {
      this.focusBeforeMove = false;
      void this.updateComplete.then(() => this.heading?.focus());
    }
  }

  override disconnectedCallback(): void {
    // Removal drops focus before this runs, so the flag kept by focusin/focusout says
    // whether the user was inside.
    this.focusBeforeMove = this.focusInside;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.i18n.refresh();
    // The <script type="application/json"> child is read (and watched) by the LocalizeController.
    if (changed.has('strings')) this.i18n.setOverrides(this.strings);
    const configChanged = [...changed.keys()].some((key) => CONFIG_PROPERTIES.has(key as string));
    if (configChanged || !this.hasUpdated) this.applyConfig();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('wizard' as keyof SsprCodeHelp)) this.place.save(this.wizard);
    if (changed.has('mode') || changed.has('htmlFor')) {
      if (this.config.mode !== 'popover') this.panelControl.hide({ returnFocus: false });
      this.panelControl.bindExternalTrigger();
    }
    const step = flow.currentStep(this.wizard);
    const shown = `${step}:${this.wizard.path.length}`;
    if (shown === this.lastShownStep) return;
    this.lastShownStep = shown;
    const { index, total } = flow.progress(this.wizard, flowContext(this.config));
    emit(this, 'sspr-step', { step, channel: this.activeChannel, index, total });
    if (step === 'help-desk') {
      void this.loadHandOver().then(() => {
        const handOver = flow.currentStep(this.wizard) === 'help-desk' ? this.handOver() : null;
        if (handOver) emit(this, 'sspr-escalate', handOver.detail);
      });
    }
    if (this.focusOnStepChange) {
      this.focusOnStepChange = false;
      this.heading?.focus();
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` is a native attribute, not a Lit property: watch it by hand.
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  // ---- configuration ----------------------------------------------------

  private applyConfig(): void {
    const raw: RawAttributes = {};
    for (const [attribute, name] of Object.entries(CONFIG_ATTRIBUTES)) {
      raw[attribute as keyof RawAttributes] = this[name];
    }
    const { config, warnings } = parseConfig(raw);
    for (const warning of warnings) this.warnOnce(warning.attribute, warning.value, warning.message);
    const channelFixedNow = config.channel !== null && config.channel !== this.config.channel;
    const firstConfig = !this.hasUpdated;
    this.config = config;
    if (!this.i18n.setSummaryLanguage(config.summaryLang))
      this.warnOnce(
        'summary-lang',
        config.summaryLang!,
        "no shipped language matches; writing the summary in the widget's language",
      );
    this.waits.useStorage(config.storage);
    this.place.useStorage(config.storage);
    if (channelFixedNow || (!this.hasUpdated && config.channel)) {
      // A channel given by the page replaces the question; a wizard on the first step moves past it.
      this.wizard =
        flow.currentStep(this.wizard) === 'channel' || !this.hasUpdated
          ? flow.startState(flowContext(config), config.channel, Date.now())
          : { ...this.wizard, channel: config.channel };
    }
    if (firstConfig) {
      const saved = this.place.load();
      if (saved) this.restorePlace(saved);
    }
    this.applyLastSent();
  }

  /** The key the place is saved under: per widget (id, `for`, or position) and per channel. */
  /** @internal */
  restorePlace(saved: WizardState): void {
    this.wizard = { ...saved, channel: this.config.channel ?? saved.channel };
    // Focus the heading only when there is a journey to return to, not on a fresh first step.
    this.focusOnStepChange = saved.path.length > 1;
  }

  private applyLastSent(): void {
    const channel = this.activeChannel;
    const at = parseLastSent(this.lastSent, Date.now());
    if (this.lastSent && at === null)
      this.warnOnce('last-sent', this.lastSent, 'expected an ISO 8601 time or epoch milliseconds');
    if (!channel || at === null) return;
    const wait = this.waits.waitFor(channel);
    const length = cooldownSeconds(this.config, channel) * 1000;
    if (!wait || wait.until < at + length) this.waits.start(channel, length, at);
  }

  private warnOnce(attribute: string, value: string, message: string): void {
    const id = `${attribute}=${value}`;
    if (this.warned.has(id)) return;
    this.warned.add(id);
    console.warn(`<sspr-code-help>: ignoring ${attribute}="${value}": ${message}.`);
  }

  private get activeChannel(): Channel | null {
    return this.wizard.channel ?? this.config.channel;
  }

  private get resendRoute(): ResendRoute {
    if (this.retryHandler) return 'handler';
    if (this.config.resend === 'event') return 'event';
    return this.config.signinUrl ? 'signin' : 'self-report';
  }

  private t = (key: string, options?: Record<string, unknown>): string => this.i18n.t(key, options);

  // ---- actions ----------------------------------------------------------

  private go(next: WizardState): void {
    if (next === this.wizard) return;
    this.wizard = next;
    this.notice = null;
    this.copyState = 'idle';
    this.focusOnStepChange = true;
  }

  private choose(answerId: string): void {
    const before = this.wizard.channel;
    this.go(flow.answer(this.wizard, answerId, flowContext(this.config), Date.now()));
    if (this.wizard.channel !== before) this.applyLastSent();
    if (flow.currentStep(this.wizard) === 'use-okta-verify' && answerId === 'okta-verify') {
      emit(this, 'sspr-switch-factor', { factor: 'okta-verify' });
    }
  }

  private resolveCode(): void {
    this.go(flow.resolve(this.wizard, Date.now()));
    emit(this, 'sspr-resolved', { channel: this.activeChannel, steps: [...this.wizard.path] });
  }

  private announce(key: string, options?: Record<string, unknown>): void {
    // Re-setting the same text would not be spoken again; a changed text is.
    this.announcement = { key, options };
  }

  private async requestAgain(): Promise<void> {
    const channel = this.activeChannel;
    if (!channel || this.wizard.blocked || this.waits.remaining(channel) > 0) return;
    const route = this.resendRoute;
    this.notice = null;
    const result = await this.resender.request(channel);
    switch (result?.kind) {
      case 'cancelled':
        this.wizard = flow.recordRequest(this.wizard, Date.now(), 'not-sent');
        this.notice = { key: 'retry.notSent', tone: 'info' };
        break;
      case 'sent':
        this.recordSent(channel);
        if (result.byHandler) this.notice = { key: `retry.sent_${channel}`, tone: 'info' };
        else if (route === 'signin' && this.config.signinUrl) window.location.assign(this.config.signinUrl);
        break;
      case 'failed':
        this.applyFailure(channel, result.failure);
        break;
    }
  }

  private recordSent(channel: Channel): void {
    this.wizard = flow.recordRequest(this.wizard, Date.now(), 'sent');
    this.waits.start(channel, cooldownSeconds(this.config, channel) * 1000);
  }

  /** Server answers jump to where they leave the user (see retry/failure-effect.ts). */
  private applyFailure(channel: Channel, failure: RetryFailure): void {
    const now = Date.now();
    const effect = failureEffect(this.wizard, failure, cooldownSeconds(this.config, channel), now);
    if (effect.waitSeconds !== null) this.waits.start(channel, effect.waitSeconds * 1000, now);
    if (flow.currentStep(effect.state) !== flow.currentStep(this.wizard)) this.go(effect.state);
    else this.wizard = effect.state;
    this.notice = effect.notice;
    if (effect.announce) this.announce(effect.notice.key);
  }

  /** The help-desk step's summary code (its own chunk), fetched when the step is first shown. */
  private handOverModule: typeof import('./flow/handover.js') | null = null;
  private handOverLoading: Promise<void> | null = null;

  private loadHandOver(): Promise<void> {
    this.handOverLoading ??= import('./flow/handover.js').then(
      (module) => {
        this.handOverModule = module;
        this.requestUpdate();
      },
      (error: unknown) => console.warn('<sspr-code-help>: could not load the help-desk summary.', error),
    );
    return this.handOverLoading;
  }

  /** On the help-desk step, an update is complete once the summary is there too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.handOverModule || flow.currentStep(this.wizard) !== 'help-desk') return done;
    await this.loadHandOver();
    return super.getUpdateComplete();
  }

  /** The summary in `summary-lang` (else the widget's language), its links and data; null while loading. */
  private handOver(): HandOver | null {
    if (!this.handOverModule) {
      void this.loadHandOver();
      return null;
    }
    const language = this.i18n.summaryLanguage;
    return this.handOverModule.handOver(
      this.wizard,
      {
        t: (key, options) => this.i18n.summaryT(key, options),
        formatTime: (at) => this.i18n.formatTime(at, language),
        // The moment of the last thing that happened, so the text stays the same between renders.
        now: this.wizard.timeline.at(-1)?.at ?? Date.now(),
        language,
        dir: directionOf(language),
        userAgent: navigator.userAgent,
      },
      this.config,
    );
  }

  private async copySummary(): Promise<void> {
    const text = this.renderRoot.querySelector('textarea')?.value ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
      this.announce('steps.help-desk.copied');
    } catch {
      // No clipboard (insecure page, permission refused): select the text for the user.
      this.copyState = 'failed';
      const area = this.renderRoot.querySelector('textarea');
      area?.focus();
      area?.select();
    }
  }

  // ---- rendering --------------------------------------------------------

  protected override render() {
    const status = html`<div role="status" part="status" class="visually-hidden">${this.announcement ? this.t(this.announcement.key, this.announcement.options) : ''}</div>`;
    if (this.config.mode !== 'popover') return html`${this.renderCard()}${status}`;
    return html`${popoverFrame({
      t: this.t,
      open: this.panelControl.open,
      ownTrigger: !this.externalTrigger,
      card: this.panelControl.open ? this.renderCard() : nothing,
      onToggle: () => this.panelControl.toggle(),
      onClose: () => this.panelControl.hide(),
    })}${status}`;
  }

  private renderCard() {
    const context = flowContext(this.config);
    const step = flow.currentStep(this.wizard);
    return card({
      t: this.t,
      language: this.i18n.language,
      dir: this.i18n.dir,
      step,
      title: this.t(`steps.${step}.title`, { context: this.activeChannel ?? 'sms' }),
      progress: flow.progress(this.wizard, context),
      answers: flow.offeredAnswers(step, context),
      lastAnswer: this.wizard.answers[step],
      canGoBack: this.wizard.path.length > 1,
      body: this.renderBody(step),
      countdown: this.renderCountdown(step),
      notice: this.notice,
      onAnswer: (id) => this.choose(id),
      onBack: () => this.go(flow.back(this.wizard)),
      onRestart: () => this.restart(),
      onGotCode: () => this.resolveCode(),
      onHelpDesk: () => this.go(flow.jumpTo(this.wizard, 'help-desk', Date.now())),
    });
  }

  private renderBody(step: StepId) {
    if (step === 'help-desk') {
      const language = this.i18n.summaryLanguage;
      return helpDeskContent({
        t: this.t,
        config: this.config,
        handOver: this.handOver(),
        summaryLanguage: language,
        summaryDir: directionOf(language),
        copyState: this.copyState,
        onCopy: () => void this.copySummary(),
      });
    }
    return stepContent(step, {
      t: this.t,
      config: this.config,
      state: this.wizard,
      channel: this.activeChannel,
      dir: this.i18n.dir,
      openTerm: this.tooltips.openId,
      onToggleTerm: (id) => this.tooltips.toggle(id),
      onToggleChecked: (item) => (this.wizard = flow.toggleChecked(this.wizard, item)),
    });
  }

  private renderCountdown(step: StepId) {
    const channel = this.activeChannel;
    if (!channel || this.wizard.blocked) return nothing;
    const wait = this.waits.waitFor(channel);
    const now = Date.now();
    const left = remainingSeconds(wait, now);
    // After a wait ends the bar stays, so the button the user watched is still there.
    if (left === 0 && step !== 'wait' && !this.waits.hasWaited(channel)) return nothing;
    return countdownBar({
      t: this.t,
      channel,
      remainingSeconds: left,
      availableAt: wait ? wait.until : null,
      style: this.preferredCountdown ?? this.config.countdown,
      route: this.resendRoute,
      sending: this.resender.sending,
      formatDuration: (seconds) => this.i18n.formatDuration(seconds),
      formatTime: (at) => this.i18n.formatTime(at),
      onRetry: () => void this.requestAgain(),
      onToggleStyle: () => {
        const current = this.preferredCountdown ?? this.config.countdown;
        this.preferredCountdown = current === 'clock' ? 'ticking' : 'clock';
      },
    });
  }
}

/** Attributes that feed `parseConfig`, and the properties that hold them. */
/** The element's string-valued attribute properties. */
type AttributeProperty = {
  [K in keyof SsprCodeHelp]-?: SsprCodeHelp[K] extends string | null ? K : never;
}[keyof SsprCodeHelp];

const CONFIG_ATTRIBUTES: Readonly<Record<keyof RawAttributes, AttributeProperty>> = {
  channel: 'channel',
  cooldown: 'cooldown',
  mode: 'mode',
  'settings-url': 'settingsUrl',
  'signin-url': 'signinUrl',
  'support-url': 'supportUrl',
  'support-email': 'supportEmail',
  'support-phone': 'supportPhone',
  'status-url': 'statusUrl',
  'phone-hint': 'phoneHint',
  'okta-verify': 'oktaVerify',
  storage: 'storage',
  theme: 'theme',
  countdown: 'countdownStyle',
  resend: 'resend',
  'summary-lang': 'summaryLang',
};
/** `last-sent` is read on its own (it starts a wait rather than configuring one). */
const CONFIG_PROPERTIES = new Set<string>([...Object.values(CONFIG_ATTRIBUTES), 'lastSent']);
