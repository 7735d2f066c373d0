import { html, LitElement, noChange, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { flowContext, type Config, type CountdownStyle } from './config.js';
import { CooldownController } from './cooldown/cooldown-controller.js';
import { emit } from './events.js';
import * as flow from './flow/machine.js';
import type { WizardState } from './flow/machine.js';
import { FIRST_STEP, JUMPS, type StepId } from './flow/steps.js';
import type { TranslationKey } from './i18n/keys.js';
import { LocalizeController } from './i18n/localize-controller.js';
import type { StringOverrides } from './i18n/overrides.js';
import type { RetryHandler } from './retry/resend-controller.js';
import type { ResendOutcome } from './retry/resend-outcome.js';
import { styles } from './styles.js';
import type { CooldownSeconds, Mode, OktaVerifyOption, ResendMode, StorageKind, Theme } from './attribute-types.js';
import type { ChannelsOption } from './attribute-types.js';
import { glossaryStyles } from './views/glossary-styles.js';
import { type Channel, type Engine, type Notice } from './types.js';
import { countdownBar } from './views/countdown.js';
import { stepContent, stepTitle } from './views/step-content.js';
import { card, popoverFrame, popoverView } from './views/card.js';
import { Announcer } from './wizard/announcer.js';
import { AttributeConfig } from './wizard/attribute-config.js';
import { CopyController } from './wizard/copy-controller.js';
import { FocusController } from './wizard/focus-controller.js';
import { HandOverController } from './wizard/hand-over-controller.js';
import { SavedPlaceController } from './wizard/saved-place-controller.js';
import { CodeRequests } from './wizard/code-requests.js';
import { LazyPopover } from './popover/lazy-popover.js';

/**
 * Walks a person whose password-reset SMS or voice-call code did not arrive
 * through the likely causes, with a retry countdown, Okta Verify as the
 * fallback and a help-desk summary at the end.
 *
 * @summary Troubleshooting wizard for a missing SMS or voice-call reset code.
 * @tag sspr-code-help
 *
 * @attr channel - `sms` | `voice`: the code the user waits for; asked in the first step when absent.
 * @attr channels - `sms voice` (default) | `sms` | `voice`: the channels the org enabled; the other one is offered.
 * @attr lang - BCP 47 language; else the closest `[lang]`, `<html lang>`, the browser, English.
 * @attr last-sent - ISO 8601 time or epoch ms of the last request (epoch seconds are read as seconds, with a warning); starts the wait from then.
 * @attr cooldown - whole seconds between requests, 1–600, decimal digits (default 60 for voice, 30 for SMS).
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
 * @attr storage - `session` | `local` | `none`: where waits and progress persist; `session` and `local` share a running wait with other tabs, `none` keeps everything in this page.
 * @attr theme - `auto` | `light` | `dark`.
 * @attr countdown - `ticking` | `clock`: a running countdown or a static "available at" time.
 * @attr resend - `auto` | `event`: `event` says the page resends when it hears `sspr-retry`.
 * @attr engine - `classic` | `identity`: the org's Okta engine; names the right set-up path.
 * @attr summary-lang - the help-desk summary's language (default: the widget's).
 *
 * @fires sspr-step - a step is shown; detail `{ step, channel, index, total }`.
 * @fires sspr-retry - the user asks for a new code; detail `{ channel }`; cancelable: cancel when the page did not resend.
 * @fires sspr-resolved - the user got the code; detail `{ channel, steps }`.
 * @fires sspr-switch-factor - the user chooses Okta Verify; detail `{ factor: 'okta-verify' }`.
 * @fires sspr-switch-channel - the user asks for the code by the other channel; detail `{ from, to }`; cancelable: cancel when the page did not switch.
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
  static override styles = [styles, glossaryStyles]; // popover mode adds its own (popover/lazy-popover.ts)

  @property() channel: Channel | null = null;
  @property() channels: ChannelsOption | null = null;
  /** The UI language (BCP 47); empty: the closest `[lang]`, `<html lang>`, the browser, English. */
  @property() override lang = '';
  @property({ attribute: 'last-sent' }) lastSent: string | null = null;
  @property() cooldown: CooldownSeconds | null = null;
  @property() mode: Mode | null = null;
  @property({ attribute: 'for' }) htmlFor: string | null = null;
  @property({ attribute: 'settings-url' }) settingsUrl: string | null = null;
  @property({ attribute: 'signin-url' }) signinUrl: string | null = null;
  @property({ attribute: 'support-url' }) supportUrl: string | null = null;
  @property({ attribute: 'support-email' }) supportEmail: string | null = null;
  @property({ attribute: 'support-phone' }) supportPhone: string | null = null;
  @property({ attribute: 'status-url' }) statusUrl: string | null = null;
  @property({ attribute: 'phone-hint' }) phoneHint: string | null = null;
  @property({ attribute: 'okta-verify' }) oktaVerify: OktaVerifyOption | null = null;
  @property() storage: StorageKind | null = null;
  @property({ reflect: true }) theme: Theme | null = null;
  @property({ attribute: 'countdown' }) countdownStyle: CountdownStyle | null = null;
  @property() resend: ResendMode | null = null;
  @property() engine: Engine | null = null;
  @property({ attribute: 'summary-lang' }) summaryLang: string | null = null;

  /**
   * Set by a page that can resend: resolve when the code went out, reject with the server's
   * answer. `signal` aborts after 20 s without an answer: pass it to `fetch`.
   */
  @property({ attribute: false }) retryHandler?: RetryHandler;

  /** Author overrides of the shipped text, per language, merged key by key. */
  @property({ attribute: false }) strings?: StringOverrides;

  @state() private notice: Notice | null = null;
  @state() private preferredCountdown: CountdownStyle | null = null;
  @state() private openTerm: string | null = null; // the expanded glossary explanation, one at a time

  private readonly settings = new AttributeConfig(this);
  private readonly i18n = new LocalizeController(this);
  private readonly waits = new CooldownController(this, {
    onStart: (channel, wait) => {
      if (channel === this.activeChannel)
        this.status.say('countdown.started', { count: Math.ceil(wait.lengthMs / 1000) });
    },
    onEnd: (channel) => {
      if (channel !== this.activeChannel) return;
      this.status.say('countdown.ready');
      if (this.notice?.whileWaiting) this.notice = null;
    },
    // The countdown bar shows the active channel only (see renderCountdown).
    shownChannel: () => (this.wizard && !this.wizard.blocked ? this.activeChannel : null),
  });
  private readonly place = new SavedPlaceController(this, {
    channel: () => this.config.channel,
    trigger: () => this.htmlFor,
    onRestore: (saved) => this.restorePlace(saved),
  });
  private readonly focusing = new FocusController(this, () => this.renderRoot?.querySelector('h2') ?? null);
  private readonly requests = new CodeRequests(this, {
    config: () => this.config,
    channel: () => this.activeChannel,
    wizard: () => this.wizard,
    waits: this.waits,
    starting: () => (this.notice = null),
    apply: (channel, outcome, now) => this.apply(channel, outcome, now),
  });
  private readonly panelControl = new LazyPopover(this, {
    triggerId: () => (this.config.mode === 'popover' ? this.htmlFor : null),
    focusPanel: () => this.focusing.focusHeading(),
    warn: (message) => this.settings.warnOnce('for', this.htmlFor ?? '', message),
  });
  private readonly clipboard = new CopyController(this, () => this.status.say('steps.help-desk.copied'));
  private readonly status = new Announcer(this);
  private readonly handing = new HandOverController(this, this.i18n, this.settings, () => this.wizard);
  /** Declared after `settings`: the first state reads the configuration. */
  @state() private wizard: WizardState = flow.startState(flowContext(this.config), null, Date.now());
  private lastShownStep: string | null = null;

  /** Tells the widget a code was just requested elsewhere (e.g. the page's own resend button). */
  markSent(channel: Channel | undefined = this.activeChannel ?? undefined, at: number = Date.now()): void {
    this.requests.sentElsewhere(channel, at);
  }

  /** Back to the first step, and the waits the user saw here end (here and in the other tabs). */
  restart(): void {
    this.waits.clearSeen(this.activeChannel);
    this.place.clear();
    this.wizard = flow.startState(flowContext(this.config), this.config.channel, Date.now());
    this.notice = null;
    this.clipboard.reset();
    this.focusing.focusOnNextStep();
  }

  /** Opens the panel (popover mode) or un-hides the element (inline mode). */
  show(): void {
    if (this.config.mode === 'popover') this.panelControl.show();
    else this.hidden = false;
  }

  /** Closes the panel (popover mode) or hides the element (inline mode). */
  hide(): void {
    if (this.config.mode === 'popover') this.panelControl.hide();
    else this.hidden = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.i18n.refresh();
    // The <script type="application/json"> child is read (and watched) by the LocalizeController.
    if (changed.has('strings')) this.i18n.setOverrides(this.strings);
    if (this.settings.affectedBy(changed.keys()) || !this.hasUpdated) this.applyConfig();
    if (this.config.mode === 'popover') void this.panelControl.load(); // fetched as soon as it is needed
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('wizard' as keyof SsprCodeHelp)) this.place.save(this.wizard);
    if (changed.has('mode') || changed.has('htmlFor')) this.panelControl.triggerChanged(this.config.mode);
    if (!this.i18n.ready) return; // what is on screen is not this state yet (its text is downloading)
    const step = flow.currentStep(this.wizard);
    const shown = `${step}:${this.wizard.path.length}`;
    if (shown === this.lastShownStep) return;
    this.lastShownStep = shown;
    const { index, total } = flow.progress(this.wizard, flowContext(this.config, this.activeChannel));
    emit(this, 'sspr-step', { step, channel: this.activeChannel, index, total });
    this.handing.stepShown();
    this.focusing.stepShown();
  }

  private applyConfig(): void {
    const previous = this.config;
    const config = this.settings.read();
    const channelFixedNow = config.channel !== null && config.channel !== previous.channel;
    const firstConfig = !this.hasUpdated;
    this.i18n.setSummaryLanguage(config.summaryLang);
    this.waits.useStorage(config.storage);
    this.place.useStorage(config.storage);
    if (channelFixedNow || (firstConfig && config.channel)) {
      // A channel given by the page replaces the question; a wizard on the first step moves past it.
      this.wizard =
        flow.currentStep(this.wizard) === FIRST_STEP || firstConfig
          ? flow.startState(flowContext(config), config.channel, Date.now())
          : { ...this.wizard, channel: config.channel };
    }
    if (firstConfig) {
      const saved = this.place.load();
      if (saved) this.restorePlace(saved);
    }
    this.applyLastSent();
  }

  private restorePlace(saved: WizardState): void {
    this.wizard = { ...saved, channel: flow.switchedTo(saved) ?? this.config.channel ?? saved.channel };
    // Focus the heading only when there is a journey to return to, not on a fresh first step.
    this.focusing.focusOnNextStep(saved.path.length > 1);
  }

  private applyLastSent(): void {
    this.requests.fromLastSent(this.lastSent, (warning) =>
      this.settings.warnOnce('last-sent', `${this.lastSent}`, warning),
    );
  }

  private get config(): Config {
    return this.settings.config;
  }

  private get activeChannel(): Channel | null {
    return this.wizard.channel ?? this.config.channel;
  }

  private t = (key: TranslationKey, options?: Record<string, unknown>): string => this.i18n.t(key, options);

  /** A press that changes the step, once that step's text is there (LocalizeController.afterText). */
  private press(action: () => void): void {
    this.i18n.afterText(action, () => (this.notice = { key: 'widget.nextStepFailed', tone: 'error' }));
  }

  private go(next: WizardState): void {
    if (next === this.wizard) return;
    this.wizard = next;
    this.notice = null;
    this.openTerm = null;
    this.clipboard.reset();
    this.focusing.focusOnNextStep();
  }

  private choose(answerId: string): void {
    const context = flowContext(this.config, this.activeChannel);
    const chosen = flow.offeredAnswers(flow.currentStep(this.wizard), context).find(({ id }) => id === answerId);
    if (chosen?.switchChannel === 'ask') return void this.requests.switchChannel();
    const before = this.wizard;
    this.go(flow.answer(this.wizard, answerId, context, Date.now()));
    if (this.wizard.channel !== before.channel) this.applyLastSent();
    // Asked by the other channel on the sign-in page just now: its own wait starts.
    if (chosen?.switchChannel === 'asked') this.markSent();
    if (this.wizard !== before && flow.currentStep(this.wizard) === 'use-okta-verify')
      emit(this, 'sspr-switch-factor', { factor: 'okta-verify' });
  }

  private resolveCode(): void {
    this.go(flow.resolve(this.wizard, Date.now()));
    emit(this, 'sspr-resolved', { channel: this.activeChannel, steps: [...this.wizard.path] });
  }

  /** A request's outcome (retry/resend-outcome.ts, retry/switch-outcome.ts), applied whole. */
  private apply(channel: Channel, outcome: ResendOutcome, now: number): void {
    if (outcome.waitSeconds !== undefined) this.waits.start(channel, outcome.waitSeconds * 1000, now);
    if (flow.currentStep(outcome.state) !== flow.currentStep(this.wizard)) this.go(outcome.state);
    else this.wizard = outcome.state;
    this.notice = outcome.notice;
    if (outcome.announce && outcome.notice) this.status.say(outcome.notice.key);
    if (outcome.openSignin && this.config.signinUrl) window.open(this.config.signinUrl, '_blank', 'noopener');
  }

  /** An update is complete once the code it needs is there too: the help-desk summary, popover mode. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await this.i18n.settled().then(() => super.getUpdateComplete()); // lang="de": German first
    const loads = [
      this.handing.loadedFor(flow.currentStep(this.wizard)),
      this.panelControl.loadedFor(this.config.mode),
    ];
    return (await Promise.all(loads)).includes(true) ? super.getUpdateComplete() : done;
  }

  protected override render() {
    const { panel } = this.panelControl;
    const card = () => this.renderCard();
    const frame = this.panelControl.inPlace(this.config.mode)
      ? card()
      : panel && popoverFrame(popoverView(this.t, panel, card));
    return this.i18n.ready ? html`${frame}${this.status.render(this.t)}` : noChange; // no English flash, no raw keys
  }

  private renderCard() {
    const context = flowContext(this.config, this.activeChannel);
    const step = flow.currentStep(this.wizard);
    return card({
      t: this.t,
      language: this.i18n.language,
      dir: this.i18n.dir,
      numbering: this.i18n.numberingSystem,
      step,
      terminal: flow.isTerminal(step),
      title: this.t(stepTitle(step, this.wizard), { context: this.activeChannel ?? 'sms' }),
      progress: flow.progress(this.wizard, context),
      answers: flow.offeredAnswers(step, context),
      lastAnswer: this.wizard.answers[step],
      canGoBack: this.wizard.path.length > 1,
      body: this.renderBody(step),
      countdown: this.renderCountdown(step),
      notice: this.notice,
      busy: this.i18n.loadingText,
      onAnswer: (id) => this.press(() => this.choose(id)),
      onBack: () => this.press(() => this.go(flow.back(this.wizard))),
      onRestart: () => this.press(() => this.restart()),
      onGotCode: () => this.press(() => this.resolveCode()),
      onHelpDesk: () => this.go(flow.jumpTo(this.wizard, JUMPS.helpDesk, Date.now())), // its text is bundled
    });
  }

  private renderBody(step: StepId) {
    return stepContent(step, {
      t: this.t,
      config: this.config,
      state: this.wizard,
      channel: this.activeChannel,
      onSwitchChannel: () => void this.requests.switchChannel(),
      openTerm: this.openTerm,
      handOver: () => this.handing.current(),
      copyState: this.clipboard.state,
      onCopy: () => void this.clipboard.copy(this.handing.current()?.text ?? ''),
      onToggleTerm: (id) => (this.openTerm = this.openTerm === id ? null : id),
      onToggleChecked: (item) => (this.wizard = flow.toggleChecked(this.wizard, item)),
    });
  }

  private renderCountdown(step: StepId) {
    const channel = this.activeChannel;
    if (!channel || this.wizard.blocked) return nothing;
    const style = this.preferredCountdown ?? this.config.countdown;
    return countdownBar({
      t: this.t,
      channel,
      remainingSeconds: this.waits.secondsLeft(channel),
      availableAt: this.waits.availableAt(channel),
      full: step === 'wait',
      style,
      route: this.requests.route,
      sending: this.requests.resender.sending,
      busy: this.requests.resender.busy,
      format: this.i18n,
      onRetry: () => this.requests.again(),
      onToggleStyle: () => (this.preferredCountdown = style === 'clock' ? 'ticking' : 'clock'),
    });
  }
}
