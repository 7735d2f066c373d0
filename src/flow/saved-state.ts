/**
 * The wizard's place, as saved between page loads. Pure: `now` is an argument.
 *
 * Only step ids, answer ids, checklist ids, counts and times are saved: never
 * the phone hint, a code or anything the user typed. Anything unexpected
 * (another version, a hand edit, a step this version does not know) makes the
 * whole record unusable, and the wizard starts fresh.
 */
import type { BlockReason, TimelineEntry, WizardState } from './machine.js';
import { FAILURE_KINDS, isChannel, type FailureKind } from '../types.js';
import { answersOf, PHONE_CHECKLIST, STEPS, type StepId } from './steps.js';

export const SAVED_STATE_VERSION = 1;
/** Longer than a reset code lives (5 minutes) and than a typical support call wait. */
export const SAVED_STATE_MAX_AGE_MS = 30 * 60 * 1000;

interface SavedRecord {
  version: number;
  savedAt: number;
  state: WizardState;
}

export type LoadResult =
  | { kind: 'restored'; state: WizardState }
  | { kind: 'none' }
  | { kind: 'expired' }
  | { kind: 'unusable'; reason: string };

/** A server's error code as saved: word characters, space, `.:-`, at most 40 (e.g. `E0000109`, `rate.limited`). */
const MAX_SAVED_CODE_LENGTH = 40;
const savedCode = (code: string): string | undefined =>
  code
    .replace(/[^\w .:-]/g, '')
    .slice(0, MAX_SAVED_CODE_LENGTH)
    .trim() || undefined;

/** Codes are written in the form the reader accepts, so whatever is written reads back. */
function withSavedCodes(state: WizardState): WizardState {
  const timeline = state.timeline.map((entry) => {
    if (entry.kind !== 'request' || entry.code === undefined) return entry;
    const { code, ...rest } = entry;
    const saved = savedCode(code);
    return saved ? { ...rest, code: saved } : rest;
  });
  return { ...state, timeline };
}

export const serializeState = (state: WizardState, now: number): string =>
  JSON.stringify({ version: SAVED_STATE_VERSION, savedAt: now, state: withSavedCodes(state) } satisfies SavedRecord);

const isStep = (value: unknown): value is StepId => typeof value === 'string' && Object.hasOwn(STEPS, value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;
const CHECKLIST_IDS = new Set<string>(PHONE_CHECKLIST.map((item) => item.id));
const BLOCK_REASONS: ReadonlyArray<BlockReason | null> = [null, 'limit', 'unsupported-country'];

function isAnswerOf(step: StepId, answer: unknown): boolean {
  return typeof answer === 'string' && answersOf(step).some((candidate) => candidate.id === answer);
}

function isTimelineEntry(entry: unknown): entry is TimelineEntry {
  if (!entry || typeof entry !== 'object') return false;
  const candidate = entry as Record<string, unknown>;
  if (!isTime(candidate.at)) return false;
  if (candidate.kind === 'step') {
    return isStep(candidate.step) && (candidate.answer === undefined || isAnswerOf(candidate.step, candidate.answer));
  }
  const validCode =
    candidate.code === undefined || (typeof candidate.code === 'string' && /^[\w -]{1,20}$/.test(candidate.code));
  if (candidate.kind === 'switch') {
    return (
      isChannel(candidate.from) &&
      isChannel(candidate.to) &&
      ['sent', 'asked', 'not-switched', 'failed'].includes(candidate.result as string) &&
      validCode
    );
  }
  return (
    candidate.kind === 'request' &&
    (candidate.channel === 'sms' || candidate.channel === 'voice') &&
    ['sent', 'not-sent', 'failed'].includes(candidate.result as string) &&
    (candidate.reason === undefined || FAILURE_KINDS.includes(candidate.reason as FailureKind)) &&
    (candidate.code === undefined ||
      (typeof candidate.code === 'string' && savedCode(candidate.code) === candidate.code))
  );
}

function validState(value: unknown): value is WizardState {
  if (!value || typeof value !== 'object') return false;
  const state = value as Record<string, unknown>;
  const answers = state.answers as Record<string, unknown> | null;
  return (
    (state.channel === null || state.channel === 'sms' || state.channel === 'voice') &&
    Array.isArray(state.path) &&
    state.path.length > 0 &&
    state.path.length <= 100 &&
    state.path.every(isStep) &&
    !!answers &&
    typeof answers === 'object' &&
    Object.entries(answers).every(([step, answer]) => isStep(step) && isAnswerOf(step, answer)) &&
    Array.isArray(state.checked) &&
    state.checked.every((item) => typeof item === 'string' && CHECKLIST_IDS.has(item)) &&
    BLOCK_REASONS.includes(state.blocked as BlockReason | null) &&
    Array.isArray(state.timeline) &&
    state.timeline.length <= 200 &&
    state.timeline.every(isTimelineEntry)
  );
}

export function deserializeState(text: string | null, now: number): LoadResult {
  if (text === null) return { kind: 'none' };
  let record: Partial<SavedRecord>;
  try {
    record = JSON.parse(text) as Partial<SavedRecord>;
  } catch {
    return { kind: 'unusable', reason: 'not JSON' };
  }
  if (!record || typeof record !== 'object') return { kind: 'unusable', reason: 'not an object' };
  if (record.version !== SAVED_STATE_VERSION) {
    return { kind: 'unusable', reason: `saved by version ${String(record.version)}, this is ${SAVED_STATE_VERSION}` };
  }
  if (!isTime(record.savedAt)) return { kind: 'unusable', reason: 'no valid time' };
  // A future time means a moved clock or a hand edit: not trustworthy either way.
  if (record.savedAt > now + 60_000) return { kind: 'unusable', reason: 'saved in the future' };
  if (now - record.savedAt > SAVED_STATE_MAX_AGE_MS) return { kind: 'expired' };
  if (!validState(record.state)) return { kind: 'unusable', reason: 'unexpected content' };
  const { channel, path, answers, checked, blocked, timeline } = record.state;
  return { kind: 'restored', state: { channel, path, answers, checked, blocked, timeline } };
}
