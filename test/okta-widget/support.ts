/**
 * The real Okta Sign-In Widget (from node_modules, as a page would load it from Okta's CDN) against
 * the local Okta-like org (test/server/okta-flows.mjs).
 */
import type { SignInWidgetEvents } from '../../src/okta-sign-in-widget/index.js';
import { uniqueId, untilReal } from '../okta/mock-client.js';

const DIST = '/node_modules/@okta/okta-signin-widget/dist';

export interface SignIn extends SignInWidgetEvents {
  remove(): void;
  renderEl(options: { el: string }): Promise<unknown>;
}
type OktaSignInConstructor = new (config: Record<string, unknown>) => SignIn;

let loading: Promise<OktaSignInConstructor> | null = null;

/** Loads the widget's script-tag bundle and CSS once per page. */
export function loadWidget(): Promise<OktaSignInConstructor> {
  loading ??= new Promise((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${DIST}/css/okta-sign-in.min.css`;
    document.head.append(css);
    const script = document.createElement('script');
    script.src = `${DIST}/js/okta-sign-in.min.js`;
    script.onload = () => resolve((window as unknown as { OktaSignIn: OktaSignInConstructor }).OktaSignIn);
    script.onerror = () => reject(new Error('the widget bundle did not load'));
    document.head.append(script);
  });
  return loading;
}

/** A fresh org of the local server: its URL and its request log. */
export function newOrg() {
  const id = uniqueId();
  const baseUrl = `${location.origin}/okta-flow/${id}`;
  return {
    baseUrl,
    /** The answers to the next resends, in order ("ok", "E0000109", "429", …). */
    async answerResends(answers: string[]) {
      await fetch(`${baseUrl}/__resend`, { method: 'POST', body: JSON.stringify(answers) });
    },
    async requests(): Promise<
      Array<{ path: string; body: Record<string, unknown>; contentType: string; accept: string }>
    > {
      return (await (await fetch(`${baseUrl}/__requests`, { cache: 'no-store' })).json()) as never;
    },
  };
}

/** Renders the widget into a fresh container and resolves once it shows its first form. */
export async function renderWidget(config: Record<string, unknown>): Promise<{ signIn: SignIn; host: HTMLElement }> {
  const OktaSignIn = await loadWidget();
  const host = document.createElement('div');
  host.id = `widget-${uniqueId()}`;
  document.body.append(host);
  const signIn = new OktaSignIn({ ...config });
  void signIn.renderEl({ el: `#${host.id}` }).catch(() => {});
  await until(() => host.querySelector('form.o-form') !== null, 'the widget renders its first form', 10_000);
  return { signIn, host };
}

/** Waits (really) until the org has received `count` requests to paths ending so, and a moment for the answer to land. */
export async function untilReceived(org: ReturnType<typeof newOrg>, ending: string, count = 1): Promise<void> {
  const started = performance.now();
  for (;;) {
    const received = (await org.requests()).filter((r) => r.path.endsWith(ending));
    if (received.length >= count) break;
    if (performance.now() - started > 5000) throw new Error(`timed out: the widget sent no request to …${ending}`);
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
  await new Promise((resolve) => realSetTimeout(resolve, 100));
}

/** The widget's resend request has reached the org and its answer the page. */
export const untilResent = (org: ReturnType<typeof newOrg>) => untilReceived(org, '/resend');

const realSetTimeout = globalThis.setTimeout.bind(globalThis);

export const until = (predicate: () => boolean, message: string, timeout = 5000) =>
  untilReal(predicate, message, timeout);

/** Sets a widget input the way typing does (the widget's Backbone models listen to input/change). */
export function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
}

export const codeHelp = (host: ParentNode) => host.querySelector('sspr-code-help');
