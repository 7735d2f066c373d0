/**
 * One resend pressed on the widget, waiting for the widget's answer. The widget's public events
 * say when a resend failed (`afterError`), but not when it succeeded: Classic renders the code
 * screen again, Identity Engine stays silent when Okta's answer repeats the screen. So a resend
 * counts as sent after a re-render of the screen, or once the widget had time to report an error.
 */
import { RetryError, type RetryFailure } from '../retry/outcome.js';

/** No afterError this long after the press: the widget's request went through (Okta answers in well under this). */
export const RESEND_QUIET_MS = 3000;
/** After the screen renders again, an afterError still belongs to the resend for this long. */
export const RENDER_GRACE_MS = 100;

export class PendingResend {
  readonly promise: Promise<void>;
  private resolveIt!: () => void;
  private rejectIt!: (error: unknown) => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private done = false;

  /** `quietMs` null: only `sent()` settles it (a channel switch is sent when the new code screen shows). */
  constructor(
    private readonly onSent: () => void,
    quietMs: number | null = RESEND_QUIET_MS,
  ) {
    this.promise = new Promise<void>((resolve, reject) => {
      this.resolveIt = resolve;
      this.rejectIt = reject;
    });
    if (quietMs !== null) this.timer = setTimeout(() => this.sent(), quietMs);
  }

  get settled(): boolean {
    return this.done;
  }

  /** The widget rendered the code screen again: sent, unless an error follows at once. */
  rendered(): void {
    if (this.done) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.sent(), RENDER_GRACE_MS);
  }

  sent(): void {
    if (this.finish()) {
      this.onSent();
      this.resolveIt();
    }
  }

  failed(failure: RetryFailure, message?: string): void {
    if (this.finish()) this.rejectIt(new RetryError(failure, message));
  }

  private finish(): boolean {
    if (this.done) return false;
    this.done = true;
    clearTimeout(this.timer);
    return true;
  }
}
