/**
 * Asking for the code by the other channel (docs/flow.md, "The other channel"): the cancelable
 * `sspr-switch-channel`, then the page's `retryHandler` with the new channel through the one
 * `ResendController` (one request at a time, the same timeout), and the pure outcome
 * (retry/switch-outcome.ts), which the element applies as it applies a resend's.
 */
import { flowContext, cooldownSeconds, type Config } from '../config.js';
import { emit } from '../events.js';
import type { WizardState } from '../flow/machine.js';
import type { ResendController, ResendHost } from '../retry/resend-controller.js';
import type { ResendOutcome } from '../retry/resend-outcome.js';
import { switchOutcome } from '../retry/switch-outcome.js';
import type { Channel, ResendRoute } from '../types.js';

export interface OtherChannelRequest {
  /** The channel the outcome's wait applies to: the other one. */
  channel: Channel;
  outcome: ResendOutcome;
  now: number;
}

/**
 * Asks for the code by the other channel, one request at a time among the widgets that share the
 * wait (the same lock as a resend); `apply` gets the outcome while the lock is held. Does nothing
 * when there is no other channel.
 */
export async function requestOtherChannel(
  host: ResendHost,
  resender: ResendController,
  config: Config,
  /** How the element asks without a handler (code-requests.ts works it out once for both ways). */
  route: ResendRoute,
  from: Channel | null,
  /** Read once the request settled: the wizard may have moved meanwhile. */
  wizard: () => WizardState,
  apply: (asked: OtherChannelRequest) => void,
): Promise<void> {
  const to = flowContext(config, from).otherChannel;
  if (!from || !to) return;
  await resender.request({
    channel: to,
    route,
    scope: config.storage,
    due: () => true,
    announce: () => emit(host, 'sspr-switch-channel', { from, to }, true),
    land: (result) => {
      // Another widget's request is on its way: nothing is asked from here.
      if (result.kind === 'elsewhere') return;
      const now = Date.now();
      apply({ channel: to, now, outcome: switchOutcome(wizard(), to, result, cooldownSeconds(config, to), now) });
    },
  });
}
