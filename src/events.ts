/**
 * The element's events. All bubble and cross shadow roots (`composed`), so a
 * page can listen on `document`. `sspr-retry` and `sspr-switch-channel` are cancelable.
 */
import type { StepId } from './flow/steps.js';
import type { Channel } from './types.js';

export interface StepEventDetail {
  step: StepId;
  channel: Channel | null;
  /** 1-based position of the step on the user's path. */
  index: number;
  total: number;
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
