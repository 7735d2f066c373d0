import { expect } from '@open-wc/testing';
import * as flow from '../../src/flow/machine.js';
import en from '../../locales/en/translation.json' with { type: 'json' };
import {
  answersOf,
  checklistFor,
  JUMPS,
  SHORTCUTS,
  STEPS,
  type FlowContext,
  type StepId,
} from '../../src/flow/steps.js';
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

  it('counts "Step N of M" along the main line, and leaves M out off it', () => {
    expect(flow.progress(flow.startState(full, null, T0), full)).to.deep.equal({ index: 1, total: 9 });
    expect(flow.progress(walk(['sms']), full)).to.deep.equal({ index: 2, total: 9 });
    expect(flow.progress(walk(['sms', 'no']), full)).to.deep.equal({ index: 3, total: null });
    const noHint = { ...full, hasPhoneHint: false, channelFixed: true };
    expect(flow.progress(flow.startState(noHint, 'sms', T0), noHint)).to.deep.equal({ index: 1, total: 7 });
    const end = walk(['sms', 'yes', 'no', 'yes', 'still-nothing', 'all-fine', 'none', 'help-desk']);
    expect(flow.progress(end, full)).to.deep.equal({ index: 9, total: 9 });
    // The loop back from the checklist to the wait is off the line: no total that grows.
    const loop = walk(['sms', 'yes', 'no', 'yes', 'still-nothing', 'fixed']);
    expect(flow.progress(loop, full)).to.deep.equal({ index: 7, total: null });
  });

  it('never grows the total of "Step N of M" along any path (every context, every path up to 14 steps)', () => {
    const contexts: FlowContext[] = [false, true].flatMap((channelFixed) =>
      [false, true].flatMap((hasPhoneHint) =>
        [false, true].map((oktaVerify) => ({ channelFixed, hasPhoneHint, oktaVerify })),
      ),
    );
    // An answer, "I got my code" (any step), or a server's answer to the request button (the wait step only).
    const jumps = (step: StepId): StepId[] =>
      step === 'wait' ? [...new Set<StepId>(Object.values(JUMPS))] : [JUMPS.gotCode];
    const moves = (state: flow.WizardState, context: FlowContext) => {
      const step = flow.currentStep(state);
      return [
        ...flow.offeredAnswers(step, context).map((a) => flow.answer(state, a.id, context, T0)),
        ...jumps(step).map((to) => flow.jumpTo(state, to, T0)),
      ];
    };
    let walked = 0;
    const visit = (state: flow.WizardState, context: FlowContext, shown: Array<number | null>) => {
      const { total } = flow.progress(state, context);
      const before = shown.at(-1);
      const trail = `${state.path.join(' → ')} (${[...shown, total].join(', ')})`;
      if (before === null) expect(total, `a total back after it was left out: ${trail}`).to.equal(null);
      if (typeof before === 'number' && total !== null) expect(total, trail).to.be.at.most(before);
      walked++;
      if (state.path.length >= 14 || flow.isTerminal(flow.currentStep(state))) return;
      for (const next of moves(state, context)) if (next !== state) visit(next, context, [...shown, total]);
    };
    for (const context of contexts)
      visit(flow.startState(context, context.channelFixed ? 'sms' : null, T0), context, []);
    console.log(walked);
    expect(walked, 'paths walked').to.be.above(10_000);
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

  it('keeps Okta Verify one activation from every step when offered, and two or three from the start', () => {
    for (const channelFixed of [false, true]) {
      const context = { ...full, channelFixed };
      for (const id of allSteps()) {
        if (flow.isTerminal(id) || id === 'use-okta-verify') continue;
        const leads = flow.offeredAnswers(id, context).some((a) => flow.landOn(a.next, context) === 'use-okta-verify');
        expect(leads, `${id} offers a way to Okta Verify`).to.equal(true);
      }
      const answers = shortestPaths(context).get('use-okta-verify')!;
      expect(answers.length, `activations from the start (channel fixed: ${channelFixed})`).to.be.at.most(
        channelFixed ? 2 : 3,
      );
    }
    const off = { ...full, oktaVerify: false };
    expect(flow.offeredAnswers('enrolled', off).map((a) => a.id)).to.deep.equal(['yes', 'no', 'unsure']);
  });

  it('adds a shortcut only where it leads somewhere new, after the step’s own answers', () => {
    const targets = SHORTCUTS.map((shortcut) => shortcut.next);
    for (const id of allSteps()) {
      const own = STEPS[id].answers;
      const extra = answersOf(id).slice(own.length);
      expect(answersOf(id).slice(0, own.length), id).to.deep.equal([...own]);
      for (const shortcut of extra) {
        expect(shortcut.shortcut, id).to.equal(true);
        expect(shortcut.next, id).to.not.equal(id);
        expect(
          own.map((answer) => answer.next),
          id,
        ).to.not.include(shortcut.next);
      }
      if (STEPS[id].terminal) expect(extra, id).to.be.empty;
    }
    expect(targets).to.include('use-okta-verify');
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
  it('every shortcut', () => {
    const shortcuts = en.shortcuts as Record<string, string>;
    for (const { id } of SHORTCUTS) expect(shortcuts[id], `shortcuts.${id}`).to.be.a('string').and.not.be.empty;
  });
});
