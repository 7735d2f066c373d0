/**
 * Types shared across layers. A leaf: it imports nothing, so flow, retry,
 * views and the element can all use it without pointing at each other.
 */

/** The way a reset code reaches the phone. */
export type Channel = 'sms' | 'voice';

export const CHANNELS: readonly Channel[] = ['sms', 'voice'];

/** Which Okta the org runs: the set-up path differs (Classic Extra Verification, Identity Engine Security Methods). */
export type Engine = 'classic' | 'identity';

export const isChannel = (value: unknown): value is Channel => value === 'sms' || value === 'voice';

/** The channel a code may come by instead (docs/flow.md, "The other channel"). */
export const otherChannelOf = (channel: Channel): Channel => (channel === 'sms' ? 'voice' : 'sms');

/**
 * How a new code is requested (decides the retry button's words and what a press does):
 * the page's `retryHandler`, the page listening for `sspr-retry` (`resend="event"`), the
 * sign-in page (`signin-url`), or the user saying they asked elsewhere.
 */
export type ResendRoute = 'handler' | 'event' | 'signin' | 'self-report';

/** Why a request for a new code failed: asked too soon, a (daily) limit, the number's country, anything else. */
export type FailureKind = 'wait' | 'limit' | 'unsupported-country' | 'error';

export const FAILURE_KINDS: readonly FailureKind[] = ['wait', 'limit', 'unsupported-country', 'error'];

/** The message under the countdown after a resend: a translation key and how it looks. */
export interface Notice {
  key: NoticeKey;
  tone: 'info' | 'error';
  /** True only while the wait it came with runs ("We're calling you now."): it goes when the wait ends. */
  whileWaiting?: true;
}

export type NoticeKey =
  | 'retry.notSent'
  | 'retry.signinOpened'
  | 'retry.sent_sms'
  | 'retry.sent_voice'
  | 'retry.tooSoon'
  | 'retry.limit'
  | 'retry.unsupportedCountry'
  | 'retry.elsewhere'
  | 'retry.failed'
  /** A press whose next step's text could not be downloaded (script-tag build): the step stays. */
  | 'widget.nextStepFailed';

/** The help-desk summary's copy button: not pressed yet, copied, or no clipboard (text selected instead). */
export type CopyState = 'idle' | 'copied' | 'failed';
