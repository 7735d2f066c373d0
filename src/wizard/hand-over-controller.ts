/**
 * The help-desk step's hand-over (flow/handover.ts): the summary, the links
 * that carry it and `sspr-escalate`'s detail. Its code is a chunk of its own
 * (`summary.js`), fetched while the page is idle once the user has moved
 * past the first step, or when the help-desk step shows; the contacts work
 * before it arrives. The step's first frame shows the heading and contacts;
 * the summary follows in the next, so that the step change itself stays quick.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../config.js';
import { emit } from '../events.js';
import type { HandOver } from '../flow/handover.js';
import { currentStep, type WizardState } from '../flow/machine.js';
import type { StepId } from '../flow/steps.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

type SummaryText = Pick<LocalizeController, 'summaryLanguage' | 'summaryDir' | 'summaryT' | 'formatTime'>;

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
    if (!this.onHelpDesk()) this.shown = false;
  }

  /**
   * The user moved past the first step: the summary's code and its time format are made while the
   * page is idle, not when the help-desk step shows.
   */
  prepare(): void {
    if (this.preparing || this.loading) return;
    this.preparing = true;
    whenIdle(() => {
      void this.load().then(() => this.i18n.formatTime(Date.now(), this.i18n.summaryLanguage));
    });
  }

  /**
   * For the host's `updateComplete`: on the help-desk step, waits for the summary.
   * True when it had to wait (the host then waits for the update that shows the summary).
   */
  async loadedFor(step: StepId): Promise<boolean> {
    if (step !== 'help-desk' || (this.module && this.shown)) return false;
    await this.load();
    await this.show();
    return true;
  }

  load(): Promise<void> {
    this.loading ??= import('../flow/handover.js').then(
      (module) => {
        this.module = module;
        // Loaded ahead (prepare), it waits for the step; loaded for the step, the step is long drawn.
        if (this.onHelpDesk()) {
          this.shown = true;
          this.host.requestUpdate();
        }
      },
      (error: unknown) => console.warn('<sspr-code-help>: could not load the help-desk summary.', error),
    );
    return this.loading;
  }

  /** The summary in `summary-lang` (else the widget's language), its links and data; null until shown. */
  current(): HandOver | null {
    if (!this.module) {
      void this.load();
      return null;
    }
    if (!this.shown) {
      void this.show();
      return null;
    }
    this.built ??= this.build(this.module);
    return this.built;
  }

  /** Shows the summary in the frame after the one that shows the step. */
  private show(): Promise<void> {
    if (this.shown) return Promise.resolve();
    this.showing ??= new Promise<void>((resolve) =>
      afterNextFrame(() => {
        this.showing = null;
        if (this.onHelpDesk()) {
          this.shown = true;
          this.host.requestUpdate();
        }
        resolve();
      }),
    );
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
      },
      this.settings.config,
    );
  }

  /** `sspr-escalate` with the summary, once it is shown, if the user is still on the help-desk step. */
  escalate(): void {
    void this.load()
      .then(() => this.show())
      .then(() => {
        const handOver = this.onHelpDesk() ? this.current() : null;
        if (handOver) emit(this.host, 'sspr-escalate', handOver.detail);
      });
  }
}

/**
 * When the page has nothing else to do; without requestIdleCallback (WebKit), after the next
 * frame. No timers: a page's fake clock would count them and run them first.
 */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else afterNextFrame(task);
}

/**
 * A task after the next frame is drawn (a message after the frame's callbacks). A hidden page
 * draws no frame: there, or once the page is hidden, the task runs at once.
 */
function afterNextFrame(task: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    document.removeEventListener('visibilitychange', once);
    task();
  };
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      once();
    };
    channel.port2.postMessage(null);
  });
  if (document.visibilityState === 'hidden') queueMicrotask(once);
  else document.addEventListener('visibilitychange', once);
}
