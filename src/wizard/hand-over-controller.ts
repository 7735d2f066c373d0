/**
 * The help-desk step's hand-over (flow/handover.ts): the summary, the links
 * that carry it and `sspr-escalate`'s detail. Its code is a chunk of its own
 * (`summary.js`), fetched while the page is idle once the user has moved
 * past the first step, or when the help-desk step shows; the contacts work
 * before it arrives. The step's first frame shows the heading and contacts;
 * the summary follows in the next, so that the step change itself stays quick.
 */
import { answerTextKey } from '../flow/steps.js';
import { afterNextFrame, whenIdle } from '../when-idle.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../config.js';
import { emit } from '../events.js';
import type { HandOver } from '../flow/handover.js';
import { currentStep, type WizardState } from '../flow/machine.js';
import type { StepId } from '../flow/steps.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

type SummaryText = Pick<
  LocalizeController,
  'summaryLanguage' | 'summaryDir' | 'summaryT' | 'formatTime' | 'loadAllText'
>;

/** One warning per page for a summary that could not be loaded, however often it is tried again. */
let loadFailureWarned = false;

export class HandOverController implements ReactiveController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly i18n: SummaryText;
  /** The page's configuration (its contacts) and the wizard now: what the summary tells. */
  private readonly settings: { readonly config: Config };
  private readonly state: () => WizardState;
  private module: typeof import('../flow/handover.js') | null = null;
  private loading: Promise<void> | null = null;
  private preparing = false;
  /** The summary is shown on this visit of the help-desk step (its first frame is out). */
  private shown = false;
  private showing: Promise<void> | null = null;
  /** The hand-over built during this update (render, `sspr-escalate`, Copy share it); cleared by the next. */
  private built: HandOver | null = null;

  constructor(
    host: ReactiveControllerHost & EventTarget,
    i18n: SummaryText,
    settings: { readonly config: Config },
    state: () => WizardState,
  ) {
    this.host = host;
    this.i18n = i18n;
    this.settings = settings;
    this.state = state;
    host.addController(this);
  }

  hostUpdate(): void {
    // Text, language, configuration or state may have changed since the last one.
    this.built = null;
    if (this.onHelpDesk()) return;
    this.shown = false;
    this.showing = null;
  }

  /**
   * The user moved past the first step: the summary's code and its time format are made while the
   * page is idle, not when the help-desk step shows.
   */
  private prepare(): void {
    if (this.preparing || this.loading) return;
    this.preparing = true;
    whenIdle(() => void this.load().then(() => this.i18n.formatTime(Date.now(), this.i18n.summaryLanguage)));
  }

  /**
   * For the host's `updateComplete`: on the help-desk step, waits for the summary.
   * True when it had to wait (the host then waits for the update that shows the summary).
   */
  async loadedFor(step: StepId): Promise<boolean> {
    if (step !== 'help-desk' || this.shown) return false;
    await this.ready();
    return true;
  }

  /** The summary's code and the text it is written in; a failure is warned about once and tried again later. */
  load(): Promise<void> {
    this.loading ??= Promise.all([import('../flow/handover.js'), this.i18n.loadAllText()]).then(
      ([module, text]) => {
        if (text) this.module = module;
        else this.loading = null;
      },
      (error: unknown) => {
        this.loading = null;
        if (!loadFailureWarned) console.warn('<sspr-code-help>: could not load the help-desk summary.', error);
        loadFailureWarned = true;
      },
    );
    return this.loading;
  }

  /** The summary in `summary-lang` (else the widget's language), its links and data; null until shown. */
  current(): HandOver | null {
    if (!this.module || !this.shown) {
      void this.ready();
      return null;
    }
    this.built ??= this.build(this.module);
    return this.built;
  }

  /** The summary's code is there and the frame that shows the step is out: the summary shows. */
  private ready(): Promise<void> {
    this.showing ??= this.load()
      .then(() => new Promise<void>((resolve) => afterNextFrame(resolve)))
      .then(() => {
        if (!this.module) this.showing = null; // not loaded: the next render asks again
        if (!this.onHelpDesk() || !this.module) return;
        this.shown = true;
        this.host.requestUpdate();
      });
    return this.showing;
  }

  private onHelpDesk(): boolean {
    return currentStep(this.state()) === 'help-desk';
  }

  private build(module: typeof import('../flow/handover.js')): HandOver {
    const { i18n } = this;
    const state = this.state();
    const language = i18n.summaryLanguage;
    return module.handOver(
      state,
      {
        t: (key, options) => i18n.summaryT(key, options),
        formatTime: (at) => i18n.formatTime(at, language),
        // The moment of the last thing that happened, so the text stays the same between renders.
        now: state.timeline.at(-1)?.at ?? Date.now(),
        language,
        dir: i18n.summaryDir,
        userAgent: navigator.userAgent,
        answerKey: answerTextKey,
      },
      this.settings.config,
    );
  }

  /** A step is on screen: the help-desk step escalates; any step past the first prepares the summary. */
  stepShown(): void {
    if (this.onHelpDesk()) this.escalate();
    else if (this.state().path.length > 1) this.prepare();
  }

  /** `sspr-escalate` with the summary, once it is shown, if the user is still on the help-desk step. */
  private escalate(): void {
    // After the update that shows the summary: the event carries the summary built for it.
    void this.ready()
      .then(() => this.host.updateComplete)
      .then(() => {
        const handOver = this.onHelpDesk() ? this.current() : null;
        if (handOver) emit(this.host, 'sspr-escalate', handOver.detail);
      });
  }
}
