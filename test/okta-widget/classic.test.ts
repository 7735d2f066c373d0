/**
 * The real Okta Sign-In Widget, Classic engine, against the local Okta-like org: our element on its
 * recovery code screen, resending through the widget's own "Re-send code".
 */
import { expect, oneEvent } from '@open-wc/testing';
import type sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { fakeClock, retry, retryUnavailable } from '../cooldown/support.js';
import { attachToSignInWidget } from '../../src/okta-sign-in-widget/index.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, chooseAll } from '../helpers.js';
import { codeHelp, newOrg, renderWidget, type, until, untilReceived, untilResent, type SignIn } from './support.js';

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
    detach = attachToSignInWidget(signIn, { root: host, attributes: { storage: 'none' } });
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
    // the trigger sits by the widget's own resend control: right below its block of fields
    const fields = host.querySelector('[data-se="resend-button"]')!.closest('.o-form-fieldset-container')!;
    expect(fields.nextElementSibling).to.equal(el);
    $(el, '[part="trigger"]')!.click();
    await el.updateComplete;
    const left = timerText(el);
    expect(left).to.match(/^0:(2\d|30)$/);
  });
});

describe('Sign-In Widget, Classic: resending through the widget', () => {
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

  /** Waits (really) while letting the fake clock run, for what the widget does next. */
  const untilTicking = (predicate: () => boolean, message: string) =>
    until(() => {
      clock!.tick(20);
      return predicate();
    }, message);

  async function atCodeScreen(channel: 'sms' | 'voice', resends: string[] = []) {
    const org = newOrg();
    await org.answerResends(resends);
    ({ signIn, host } = await renderWidget({
      baseUrl: org.baseUrl,
      useClassicEngine: true,
      features: { smsRecovery: true, callRecovery: true },
    }));
    detach = attachToSignInWidget(signIn, { root: host, mode: 'inline', attributes: { storage: 'none' } });
    host.querySelector<HTMLElement>('[data-se="needhelp"]')!.click();
    host.querySelector<HTMLElement>('[data-se="forgot-password"]')!.click();
    await until(() => host.querySelector('[data-se="sms-button"]') !== null, 'the forgot-password form');
    const form = host.querySelector('[data-se="sms-button"]')!.closest('form')!;
    type(form.querySelector<HTMLInputElement>('input[name="username"]')!, 'ada@example.com');
    // From here on Date and timers are fake, the widget's own 30 s resend lock included.
    clock = fakeClock(Date.now());
    host.querySelector<HTMLElement>(`[data-se="${channel === 'sms' ? 'sms-button' : 'call-button'}"]`)!.click();
    await untilTicking(() => codeHelp(host) !== null, 'our element on the code screen');
    // The widget renders the screen a second time once it has stored the transaction (its page
    // transition runs on timers): let it finish, as a second would in real life.
    clock.tick(1000);
    // Under load that second render may still be on its way: the element learns the channel from
    // the button pressed once the screen is the widget's code screen; a user sees that state.
    await untilTicking(() => codeHelp(host)?.getAttribute('channel') === channel, 'our element knows the channel');
    const el = codeHelp(host) as SsprCodeHelp;
    await el.updateComplete;
    return { org, el };
  }

  const widgetResend = () => host.querySelector<HTMLElement>('[data-se="resend-button"]')!;
  const widgetLocked = () => widgetResend().classList.contains('link-button-disabled');

  /** Lets the wait run out, walks to the wait step and presses our request-again button. */
  async function retryThroughUs(el: SsprCodeHelp, seconds: number, org: ReturnType<typeof newOrg>) {
    clock!.tick(seconds * 1000);
    await el.updateComplete;
    // Under load the widget may still be swapping its page in: wait for its control to be there.
    await untilTicking(() => host.querySelector('[data-se="resend-button"]') !== null, "the widget's resend control");
    if ($(el, 'h2')!.textContent !== en.steps.wait.title) await chooseAll(el, ['yes', 'no']);
    // Under load the widget may draw its code screen (and start its own lock) after the ticks
    // above; our wait restarts with it (attach.ts). So: once OUR wait is over, the widget's is too.
    await untilTicking(() => !retryUnavailable(el), 'our wait is over');
    expect(widgetLocked(), "the widget's own resend is usable when our wait is over").to.equal(false);
    retry(el)!.click();
    // The widget's request and its answer are real: let them land before fake time moves on.
    await untilResent(org);
    await untilTicking(() => el.shadowRoot!.querySelector('[part="notice"]') !== null, 'the widget to answer');
    await el.updateComplete;
  }

  const resends = async (org: ReturnType<typeof newOrg>) =>
    (await org.requests()).filter((r) => r.path.endsWith('/resend')).map((r) => r.path);

  it('after our retry, our wait and the widget\'s locked "Re-send code" agree', async () => {
    const { org, el } = await atCodeScreen('sms');
    await chooseAll(el, ['yes', 'no']);
    expect(timerText(el)).to.match(/^0:(29|30)$/);
    await retryThroughUs(el, 30, org);
    expect(widgetLocked(), 'the widget locks its resend').to.equal(true);
    clock!.tick(28_000);
    await el.updateComplete;
    expect(widgetLocked(), 'still locked 28 s later').to.equal(true);
    expect(retryUnavailable(el), 'and so is ours').to.equal(true);
    clock!.tick(3000);
    await el.updateComplete;
    expect(widgetLocked(), 'free 31 s later').to.equal(false);
    expect(retryUnavailable(el), 'and so is ours').to.equal(false);
  });

  it('our retry presses the widget\'s "Re-send code": exactly one resend request, and the wait restarts', async () => {
    const { org, el } = await atCodeScreen('sms');
    await retryThroughUs(el, 30, org);
    expect(await resends(org)).to.deep.equal(['/api/v1/authn/recovery/factors/sms/resend']);
    expect($(el, '[part="notice"]')!.textContent.trim()).to.equal(en.retry.sent_sms);
    expect(timerText(el)).to.match(/^0:(29|30)$/);
    expect(widgetLocked(), 'the widget locks again').to.equal(true);
    expect(el.isConnected, "the same element stays, through the widget's re-render").to.equal(true);
  });

  it('voice: channel voice and a 60 s wait', async () => {
    const { el } = await atCodeScreen('voice');
    expect(el.getAttribute('channel')).to.equal('voice');
    await chooseAll(el, ['yes', 'no']);
    expect(timerText(el)).to.match(/^(1:00|0:59)$/);
  });

  it('E0000109 from the widget\'s resend → our wait step, "too soon", 30 s', async () => {
    const { org, el } = await atCodeScreen('sms', ['E0000109']);
    await retryThroughUs(el, 30, org);
    expect($(el, 'h2')!.textContent).to.equal(en.steps.wait.title);
    expect($(el, '[part="notice"]')!.textContent.trim()).to.equal(en.retry.tooSoon);
    expect(timerText(el)).to.match(/^0:(29|30)$/);
  });

  it('a daily limit → another way', async () => {
    const { org, el } = await atCodeScreen('sms', ['E0000146']);
    await retryThroughUs(el, 30, org);
    expect($(el, 'h2')!.textContent).to.equal(en.steps['another-way'].title);
  });

  it('an unsupported country → the help desk', async () => {
    const { org, el } = await atCodeScreen('sms', ['E0000099']);
    await retryThroughUs(el, 30, org);
    expect($(el, 'h2')!.textContent).to.equal(en.steps['help-desk'].title);
  });

  it('the other channel: a switch is a new recovery transaction, so it is cancelled and our element says what to press', async () => {
    const { org, el } = await atCodeScreen('sms');
    await chooseAll(el, ['yes', 'no', 'still-nothing']);
    expect($(el, 'h2')!.textContent).to.equal(en.steps.phone.title);
    const heard = oneEvent(el, 'sspr-switch-channel');
    $(el, 'button[data-switch-channel]')!.click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ from: 'sms', to: 'voice' });
    expect(event.defaultPrevented, 'no control of the widget switches here').to.equal(true);
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal(en.steps['other-channel'].title_sms);
    expect($(el, '.body')!.textContent).to.contain(en.steps['other-channel'].classic_sms);
    expect(await resends(org), 'nothing asked of Okta').to.deep.equal([]);
    expect(el.isConnected).to.equal(true);
  });

  it('leaving the screen removes our element; coming back brings it back, its wait never shorter', async () => {
    const { el } = await atCodeScreen('sms');
    clock!.tick(10_000);
    await untilTicking(() => host.querySelector('[data-se="signout-link"]') !== null, 'the "Back to sign in" link');
    host.querySelector<HTMLElement>('[data-se="signout-link"]')!.click();
    await untilTicking(() => codeHelp(host) === null, 'our element to leave with the screen');
    expect(el.isConnected).to.equal(false);
    await untilTicking(() => host.querySelector('[data-se="needhelp"]') !== null, 'the sign-in form');
    host.querySelector<HTMLElement>('[data-se="needhelp"]')!.click();
    host.querySelector<HTMLElement>('[data-se="forgot-password"]')!.click();
    await untilTicking(() => host.querySelector('[data-se="sms-button"]') !== null, 'the forgot-password form');
    const form = host.querySelector('[data-se="sms-button"]')!.closest('form')!;
    type(form.querySelector<HTMLInputElement>('input[name="username"]')!, 'ada@example.com');
    host.querySelector<HTMLElement>('[data-se="sms-button"]')!.click();
    await untilTicking(() => codeHelp(host) !== null, 'our element back on the code screen');
    const back = codeHelp(host) as SsprCodeHelp;
    await back.updateComplete;
    await chooseAll(back, ['yes', 'no']);
    // Asking again sent a new code: the wait runs from then (never shorter than the 20 s left).
    expect(timerText(back)).to.match(/^0:(29|30)$/);
  });
});

