/**
 * Asking for a new code: dispatches the cancelable `sspr-retry`, calls the
 * page's `retryHandler` when there is one, and aborts it when it hangs
 * (docs/reference.md, "Waits"). One request at a time: a double click sends
 * once, and a request that timed out still counts until its handler settles,
 * because a handler that ignores the signal may yet send a code. The widgets that
 * share a wait share this rule too (`single-flight.ts`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../config.js';
import { emit } from '../events.js';
import type { Channel, ResendRoute } from '../types.js';
import type { StorageKind } from '../storage/safe-storage.js';
import type { ResendResult, RetryFailure } from './outcome.js';

export type { ResendResult };
import { singleFlight } from './single-flight.js';

/**
 * The page's resend. `signal` aborts when the widget gives up (after
 * `RETRY_HANDLER_TIMEOUT_MS`), as `@lit/task` does: pass it to `fetch`.
 */
export type RetryHandler = (request: { channel: Channel; signal: AbortSignal }) => Promise<void>;

/** A handler that neither resolves nor rejects by then is aborted and treated as failed. */
export const RETRY_HANDLER_TIMEOUT_MS = 20_000;

/** How a new code is asked for: the handler, else the page on `sspr-retry`, the sign-in page, or the user. */
export function resendRoute(hasHandler: boolean, config: Pick<Config, 'resend' | 'signinUrl'>): ResendRoute {
  if (hasHandler) return 'handler';
  if (config.resend === 'event') return 'event';
  return config.signinUrl ? 'signin' : 'self-report';
}

export interface ResendHost extends ReactiveControllerHost, HTMLElement {
  readonly retryHandler?: RetryHandler;
}

/** One press of the retry button, as the element sees it. */
export interface Press {
  channel: Channel;
  /** How the element resends without a handler. */
  route: ResendRoute;
  /** Where waits live (`storage`): the widgets that share them share one request at a time. */
  scope: StorageKind;
  /** Asked again once the lock is held: another tab's request may have just started a wait. */
  due(): boolean;
  /** Applies the result; called while the lock is held, so the wait it starts is stored before the next request. */
  land(result: ResendResult): void;
  /**
   * Dispatches the cancelable event that comes first: `sspr-retry` by default, or
   * `sspr-switch-channel` when the code is asked for by the other channel.
   */
  announce?: () => boolean;
}

export class ResendController implements ReactiveController {
  private readonly host: ResendHost;
  /** Waiting for the handler's answer (the button says "Sending…"). */
  sending = false;
  /** From a press until its outcome is applied: a second press in the same task does nothing. */
  private pressed = false;
  /** The handler's promise until it settles, even after a timeout. */
  private inFlight: Promise<void> | null = null;
  /** Another widget's request (in this page or another tab) is on its way: this one waits for it. */
  otherRequest = false;
  private connected = false;

  constructor(host: ResendHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
  }

  /** A request may still land, here or elsewhere: no second one yet. */
  get busy(): boolean {
    return this.pressed || this.inFlight !== null || this.otherRequest;
  }

  /** One request at a time on every route: here, and among the widgets that share the wait. */
  async request(press: Press): Promise<void> {
    if (this.busy) return;
    this.pressed = true;
    try {
      const ran = await singleFlight(press.scope).run(async () => {
        if (!press.due()) return;
        press.land(await this.send(press));
        // A handler that timed out may yet send a code: the lock stays until it settles.
        await this.inFlight;
      });
      if (!ran) this.waitForOtherRequest(press);
    } finally {
      this.pressed = false;
      this.host.requestUpdate();
    }
  }

  private waitForOtherRequest(press: Press): void {
    this.otherRequest = true;
    press.land({ kind: 'elsewhere', settled: false });
    void singleFlight(press.scope)
      .whenFree()
      .then(() => {
        this.otherRequest = false;
        // Its wait, if it started one, reaches this widget as any shared wait does.
        press.land({ kind: 'elsewhere', settled: true });
      });
  }

  private async send(press: Press): Promise<ResendResult> {
    const { channel, route } = press;
    const announced = press.announce ? press.announce() : emit(this.host, 'sspr-retry', { channel }, true);
    if (!announced) return { kind: 'cancelled' };
    const handler = this.host.retryHandler;
    if (!handler) return { kind: 'sent', channel, route };
    const abort = new AbortController();
    // A handler that throws instead of rejecting is read the same way.
    const call = Promise.resolve().then(() => handler({ channel, signal: abort.signal }));
    this.track(call);
    this.sending = true;
    this.host.requestUpdate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const reason = new Error('retryHandler timed out');
        abort.abort(reason);
        reject(reason);
      }, RETRY_HANDLER_TIMEOUT_MS);
    });
    try {
      await Promise.race([call, timeout]);
      return { kind: 'sent', channel, route: 'handler' };
    } catch (error) {
      if (!this.connected) console.warn('<sspr-code-help>: a resend finished after the widget was removed.');
      return { kind: 'failed', failure: await failureOf(error) };
    } finally {
      clearTimeout(timer);
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private track(call: Promise<void>): void {
    const settled = call.then(
      () => {},
      () => {},
    );
    this.inFlight = settled;
    void settled.then(() => {
      if (this.inFlight !== settled) return;
      this.inFlight = null;
      this.host.requestUpdate();
    });
  }
}

/** Any rejection, read as a failure the user is told about; never an exception of its own. */
async function failureOf(error: unknown): Promise<RetryFailure> {
  try {
    // The mapping of server answers loads only when one needs reading: most resends succeed.
    const { failureFromRejection } = await import('./server-answers.js');
    return failureFromRejection(error, Date.now(), (message) => console.warn(`<sspr-code-help>: ${message}`));
  } catch {
    return { kind: 'error' }; // the chunk could not load (offline): still a failure
  }
}
