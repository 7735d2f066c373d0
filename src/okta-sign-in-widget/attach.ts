/**
 * `attachToSignInWidget(signIn, options?)`: puts a `<sspr-code-help>` on the Okta Sign-In Widget's
 * phone-code screens (Classic and Identity Engine) and resends through the widget's own control.
 * Uses only the widget's public events (`afterRender`, `afterError`) and its rendered controls.
 *
 * ```js
 * import { attachToSignInWidget } from 'sspr-code-help/okta-sign-in-widget';
 * const detach = attachToSignInWidget(oktaSignIn, { attributes: { 'support-url': 'https://help.example.com' } });
 * ```
 */
import '../define.js';
import type { Channel } from '../types.js';
import type { SsprCodeHelp } from '../sspr-code-help.js';
import { nextSwitchStep, switchStart } from './channel-switch.js';
import { PendingResend } from './pending-resend.js';
import { failureFromWidgetError, type WidgetError } from './widget-errors.js';
import {
  maskedNumber,
  screenFromContext,
  screenFromDom,
  SELECTORS,
  type CodeScreen,
  type WidgetContext,
} from './screens.js';

type Listener = (context: WidgetContext, error?: WidgetError) => void;

/** The part of `OktaSignIn` this module uses: its documented event API. */
export interface SignInWidgetEvents {
  on(event: 'afterRender' | 'afterError', listener: Listener): void;
  off?(event?: string, listener?: Listener): void;
}

export type AttachMode = 'popover' | 'inline';

export interface AttachOptions {
  /** `popover` (default): a "Didn't get a code?" button by the widget's resend control; `inline`: below the form. */
  mode?: AttachMode;
  /** More attributes for the element (`support-url`, `settings-url`, `lang`, …). */
  attributes?: Record<string, string>;
  /** The widget's container; defaults to the widget's documented `#okta-sign-in`. */
  root?: ParentNode;
  /** Called with each element mounted, e.g. to set `strings`. */
  onMount?: (element: SsprCodeHelp) => void;
}

/** The id the element gets, so its saved place and waits are found again on return. */
const ELEMENT_ID = 'sspr-okta-code-help';

