/**
 * The real Okta Sign-In Widget, Identity Engine, against the local Okta-like org: our element on
 * the phone challenge (challenge-authenticator, phone_number, sms | voice), resending through the
 * widget's own "Send again" link.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { attachToSignInWidget } from '../../src/okta-sign-in-widget/index.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { fakeClock, retry, retryUnavailable } from '../cooldown/support.js';
import { $, chooseAll } from '../helpers.js';
import { codeHelp, newOrg, renderWidget, type, until, untilResent, type SignIn } from './support.js';

const timerText = (el: Element) => $(el, '[part="timer"]')?.textContent?.trim() ?? null;

describe('Sign-In Widget, Identity Engine: the phone challenge', () => {
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

  const untilTicking = (predicate: () => boolean, message: string) =>
    until(() => {
      clock?.tick(20);
      return predicate();
    }, message);

  async function atCodeScreen(channel: 'sms' | 'voice', resends: string[] = [], mode: 'popover' | 'inline' = 'inline') {
    const org = newOrg();
    await org.answerResends(resends);
    ({ signIn, host } = await renderWidget({ baseUrl: org.baseUrl, stateToken: 'token-ie' }));
    detach = attachToSignInWidget(signIn, { root: host, mode, attributes: { storage: 'none' } });
    type(host.querySelector<HTMLInputElement>('input[name="identifier"]')!, 'ada@example.com');
    host.querySelector<HTMLElement>('form.o-form input[type="submit"], form.o-form .button-primary')!.click();
    await until(() => host.querySelectorAll('.authenticator-button a.select-factor').length > 0, 'the list of methods');
    clock = fakeClock(Date.now());
    host.querySelector<HTMLElement>('.authenticator-button[data-se="phone_number"] a.select-factor')!.click();
    await untilTicking(
      () => host.querySelector('.phone-authenticator-challenge__link') !== null,
      'the choice of SMS or call',
    );
    if (channel === 'sms')
      host.querySelector<HTMLElement>('form.o-form .o-form-button-bar input[type="submit"]')!.click();
    else host.querySelector<HTMLElement>('.phone-authenticator-challenge__link')!.click();
    await untilTicking(() => codeHelp(host) !== null, 'our element on the phone challenge');
    clock.tick(1000);
    const el = codeHelp(host) as SsprCodeHelp;
    await el.updateComplete;
    return { org, el };
  }

  async function retryThroughUs(el: SsprCodeHelp, seconds: number, org: ReturnType<typeof newOrg>) {
    clock!.tick(seconds * 1000);
    await el.updateComplete;
    // With the masked number known, the wizard asks "is this still your number?" on the way.
    await chooseAll(el, ['yes', 'no', 'yes']);
    expect(retryUnavailable(el), 'our button is usable once the wait is over').to.equal(false);
    retry(el)!.click();
    // The widget's request and its answer are real: let them land before fake time moves on.
    await untilResent(org);
    await untilTicking(() => el.shadowRoot!.querySelector('[part="notice"]') !== null, 'the widget to answer');
    await el.updateComplete;
  }

  const resends = async (org: ReturnType<typeof newOrg>) =>
    (await org.requests()).filter((r) => r.path === '/idp/idx/challenge/resend');

  it("SMS: our element with channel sms, engine identity, the masked number and a 30 s wait; its trigger by the widget's resend", async () => {
    const { org, el } = await atCodeScreen('sms', [], 'popover');
    expect(el.getAttribute('channel')).to.equal('sms');
    expect(el.getAttribute('engine')).to.equal('identity');
    expect(el.getAttribute('phone-hint')).to.equal('+1 XXX-XXX-2342');
    expect(el.previousElementSibling!.matches('.phone-authenticator-challenge__resend-warning')).to.equal(true);
    const challenge = (await org.requests()).filter((r) => r.path === '/idp/idx/challenge').at(-1)!;
    expect(challenge.body).to.deep.include({ authenticator: { id: 'autPhone1', methodType: 'sms' } });
    $(el, '[part="trigger"]')!.click();
    await el.updateComplete;
    await chooseAll(el, ['yes', 'no']);
    expect(timerText(el)).to.match(/^0:(29|30)$/);
  });

  it('our retry presses "Send again": exactly one POST …/challenge/resend, and the wait restarts', async () => {
    const { org, el } = await atCodeScreen('sms');
    await retryThroughUs(el, 30, org);
    const sent = await resends(org);
    expect(sent).to.have.length(1);
    expect(sent[0].body).to.have.property('stateHandle');
    expect($(el, '[part="notice"]')!.textContent.trim()).to.equal(en.retry.sent_sms);
    expect(timerText(el)).to.match(/^0:(29|30)$/);
  });

  it('voice: a 60 s wait', async () => {
    const { el } = await atCodeScreen('voice');
    expect(el.getAttribute('channel')).to.equal('voice');
    await chooseAll(el, ['yes', 'no']);
    expect(timerText(el)).to.match(/^(1:00|0:59)$/);
  });

  it('E0000109 (an IDX message) → our wait step, "too soon"', async () => {
    const { org, el } = await atCodeScreen('sms', ['E0000109']);
    await retryThroughUs(el, 30, org);
    expect($(el, 'h2')!.textContent).to.equal(en.steps.wait.title);
    expect($(el, '[part="notice"]')!.textContent.trim()).to.equal(en.retry.tooSoon);
  });

  it('a daily limit → another way', async () => {
    const { org, el } = await atCodeScreen('sms', ['E0000150']);
    await retryThroughUs(el, 30, org);
    expect($(el, 'h2')!.textContent).to.equal(en.steps['another-way'].title);
  });

  it("a 429 → a wait of a minute (the widget hands over no rate-limit header here), never shorter than Okta's", async () => {
    const { org, el } = await atCodeScreen('sms', ['429']);
    await retryThroughUs(el, 30, org);
    expect($(el, 'h2')!.textContent).to.equal(en.steps.wait.title);
    expect(timerText(el)).to.match(/^(1:00|0:59)$/);
  });

  it('a daily limit, then "I have Okta Verify" in our element presses the widget\'s "Verify with something else"', async () => {
    const { org, el } = await atCodeScreen('sms', ['E0000150']);
    await retryThroughUs(el, 30, org);
    await chooseAll(el, ['okta-verify']);
    await untilTicking(() => codeHelp(host) === null, 'the widget to leave the code screen');
    await untilTicking(() => host.querySelector('.authenticator-verify-list') !== null, 'the list of methods');
  });

  it('the other channel: our offer takes the widget\'s own way to "Receive a voice call instead"; Okta is asked for a call; our element goes on by voice, 60 s', async () => {
    const { org, el } = await atCodeScreen('sms');
    await chooseAll(el, ['yes', 'no', 'yes', 'still-nothing']);
    expect($(el, 'h2')!.textContent).to.equal(en.steps.phone.title);
    const heard = oneEvent(el, 'sspr-switch-channel');
    $(el, 'button[data-switch-channel]')!.click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ from: 'sms', to: 'voice' });
    expect(event.defaultPrevented, 'the widget has a way: not cancelled').to.equal(false);
    await untilTicking(
      () => el.isConnected && codeHelp(host) === el && el.getAttribute('channel') === 'voice',
      'our element, the same one, back on the voice code screen',
    );
    const challenges = (await org.requests()).filter((r) => r.path === '/idp/idx/challenge');
    expect(challenges.at(-1)!.body).to.deep.include({ authenticator: { id: 'autPhone1', methodType: 'voice' } });
    expect(host.querySelector('input[name="credentials.passcode"]'), "the widget's code screen").to.exist;
    await untilTicking(() => $(el, '[part="notice"]') !== null, 'our element to hear the call went out');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal(en.steps.wait.title);
    expect($(el, '[part="notice"]')!.textContent.trim()).to.equal(en.retry.sent_voice);
    expect(timerText(el)).to.match(/^(1:00|0:59)$/);
    expect(await resends(org), 'a switch, not a resend').to.have.length(0);
  });

  it('attached after the widget rendered the code screen: recognised, and resends through the widget', async () => {
    const org = newOrg();
    ({ signIn, host } = await renderWidget({ baseUrl: org.baseUrl, stateToken: 'token-ie' }));
    type(host.querySelector<HTMLInputElement>('input[name="identifier"]')!, 'ada@example.com');
    host.querySelector<HTMLElement>('form.o-form input[type="submit"]')!.click();
    await until(
      () => host.querySelector('.authenticator-button[data-se="phone_number"] a.select-factor') !== null,
      'the list',
    );
    host.querySelector<HTMLElement>('.authenticator-button[data-se="phone_number"] a.select-factor')!.click();
    await until(() => host.querySelector('.phone-authenticator-challenge__link') !== null, 'the choice');
    host.querySelector<HTMLElement>('form.o-form .o-form-button-bar input[type="submit"]')!.click();
    await until(() => host.querySelector('input[name="credentials.passcode"]') !== null, 'the code screen');
    clock = fakeClock(Date.now());
    detach = attachToSignInWidget(signIn, {
      root: host,
      mode: 'inline',
      attributes: { storage: 'none', channel: 'sms' },
    });
    const el = codeHelp(host) as SsprCodeHelp;
    expect(el, 'mounted at once').to.exist;
    expect(el.getAttribute('engine')).to.equal('identity');
    expect(el.getAttribute('phone-hint')).to.equal('+1 XXX-XXX-2342');
    await el.updateComplete;
    await retryThroughUs(el, 30, org);
    expect(await resends(org)).to.have.length(1);
    expect($(el, '[part="notice"]')!.textContent.trim()).to.equal(en.retry.sent_sms);
  });

  it('"Verify with something else" leaves the screen (our element goes); choosing the phone again brings it back', async () => {
    const { el } = await atCodeScreen('sms');
    clock!.tick(10_000);
    host.querySelector<HTMLElement>('a[data-se="switchAuthenticator"]')!.click();
    await untilTicking(() => codeHelp(host) === null, 'our element to leave with the screen');
    expect(el.isConnected).to.equal(false);
    await untilTicking(() => host.querySelectorAll('.authenticator-button a.select-factor').length > 0, 'the list');
    host.querySelector<HTMLElement>('.authenticator-button[data-se="phone_number"] a.select-factor')!.click();
    await untilTicking(() => host.querySelector('.phone-authenticator-challenge__link') !== null, 'the choice');
    host.querySelector<HTMLElement>('form.o-form .o-form-button-bar input[type="submit"]')!.click();
    await untilTicking(() => codeHelp(host) !== null, 'our element back');
    const back = codeHelp(host) as SsprCodeHelp;
    await back.updateComplete;
    await chooseAll(back, ['yes', 'no']);
    expect(timerText(back)).to.match(/^0:(29|30)$/);
  });
});
