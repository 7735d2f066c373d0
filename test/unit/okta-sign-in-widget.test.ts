/**
 * The pure parts of the Sign-In Widget attachment: which screens wait for a phone code, the
 * masked number on them, what the widget's errors mean, and the way to the other channel.
 */
import { expect } from '@open-wc/testing';
import { oktaBodyFromIdx } from '../../src/okta/idx-errors.js';
import { nextSwitchStep, switchStart } from '../../src/okta-sign-in-widget/channel-switch.js';
import { maskedNumber, screenFromContext, screenFromDom, SELECTORS } from '../../src/okta-sign-in-widget/screens.js';
import { failureFromWidgetError } from '../../src/okta-sign-in-widget/widget-errors.js';

const NOW = Date.UTC(2026, 10, 28, 10, 0, 0);

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('Sign-In Widget screens', () => {
  const empty = dom('');

  it('Identity Engine: challenge-authenticator for phone_number, by SMS or voice', () => {
    const sms = {
      controller: null,
      formName: 'challenge-authenticator',
      authenticatorKey: 'phone_number',
      methodType: 'sms',
    };
    expect(screenFromContext(sms, empty, null)).to.include({
      engine: 'identity',
      channel: 'sms',
      sendsOnArrival: true,
    });
    expect(screenFromContext({ ...sms, methodType: 'voice' }, empty, null)).to.include({ channel: 'voice' });
    expect(screenFromContext({ ...sms, authenticatorKey: 'okta_email', methodType: 'email' }, empty, null)).to.equal(
      null,
    );
    expect(screenFromContext({ ...sms, formName: 'authenticator-verification-data' }, empty, null)).to.equal(null);
  });

  it('Classic recovery challenge: the channel is the forgot-password button pressed, else unknown (asked)', () => {
    expect(screenFromContext({ controller: 'recovery-challenge' }, empty, 'voice')).to.include({
      engine: 'classic',
      channel: 'voice',
    });
    expect(screenFromContext({ controller: 'recovery-challenge' }, empty, null)).to.include({ channel: null });
    expect(screenFromContext({ controller: 'primary-auth' }, empty, 'sms')).to.equal(null);
  });

  it('Classic MFA verify: SMS or voice by the send button on its form; not sent on arrival', () => {
    const sms = dom('<form class="o-form mfa-verify"><a data-se="sms-send-code">Send code</a></form>');
    const call = dom('<form class="o-form mfa-verify"><a data-se="make-call">Call</a></form>');
    const push = dom('<form class="o-form mfa-verify"><a data-se="push">Send push</a></form>');
    expect(screenFromContext({ controller: 'mfa-verify' }, sms, null)).to.include({
      channel: 'sms',
      sendsOnArrival: false,
    });
    expect(screenFromContext({ controller: 'mfa-verify' }, call, null)).to.include({ channel: 'voice' });
    expect(screenFromContext({ controller: 'mfa-verify' }, push, null)).to.equal(null);
  });

  it('attached late: the rendered code form is recognised; the method-choice form is not', () => {
    expect(screenFromDom(dom('<form class="o-form recovery-challenge"></form>'), 'sms')).to.include({
      engine: 'classic',
      channel: 'sms',
    });
    expect(
      screenFromDom(
        dom('<form class="o-form phone-authenticator-challenge"><input name="credentials.passcode"></form>'),
        null,
      ),
    ).to.include({ engine: 'identity' });
    expect(screenFromDom(dom('<form class="o-form phone-authenticator-challenge"></form>'), null)).to.equal(null);
  });

  it('reads the masked number Okta shows, and nothing that is not masked', () => {
    expect(
      maskedNumber(dom('<form class="o-form">A code was sent to <span>+1 XXX-XXX-2342</span>. Enter it.</form>')),
    ).to.equal('+1 XXX-XXX-2342');
    expect(maskedNumber(dom('<form class="o-form">Call +1 555 010 0199 for help</form>'))).to.equal(null);
    expect(maskedNumber(dom('<form class="o-form">Enter the code</form>'))).to.equal(null);
  });
});

