/**
 * The help-desk step's hand-over (flow/handover.ts): the summary, the links
 * that carry it and `sspr-escalate`'s detail. Its code is a chunk of its own
 * (`summary.js`), fetched when the step is first shown; the contacts work
 * before it arrives.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Config } from '../config.js';
import { emit } from '../events.js';
import type { HandOver } from '../flow/handover.js';
import { currentStep, type WizardState } from '../flow/machine.js';
import type { StepId } from '../flow/steps.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

type SummaryText = Pick<LocalizeController, 'summaryLanguage' | 'summaryDir' | 'summaryT' | 'formatTime'>;

export class HandOverController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly i18n: SummaryText;
  /** The page's configuration (its contacts) and the wizard now: what the summary tells. */
  private readonly settings: { readonly config: Config };
  private readonly state: () => WizardState;
  private module: typeof import('../flow/handover.js') | null = null;
  private loading: Promise<void> | null = null;

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
  }

  /**
   * For the host's `updateComplete`: on the help-desk step, waits for the summary's code.
   * True when it had to wait (the host then waits for the update that shows the summary).
   */
  async loadedFor(step: StepId): Promise<boolean> {
    if (this.module || step !== 'help-desk') return false;
    await this.load();
    return true;
  }

  load(): Promise<void> {
    this.loading ??= import('../flow/handover.js').then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      (error: unknown) => console.warn('<sspr-code-help>: could not load the help-desk summary.', error),
    );
    return this.loading;
  }

  /** The summary in `summary-lang` (else the widget's language), its links and data; null while loading. */
  current(): HandOver | null {
    if (!this.module) {
      void this.load();
      return null;
    }
    const { i18n } = this;
    const state = this.state();
    const language = i18n.summaryLanguage;
    return this.module.handOver(
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

  /** `sspr-escalate` with the summary, once its code is there, if the user is still on the help-desk step. */
  escalate(): void {
    void this.load().then(() => {
      const handOver = currentStep(this.state()) === 'help-desk' ? this.current() : null;
      if (handOver) emit(this.host, 'sspr-escalate', handOver.detail);
    });
  }
}
