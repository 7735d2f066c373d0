/**
 * The troubleshooting decision tree, as data a support lead can review
 * (docs/flow.md). Everything else about the tree is derived from `STEPS`:
 * the main line that counts "Step N of M", which steps end the journey, and
 * the step cases the accessibility tests walk.
 *
 * Each step asks one question. Each answer names the next step. Step and
 * answer ids are stable: they appear in events, saved state and the
 * help-desk summary, and they key the text in `locales/<lang>/translation.json`
 * (`steps.<step>.title`, `steps.<step>.body`, `steps.<step>.answers.<answer>`).
 *
 * Order follows likelihood: set-up and lock-out first, then the number, the
 * wait, the phone, an outage, another way in, and the help desk. Back, Start
 * over and "I got my code" are on every step (drawn by `views/card.ts`, not
 * listed here). Adding a step: the README's "Add a step".
 */
import type { StepTextKey } from '../i18n/keys.js';
import type { Channel } from '../types.js';

export type StepId =
  | 'channel'
  | 'enrolled'
  | 'not-enrolled'
  | 'locked'
  | 'locked-out'
  | 'number'
  | 'wrong-number'
  | 'wait'
  | 'phone'
  | 'outage'
  | 'outage-known'
  | 'another-way'
  | 'other-channel'
  | 'use-okta-verify'
  | 'help-desk'
  | 'resolved';

/** What the page told us, which hides answers or whole steps. */
export interface FlowContext {
  /** The channel was fixed by the `channel` attribute: the first question is skipped. */
  channelFixed: boolean;
  /** A masked number was given (`phone-hint`): the "is this your number" step is shown. */
  hasPhoneHint: boolean;
  /** Okta Verify is offered as the fallback (`okta-verify="on"`). */
  oktaVerify: boolean;
  /**
   * The channel the code can come by instead: the org enabled it (`channels`) and the channel in
   * use is known. Null or absent: the other channel is never offered.
   */
  otherChannel?: Channel | null;
}

export interface Answer {
  id: string;
  next: StepId;
  /** The answer is offered only when this holds. */
  when?: (context: FlowContext) => boolean;
  /** For the first step: the answer also sets the channel. */
  channel?: Channel;
  /**
   * The other channel (docs/flow.md, "The other channel"). `ask`: choosing the answer asks for
   * the code by it (`sspr-switch-channel`, then the page's handler, or `next`, which says what to
   * press on the sign-in page). `asked`: the user asked for it there; the wizard continues on it.
   */
  switchChannel?: 'ask' | 'asked';
  /** Drawn as the main (filled) button. */
  primary?: boolean;
  /** One of `SHORTCUTS`: drawn quietly after the step's own answers, its text in `shortcuts.<id>`. */
  shortcut?: true;
  /**
   * The answer of a user for whom every fix fails: following these from `FIRST_STEP` gives the
   * main line, which counts "Step N of M". At most one per step.
   */
  mainLine?: true;
}

export interface StepDefinition {
  /** Terminal steps end the journey: no answers, only Start over. */
  terminal?: true;
  /** The step is passed over (as if answered with its first offered answer) when this holds. */
  skip?: (context: FlowContext) => boolean;
  answers: readonly Answer[];
}

/** Where every journey starts (a skipped first step passes on to the next). */
export const FIRST_STEP: StepId = 'channel';

/**
 * Where the wizard goes other than by an answer: "I got my code", the help-desk link of an
 * error notice, and the server's answers to a resend (docs/flow.md, "Server answers").
 */
export const JUMPS = {
  gotCode: 'resolved',
  helpDesk: 'help-desk',
  // Server answers, by the kind of refusal (retry/outcome.ts `RetryFailure`).
  wait: 'wait',
  limit: 'another-way',
  'unsupported-country': 'help-desk',
  // The other channel: where the wizard continues on it, and where it says what to press.
  switched: 'wait',
  switchOnSigninPage: 'other-channel',
} as const satisfies Record<string, StepId>;

const offersOktaVerify = (context: FlowContext) => context.oktaVerify;
const offersChannel = (channel: Channel) => (context: FlowContext) => context.otherChannel === channel;
const offersOtherChannel = (context: FlowContext) => Boolean(context.otherChannel);

