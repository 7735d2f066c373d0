/**
 * Asking for a new code: dispatches the cancelable `sspr-retry`, calls the
 * page's `retryHandler` when there is one, and times it out when it hangs.
 * One request at a time: a double click sends once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import type { Channel } from '../flow/steps.js';
import type { RetryFailure } from './outcome.js';

export type RetryHandler = (request: { channel: Channel }) => Promise<void>;

/** A handler that neither resolves nor rejects by then is treated as failed. */
export const RETRY_HANDLER_TIMEOUT_MS = 20_000;

export type ResendResult =
  { kind: 'cancelled' } | { kind: 'sent'; byHandler: boolean } | { kind: 'failed'; failure: RetryFailure };

export interface ResendHost extends ReactiveControllerHost, HTMLElement {
  readonly retryHandler?: RetryHandler;
}

export class ResendController implements ReactiveController {
  private readonly host: ResendHost;
  sending = false;
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

  /** Null when a request is already on its way. */
  async request(channel: Channel): Promise<ResendResult | null> {
    if (this.sending) return null;
    if (!emit(this.host, 'sspr-retry', { channel }, true)) return { kind: 'cancelled' };
    const handler = this.host.retryHandler;
    if (!handler) return { kind: 'sent', byHandler: false };
    this.sending = true;
    this.host.requestUpdate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('retryHandler timed out')), RETRY_HANDLER_TIMEOUT_MS);
    });
    try {
      await Promise.race([handler({ channel }), timeout]);
      return { kind: 'sent', byHandler: true };
    } catch (error) {
      if (!this.connected) console.warn('<sspr-code-help>: a resend finished after the widget was removed.', error);
      // The mapping of server answers loads only when one needs reading: most resends succeed.
      const { failureFromRejection } = await import('../okta/errors.js');
      return { kind: 'failed', failure: failureFromRejection(error, Date.now()) };
    } finally {
      clearTimeout(timer);
      this.sending = false;
      this.host.requestUpdate();
    }
  }
}
