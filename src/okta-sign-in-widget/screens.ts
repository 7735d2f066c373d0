/**
 * Which Sign-In Widget screens wait for a phone code, from the widget's `afterRender` context or,
 * when attached late, from the rendered form. Pure apart from reading the DOM it is given.
 */
import type { Channel, Engine } from '../types.js';

export type { Engine };

/** The widget's `afterRender` / `afterError` context (types/src/types/events.d.ts in its package). */
export interface WidgetContext {
  controller?: string | null;
  formName?: string;
  authenticatorKey?: string;
  methodType?: string;
}

export interface CodeScreen {
  engine: Engine;
  /** Null when the screen does not say (Classic recovery after a reload): the wizard asks. */
  channel: Channel | null;
  /** The screen sends a code as it appears (else the code goes when the widget's send button is pressed). */
  sendsOnArrival: boolean;
  /** Tells screens apart, so a re-render of the same one is not mistaken for a new arrival. */
  key: string;
}

/** The widget's own controls, by its stable `data-se` attributes and documented class names. */
export const SELECTORS = {
  /** Classic recovery challenge: "Re-send code" (then "Sent", disabled for 30 s). */
  classicResend: '[data-se="resend-button"]',
  /** Classic MFA verify: "Send code" / "Re-send code" (SMS) and "Call" / "Redial" (voice). */
  classicSendSms: '[data-se="sms-send-code"]',
  classicSendCall: '[data-se="make-call"]',
  /** Classic forgot-password buttons: which one was pressed names the recovery channel. */
  classicRecoverSms: '[data-se="sms-button"]',
  classicRecoverCall: '[data-se="call-button"]',
  /** Classic MFA verify: the factor drop-down. */
  classicSwitch: '.factors-dropdown-wrap a.option-selected',
  /** Identity Engine phone challenge: "Send again" / "Call again" link (shown after 30 s). */
  identityResend: '.phone-authenticator-challenge a.resend-link',
  identityResendCallout: '.phone-authenticator-challenge__resend-warning',
  /** Identity Engine: "Verify with something else". */
  identitySwitch: 'a[data-se="switchAuthenticator"]',
  /** Identity Engine, the list of methods: the phone. */
  identityPhoneOption: '.authenticator-button[data-se="phone_number"] a.select-factor',
  /** Identity Engine, the phone's method screen: "Receive a code via SMS" (the first method) and
   * "Receive a voice call instead" (oie.phone.call.secondaryButton; "Receive an SMS instead" when SMS is second). */
  identityFirstMethod: 'form.phone-authenticator-challenge .o-form-button-bar input[type="submit"]',
  identitySecondMethod: 'form.phone-authenticator-challenge a[data-se="phone-authenticator-challenge__link"]',
  /** Both: the widget's form and its error area. */
  form: 'form.o-form',
  classicRecoveryForm: 'form.recovery-challenge',
  classicMfaForm: 'form.mfa-verify',
  /** The code form (the method-choice form before it has the same class, but no code field). */
  identityPhoneForm: 'form.phone-authenticator-challenge input[name="credentials.passcode"]',
  error: '.o-form-error-container.o-form-has-errors, .o-form-error-container .okta-form-infobox-error',
} as const;

/** The widget's method names (`sms`, `voice`, Classic's `call`) as our channels. */
export const asChannel = (value: string | undefined | null): Channel | null =>
  value === 'sms' ? 'sms' : value === 'voice' || value === 'call' ? 'voice' : null;

/**
 * The code screen the widget just rendered, or null. `root` is the widget's container, read only
 * where the context does not say (Classic gives no factor type).
 */
export function screenFromContext(
  context: WidgetContext | null | undefined,
  root: ParentNode,
  recoveryChannel: Channel | null,
): CodeScreen | null {
  if (!context) return null;
  if (context.formName === 'challenge-authenticator' && context.authenticatorKey === 'phone_number') {
    const channel = asChannel(context.methodType);
    return channel ? { engine: 'identity', channel, sendsOnArrival: true, key: `identity:${channel}` } : null;
  }
  if (context.controller === 'recovery-challenge') {
    return {
      engine: 'classic',
      channel: recoveryChannel,
      sendsOnArrival: true,
      key: `classic-recovery:${recoveryChannel}`,
    };
  }
  if (context.controller === 'mfa-verify') {
    const channel = classicMfaChannel(root);
    return channel ? { engine: 'classic', channel, sendsOnArrival: false, key: `classic-mfa:${channel}` } : null;
  }
  return null;
}

function classicMfaChannel(root: ParentNode): Channel | null {
  const form = root.querySelector(SELECTORS.form);
  if (!form) return null;
  if (form.querySelector(SELECTORS.classicSendSms)) return 'sms';
  if (form.querySelector(SELECTORS.classicSendCall)) return 'voice';
  return null;
}

/** The code screen on show when attaching after the widget rendered: read from its form. */
export function screenFromDom(root: ParentNode, recoveryChannel: Channel | null): CodeScreen | null {
  if (root.querySelector(SELECTORS.classicRecoveryForm)) {
    return screenFromContext({ controller: 'recovery-challenge' }, root, recoveryChannel);
  }
  const phone = root.querySelector(SELECTORS.identityPhoneForm);
  if (phone) {
    // The form names its method (SMS or voice) only in words, in the page's language: the wizard asks.
    return { engine: 'identity', channel: null, sendsOnArrival: true, key: 'identity:null' };
  }
  if (root.querySelector(SELECTORS.classicMfaForm)) {
    return screenFromContext({ controller: 'mfa-verify' }, root, recoveryChannel);
  }
  return null;
}

/** A masked number as Okta shows it ("+1 XXX-XXX-2342"), read from the screen's text; never stored. */
export function maskedNumber(root: ParentNode): string | null {
  const form = root.querySelector(SELECTORS.form);
  const text = form?.textContent ?? '';
  const found = /\+?\d{0,3}[\s.-]?(?:[X•*\d]{2,4}[\s.-]?){2,4}\d{2,4}/.exec(text);
  return found && /[X•*]/.test(found[0]) ? found[0].trim() : null;
}