describe('Sign-In Widget, Classic: MFA by SMS (mfa-verify)', () => {
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

  it('no wait until the widget\'s "Send code" is pressed, then 30 s', async () => {
    const org = newOrg();
    ({ signIn, host } = await renderWidget({ baseUrl: org.baseUrl, useClassicEngine: true }));
    detach = attachToSignInWidget(signIn, { root: host, mode: 'inline', attributes: { storage: 'none' } });
    type(host.querySelector<HTMLInputElement>('input[name="username"]')!, 'ada@example.com');
    type(host.querySelector<HTMLInputElement>('input[name="password"]')!, 'correct horse');
    host.querySelector<HTMLElement>('form.o-form input[type="submit"]')!.click();
    await until(() => codeHelp(host) !== null, 'our element on the MFA screen');
    const el = codeHelp(host) as SsprCodeHelp;
    expect(el.getAttribute('channel')).to.equal('sms');
    expect(el.hasAttribute('last-sent'), 'nothing sent yet').to.equal(false);
    expect(el.getAttribute('phone-hint')).to.equal('+1 XXX-XXX-2342');
    clock = fakeClock(Date.now());
    host.querySelector<HTMLElement>('[data-se="sms-send-code"]')!.click();
    // The widget locks its button once Okta answered: let that land before fake time moves.
    await untilReceived(org, '/factors/smsFactor1/verify');
    await el.updateComplete;
    await chooseAll(el, ['yes', 'no', 'yes']);
    expect(timerText(el)).to.match(/^0:(29|30)$/);
    const paths = (await org.requests()).map((r) => r.path);
    expect(paths).to.deep.equal(['/api/v1/authn', '/api/v1/authn/factors/smsFactor1/verify']);
  });
});
