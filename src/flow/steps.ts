/**
 * The troubleshooting decision tree, as data a support lead can review.
 *
 * Each step asks one question. Each answer names the next step. Step and
 * answer ids are stable: they appear in events, saved state and the
 * help-desk summary, and they key the text in `locales/<lang>/translation.json`
 * (`steps.<step>.title`, `steps.<step>.answers.<answer>`).
 *
 * Order follows likelihood: set-up and lock-out first (the seed article's
 * first cause), then the number, the wait, the phone, an outage, another
 * way in, and the help desk. Every step also offers Back, Start over and
 * "I got my code" (rendered by the element, not listed here).
 */

export type Channel = 'sms' | 'voice';

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
}

export interface Answer {
  id: string;
  next: StepId;
  /** The answer is offered only when this holds. */
  when?: (context: FlowContext) => boolean;
  /** For the first step: the answer also sets the channel. */
  channel?: Channel;
  /** Drawn as the main (filled) button. */
  primary?: boolean;
}

export interface StepDefinition {
  /** Terminal steps end the journey: no answers, only Start over. */
  terminal?: boolean;
  /** The step is passed over (as if answered with its first offered answer) when this holds. */
  skip?: (context: FlowContext) => boolean;
  answers: readonly Answer[];
}

const offersOktaVerify = (context: FlowContext) => context.oktaVerify;

export const STEPS: Readonly<Record<StepId, StepDefinition>> = {
  channel: {
    skip: (context) => context.channelFixed,
    answers: [
      { id: 'sms', next: 'enrolled', channel: 'sms' },
      { id: 'voice', next: 'enrolled', channel: 'voice' },
    ],
  },
  // Okta shows the code screen even when no number was ever added.
  enrolled: {
    answers: [
      { id: 'yes', next: 'locked', primary: true },
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
      { id: 'no', next: 'number', primary: true },
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
      { id: 'yes', next: 'wait', primary: true },
      { id: 'no', next: 'wrong-number' },
    ],
  },
  'wrong-number': {
    answers: [{ id: 'help-desk', next: 'help-desk', primary: true }],
  },
  wait: {
    answers: [{ id: 'still-nothing', next: 'phone' }],
  },
  phone: {
    answers: [
      { id: 'fixed', next: 'wait', primary: true },
      { id: 'all-fine', next: 'outage' },
    ],
  },
  outage: {
    answers: [
      { id: 'incident', next: 'outage-known' },
      { id: 'none', next: 'another-way', primary: true },
    ],
  },
  'outage-known': {
    answers: [
      { id: 'another-way', next: 'another-way', primary: true },
      { id: 'help-desk', next: 'help-desk' },
    ],
  },
  'another-way': {
    answers: [
      { id: 'okta-verify', next: 'use-okta-verify', when: offersOktaVerify, primary: true },
      { id: 'help-desk', next: 'help-desk' },
    ],
  },
  'use-okta-verify': {
    answers: [{ id: 'not-set-up', next: 'help-desk' }],
  },
  'help-desk': { terminal: true, answers: [] },
  resolved: { terminal: true, answers: [] },
};

/** The checklist on the `phone` step (REFERENCE.md §2). `channel` limits an item to one channel. */
export interface ChecklistItem {
  id: string;
  channel?: Channel;
}

export const PHONE_CHECKLIST: readonly ChecklistItem[] = [
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
];

export const checklistFor = (channel: Channel | null): ChecklistItem[] =>
  PHONE_CHECKLIST.filter((item) => !item.channel || item.channel === channel);