export function attachToSignInWidget(signIn: SignInWidgetEvents, options: AttachOptions = {}): () => void {
  const mode = options.mode ?? 'popover';
  const rootOf = (): ParentNode => options.root ?? document.querySelector('#okta-sign-in') ?? document;
  /** When the code of each screen was last sent, so a return to it keeps its wait. */
  const sentAt = new Map<string, number>();
  let current: { screen: CodeScreen; element: SsprCodeHelp } | null = null;
  /** Classic names no factor on its recovery screen: the forgot-password button pressed does. */
  let recoveryChannel: Channel | null = null;
  let pending: PendingResend | null = null;
  /** True while we press the widget's control ourselves (not the user's own press). */
  let pressing = false;
  /** A switch to the other channel on its way through the widget's screens. */
  let switching: { to: Channel } | null = null;
  /** The element that left with a switch: it comes back on the next code screen, its wizard intact. */
  let carried: SsprCodeHelp | null = null;

  const unmount = () => {
    if (!switching) pending?.failed({ kind: 'error', code: 'screen-left' }, 'the widget left the code screen');
    current?.element.remove();
    current = null;
  };

  const mount = (screen: CodeScreen, arrived: boolean) => {
    const root = rootOf();
    if (arrived && screen.sendsOnArrival) sentAt.set(screen.key, Date.now());
    if (current && current.screen.key === screen.key) {
      // The same screen rendered again (a resend, an error): keep our element and its state,
      // putting it back if the widget's re-render dropped it.
      if (!current.element.isConnected) placeElement(root, screen, current.element, mode);
      // Classic locks its own "Re-send code" for 30 s each time it draws this screen (its second
      // draw, after storing the transaction, may come a moment after ours started): our wait
      // restarts with it, so it never ends while the widget's control is still locked. Its
      // recovery screen locks on every draw (the controller's postRender), and under load its
      // lock class may land after `afterRender`: there the draw alone restarts our wait.
      const control = screen.engine === 'classic' ? resendControl(screen) : null;
      const relocked =
        screen.engine === 'classic' && (screen.sendsOnArrival || control?.classList.contains('link-button-disabled'));
      if (relocked && screen.channel) {
        sentAt.set(screen.key, Date.now());
        current.element.markSent(screen.channel);
      }
      return;
    }
    current?.element.remove();
    if (carried) {
      // Back on a code screen after a switch (the other channel's, when it went through).
      const element = carried;
      carried = null;
      if (screen.channel) element.setAttribute('channel', screen.channel);
      placeElement(root, screen, element, mode);
      current = { screen, element };
      return;
    }
    const element: SsprCodeHelp = document.createElement('sspr-code-help');
    const attributes: Record<string, string> = { ...options.attributes, id: ELEMENT_ID, mode, engine: screen.engine };
    if (screen.channel) attributes.channel = screen.channel;
    const at = sentAt.get(screen.key);
    if (at !== undefined) attributes['last-sent'] = String(at);
    const hint = maskedNumber(root);
    if (hint) attributes['phone-hint'] = hint;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.retryHandler = ({ channel, signal }) => {
      const shown = current?.element === element ? current.screen : screen;
      return shown.channel && channel !== shown.channel
        ? pressChannelSwitch(shown, element, channel, signal)
        : pressResend(shown, signal);
    };
    element.addEventListener('sspr-switch-factor', () => pressSwitch(screen));
    element.addEventListener('sspr-switch-channel', (event) => {
      // No control of the widget's to press here: cancelled, the wizard says what to press.
      const start = current?.element === element ? switchStart(current.screen) : null;
      if (!start || !rootOf().querySelector(start)) event.preventDefault();
    });
    placeElement(root, screen, element, mode);
    current = { screen, element };
    options.onMount?.(element);
  };

  const resendControl = (screen: CodeScreen): HTMLElement | null => {
    const root = rootOf();
    if (screen.engine === 'identity') return root.querySelector(SELECTORS.identityResend);
    return (
      root.querySelector(SELECTORS.classicResend) ??
      root.querySelector(screen.channel === 'voice' ? SELECTORS.classicSendCall : SELECTORS.classicSendSms)
    );
  };

  /** Presses the widget's own resend control; settles when the widget answers, or when `signal` gives up. */
  const pressResend = (screen: CodeScreen, signal: AbortSignal): Promise<void> => {
    const control = resendControl(screen);
    pending?.failed({ kind: 'error', code: 'superseded' });
    pending = new PendingResend(() => sentAt.set(screen.key, Date.now()));
    const mine = pending;
    signal.addEventListener('abort', () => mine.failed({ kind: 'error', code: 'aborted' }), { once: true });
    if (!control) mine.failed({ kind: 'error', code: 'no-resend-control' }, 'the widget shows no resend control');
    else press(control);
    return mine.promise.finally(() => {
      if (pending === mine) pending = null;
    });
  };

  /** Presses the widget's way to the other channel; settles when its code screen shows, or on failure. */
  const pressChannelSwitch = (
    screen: CodeScreen,
    element: SsprCodeHelp,
    to: Channel,
    signal: AbortSignal,
  ): Promise<void> => {
    const start = switchStart(screen);
    const control = start ? rootOf().querySelector<HTMLElement>(start) : null;
    pending?.failed({ kind: 'error', code: 'superseded' });
    const mine = new PendingResend(() => {}, null);
    pending = mine;
    signal.addEventListener('abort', () => pending === mine && failSwitch('aborted', 'the switch was aborted'), {
      once: true,
    });
    if (!control) failSwitch('no-switch-control', 'the widget shows no way to the other channel');
    else {
      switching = { to };
      carried = element;
      press(control);
    }
    return mine.promise.finally(() => {
      if (pending === mine) pending = null;
    });
  };

  const press = (control: HTMLElement) => {
    pressing = true;
    try {
      control.click();
    } finally {
      pressing = false;
    }
  };

  const pressSwitch = (screen: CodeScreen) => {
    const selector = screen.engine === 'identity' ? SELECTORS.identitySwitch : SELECTORS.classicSwitch;
    rootOf().querySelector<HTMLElement>(selector)?.click();
  };

  /** The user's own presses of the widget's buttons: the recovery channel, and sends that start our wait. */
  const onClick = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest(SELECTORS.classicRecoverSms)) recoveryChannel = 'sms';
    else if (target.closest(SELECTORS.classicRecoverCall)) recoveryChannel = 'voice';
    if (!current || pressing) return;
    const control = resendControl(current.screen);
    if (control?.contains(target)) {
      sentAt.set(current.screen.key, Date.now());
      if (current.screen.channel) current.element.markSent(current.screen.channel);
    }
  };

  const onRender: Listener = (context) => {
    if (switching) {
      const step = nextSwitchStep(context, switching.to);
      if ('press' in step) {
        unmount();
        const control = rootOf().querySelector<HTMLElement>(step.press);
        if (control) press(control);
        else failSwitch('switch-failed', `the widget shows no ${step.press}`);
        return;
      }
      if ('failed' in step) failSwitch('switch-failed', step.failed);
      else {
        switching = null;
        pending?.sent();
      }
    }
    const screen = screenFromContext(context, rootOf(), recoveryChannel);
    if (!screen) {
      unmount();
      return;
    }
    const arrived = current?.screen.key !== screen.key;
    mount(screen, arrived);
    if (!arrived) pending?.rendered();
  };

  const failSwitch = (code: string, message: string) => {
    switching = null;
    pending?.failed({ kind: 'error', code }, message);
  };

  const onError: Listener = (_context, error) => {
    switching = null;
    if (!pending || pending.settled) return;
    pending.failed(failureFromWidgetError(error, Date.now()), error?.message ?? error?.errorSummary);
  };

  document.addEventListener('click', onClick, true);
  signIn.on('afterRender', onRender);
  signIn.on('afterError', onError);
  // Attached after the widget rendered: recognise the screen on show (its code was sent already).
  const already = screenFromDom(rootOf(), recoveryChannel);
  if (already) mount(already, true);

  return () => {
    signIn.off?.('afterRender', onRender);
    signIn.off?.('afterError', onError);
    document.removeEventListener('click', onClick, true);
    unmount();
  };
}

function placeElement(root: ParentNode, screen: CodeScreen, element: HTMLElement, mode: AttachMode) {
  const form = root.querySelector(SELECTORS.form);
  if (mode === 'inline' || !form) {
    (form ?? (root instanceof Element ? root : document.body)).after(element);
    return;
  }
  // Popover: the trigger sits by the widget's resend control. Identity Engine hides its link for
  // 30 s inside a callout: the trigger goes after that callout, visible all along. Classic floats
  // its resend button beside the code field: the trigger goes right below that block of fields.
  const anchor =
    screen.engine === 'identity'
      ? root.querySelector(SELECTORS.identityResendCallout)
      : root.querySelector(SELECTORS.classicResend)?.closest('.o-form-fieldset-container');
  if (anchor) anchor.after(element);
  else form.append(element);
}
