/**
 * What asking for the code by the other channel does to the wizard once its result is known:
 * pure, like resend-outcome.ts, and applied by the element the same way. Where the wizard goes
 * is data in `flow/steps.ts` (`JUMPS.switched`, `JUMPS.switchOnSigninPage`; docs/flow.md,
 * "The other channel").
 */
import * as flow from '../flow/machine.js';
import type { WizardState } from '../flow/machine.js';
import { JUMPS } from '../flow/steps.js';
import type { Channel } from '../types.js';
import type { ResendResult } from './outcome.js';
import { REFUSAL_NOTICES, type ResendOutcome } from './resend-outcome.js';

/** `to`: the other channel; `cooldownSeconds`: this page's wait between requests on it. */
export function switchOutcome(
  state: WizardState,
  to: Channel,
  result: ResendResult,
  cooldownSeconds: number,
  now: number,
): ResendOutcome {
  const showWhatToPress = (next: WizardState) => flow.jumpTo(next, JUMPS.switchOnSigninPage, now);
  if (result.kind === 'cancelled') {
    // The page did not switch: the user still can, on the sign-in page.
    return { state: showWhatToPress(flow.switchChannel(state, to, 'not-switched', now)), notice: null };
  }
  if (result.kind === 'sent') {
    // Without a handler or `resend="event"` nothing was sent: the user's "I've asked" switches.
    if (result.route === 'signin' || result.route === 'self-report')
      return { state: showWhatToPress(state), notice: null };
    return {
      state: flow.jumpTo(flow.switchChannel(state, to, 'sent', now), JUMPS.switched, now),
      notice: result.route === 'handler' ? { key: `retry.sent_${to}`, tone: 'info' } : null,
      waitSeconds: cooldownSeconds,
    };
  }
  // Another widget's request was on its way: nothing was asked from here (element skips this).
  if (result.kind === 'elsewhere') return { state, notice: null };
  const { failure } = result;
  const failed = flow.switchChannel(state, to, 'failed', now, failure.code);
  const notice = REFUSAL_NOTICES[failure.kind];
  switch (failure.kind) {
    case 'wait':
      // One went out by the other channel moments ago: continue on it after the server's wait.
      return {
        state: flow.jumpTo({ ...failed, channel: to, blocked: null }, JUMPS.switched, now),
        notice,
        waitSeconds: Math.max(failure.seconds, cooldownSeconds),
      };
    case 'limit':
      // The other channel's limit: the channel in use may still send, so nothing is blocked.
      return { state: failed, notice, announce: true };
    case 'unsupported-country':
      // The number's country, whatever the channel.
      return { state: flow.jumpTo(flow.block(failed, failure.kind), JUMPS[failure.kind], now), notice, announce: true };
    case 'error':
      // The page could not switch (network, or an adapter that cannot): the sign-in page can.
      return { state: showWhatToPress(failed), notice, announce: true };
  }
}
