/**
 * The other channel (issue 17, docs/flow.md "The other channel"): a text that never comes may
 * come as a call, and the reverse. Offered on the phone checklist next to the items it gets
 * around and on the another-way step; taken by the page's handler, by the page on the event, or
 * by the user on the sign-in page.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { SwitchChannelEventDetail } from '../../src/events.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, $$, answers, choose, chooseAll, heading, mount, T0, untilReal } from '../helpers.js';
import { fakeClock, retry, timerText } from '../cooldown/support.js';

/** From the first step after a fixed channel to the phone checklist (no phone hint: no `number`). */
const TO_PHONE = ['yes', 'no', 'still-nothing'];
const TO_ANOTHER_WAY = [...TO_PHONE, 'all-fine', 'none'];

const offer = (el: Element) => $<HTMLButtonElement>(el, 'button[data-switch-channel]');
const checkbox = (el: Element, item: string) =>
  $$<HTMLLabelElement>(el, 'label.check')
    .find((label) => label.textContent.includes(en.checklist[item as 'blocked']))!
    .querySelector('input')!;
const summaryText = (el: Element) => $<HTMLTextAreaElement>(el, '[part="summary"]')!.value;

async function advance(clock: sinon.SinonFakeTimers, el: SsprCodeHelp, ms: number) {
  await clock.tickAsync(ms);
  await el.updateComplete;
}

/** Presses a control and returns the `sspr-switch-channel` it dispatched. */
async function press(el: SsprCodeHelp, control: HTMLElement): Promise<CustomEvent<SwitchChannelEventDetail>> {
  const event = oneEvent(el, 'sspr-switch-channel');
  control.click();
  const heard = await event;
  await el.updateComplete;
  return heard;
}

/** The items between the checklist item and the offer right after it. */
function itemsBefore(button: Element): string[] {
  const items: string[] = [];
  for (let node = button.parentElement!.previousElementSibling; node && node.matches('label.check');) {
    items.unshift(node.textContent.trim());
    node = node.previousElementSibling;
  }
  return items;
}

describe('the other channel: where it is offered', () => {
  it('from a text: a person whose phone blocks short codes is offered a call within two activations', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, TO_PHONE);
    expect(heading(el)).to.equal(en.steps.phone.title);
    // 1: they tick the short-code item they cannot change.
    checkbox(el, 'short-codes').click();
    await el.updateComplete;
    // The offer is the control right after the items a call gets around, short codes among them.
    const button = offer(el)!;
    expect(button.textContent.trim()).to.equal(en.steps['another-way'].answers['voice-call']);
    expect(itemsBefore(button).at(-1)).to.equal(en.checklist['short-codes']);
    expect(button.parentElement!.textContent).to.contain(en.otherChannel.why_sms);
    // 2: they press it.
    const event = await press(el, button);
    expect(event.detail).to.deep.equal({ from: 'sms', to: 'voice' });
    expect(event.cancelable, 'cancelable').to.equal(true);
  });

  it('from a call: "Silence Unknown Callers" is answered by an offer of a text, likewise', async () => {
    const el = await mount({ channel: 'voice', storage: 'none' });
    await chooseAll(el, TO_PHONE);
    checkbox(el, 'silence-unknown').click();
    await el.updateComplete;
    const button = offer(el)!;
    expect(button.textContent.trim()).to.equal(en.steps['another-way'].answers['text-message']);
    expect(itemsBefore(button)).to.include(en.checklist['silence-unknown']);
    expect((await press(el, button)).detail).to.deep.equal({ from: 'voice', to: 'sms' });
  });

  it('offers it on the another-way step before Okta Verify and the help desk', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, TO_ANOTHER_WAY);
    expect(heading(el)).to.equal(en.steps['another-way'].title);
    expect(answers(el)).to.deep.equal(['voice-call', 'okta-verify', 'help-desk']);
    expect($(el, '.body')!.textContent).to.contain(en.otherChannel.why_sms);
  });

  it('channels="sms" never offers a call, and asks no channel question', async () => {
    const el = await mount({ channels: 'sms', storage: 'none' });
    expect(heading(el)).to.equal(en.steps.enrolled.title);
    await chooseAll(el, TO_PHONE);
    for (const item of ['short-codes', 'blocked', 'spam-filter', 'inbox-full']) checkbox(el, item).click();
    await el.updateComplete;
    expect(offer(el), 'no offer on the checklist').to.equal(null);
    await chooseAll(el, ['all-fine', 'none']);
    expect(answers(el)).to.deep.equal(['okta-verify', 'help-desk']);
    expect($(el, '.body')!.textContent).to.not.contain(en.otherChannel.why_sms);
  });

  it('warns once about a bad channels value and offers both', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await mount({ channel: 'sms', channels: 'sms fax', storage: 'none' });
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      const warnings = warn.getCalls().filter((call) => String(call.args[0]).includes('channels="sms fax"'));
      expect(warnings).to.have.length(1);
      await chooseAll(el, TO_ANOTHER_WAY);
      expect(answers(el)).to.include('voice-call');
    } finally {
      warn.restore();
    }
  });
});