export const STEPS: Readonly<Record<StepId, StepDefinition>> = {
  channel: {
    skip: (context) => context.channelFixed,
    answers: [
      { id: 'sms', next: 'enrolled', channel: 'sms', mainLine: true },
      { id: 'voice', next: 'enrolled', channel: 'voice' },
    ],
  },
  // Okta shows the code screen even when no number was ever added.
  enrolled: {
    answers: [
      { id: 'yes', next: 'locked', primary: true, mainLine: true },
      { id: 'no', next: 'not-enrolled' },
      { id: 'unsure', next: 'not-enrolled' },
    ],
  },
  'not-enrolled': {
    answers: [
      { id: 'sure', next: 'locked' },
      { id: 'okta-verify', next: 'use-okta-verify', when: offersOktaVerify },
      { id: 'help-desk', next: 'help-desk', primary: true },
    ],
  },
  // A locked account gets no reset code at all.
  locked: {
    answers: [
      { id: 'no', next: 'number', primary: true, mainLine: true },
      { id: 'yes', next: 'locked-out' },
      { id: 'maybe', next: 'locked-out' },
    ],
  },
  'locked-out': {
    answers: [
      { id: 'unlocked', next: 'number' },
      { id: 'help-desk', next: 'help-desk', primary: true },
    ],
  },
  number: {
    skip: (context) => !context.hasPhoneHint,
    answers: [
      { id: 'yes', next: 'wait', primary: true, mainLine: true },
      { id: 'no', next: 'wrong-number' },
    ],
  },
  'wrong-number': {
    answers: [{ id: 'help-desk', next: 'help-desk', primary: true }],
  },
  wait: {
    answers: [{ id: 'still-nothing', next: 'phone', mainLine: true }],
  },
  phone: {
    answers: [
      { id: 'fixed', next: 'wait', primary: true },
      { id: 'all-fine', next: 'outage', mainLine: true },
    ],
  },
  outage: {
    answers: [
      { id: 'incident', next: 'outage-known' },
      { id: 'none', next: 'another-way', primary: true, mainLine: true },
    ],
  },
  'outage-known': {
    answers: [
      { id: 'another-way', next: 'another-way', primary: true },
      { id: 'help-desk', next: 'help-desk' },
    ],
  },
  // The other channel comes first: same number, no app needed (docs/reference.md, "Phone and carrier").
  'another-way': {
    answers: [
      { id: 'voice-call', next: 'other-channel', switchChannel: 'ask', when: offersChannel('voice'), primary: true },
      { id: 'text-message', next: 'other-channel', switchChannel: 'ask', when: offersChannel('sms'), primary: true },
      { id: 'okta-verify', next: 'use-okta-verify', when: offersOktaVerify, primary: true },
      { id: 'help-desk', next: 'help-desk', mainLine: true },
    ],
  },
  // Reached when the page cannot switch itself: what to press on the sign-in page.
  'other-channel': {
    answers: [
      { id: 'asked', next: 'wait', switchChannel: 'asked', when: offersOtherChannel, primary: true },
      { id: 'not-offered', next: 'help-desk' },
    ],
  },
  'use-okta-verify': {
    answers: [{ id: 'not-set-up', next: 'help-desk' }],
  },
  'help-desk': { terminal: true, answers: [] },
  resolved: { terminal: true, answers: [] },
};

/**
 * Ways out offered on every non-final step besides its own answers, so that they are always one
 * activation away. A shortcut is left off the step it leads to and any step whose own answers
 * already lead there (`answersOf`).
 */
export const SHORTCUTS: readonly Answer[] = [
  // Someone who has Okta Verify should not have to walk the SMS checks to be told to use it.
  { id: 'okta-verify', next: 'use-okta-verify', when: offersOktaVerify, shortcut: true },
];

/** Where an answer's words are: a shortcut's in `shortcuts.<id>`, a step's own in `steps.<step>.answers.<id>`. */
export const answerTextKey = (step: StepId, answerId: string): StepTextKey =>
  SHORTCUTS.some((shortcut) => shortcut.id === answerId) && !STEPS[step].answers.some(({ id }) => id === answerId)
    ? `shortcuts.${answerId}`
    : `steps.${step}.answers.${answerId}`;

/** A step's own answers, then the shortcuts that take it somewhere it does not already go. */
export function answersOf(step: StepId): readonly Answer[] {
  const own = STEPS[step];
  if (own.terminal) return own.answers;
  const extra = SHORTCUTS.filter(
    (shortcut) => shortcut.next !== step && !own.answers.some((answer) => answer.next === shortcut.next),
  );
  return [...own.answers, ...extra];
}

/** The checklist on the `phone` step (docs/reference.md, "Phone and carrier"). `channel` limits an item to one channel. */
export interface ChecklistItem {
  id: string;
  channel?: Channel;
}

// Ids key the text (`checklist.<id>`): `as const` lets `tsc` check that each has some.
export const PHONE_CHECKLIST = [
  { id: 'signal' },
  { id: 'airplane' },
  { id: 'inbox-full', channel: 'sms' },
  { id: 'blocked', channel: 'sms' },
  { id: 'spam-filter', channel: 'sms' },
  { id: 'short-codes', channel: 'sms' },
  { id: 'do-not-disturb', channel: 'voice' },
  { id: 'silence-unknown', channel: 'voice' },
  { id: 'call-screening', channel: 'voice' },
  { id: 'roaming' },
  { id: 'dual-sim' },
  { id: 'restart' },
] as const satisfies readonly ChecklistItem[];

type PhoneChecklistItem = (typeof PHONE_CHECKLIST)[number];
export type ChecklistId = PhoneChecklistItem['id'];

/**
 * The checklist items the other channel gets around: a call is no text (short codes, blocked
 * senders, filters, a full inbox), a text rings no phone (Do Not Disturb, silenced unknown
 * callers, call screening). The `phone` step offers the other channel right after them.
 */
export const OTHER_CHANNEL_FIXES: ReadonlySet<PhoneChecklistItem['id']> = new Set([
  'inbox-full',
  'blocked',
  'spam-filter',
  'short-codes',
  'do-not-disturb',
  'silence-unknown',
  'call-screening',
] as const);

export const checklistFor = (channel: Channel | null): PhoneChecklistItem[] =>
  PHONE_CHECKLIST.filter((item: ChecklistItem) => !item.channel || item.channel === channel);
