/**
 * Pure transitions over the decision tree in `steps.ts`. No DOM, no clock:
 * every function takes the state and `now` and returns a new state.
 */
import { otherChannelOf, type Channel, type FailureKind } from '../types.js';
import { answersOf, FIRST_STEP, JUMPS, STEPS, type Answer, type FlowContext, type StepId } from './steps.js';

/** Why the server says no more codes can be sent. */
export type BlockReason = 'limit' | 'unsupported-country';

/**
 * How asking for the other channel ended: `sent` by the page (its handler, or on the event),
 * `asked` on the sign-in page as the user says, `not-switched` when the page cancelled, `failed`.
 */
export type SwitchResult = 'sent' | 'asked' | 'not-switched' | 'failed';

export type TimelineEntry =
  | { at: number; kind: 'step'; step: StepId; answer?: string }
  | {
      at: number;
      kind: 'request';
      channel: Channel;
      result: RequestResult;
      /** Why a failed request failed, as the server (or the network) answered. */
      reason?: FailureKind;
      code?: string;
    }
  | { at: number; kind: 'switch'; from: Channel; to: Channel; result: SwitchResult; code?: string };

export type RequestResult = 'sent' | 'not-sent' | 'failed';

export interface WizardState {
  channel: Channel | null;
  /** Steps visited, the current one last. Back pops it. */
  path: StepId[];
  /** The last answer given on each step, so Back shows the step as the user left it. */
  answers: Partial<Record<StepId, string>>;
  /** Ticked checklist items on the `phone` step. */
  checked: string[];
  /** Set when the server refused for good: the retry button goes away. */
  blocked: BlockReason | null;
  /** What happened, for the help-desk summary. */
  timeline: TimelineEntry[];
}

/** The timeline keeps the most recent entries only; a summary need not be a novel. */
const TIMELINE_LIMIT = 60;

/**
 * The steps a user walks when every fix fails (the `mainLine` answers from the first step):
 * used to count "Step N of M". Read from `STEPS` on each call, so it never disagrees with it.
 */
export function mainLine(): StepId[] {
  const line: StepId[] = [];
  for (let step: StepId | undefined = FIRST_STEP; step && !line.includes(step);) {
    line.push(step);
    step = STEPS[step].answers.find((candidate) => candidate.mainLine)?.next;
  }
  return line;
}

/** Terminal steps end the journey: no answers, only Start over. */
export const isTerminal = (step: StepId): boolean => STEPS[step].terminal === true;

export const offeredAnswers = (step: StepId, context: FlowContext): Answer[] =>
  answersOf(step).filter((answer) => !answer.when || answer.when(context));

/** Follows skipped steps (e.g. `channel` when the attribute fixed it) to the first step to show. */
export function landOn(step: StepId, context: FlowContext): StepId {
  let current = step;
  for (let guard = 0; guard < 20 && STEPS[current].skip?.(context); guard++) {
    current = offeredAnswers(current, context)[0].next;
  }
  return current;
}

const appendTimeline = (state: WizardState, entry: TimelineEntry): TimelineEntry[] =>
  [...state.timeline, entry].slice(-TIMELINE_LIMIT);

const visit = (state: WizardState, step: StepId, now: number): WizardState => ({
  ...state,
  path: [...state.path, step],
  timeline: appendTimeline(state, { at: now, kind: 'step', step }),
});

export function startState(context: FlowContext, channel: Channel | null, now: number): WizardState {
  const first = landOn(FIRST_STEP, context);
  return {
    channel,
    path: [first],
    answers: {},
    checked: [],
    blocked: null,
    timeline: [{ at: now, kind: 'step', step: first }],
  };
}

export const currentStep = (state: WizardState): StepId => state.path[state.path.length - 1];

/** Applies an answer on the current step. An answer the step does not offer leaves the state as it is. */
export function answer(state: WizardState, answerId: string, context: FlowContext, now: number): WizardState {
  const step = currentStep(state);
  const chosen = offeredAnswers(step, context).find((candidate) => candidate.id === answerId);
  if (!chosen) return state;
  let answered: WizardState = {
    ...state,
    channel: chosen.channel ?? state.channel,
    answers: { ...state.answers, [step]: answerId },
    timeline: appendTimeline(state, { at: now, kind: 'step', step, answer: answerId }),
  };
  if (chosen.switchChannel === 'asked' && context.otherChannel) {
    answered = switchChannel(answered, context.otherChannel, 'asked', now);
  }
  return visit(answered, landOn(chosen.next, context), now);
}

/**
 * Records asking for the other channel. A code on its way by it (`sent`, `asked`) moves the
 * wizard onto it: its own wait, and no refusal of the old channel's requests holds any more.
 */
export function switchChannel(
  state: WizardState,
  to: Channel,
  result: SwitchResult,
  now: number,
  code?: string,
): WizardState {
  const from = state.channel ?? otherChannelOf(to);
  const entry: TimelineEntry = { at: now, kind: 'switch', from, to, result, ...(code ? { code } : {}) };
  const timeline = appendTimeline(state, entry);
  if (result !== 'sent' && result !== 'asked') return { ...state, timeline };
  return { ...state, channel: to, blocked: null, timeline };
}

/** The channel a saved journey switched to, if it did: it wins over the page's first `channel`. */
export const switchedTo = (state: WizardState): Channel | null =>
  state.timeline.some((entry) => entry.kind === 'switch') ? state.channel : null;

export function back(state: WizardState): WizardState {
  if (state.path.length < 2) return state;
  return { ...state, path: state.path.slice(0, -1) };
}

/** Goes straight to a step (server answers, "I got my code"). Staying put is a no-op. */
export function jumpTo(state: WizardState, step: StepId, now: number): WizardState {
  return currentStep(state) === step ? state : visit(state, step, now);
}

export const resolve = (state: WizardState, now: number): WizardState => jumpTo(state, JUMPS.gotCode, now);

export function toggleChecked(state: WizardState, item: string): WizardState {
  const checked = state.checked.includes(item) ? state.checked.filter((id) => id !== item) : [...state.checked, item];
  return { ...state, checked };
}

export function recordRequest(
  state: WizardState,
  now: number,
  result: RequestResult,
  code?: string,
  reason?: FailureKind,
): WizardState {
  const channel = state.channel ?? 'sms';
  const entry: TimelineEntry = {
    at: now,
    kind: 'request',
    channel,
    result,
    ...(reason ? { reason } : {}),
    ...(code ? { code } : {}),
  };
  return { ...state, timeline: appendTimeline(state, entry) };
}

export const block = (state: WizardState, reason: BlockReason): WizardState => ({ ...state, blocked: reason });

/**
 * "Step N of M": N counts the steps walked. M, the steps of the main line this page shows, is
 * known only while the user walks that line; off it (a branch, a loop back, a jump) the end is not
 * known, and M is left out (null) rather than shown growing.
 */
export function progress(state: WizardState, context: FlowContext): { index: number; total: number | null } {
  const index = state.path.length;
  const line = mainLine().filter((step) => !STEPS[step].skip?.(context));
  const onLine = state.path.every((step, at) => line[at] === step);
  return { index, total: onLine ? line.length : null };
}
