/**
 * The element's events. All bubble and cross shadow roots (`composed`), so a
 * page can listen on `document`. `sspr-retry` and `sspr-switch-channel` are cancelable.
 */
import type { BlockReason, RequestResult } from './flow/machine.js';
import type { StepId } from './flow/steps.js';
import type { Channel, FailureKind } from './types.js';

export interface StepEventDetail {
  step: StepId;
  channel: Channel | null;
  /** 1-based position of the step on the user's path. */
  index: number;
  /** Steps of the main line while the user walks it; null off it, where the end is not known. */
  total: number | null;
}
export interface RetryEventDetail {
  channel: Channel;
}
export interface ResolvedEventDetail {
  channel: Channel | null;
  /** The step ids the user walked, in order. */
  steps: StepId[];
}
export interface SwitchFactorEventDetail {
  factor: 'okta-verify';
}
/** A step shown (no `answer`) or answered, at an ISO 8601 time. */
export interface EscalationStep {
  step: StepId;
  answer: string | null;
  at: string;
}
/** One request for a new code made through the widget, and how it ended. */
export interface EscalationRequest {
  channel: Channel;
  result: RequestResult;
  /** Why it failed: `wait` (too soon), `limit` (e.g. daily), `unsupported-country`, `error`. */
  reason: FailureKind | null;
  /** The server's error code, e.g. Okta's `E0000047`. */
  code: string | null;
  at: string;
}
/**
 * The user asks for the code by the other channel. Not cancelled: the page's `retryHandler` is
 * called with `to`; without one, under `resend="event"` the page is taken to have asked for it,
 * else the wizard says what to press on the sign-in page. `preventDefault()`: the page did not
 * switch; the wizard says what to press.
 */
export interface SwitchChannelEventDetail {
  from: Channel;
  to: Channel;
}
export interface EscalateEventDetail {
  /** Plain text for the help desk: no phone number, no personal data. */
  summary: string;
  /** The language `summary` is written in (`summary-lang`, else the widget's). */
  summaryLanguage: string;
  /** The same facts, for systems: */
  channel: Channel | null;
  steps: EscalationStep[];
  requests: { total: number; sent: number; notSent: number; failed: number; log: EscalationRequest[] };
  /** The server refused for good. */
  blocked: BlockReason | null;
  /** Phone checklist items the user ticked. */
  checked: string[];
  /** The step the user is on (`help-desk`). */
  current: StepId;
}

export interface SsprEventMap {
  'sspr-step': CustomEvent<StepEventDetail>;
  'sspr-retry': CustomEvent<RetryEventDetail>;
  'sspr-resolved': CustomEvent<ResolvedEventDetail>;
  'sspr-switch-factor': CustomEvent<SwitchFactorEventDetail>;
  'sspr-switch-channel': CustomEvent<SwitchChannelEventDetail>;
  'sspr-escalate': CustomEvent<EscalateEventDetail>;
}

/** Dispatches one of the element's events; returns false when a listener cancelled it. */
export function emit<K extends keyof SsprEventMap>(
  target: EventTarget,
  type: K,
  detail: SsprEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SsprEventMap {}
}
