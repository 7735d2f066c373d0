/**
 * The other channel, pure parts: the `channels` attribute, the decision tree's offers, the
 * switch on the timeline (saved and summarised), and what each result of a request does.
 */
import { expect } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { flowContext, parseConfig } from '../../src/config.js';
import * as flow from '../../src/flow/machine.js';
import { deserializeState, serializeState } from '../../src/flow/saved-state.js';
import { answerTextKey, checklistFor, OTHER_CHANNEL_FIXES, type FlowContext } from '../../src/flow/steps.js';
import { buildSummary } from '../../src/flow/summary.js';
import { switchOutcome } from '../../src/retry/switch-outcome.js';

const T0 = Date.UTC(2026, 10, 28, 10, 0, 0);
const fromText: FlowContext = { channelFixed: true, hasPhoneHint: false, oktaVerify: true, otherChannel: 'voice' };
const TO_ANOTHER_WAY = ['yes', 'no', 'still-nothing', 'all-fine', 'none'];

function walk(answers: string[], context: FlowContext = fromText) {
  let state = flow.startState(context, 'sms', T0);
  for (const id of answers) state = flow.answer(state, id, context, T0);
  return state;
}

describe('channels attribute', () => {
  const parse = (channels: string | null, channel: string | null = null) => parseConfig({ channels, channel });

  it('defaults to both; accepts "sms", "voice" and both in any order and case', () => {
    expect(parse(null).config.channels).to.deep.equal(['sms', 'voice']);
    expect(parse('  Voice   SMS ').config.channels).to.deep.equal(['sms', 'voice']);
    expect(parse('sms').config.channels).to.deep.equal(['sms']);
    expect(parse('voice').warnings).to.deep.equal([]);
  });

  it('one channel: that is the channel, so the first question is skipped', () => {
    expect(parse('voice').config.channel).to.equal('voice');
    expect(flowContext(parse('voice').config).channelFixed).to.equal(true);
  });

  it('a bad value: both channels and one warning that names it', () => {
    for (const bad of ['sms fax', 'sms,voice', 'sms sms', 'call']) {
      const { config, warnings } = parse(bad);
      expect(config.channels, bad).to.deep.equal(['sms', 'voice']);
      expect(warnings, bad).to.have.length(1);
      expect(warnings[0]).to.include({ attribute: 'channels', value: bad });
    }
  });

  it('a channel outside channels: a code came by it, so it exists (and a warning)', () => {
    const { config, warnings } = parse('sms', 'voice');
    expect(config.channel).to.equal('voice');
    expect(config.channels).to.deep.equal(['sms', 'voice']);
    expect(warnings.map((warning) => warning.attribute)).to.deep.equal(['channels']);
  });

  it('offers the other channel only when it is enabled and the channel in use is known', () => {
    const both = parse(null).config;
    expect(flowContext(both, 'sms').otherChannel).to.equal('voice');
    expect(flowContext(both, 'voice').otherChannel).to.equal('sms');
    expect(flowContext(both, null).otherChannel).to.equal(null);
    expect(flowContext(parse('sms').config).otherChannel).to.equal(null);
  });
});

describe('the other channel in the decision tree', () => {
  it('every checklist item it gets around belongs to one channel: a call for texts, a text for calls', () => {
    for (const channel of ['sms', 'voice'] as const) {
      const fixes = checklistFor(channel).filter((item) => OTHER_CHANNEL_FIXES.has(item.id));
      expect(fixes.length, channel).to.be.greaterThan(0);
      for (const item of fixes) expect(item, item.id).to.have.property('channel', channel);
    }
    expect(OTHER_CHANNEL_FIXES.has('short-codes')).to.equal(true);
    expect(OTHER_CHANNEL_FIXES.has('silence-unknown')).to.equal(true);
    expect(OTHER_CHANNEL_FIXES.has('signal'), 'no signal: no call either').to.equal(false);
  });

  it('another-way offers the other channel first, only when there is one', () => {
    const ids = (context: FlowContext) => flow.offeredAnswers('another-way', context).map((answer) => answer.id);
    expect(ids(fromText)).to.deep.equal(['voice-call', 'okta-verify', 'help-desk']);
    expect(ids({ ...fromText, otherChannel: 'sms' })).to.deep.equal(['text-message', 'okta-verify', 'help-desk']);
    expect(ids({ ...fromText, otherChannel: null })).to.deep.equal(['okta-verify', 'help-desk']);
  });

  it('"I\'ve asked for it" moves the wizard onto the other channel and to the wait', () => {
    let state = walk([...TO_ANOTHER_WAY, 'voice-call']);
    expect(flow.currentStep(state)).to.equal('other-channel');
    expect(state.channel, 'not before the user asked').to.equal('sms');
    state = flow.block(state, 'limit');
    state = flow.answer(state, 'asked', fromText, T0 + 5000);
    expect(flow.currentStep(state)).to.equal('wait');
    expect(state.channel).to.equal('voice');
    expect(state.blocked, "the text's limit does not hold for calls").to.equal(null);
    expect(state.timeline.at(-2)).to.deep.equal({
      at: T0 + 5000,
      kind: 'switch',
      from: 'sms',
      to: 'voice',
      result: 'asked',
    });
  });

  it('saves and restores a journey with a switch; the switched channel wins over the first', () => {
    const state = flow.switchChannel(walk(TO_ANOTHER_WAY), 'voice', 'sent', T0);
    const restored = deserializeState(serializeState(state, T0), T0 + 1000);
    expect(restored).to.deep.equal({ kind: 'restored', state });
    expect(flow.switchedTo(state)).to.equal('voice');
    expect(flow.switchedTo(walk(TO_ANOTHER_WAY))).to.equal(null);
    const forged = JSON.parse(serializeState(state, T0)) as { state: { timeline: Array<Record<string, unknown>> } };
    forged.state.timeline.at(-1)!.to = 'fax';
    expect(deserializeState(JSON.stringify(forged), T0).kind).to.equal('unusable');
  });

  it('the summary records the switch and its outcome in one line', () => {
    const state = flow.switchChannel(walk(TO_ANOTHER_WAY), 'voice', 'failed', T0, 'E0000047');
    const t = (key: string, options?: Record<string, unknown>) => {
      if (key === 'summary.switch') return en.summary.switch;
      return typeof options?.context === 'string' ? `${key}_${options.context}` : key;
    };
    const text = buildSummary(state, {
      t,
      formatTime: () => '10:00',
      now: T0,
      language: 'en',
      dir: 'ltr',
      browser: 'x',
      answerKey: answerTextKey,
    });
    expect(text).to.contain(`10:00  ${en.summary.switch}: sms → voice (failed E0000047)`);
  });
});

