/**
 * Asking for the code by the other channel (docs/flow.md, "The other channel"): the cancelable
 * `sspr-switch-channel`, then the page's `retryHandler` with the new channel through the one
 * `ResendController` (one request at a time, the same timeout), and the pure outcome
 * (retry/switch-outcome.ts), which the element applies as it applies a resend's.
 */
import { flowContext, cooldownSeconds, type Config } from '../config.js';
import { emit } from '../events.js';
import type { WizardState } from '../flow/machine.js';
import { resendRoute, type ResendController, type ResendHost } from '../retry/resend-controller.js';
import type { ResendOutcome } from '../retry/resend-outcome.js';
import { switchOutcome } from '../retry/switch-outcome.js';
import type { Channel } from '../types.js';

export interface OtherChannelRequest {
  /** The channel the outcome's wait applies to: the other one. */
  channel: Channel;
  outcome: ResendOutcome;
  now: number;
}

/** Null when there is no other channel, or a request is already on its way. */
export async function requestOtherChannel(
  host: ResendHost,
  resender: ResendController,
  config: Config,
  from: Channel | null,
  /** Read once the request settled: the wizard may have moved meanwhile. */
  wizard: () => WizardState,
): Promise<OtherChannelRequest | null> {
  const to = flowContext(config, from).otherChannel;
  if (!from || !to) return null;
  const announce = () => emit(host, 'sspr-switch-channel', { from, to }, true);
  const result = await resender.request(to, resendRoute(Boolean(host.retryHandler), config), announce);
  if (!result) return null;
  const now = Date.now();
  return { channel: to, now, outcome: switchOutcome(wizard(), to, result, cooldownSeconds(config, to), now) };
}
