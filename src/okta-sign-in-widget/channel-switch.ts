/**
 * Asking for the code by the other channel through the widget's own controls. The Identity Engine
 * code screen has no such control (widget 7.x: "Receive a voice call instead" lives on the phone's
 * method screen, `authenticator-verification-data`), so the switch is the user's own path there:
 * "Verify with something else" → the phone → "Receive a voice call instead" (or the primary
 * "Receive a code via SMS"). Classic has none: a recovery switch is a new transaction. Pure.
 */
import type { Channel } from '../types.js';
import { asChannel, SELECTORS, type CodeScreen, type WidgetContext } from './screens.js';

export type SwitchStep =
  /** Press this control of the widget next. */
  | { press: string }
  /** The widget shows the code screen of the new channel: the code went out. */
  | { arrived: true }
  /** Anything else: the switch did not happen; the wizard says what to press. */
  | { failed: string };

/** The widget's control that starts a switch from this code screen, or null where it has none. */
export function switchStart(screen: CodeScreen): string | null {
  return screen.engine === 'identity' && screen.channel ? SELECTORS.identitySwitch : null;
}

/** The next press of a switch to `to`, from the screen the widget rendered on the way. */
export function nextSwitchStep(context: WidgetContext | null | undefined, to: Channel): SwitchStep {
  const phone = context?.authenticatorKey === 'phone_number';
  switch (context?.formName) {
    case 'select-authenticator-authenticate':
      return { press: SELECTORS.identityPhoneOption };
    case 'authenticator-verification-data':
      // Okta lists the phone's methods SMS first: the link offers the second, the voice call.
      if (phone) return { press: to === 'voice' ? SELECTORS.identitySecondMethod : SELECTORS.identityFirstMethod };
      break;
    case 'challenge-authenticator':
      if (phone && asChannel(context.methodType) === to) return { arrived: true };
      break;
  }
  return { failed: `the widget showed ${context?.formName ?? 'another screen'} while switching to ${to}` };
}
