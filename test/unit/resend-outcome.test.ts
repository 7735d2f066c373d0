import { expect } from '@open-wc/testing';
import * as flow from '../../src/flow/machine.js';
import type { FlowContext } from '../../src/flow/steps.js';
import { requestCounts } from '../../src/flow/summary.js';
import { resendOutcome } from '../../src/retry/resend-outcome.js';

const context: FlowContext = { channelFixed: true, hasPhoneHint: false, oktaVerify: true };
const T0 = Date.UTC(2026, 10, 28, 10, 0, 0);
/** On the wait step, channel fixed to SMS. */
const onWait = () =>
  flow.answer(flow.answer(flow.startState(context, 'sms', T0), 'yes', context, T0), 'no', context, T0);

describe('resendOutcome: one press, one outcome', () => {
  it('starts this page’s wait after a sent code, with a notice when the handler sent it', () => {
    const state = onWait();
    const byHandler = resendOutcome(state, { kind: 'sent', channel: 'sms', route: 'handler' }, 30, T0);
    expect(byHandler.waitSeconds).to.equal(30);
    expect(byHandler.notice).to.deep.equal({ key: 'retry.sent_sms', tone: 'info', whileWaiting: true });
    expect(byHandler.openSignin).to.not.equal(true);
    expect(requestCounts(byHandler.state).sent).to.equal(1);
  });

  it('opens the sign-in page and says so, without a wait for a code nobody asked for yet', () => {
    const state = onWait();
    const bySignin = resendOutcome(state, { kind: 'sent', channel: 'sms', route: 'signin' }, 30, T0);
    expect(bySignin.openSignin).to.equal(true);
    expect(bySignin.notice?.key).to.equal('retry.signinOpened');
    expect(bySignin.announce).to.equal(true);
    expect(bySignin.waitSeconds, 'no wait starts').to.equal(undefined);
    expect(requestCounts(bySignin.state).sent, 'no request counted').to.equal(0);
  });

  it('starts no wait when the page cancelled', () => {
    const outcome = resendOutcome(onWait(), { kind: 'cancelled' }, 30, T0);
    expect(outcome.waitSeconds).to.equal(undefined);
    expect(outcome.notice?.key).to.equal('retry.notSent');
    expect(outcome.state.timeline.at(-1)).to.include({ kind: 'request', result: 'not-sent' });
  });

  it('obeys a longer server wait, never a shorter one, on the wait step', () => {
    const state = flow.answer(onWait(), 'still-nothing', context, T0);
    const longer = resendOutcome(state, { kind: 'failed', failure: { kind: 'wait', seconds: 45 } }, 30, T0);
    expect(longer.waitSeconds).to.equal(45);
    expect(flow.currentStep(longer.state)).to.equal('wait');
    const shorter = resendOutcome(state, { kind: 'failed', failure: { kind: 'wait', seconds: 5 } }, 30, T0);
    expect(shorter.waitSeconds).to.equal(30);
  });

  it('blocks and moves on for a limit or an unsupported country, and says why', () => {
    const limit = resendOutcome(onWait(), { kind: 'failed', failure: { kind: 'limit', code: 'E0000146' } }, 30, T0);
    expect(flow.currentStep(limit.state)).to.equal('another-way');
    expect(limit.state.blocked).to.equal('limit');
    expect(limit.announce).to.equal(true);
    const country = resendOutcome(onWait(), { kind: 'failed', failure: { kind: 'unsupported-country' } }, 30, T0);
    expect(flow.currentStep(country.state)).to.equal('help-desk');
    expect(country.notice).to.deep.equal({ key: 'retry.unsupportedCountry', tone: 'error' });
  });

  it('stays on the step for any other failure, with the code on the timeline', () => {
    const state = onWait();
    const outcome = resendOutcome(state, { kind: 'failed', failure: { kind: 'error', code: 'HTTP 500' } }, 30, T0);
    expect(flow.currentStep(outcome.state)).to.equal(flow.currentStep(state));
    expect(outcome.waitSeconds).to.equal(undefined);
    expect(outcome.state.timeline.at(-1)).to.include({ result: 'failed', code: 'HTTP 500' });
  });

  it('another tab has a request on its way: says so, asks nothing, and clears the message once it settled', () => {
    const state = onWait();
    const waiting = resendOutcome(state, { kind: 'elsewhere', settled: false }, 30, T0);
    expect(waiting.state).to.equal(state);
    expect(waiting.notice).to.deep.equal({ key: 'retry.elsewhere', tone: 'info' });
    expect(waiting.announce).to.equal(true);
    expect(waiting.waitSeconds).to.equal(undefined);
    const settled = resendOutcome(state, { kind: 'elsewhere', settled: true }, 30, T0);
    expect(settled).to.deep.equal({ state, notice: null });
  });
});