describe('the other channel: choosing it', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeClock(T0);
  });
  afterEach(() => clock.restore());

  it('with a retryHandler: called with the new channel, its own 60 s wait, and the wizard goes on by voice', async () => {
    const el = await mount({ channel: 'sms', 'last-sent': String(T0), storage: 'none' });
    const handler = sinon.stub().resolves();
    el.retryHandler = handler;
    await chooseAll(el, TO_PHONE);
    await press(el, offer(el)!);
    await advance(clock, el, 0);
    expect(handler.callCount).to.equal(1);
    const request = handler.firstCall.args[0] as { channel: string; signal: AbortSignal };
    expect(request.channel).to.equal('voice');
    expect(request.signal).to.be.instanceOf(AbortSignal);
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect($(el, '.body')!.textContent).to.contain(en.steps.wait.body_voice);
    expect(timerText(el)).to.equal('1:00');
    expect($(el, '[part="notice"]')!.textContent).to.contain(en.retry.sent_voice);
    expect(retry(el)!.textContent.trim()).to.equal(en.retry.send_voice);
    // The next request after the wait goes by voice too.
    await advance(clock, el, 60_000);
    retry(el)!.click();
    await advance(clock, el, 0);
    expect(handler.secondCall.args[0].channel).to.equal('voice');
    // The help desk reads the switch and its outcome.
    await chooseAll(el, ['still-nothing', 'all-fine', 'none', 'help-desk']);
    expect(summaryText(el)).to.match(/Asked for the code by the other channel: sms → voice \(sent\)/);
    expect(summaryText(el)).to.contain(`Waiting for: ${en.summary.channel_voice}`);
  });

  it('with a retryHandler from a call: a text, and its own 30 s wait', async () => {
    const el = await mount({ channel: 'voice', storage: 'none' });
    const handler = sinon.stub().resolves();
    el.retryHandler = handler;
    await chooseAll(el, TO_ANOTHER_WAY);
    await press(el, $<HTMLButtonElement>(el, '[part="answer"][data-answer="text-message"]')!);
    await advance(clock, el, 0);
    expect(handler.firstCall.args[0].channel).to.equal('sms');
    expect(timerText(el)).to.equal('0:30');
    expect($(el, '.body')!.textContent).to.contain(en.steps.wait.body_sms);
  });

  it('a handler that fails: the step says what to press instead, and the summary says it failed', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.retryHandler = () => Promise.reject(new TypeError('Failed to fetch'));
    await chooseAll(el, TO_ANOTHER_WAY);
    await press(el, $<HTMLButtonElement>(el, '[part="answer"][data-answer="voice-call"]')!);
    await untilReal(() => heading(el) === en.steps['other-channel'].title_sms, 'no what-to-press step');
    await el.updateComplete;
    expect($(el, '[part="notice"]')!.textContent).to.contain(en.retry.failed);
    await choose(el, 'not-offered');
    expect(summaryText(el)).to.match(/other channel: sms → voice \(failed\)/);
  });

  it('resend="event": the page asks for it on the event; not cancelled, the wizard waits for the call', async () => {
    const el = await mount({ channel: 'sms', resend: 'event', storage: 'none' });
    await chooseAll(el, TO_ANOTHER_WAY);
    await press(el, $<HTMLButtonElement>(el, '[part="answer"][data-answer="voice-call"]')!);
    await advance(clock, el, 0);
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect(timerText(el)).to.equal('1:00');
    expect($(el, '[part="notice"]'), 'no "we are calling" of our own').to.equal(null);
  });

  it('a cancelled event: the page did not switch, so the step says what to press', async () => {
    const el = await mount({ channel: 'sms', resend: 'event', storage: 'none' });
    const handler = sinon.stub().resolves();
    el.retryHandler = handler;
    el.addEventListener('sspr-switch-channel', (event) => event.preventDefault(), { once: true });
    await chooseAll(el, TO_ANOTHER_WAY);
    await press(el, $<HTMLButtonElement>(el, '[part="answer"][data-answer="voice-call"]')!);
    await advance(clock, el, 0);
    expect(handler.callCount, 'the handler is not called').to.equal(0);
    expect(heading(el)).to.equal(en.steps['other-channel'].title_sms);
    expect(timerText(el)).to.equal(null);
  });

  it("without a handler: exactly what to press on the sign-in page (Classic), then the call's own wait", async () => {
    const el = await mount({ channel: 'sms', 'signin-url': 'https://example.okta.com/', storage: 'none' });
    await chooseAll(el, TO_PHONE);
    await press(el, offer(el)!);
    expect(heading(el)).to.equal(en.steps['other-channel'].title_sms);
    const body = $(el, '.body')!;
    expect(body.textContent).to.contain(en.steps['other-channel'].classic_sms);
    expect(body.textContent).to.contain('"Back to sign in", then "Forgot password?", then "Reset via Voice Call"');
    expect(body.querySelector<HTMLAnchorElement>('a')!.href).to.equal('https://example.okta.com/');
    // Its own two answers, then the Okta Verify shortcut every non-final step carries (docs/flow.md).
    expect(answers(el)).to.deep.equal(['asked', 'not-offered', 'okta-verify']);
    await choose(el, 'asked');
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect(timerText(el)).to.equal('1:00');
    expect(retry(el)!.textContent.trim()).to.equal(en.retry.signin);
    await advance(clock, el, 60_000);
    expect(timerText(el)).to.equal(null);
    await choose(el, 'still-nothing');
    // On the phone step now: the voice checklist, which offers a text back.
    expect(offer(el)!.dataset.switchChannel).to.equal('sms');
  });

  it('without a handler on Identity Engine: its own words, "Receive a voice call instead", not Classic\'s', async () => {
    const el = await mount({ channel: 'sms', engine: 'identity', storage: 'none' });
    await chooseAll(el, TO_PHONE);
    await press(el, offer(el)!);
    expect(heading(el)).to.equal(en.steps['other-channel'].title_sms);
    const body = $(el, '.body')!.textContent;
    expect(body).to.contain(en.steps['other-channel'].identity_sms);
    expect(body).to.contain('"Receive a voice call instead"');
    expect(body).not.to.contain('"Forgot password?"');
  });

  it("keeps the switch across a reload of the page (storage), over the page's first channel", async () => {
    sessionStorage.clear();
    const first = await mount({ channel: 'sms', resend: 'event' });
    await chooseAll(first, TO_ANOTHER_WAY);
    await press(first, $<HTMLButtonElement>(first, '[part="answer"][data-answer="voice-call"]')!);
    await advance(clock, first, 0);
    first.remove();
    const again = await mount({ channel: 'sms', resend: 'event' });
    expect(heading(again)).to.equal(en.steps.wait.title);
    expect($(again, '.body')!.textContent).to.contain(en.steps.wait.body_voice);
    again.remove();
    sessionStorage.clear();
  });
});
