/**
 * The real Okta Sign-In Widget, Classic engine, against the local Okta-like org: our element on its
 * recovery code screen, resending through the widget's own "Re-send code".
 */
import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { fakeClock } from '../cooldown/support.js';
import { attachToSignInWidget } from '../../src/okta-sign-in-widget/index.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, chooseAll } from '../helpers.js';
import { codeHelp, newOrg, renderWidget, type, until, type SignIn } from './support.js';

const timerText = (el: Element) => $(el, '[part="timer"]')?.textContent?.trim() ?? null;

describe('Sign-In Widget, Classic: recovery by SMS or voice', () => {
  let signIn: SignIn;
  let host: HTMLElement;
  let detach: () => void;
  afterEach(() => {
    detach?.();
    signIn?.remove();
    host?.remove();
    sessionStorage.clear();
  });

  async function toCodeScreen(channel: 'sms' | 'voice') {
    const org = newOrg();
    ({ signIn, host } = await renderWidget({
      baseUrl: org.baseUrl,
      useClassicEngine: true,
      features: { smsRecovery: true, callRecovery: true },
    }));
    detach = attachToSignInWidget(signIn, { attributes: { storage: 'none' } });
    host.querySelector<HTMLElement>('[data-se="needhelp"]')!.click();
    host.querySelector<HTMLElement>('[data-se="forgot-password"]')!.click();
    await until(() => host.querySelector('[data-se="sms-button"]') !== null, 'the forgot-password form');
    const form = host.querySelector('[data-se="sms-button"]')!.closest('form')!;
    type(form.querySelector<HTMLInputElement>('input[name="username"]')!, 'ada@example.com');
    host.querySelector<HTMLElement>(`[data-se="${channel === 'sms' ? 'sms-button' : 'call-button'}"]`)!.click();
    await until(() => codeHelp(host) !== null, 'our element on the code screen');
    const el = codeHelp(host) as SsprCodeHelp;
    await el.updateComplete;
    return { org, el };
  }

  it('forgot password → SMS → the code screen carries our element: channel sms, engine classic, a 30 s wait', async () => {
    const { org, el } = await toCodeScreen('sms');
    expect(el.getAttribute('channel')).to.equal('sms');
    expect(el.getAttribute('engine')).to.equal('classic');
    expect(el.getAttribute('mode')).to.equal('popover');
    const sent = Number(el.getAttribute('last-sent'));
    expect(Date.now() - sent).to.be.lessThan(5000);
    const requests = await org.requests();
    expect(requests.map((r) => r.path)).to.deep.equal(['/api/v1/authn/recovery/password']);
    expect(requests[0].body).to.include({ factorType: 'SMS' });
    // the trigger sits next to the widget's own resend control
    expect(host.querySelector('[data-se="resend-button"]')!.nextElementSibling).to.equal(el);
    $(el, '[part="trigger"]')!.click();
    await el.updateComplete;
    const left = timerText(el);
    expect(left).to.match(/^0:(2\d|30)$/);
  });
});

describe('Sign-In Widget, Classic: voice, and leaving the screen', () => {
  let signIn: SignIn;
  let host: HTMLElement;
  let detach: () => void;
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    detach?.();
    signIn?.remove();
    host?.remove();
    sessionStorage.clear();
  });

  async function atCodeScreen(channel: 'sms' | 'voice') {
    const org = newOrg();
    ({ signIn, host } = await renderWidget({
      baseUrl: org.baseUrl,
      useClassicEngine: true,
      features: { smsRecovery: true, callRecovery: true },
    }));
    detach = attachToSignInWidget(signIn, { mode: 'inline', attributes: { storage: 'none' } });
    host.querySelector<HTMLElement>('[data-se="needhelp"]')!.click();
    host.querySelector<HTMLElement>('[data-se="forgot-password"]')!.click();
    await until(() => host.querySelector('[data-se="sms-button"]') !== null, 'the forgot-password form');
    const form = host.querySelector('[data-se="sms-button"]')!.closest('form')!;
    type(form.querySelector<HTMLInputElement>('input[name="username"]')!, 'ada@example.com');
    host.querySelector<HTMLElement>(`[data-se="${channel === 'sms' ? 'sms-button' : 'call-button'}"]`)!.click();
    await until(() => codeHelp(host) !== null, 'our element on the code screen');
    const el = codeHelp(host) as SsprCodeHelp;
    await el.updateComplete;
    // From here on Date and timers are fake (the widget's own 30 s resend lock included).
    clock = fakeClock(Date.now());
    return { org, el };
  }

  it('voice: channel voice and a 60 s wait', async () => {
    const { el } = await atCodeScreen('voice');
    expect(el.getAttribute('channel')).to.equal('voice');
    await chooseAll(el, ['yes', 'no']);
    expect(timerText(el)).to.match(/^(1:00|0:59)$/);
  });

  it('leaving the screen (Back to sign in) removes our element', async () => {
    const { el } = await atCodeScreen('sms');
    clock!.tick(10_000);
    host.querySelector<HTMLElement>('[data-se="back-link"], .js-back')!.click();
    await until(() => codeHelp(host) === null, 'our element to leave with the screen');
    expect(el.isConnected).to.equal(false);
  });
});
