/**
 * What a resend does to the wizard once its result is known: one pure function of
 * (state, result, cooldown, now), applied by the element as a whole. Where server
 * answers lead is data in `flow/steps.ts` (`JUMPS`; docs/flow.md, "Server answers").
 */
import * as flow from '../flow/machine.js';
import type { WizardState } from '../flow/machine.js';
import { JUMPS } from '../flow/steps.js';
import type { Notice } from '../types.js';
import type { ResendResult, RetryFailure } from './outcome.js';

export interface ResendOutcome {
  /** The wizard after the resend: the request on its timeline, maybe another step. */
  state: WizardState;
  notice: Notice | null;
  /** Start a wait of this many seconds now. */
  waitSeconds?: number;
  /** Say the notice through the status region (a starting wait announces itself instead). */
  announce?: boolean;
  /** Take the user to the sign-in page (`signin-url`), where the new code is asked for. */
  openSignin?: boolean;
}

/** How each refusal is told. A limit and an unsupported country also take the retry button away. */
export const REFUSAL_NOTICES: Readonly<Record<RetryFailure['kind'], Notice>> = {
  wait: { key: 'retry.tooSoon', tone: 'info' },
  limit: { key: 'retry.limit', tone: 'error' },
  'unsupported-country': { key: 'retry.unsupportedCountry', tone: 'error' },
  error: { key: 'retry.failed', tone: 'error' },
};

/** `cooldownSeconds`: this page's wait between requests for the channel (never shortened by the server). */
export function resendOutcome(
  state: WizardState,
  result: ResendResult,
  cooldownSeconds: number,
  now: number,
): ResendOutcome {
  if (result.kind === 'cancelled') {
    // The page said it did not resend: no wait starts.
    const notice: Notice = { key: 'retry.notSent', tone: 'info' };
    return {
      state: flow.recordRequest(state, now, 'not-sent'),
      notice,
    };
  }
  if (result.kind === 'sent') {
    return {
      state: flow.recordRequest(state, now, 'sent'),
      notice: result.route === 'handler' ? { key: `retry.sent_${result.channel}`, tone: 'info' } : null,
      waitSeconds: cooldownSeconds,
      openSignin: result.route === 'signin',
    };
  }
  const { failure } = result;
  let next = flow.recordRequest(state, now, 'failed', failure.code);
  if (failure.kind === 'limit' || failure.kind === 'unsupported-country') next = flow.block(next, failure.kind);
  if (failure.kind !== 'error') next = flow.jumpTo(next, JUMPS[failure.kind], now);
  const wait = failure.kind === 'wait';
  return {
    state: next,
    notice: REFUSAL_NOTICES[failure.kind],
    // The server's wait, but never shorter than our own cooldown.
    waitSeconds: wait ? Math.max(failure.seconds, cooldownSeconds) : undefined,
    announce: !wait,
  };
}
