/**
 * The decision tree walked as a graph, so that tests cover every step of `STEPS` without
 * copying step sequences by hand: a step added to src/flow/steps.ts is walked, rendered and
 * checked with no edit here. Read on each call, so a test fixture that adds a step is seen.
 */
import * as flow from '../src/flow/machine.js';
import { FIRST_STEP, JUMPS, STEPS, type FlowContext, type StepId } from '../src/flow/steps.js';

/** Every option that adds content on: the masked number (shows `number`), Okta Verify, a call after a text. */
export const FULL_CONTEXT: FlowContext = {
  channelFixed: false,
  hasPhoneHint: true,
  oktaVerify: true,
  otherChannel: 'voice',
};

export const allSteps = (): StepId[] => Object.keys(STEPS) as StepId[];

/** The first step shown, and each answer as the edge it is. */
const edgesFrom = (step: StepId, context: FlowContext) =>
  flow.offeredAnswers(step, context).map((answer) => ({ answer: answer.id, to: flow.landOn(answer.next, context) }));

/** The shortest answers from the first step to each step reachable by answers (breadth-first). */
export function shortestPaths(context: FlowContext = FULL_CONTEXT): Map<StepId, string[]> {
  const first = flow.landOn(FIRST_STEP, context);
  const paths = new Map<StepId, string[]>([[first, []]]);
  const queue: StepId[] = [first];
  for (let step = queue.shift(); step; step = queue.shift()) {
    for (const { answer, to } of edgesFrom(step, context)) {
      if (paths.has(to)) continue;
      paths.set(to, [...paths.get(step)!, answer]);
      queue.push(to);
    }
  }
  return paths;
}

/** Steps reached only by "I got my code" (a jump, not an answer). */
export const gotCodeStep: StepId = JUMPS.gotCode;

/** One move of a walk: on `from`, press an answer, Back, "I got my code" or Start over. */
export type Move =
  | { from: StepId; kind: 'answer'; answer: string; to: StepId }
  | { from: StepId; kind: 'back' | 'got-code' | 'restart'; to: StepId };

/**
 * A walk that shows every step: depth-first along the answers (Back after each branch), then
 * "I got my code" and Start over. Each step is entered once by an answer or a jump.
 */
export function tour(context: FlowContext = FULL_CONTEXT): Move[] {
  const first = flow.landOn(FIRST_STEP, context);
  const seen = new Set<StepId>([first]);
  const moves: Move[] = [];
  const visit = (step: StepId) => {
    for (const { answer, to } of edgesFrom(step, context)) {
      if (seen.has(to)) continue;
      seen.add(to);
      moves.push({ from: step, kind: 'answer', answer, to });
      visit(to);
      moves.push({ from: to, kind: 'back', to: step });
    }
  };
  visit(first);
  moves.push({ from: first, kind: 'got-code', to: gotCodeStep });
  moves.push({ from: gotCodeStep, kind: 'restart', to: first });
  return moves;
}
