import { expect } from '@open-wc/testing';
import * as flow from '../../src/flow/machine.js';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { checklistFor, JUMPS, STEPS, type FlowContext, type StepId } from '../../src/flow/steps.js';
import { requestCounts } from '../../src/flow/summary.js';
import { allSteps, gotCodeStep, shortestPaths } from '../step-graph.js';

const full: FlowContext = { channelFixed: false, hasPhoneHint: true, oktaVerify: true };
const T0 = Date.UTC(2026, 10, 28, 10, 0, 0);

/** Walks answers from the start and returns the step ids visited. */
function walk(answers: string[], context: FlowContext = full, channel: 'sms' | 'voice' | null = null) {
  let state = flow.startState(context, channel, T0);
  answers.forEach((id, i) => {
    const before = state;
    state = flow.answer(state, id, context, T0 + (i + 1) * 1000);
    expect(state, `answer "${id}" on ${flow.currentStep(before)}`).to.not.equal(before);
  });
  return state;
}

describe('flow: every path of the decision tree', () => {
  const paths: Array<[string, string[], StepId[]]> = [
    ['not set up → help desk', ['sms', 'no', 'help-desk'], ['channel', 'enrolled', 'not-enrolled', 'help-desk']],
    [
      'not sure → Okta Verify',
      ['voice', 'unsure', 'okta-verify'],
      ['channel', 'enrolled', 'not-enrolled', 'use-okta-verify'],
    ],
    ["not set up, but I'm sure → locked", ['sms', 'no', 'sure'], ['channel', 'enrolled', 'not-enrolled', 'locked']],
    [
      'locked → help desk',
      ['sms', 'yes', 'yes', 'help-desk'],
      ['channel', 'enrolled', 'locked', 'locked-out', 'help-desk'],
    ],
    [
      'maybe locked → unlocked → number',
      ['sms', 'yes', 'maybe', 'unlocked'],
      ['channel', 'enrolled', 'locked', 'locked-out', 'number'],
    ],
    [
      'old number → help desk',
      ['sms', 'yes', 'no', 'no', 'help-desk'],
      ['channel', 'enrolled', 'locked', 'number', 'wrong-number', 'help-desk'],
    ],
    [
      'phone fixed → wait again',
      ['sms', 'yes', 'no', 'yes', 'still-nothing', 'fixed'],
      ['channel', 'enrolled', 'locked', 'number', 'wait', 'phone', 'wait'],
    ],
    [
      'outage known → another way → Okta Verify',
      ['voice', 'yes', 'no', 'yes', 'still-nothing', 'all-fine', 'incident', 'another-way', 'okta-verify'],
      [
        'channel',
        'enrolled',
        'locked',
        'number',
        'wait',
        'phone',
        'outage',
        'outage-known',
        'another-way',
        'use-okta-verify',
      ],
    ],
    [
      'no outage → no other way → help desk',
      ['sms', 'yes', 'no', 'yes', 'still-nothing', 'all-fine', 'none', 'help-desk'],
      ['channel', 'enrolled', 'locked', 'number', 'wait', 'phone', 'outage', 'another-way', 'help-desk'],
    ],
    [
      'Okta Verify never set up → help desk',
      ['sms', 'yes', 'no', 'yes', 'still-nothing', 'all-fine', 'none', 'okta-verify', 'not-set-up'],
      [
        'channel',
        'enrolled',
        'locked',
        'number',
        'wait',
        'phone',
        'outage',
        'another-way',
        'use-okta-verify',
        'help-desk',
      ],
    ],
    [
      'outage known → help desk',
      ['sms', 'yes', 'no', 'yes', 'still-nothing', 'all-fine', 'incident', 'help-desk'],
      ['channel', 'enrolled', 'locked', 'number', 'wait', 'phone', 'outage', 'outage-known', 'help-desk'],
    ],
  ];
  for (const [name, answers, expected] of paths) {
    it(name, () => expect(walk(answers).path).to.deep.equal(expected));
  }

  it('records the channel from the first answer', () => {
    expect(walk(['voice']).channel).to.equal('voice');
    expect(walk(['sms']).channel).to.equal('sms');
  });

  it('skips the channel question when the page fixed it', () => {
    const state = flow.startState({ ...full, channelFixed: true }, 'voice', T0);
    expect(state.path).to.deep.equal(['enrolled']);
    expect(state.channel).to.equal('voice');
  });

  it('skips the number step without a phone hint', () => {
    const context = { ...full, hasPhoneHint: false };
    expect(walk(['sms', 'yes', 'no'], context).path).to.deep.equal(['channel', 'enrolled', 'locked', 'wait']);
  });

  it('hides Okta Verify answers when okta-verify is off', () => {
    const context = { ...full, oktaVerify: false };
    expect(flow.offeredAnswers('another-way', context).map((a) => a.id)).to.deep.equal(['help-desk']);
    expect(flow.offeredAnswers('not-enrolled', context).map((a) => a.id)).to.not.include('okta-verify');
    const state = walk(['sms', 'no'], context);
    expect(flow.answer(state, 'okta-verify', context, T0)).to.equal(state);
  });

  it('ignores an answer the step does not offer', () => {
    const state = walk(['sms']);
    expect(flow.answer(state, 'fixed', full, T0)).to.equal(state);
  });

  it('goes back to the previous step with its answer remembered', () => {
    const state = walk(['sms', 'yes', 'maybe']);
    const back = flow.back(state);
    expect(flow.currentStep(back)).to.equal('locked');
    expect(back.answers.locked).to.equal('maybe');
    expect(flow.back(flow.back(flow.back(back)))).to.deep.equal(flow.back(flow.back(back)));
  });

  it('jumps to resolved from any step, once', () => {
    const state = flow.resolve(walk(['sms', 'yes']), T0);
    expect(flow.currentStep(state)).to.equal('resolved');
    expect(flow.resolve(state, T0)).to.equal(state);
  });

  it('counts "Step N of M" along the path, with the steps still ahead', () => {
    expect(flow.progress(flow.startState(full, null, T0), full)).to.deep.equal({ index: 1, total: 9 });
    expect(flow.progress(walk(['sms']), full)).to.deep.equal({ index: 2, total: 9 });
    expect(flow.progress(walk(['sms', 'no']), full)).to.deep.equal({ index: 3, total: 4 });
    const noHint = { ...full, hasPhoneHint: false, channelFixed: true };
    expect(flow.progress(flow.startState(noHint, 'sms', T0), noHint)).to.deep.equal({ index: 1, total: 7 });
    const end = walk(['sms', 'no', 'help-desk']);
    const { index, total } = flow.progress(end, full);
    expect(index).to.equal(total);
  });

  it('keeps a timeline of answers and requests for the summary', () => {
    let state = walk(['sms', 'yes']);
    state = flow.recordRequest(state, T0 + 5000, 'sent');
    state = flow.recordRequest(state, T0 + 6000, 'failed', 'E0000109');
    expect(requestCounts(state).sent).to.equal(1);
    const answered = state.timeline
      .filter((e) => e.kind === 'step' && e.answer)
      .map((e) => e.kind === 'step' && e.answer);
    expect(answered).to.deep.equal(['sms', 'yes']);
    expect(state.timeline.at(-1)).to.deep.equal({
      at: T0 + 6000,
      kind: 'request',
      channel: 'sms',
      result: 'failed',
      code: 'E0000109',
    });
  });

  it('ticks and unticks checklist items', () => {
    let state = flow.toggleChecked(walk(['sms']), 'signal');
    expect(state.checked).to.deep.equal(['signal']);
    state = flow.toggleChecked(state, 'signal');
    expect(state.checked).to.deep.equal([]);
  });

  it('shows only the checklist items of the channel', () => {
    const sms = checklistFor('sms').map((i) => i.id);
    const voice = checklistFor('voice').map((i) => i.id);
    expect(sms).to.include('short-codes').and.not.include('silence-unknown');
    expect(voice).to.include('silence-unknown').and.not.include('inbox-full');
  });

  it('leaves every step a way forward (no dead end but the terminal ones)', () => {
    for (const [id, step] of Object.entries(STEPS)) {
      if (step.terminal) continue;
      expect(flow.offeredAnswers(id as StepId, { ...full, oktaVerify: false }), id).to.not.be.empty;
    }
  });

  it('derives the main line from the mainLine answers, one per step, ending on a terminal step', () => {
    // The path of a user for whom every fix fails, as spelled out above.
    const everyFixFails = paths.find(([name]) => name === 'no outage → no other way → help desk')![2];
    const line = flow.mainLine();
    expect(line).to.deep.equal(everyFixFails);
    expect(flow.isTerminal(line.at(-1)!)).to.equal(true);
    for (const [id, step] of Object.entries(STEPS)) {
      expect(step.answers.filter((answer) => answer.mainLine).length, id).to.be.at.most(1);
    }
  });

  it('reaches every step from the first one, by answers or by "I got my code"', () => {
    const reached = new Set([...shortestPaths().keys(), gotCodeStep]);
    expect([...reached].sort()).to.deep.equal(allSteps().sort());
    for (const target of Object.values(JUMPS)) expect(STEPS, target).to.have.property(target);
  });
});

describe('flow: every reachable step has its text (locales/en)', () => {
  const steps = en.steps as Record<string, { title?: string; title_sms?: string; answers?: Record<string, string> }>;
  const reachable = [...shortestPaths().keys(), gotCodeStep];
  for (const id of reachable) {
    it(id, () => {
      const text = steps[id];
      expect(text, `steps.${id} in locales/en/translation.json`).to.be.an('object');
      expect(text.title ?? text.title_sms, `steps.${id}.title`).to.be.a('string').and.not.be.empty;
      for (const answer of STEPS[id].answers) {
        expect(text.answers?.[answer.id], `steps.${id}.answers.${answer.id}`).to.be.a('string').and.not.be.empty;
      }
    });
  }
});
