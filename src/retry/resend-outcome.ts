/**
 * What a resend does to the wizard once its result is known: one pure function of
 * (state, result, cooldown, now), applied by the element as a whole. Where server
 * answers lead is data in `flow/steps.ts` (`JUMPS`; docs/flow.md, "Server answers").
 */
import * as flow from '../flow/machine.js';
import type { WizardState } from '../flow/machine.js';
import { JUMPS } from '../flow/steps.js';
import type { Notice } from '../types.js';
import type { ResendResult } from './outcome.js';

export interface ResendOutcome {
  /** The wizard after the resend: the request on its timeline, maybe another step. */
  state: WizardState;
  notice: Notice | null;
  /** Start a wait of this many seconds now, or null. */
  waitSeconds: number | null;
  /** Say the notice through the status region (a starting wait announces itself instead). */
  announce: boolean;
  /** Take the user to the sign-in page (`signin-url`), where the new code is asked for. */
  openSignin: boolean;
}

const outcome = (state: WizardState, notice: Notice | null, rest: Partial<ResendOutcome> = {}): ResendOutcome => ({
  state,
  notice,
  waitSeconds: null,
  announce: false,
  openSignin: false,
  ...rest,
});

/** `cooldownSeconds`: this page's wait between requests for the channel (never shortened by the server). */
export function resendOutcome(
  state: WizardState,
  result: ResendResult,
  cooldownSeconds: number,
  now: number,
): ResendOutcome {
  switch (result.kind) {
    case 'cancelled':
      // The page said it did not resend: no wait starts.
      return outcome(flow.recordRequest(state, now, 'not-sent'), { key: 'retry.notSent', tone: 'info' });
    case 'sent': {
      const notice: Notice | null =
        result.route === 'handler' ? { key: `retry.sent_${result.channel}`, tone: 'info' } : null;
      return outcome(flow.recordRequest(state, now, 'sent'), notice, {
        waitSeconds: cooldownSeconds,
        openSignin: result.route === 'signin',
      });
    }
    case 'failed':
      return failureOutcome(state, result.failure, cooldownSeconds, now);
  }
}

function failureOutcome(
  state: WizardState,
  failure: Extract<ResendResult, { kind: 'failed' }>['failure'],
  cooldownSeconds: number,
  now: number,
): ResendOutcome {
  const recorded = flow.recordRequest(state, now, 'failed', failure.code);
  switch (failure.kind) {
    case 'wait':
      // The server's wait, but never shorter than our own cooldown.
      return outcome(
        flow.jumpTo(recorded, JUMPS.tooSoon, now),
        { key: 'retry.tooSoon', tone: 'info' },
        {
          waitSeconds: Math.max(failure.seconds, cooldownSeconds),
        },
      );
    case 'limit':
      return outcome(
        flow.jumpTo(flow.block(recorded, 'limit'), JUMPS.limit, now),
        { key: 'retry.limit', tone: 'error' },
        { announce: true },
      );
    case 'unsupported-country':
      return outcome(
        flow.jumpTo(flow.block(recorded, 'unsupported-country'), JUMPS.unsupportedCountry, now),
        { key: 'retry.unsupportedCountry', tone: 'error' },
        { announce: true },
      );
    case 'error':
      return outcome(recorded, { key: 'retry.failed', tone: 'error' }, { announce: true });
  }
}