describe('switchOutcome: what asking for the other channel does', () => {
  const onAnotherWay = () => walk(TO_ANOTHER_WAY);

  it('sent by the handler: onto the other channel, its own wait, a notice', () => {
    const outcome = switchOutcome(
      onAnotherWay(),
      'voice',
      { kind: 'sent', channel: 'voice', route: 'handler' },
      60,
      T0,
    );
    expect(outcome.state.channel).to.equal('voice');
    expect(flow.currentStep(outcome.state)).to.equal('wait');
    expect(outcome.waitSeconds).to.equal(60);
    expect(outcome.notice).to.deep.equal({ key: 'retry.sent_voice', tone: 'info' });
    expect(outcome.state.timeline.some((entry) => entry.kind === 'switch' && entry.result === 'sent')).to.equal(true);
  });

  it('sent by the page on the event: the same, without a notice of ours', () => {
    const outcome = switchOutcome(onAnotherWay(), 'voice', { kind: 'sent', channel: 'voice', route: 'event' }, 60, T0);
    expect(outcome.state.channel).to.equal('voice');
    expect(outcome.notice).to.equal(null);
  });

  it('no way to send, or cancelled: what to press on the sign-in page, still on the first channel', () => {
    for (const result of [
      { kind: 'sent', channel: 'voice', route: 'signin' },
      { kind: 'sent', channel: 'voice', route: 'self-report' },
      { kind: 'cancelled' },
    ] as const) {
      const outcome = switchOutcome(onAnotherWay(), 'voice', result, 60, T0);
      expect(flow.currentStep(outcome.state), JSON.stringify(result)).to.equal('other-channel');
      expect(outcome.state.channel).to.equal('sms');
      expect(outcome.waitSeconds).to.equal(undefined);
    }
  });

  it('refused: too soon waits on the other channel; a limit stays; another country goes to the help desk', () => {
    const failed = (failure: Parameters<typeof switchOutcome>[2] & { kind: 'failed' }) =>
      switchOutcome(onAnotherWay(), 'voice', failure, 60, T0);
    const tooSoon = failed({ kind: 'failed', failure: { kind: 'wait', seconds: 90, code: 'E0000133' } });
    expect([tooSoon.state.channel, flow.currentStep(tooSoon.state), tooSoon.waitSeconds]).to.deep.equal([
      'voice',
      'wait',
      90,
    ]);
    const limit = failed({ kind: 'failed', failure: { kind: 'limit', code: 'E0000151' } });
    expect([limit.state.channel, flow.currentStep(limit.state), limit.state.blocked]).to.deep.equal([
      'sms',
      'another-way',
      null,
    ]);
    expect(limit.notice?.key).to.equal('retry.limit');
    const country = failed({ kind: 'failed', failure: { kind: 'unsupported-country', code: 'E0000099' } });
    expect([flow.currentStep(country.state), country.state.blocked]).to.deep.equal([
      'help-desk',
      'unsupported-country',
    ]);
    const error = failed({ kind: 'failed', failure: { kind: 'error', code: 'new-transaction' } });
    expect([flow.currentStep(error.state), error.notice?.key]).to.deep.equal(['other-channel', 'retry.failed']);
  });
});
