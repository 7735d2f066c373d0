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
import type { Channel } from '../flow/steps.js';
import type { SsprCodeHelp } from '../sspr-code-help.js';
import { RetryError } from '../retry/outcome.js';
import { failureFromWidgetError, type WidgetError } from './widget-errors.js';
import { maskedNumber, screenFromContext, screenFromDom, SELECTORS, type CodeScreen, type WidgetContext } from './screens.js';

type Listener = (context: WidgetContext, error?: WidgetError) => void;

/** The part of `OktaSignIn` this module uses: its documented event API. */
export interface SignInWidgetEvents {
  on(event: 'afterRender' | 'afterError', listener: Listener): void;
  off?(event?: string, listener?: Listener): void;
}

export interface AttachOptions {
  /** `popover` (default): a "Didn't get a code?" button next to the widget's resend control; `inline`: below the form. */
  mode?: 'popover' | 'inline';
  /** More attributes for the element (`support-url`, `settings-url`, `lang`, …). */
  attributes?: Record<string, string>;
  /** The widget's container; defaults to the widget's documented `#okta-sign-in`. */
  root?: ParentNode;
  /** Called with each element mounted, e.g. to set `strings`. */
  onMount?: (element: SsprCodeHelp) => void;
}

/** How long after the widget re-renders its code screen an afterError still counts as the resend's answer. */
const ERROR_GRACE_MS = 100;

/** A resend the widget has not answered by then is reported as failed (the element also times out). */
const RESEND_SETTLE_MS = 15_000;

export function attachToSignInWidget(signIn: SignInWidgetEvents, options: AttachOptions = {}): () => void {
  const rootOf = (): ParentNode => options.root ?? document.querySelector('#okta-sign-in') ?? document;
  /** When the code of each screen was last sent, so a return to it keeps its wait. */
  const sentAt = new Map<string, number>();
  let current: { screen: CodeScreen; element: SsprCodeHelp } | null = null;
  let recoveryChannel: Channel | null = null;
  let pending: { resolve: () => void; reject: (error: unknown) => void; timer: ReturnType<typeof setTimeout> } | null =
    null;

  const settle = (outcome: { error?: unknown }) => {
    if (!pending) return;
    const { resolve, reject, timer } = pending;
    pending = null;
    clearTimeout(timer);
    if (outcome.error) reject(outcome.error);
    else resolve();
  };

  const unmount = () => {
    settle({ error: new RetryError({ kind: 'error', code: 'screen-left' }, 'the widget left the code screen') });
    current?.element.remove();
    current = null;
  };

  const mount = (screen: CodeScreen, arrived: boolean) => {
    const root = rootOf();
    const now = Date.now();
    if (arrived && screen.sendsOnArrival) sentAt.set(screen.key, now);
    if (current && current.screen.key === screen.key) {
      // The same screen rendered again (a resend, an error): keep our element, and its state,
      // putting it back if the widget's re-render dropped it.
      if (!current.element.isConnected) placeElement(root, screen, current.element, options.mode ?? 'popover');
      return;
    }
    current?.element.remove();
    const element = document.createElement('sspr-code-help') as SsprCodeHelp;
    const mode = options.mode ?? 'popover';
    const attributes: Record<string, string> = {
      ...options.attributes,
      id: 'sspr-okta-code-help',
      mode,
      engine: screen.engine,
    };
    if (screen.channel) attributes.channel = screen.channel;
    const at = sentAt.get(screen.key);
    if (at !== undefined) attributes['last-sent'] = String(at);
    const hint = maskedNumber(root);
    if (hint) attributes['phone-hint'] = hint;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.retryHandler = () => pressResend(screen);
    element.addEventListener('sspr-switch-factor', () => pressSwitch(screen));
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

  /** Presses the widget's own resend control; settles when the widget answers. */
  const pressResend = (screen: CodeScreen): Promise<void> => {
    const control = resendControl(screen);
    if (!control) {
      return Promise.reject(new RetryError({ kind: 'error', code: 'no-resend-control' }, 'the widget shows no resend control'));
    }
    settle({ error: new RetryError({ kind: 'error' }, 'superseded') });
    return new Promise<void>((resolve, reject) => {
      pending = {
        resolve,
        reject,
        timer: setTimeout(() => settle({ error: new RetryError({ kind: 'error', code: 'timeout' }) }), RESEND_SETTLE_MS),
      };
      ownPress = true;
      control.click();
      ownPress = false;
    });
  };

  const pressSwitch = (screen: CodeScreen) => {
    const root = rootOf();
    const control = root.querySelector<HTMLElement>(
      screen.engine === 'identity' ? SELECTORS.identitySwitch : SELECTORS.classicSwitch,
    );
    control?.click();
  };

  /** The page's own presses of the widget's send / resend controls also start our wait. */
  let ownPress = false;
  const onClick = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest(SELECTORS.classicRecoverSms)) recoveryChannel = 'sms';
    else if (target.closest(SELECTORS.classicRecoverCall)) recoveryChannel = 'voice';
    if (!current || ownPress) return;
    const control = resendControl(current.screen);
    if (control && control.contains(target)) {
      sentAt.set(current.screen.key, Date.now());
      if (current.screen.channel) current.element.markSent(current.screen.channel);
    }
  };
  document.addEventListener('click', onClick, true);

  const onRender: Listener = (context) => {
    const screen = screenFromContext(context, rootOf(), recoveryChannel);
    if (!screen) {
      unmount();
      return;
    }
    const arrived = current?.screen.key !== screen.key;
    mount(screen, arrived);
    if (pending && !arrived) {
      // The widget renders the screen again when its resend succeeded; a refusal fires afterError
      // (the Identity Engine may render first). No error right after the render: the code went out.
      const answered = pending;
      setTimeout(() => {
        if (pending !== answered) return;
        sentAt.set(screen.key, Date.now());
        settle({});
      }, ERROR_GRACE_MS);
    }
  };

  const onError: Listener = (_context, error) => {
    if (!pending) return;
    const failure = failureFromWidgetError(error, Date.now());
    // A refused resend did not send: the wait restarts only as the answer says.
    settle({ error: new RetryError(failure, error?.message ?? error?.errorSummary) });
  };

  signIn.on('afterRender', onRender);
  signIn.on('afterError', onError);
  // Attached after the widget rendered: recognise the screen on show.
  const already = screenFromDom(rootOf(), recoveryChannel);
  if (already) mount(already, !already.sendsOnArrival ? false : true);

  return () => {
    signIn.off?.('afterRender', onRender);
    signIn.off?.('afterError', onError);
    document.removeEventListener('click', onClick, true);
    unmount();
  };
}

function placeElement(root: ParentNode, screen: CodeScreen, element: HTMLElement, mode: 'popover' | 'inline') {
  const form = root.querySelector(SELECTORS.form);
  if (mode === 'inline' || !form) {
    (form ?? (root instanceof Element ? root : document.body)).after(element);
    return;
  }
  // Popover: the trigger sits next to the widget's resend control (Identity Engine hides its
  // link for 30 s inside a callout; the trigger goes after that callout, always visible).
  const anchor =
    screen.engine === 'identity'
      ? root.querySelector('.phone-authenticator-challenge__resend-warning')
      : (root.querySelector(SELECTORS.classicResend) ?? root.querySelector('.o-form-button-bar'));
  if (anchor) anchor.after(element);
  else form.append(element);
}
