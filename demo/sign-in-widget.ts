/**
 * demo/sign-in-widget.html: the real Okta Sign-In Widget against the demo's simulated Okta org
 * (test/server/okta-flows.mjs, served by vite.config.ts), with our element attached.
 */
import { attachToSignInWidget, type SignInWidgetEvents } from '../src/okta-sign-in-widget/index.js';

interface OktaSignIn extends SignInWidgetEvents {
  renderEl(options: { el: string }): Promise<unknown>;
  remove(): void;
}
declare const OktaSignIn: new (config: Record<string, unknown>) => OktaSignIn;

const select = document.querySelector<HTMLSelectElement>('#engine')!;
let signIn: OktaSignIn | null = null;
let detach: (() => void) | null = null;

function start(engine: string): void {
  detach?.();
  signIn?.remove();
  // A fresh simulated org per start, so its transaction starts over.
  const baseUrl = `${location.origin}/okta-flow/demo-${engine}-${Date.now().toString(36)}`;
  signIn = new OktaSignIn(
    engine === 'identity'
      ? { baseUrl, stateToken: 'demo' }
      : { baseUrl, useClassicEngine: true, features: { smsRecovery: true, callRecovery: true } },
  );
  detach = attachToSignInWidget(signIn, {
    attributes: {
      'support-url': 'https://help.example.com/new-ticket',
      'support-email': 'helpdesk@example.com',
      'settings-url': 'https://example.okta.com/enduser/settings',
    },
  });
  void signIn.renderEl({ el: '#widget-container' }).catch(() => {});
}

const params = new URLSearchParams(location.search);
select.value = params.get('engine') === 'identity' ? 'identity' : 'classic';
select.addEventListener('change', () => start(select.value));
start(select.value);