describe("the widget's errors", () => {
  it('Classic afterError: the error code, with the headers the browser let the widget read', () => {
    const recent = { statusCode: 429, xhr: { status: 429, responseJSON: { errorCode: 'E0000109' } } };
    expect(failureFromWidgetError(recent, NOW)).to.deep.equal({ kind: 'wait', seconds: 30, code: 'E0000109' });
    const reset = String(NOW / 1000 + 45);
    const limited = {
      xhr: {
        status: 429,
        responseJSON: { errorCode: 'E0000047' },
        headers: { 'x-rate-limit-reset': reset, 'x-rate-limit-remaining': '0' },
      },
    };
    expect(failureFromWidgetError(limited, NOW)).to.deep.equal({ kind: 'wait', seconds: 45, code: 'E0000047' });
    expect(
      failureFromWidgetError({ xhr: { status: 403, responseJSON: { errorCode: 'E0000099' } } }, NOW),
    ).to.deep.equal({
      kind: 'unsupported-country',
      code: 'E0000099',
    });
  });

  it('Identity Engine afterError (no status, its i18n keys): E0000047 still waits a minute at least', () => {
    expect(
      failureFromWidgetError({ xhr: { responseJSON: { errorSummaryKeys: ['E0000150'], errorSummary: 'x' } } }, NOW),
    ).to.deep.equal({
      kind: 'limit',
      code: 'E0000150',
    });
    expect(failureFromWidgetError({ xhr: { responseJSON: { errorCode: 'E0000047' } } }, NOW)).to.deep.equal({
      kind: 'wait',
      seconds: 60,
      code: 'E0000047',
    });
    expect(failureFromWidgetError(undefined, NOW).kind).to.equal('error');
  });

  it("IDX messages map by key or by Okta's English text", () => {
    const message = (text: string, key = 'x') => ({
      messages: { value: [{ message: text, i18n: { key }, class: 'ERROR' }] },
    });
    expect(
      oktaBodyFromIdx(message('A phone call was recently made. Please wait 30 seconds before trying again.')),
    ).to.include({
      errorCode: 'E0000133',
    });
    expect(oktaBodyFromIdx(message('whatever', 'E0000099'))).to.include({ errorCode: 'E0000099' });
    expect(oktaBodyFromIdx(message('Something else'))).to.deep.equal({ errorSummary: 'Something else' });
    expect(oktaBodyFromIdx(null)).to.equal(null);
  });
});

describe('Sign-In Widget: the way to the other channel', () => {
  const phone = (formName: string, methodType?: string) => ({ formName, authenticatorKey: 'phone_number', methodType });

  it('starts from "Verify with something else" on an Identity Engine code screen, from nothing on Classic', () => {
    expect(switchStart({ engine: 'identity', channel: 'sms', sendsOnArrival: true, key: 'identity:sms' })).to.equal(
      SELECTORS.identitySwitch,
    );
    expect(switchStart({ engine: 'identity', channel: null, sendsOnArrival: true, key: 'identity:null' })).to.equal(
      null,
    );
    expect(
      switchStart({ engine: 'classic', channel: 'sms', sendsOnArrival: true, key: 'classic-recovery:sms' }),
    ).to.equal(null);
  });

  it('the list → the phone; its method screen → "Receive a voice call instead" for a call, the primary button for a text', () => {
    expect(nextSwitchStep({ formName: 'select-authenticator-authenticate' }, 'voice')).to.deep.equal({
      press: SELECTORS.identityPhoneOption,
    });
    expect(nextSwitchStep(phone('authenticator-verification-data'), 'voice')).to.deep.equal({
      press: SELECTORS.identitySecondMethod,
    });
    expect(nextSwitchStep(phone('authenticator-verification-data'), 'sms')).to.deep.equal({
      press: SELECTORS.identityFirstMethod,
    });
  });

  it("arrives on the new channel's code screen; any other screen is a failed switch", () => {
    expect(nextSwitchStep(phone('challenge-authenticator', 'voice'), 'voice')).to.deep.equal({ arrived: true });
    expect(nextSwitchStep(phone('challenge-authenticator', 'sms'), 'sms')).to.deep.equal({ arrived: true });
    expect(nextSwitchStep(phone('challenge-authenticator', 'sms'), 'voice')).to.have.property('failed');
    expect(nextSwitchStep({ formName: 'identify' }, 'voice')).to.have.property('failed');
    expect(nextSwitchStep(null, 'voice')).to.have.property('failed');
  });
});
