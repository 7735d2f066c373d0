/**
 * Asking for a new code: dispatches the cancelable `sspr-retry`, calls the
 * page's `retryHandler` when there is one, and aborts it when it hangs
 * (docs/reference.md, "Waits"). One request at a time: a double click sends
 * once, and a request that timed out still counts until its handler settles,
 * because a handler that ignores the signal may yet send a code.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '../config.js';
import { emit } from '../events.js';
import type { Channel, ResendRoute } from '../types.js';
import type { ResendResult } from './outcome.js';

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

export class ResendController implements ReactiveController {
  private readonly host: ResendHost;
  /** Waiting for the handler's answer (the button says "Sending…"). */
  sending = false;
  /** The handler's promise until it settles, even after a timeout. */
  private inFlight: Promise<void> | null = null;
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

  /** A request may still land: no second one yet. */
  get busy(): boolean {
    return this.inFlight !== null;
  }

  /**
   * Null when a request is already on its way. `route` is how the element resends without a
   * handler. `announce` dispatches the cancelable event that comes first (`sspr-retry`, or
   * `sspr-switch-channel` when the code is asked for by the other channel).
   */
  async request(
    channel: Channel,
    route: ResendRoute,
    announce: () => boolean = () => emit(this.host, 'sspr-retry', { channel }, true),
  ): Promise<ResendResult | null> {
    if (this.inFlight) return null;
    if (!announce()) return { kind: 'cancelled' };
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
      if (!this.connected) console.warn('<sspr-code-help>: a resend finished after the widget was removed.', error);
      // The mapping of server answers loads only when one needs reading: most resends succeed.
      const { failureFromRejection } = await import('./server-answers.js');
      return { kind: 'failed', failure: failureFromRejection(error, Date.now()) };
    } finally {
      clearTimeout(timer);
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private track(call: Promise<void>): void {
    this.inFlight = call;
    const settled = () => {
      if (this.inFlight !== call) return;
      this.inFlight = null;
      this.host.requestUpdate();
    };
    call.then(settled, settled);
  }
}
