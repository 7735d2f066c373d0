/**
 * What a failed resend does to the wizard (FLOW.md, "Server answers"). Pure.
 */
import * as flow from '../flow/machine.js';
import type { WizardState } from '../flow/machine.js';
import type { RetryFailure } from './outcome.js';

export interface Notice {
  key: string;
  tone: 'info' | 'error';
}

export interface FailureEffect {
  state: WizardState;
  notice: Notice;
  /** Start a wait of this many seconds now, or null. */
  waitSeconds: number | null;
  /** Say the notice through the status region (a wait announces itself instead). */
  announce: boolean;
}

export function failureEffect(
  state: WizardState,
  failure: RetryFailure,
  cooldownSeconds: number,
  now: number,
): FailureEffect {
  const recorded = flow.recordRequest(state, now, 'failed', failure.code, failure.kind);
  switch (failure.kind) {
    case 'wait':
      // The server's wait, but never shorter than our own cooldown.
      return {
        state: flow.jumpTo(recorded, 'wait', now),
        notice: { key: 'retry.tooSoon', tone: 'info' },
        waitSeconds: Math.max(failure.seconds, cooldownSeconds),
        announce: false,
      };
    case 'limit':
      return {
        state: flow.jumpTo(flow.block(recorded, 'limit'), 'another-way', now),
        notice: { key: 'retry.limit', tone: 'error' },
        waitSeconds: null,
        announce: true,
      };
    case 'unsupported-country':
      return {
        state: flow.jumpTo(flow.block(recorded, 'unsupported-country'), 'help-desk', now),
        notice: { key: 'retry.unsupportedCountry', tone: 'error' },
        waitSeconds: null,
        announce: true,
      };
    case 'error':
      return { state: recorded, notice: { key: 'retry.failed', tone: 'error' }, waitSeconds: null, announce: true };
  }
}
