/**
 * Issue 11, "The wait step": an honest way on, no silent navigation, every message true when
 * shown, the countdown only where it helps, and a "Step N of M" whose total never grows.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { RetryError } from '../../src/retry/outcome.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import {
  $,
  $$,
  chooseAll,
  clickNav,
  heading,
  mount,
  progressText,
  T0,
  untilReal,
  EXAMPLE_ATTRIBUTES,
} from '../helpers.js';
import { fakeClock } from '../cooldown/support.js';

const retry = (el: Element) => $<HTMLButtonElement>(el, '[part="retry"]');
const timer = (el: Element) => $(el, '[role="timer"]');
const notice = (el: Element) => $(el, '[part="notice"]')?.textContent.trim() ?? '';
const body = (el: Element) => $(el, '.body')!.textContent.replace(/\s+/g, ' ').trim();

describe('the wait step', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = fakeClock(T0)));
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  async function advance(el: SsprCodeHelp, ms: number) {
    await clock.tickAsync(ms);
    await el.updateComplete;
  }

  it('moves on honestly: "It still hasn’t come", no claim of having asked again', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, ['yes', 'no']);
    const onward = $(el, '[part="answer"][data-answer="still-nothing"]')!;
    expect(onward.textContent.trim()).to.equal(en.steps.wait.answers['still-nothing']);
    expect(onward.textContent).to.not.match(/asked|again/i);
  });

  it('without a retryHandler, opens the sign-in page in a new tab, says so, and starts no wait', async () => {
    const el = await mount({ ...EXAMPLE_ATTRIBUTES, channel: 'sms' });
    const open = sinon.stub(window, 'open').returns(null);
    const before = location.href;
    await chooseAll(el, ['yes', 'no', 'yes']);
    expect(retry(el)!.textContent).to.contain('new tab');
    retry(el)!.click();
    await advance(el, 0);
    expect(open.callCount).to.equal(1);
    expect(open.firstCall.args.slice(0, 2)).to.deep.equal([EXAMPLE_ATTRIBUTES['signin-url'], '_blank']);
    expect(location.href, 'this page stays').to.equal(before);
    expect(notice(el)).to.equal(en.retry.signinOpened);
    expect(timer(el), 'no wait for a code nobody requested yet').to.equal(null);
    expect(retry(el)!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('drops "We\'re calling you now." when the wait ends', async () => {
    const el = await mount({ channel: 'voice', storage: 'none' });
    el.retryHandler = () => Promise.resolve();
    await chooseAll(el, ['yes', 'no']);
    retry(el)!.click();
    await advance(el, 0);
    expect(notice(el)).to.equal(en.retry.sent_voice);
    await advance(el, 61_000);
    expect($(el, '.ready')!.textContent.trim()).to.equal(en.countdown.ready);
    expect(notice(el), 'no call is coming any more').to.equal('');
  });

  it('says nothing of a timer while none is shown (voice)', async () => {
    const el = await mount({ channel: 'voice', storage: 'none' });
    await chooseAll(el, ['yes', 'no']);
    expect(timer(el)).to.equal(null);
    expect(body(el)).to.not.match(/timer/i);
  });

  it('after a daily limit, Back to the wait does not urge one more try without a button', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    el.retryHandler = () => Promise.reject(new RetryError({ kind: 'limit', code: 'E0000146' }));
    await chooseAll(el, ['yes', 'no']);
    retry(el)!.click();
    await advance(el, 0);
    await untilReal(() => heading(el) === en.steps['another-way'].title, 'did not move on after the limit');
    await clickNav(el, en.nav.back);
    expect(heading(el), 'no "ask again" without a button').to.equal(en.steps.wait.titleBlocked);
    expect(retry(el)).to.equal(null);
    expect(body(el)).to.not.contain(en.steps.wait.tip);
    expect(body(el)).to.contain(en.retry.limit);
  });

  it('shows the full countdown on the wait step only; elsewhere one line, and no control on an end', async () => {
    const el = await mount({ ...EXAMPLE_ATTRIBUTES, channel: 'sms', 'last-sent': String(T0) });
    expect(timer(el), 'a line on the first step').to.exist;
    expect(retry(el), 'no request button off the wait step').to.equal(null);
    await chooseAll(el, ['yes', 'no', 'yes']);
    expect(retry(el)).to.exist;
    expect($(el, '[part="countdown-style"]')).to.exist;
    await chooseAll(el, ['still-nothing']);
    expect(retry(el)).to.equal(null);
    expect($(el, '[part="countdown-style"]')).to.equal(null);
    expect(timer(el)).to.exist;
    await advance(el, 31_000);
    expect($(el, '[part="countdown"]'), 'nothing once the wait ended').to.equal(null);
    await chooseAll(el, ['all-fine', 'none', 'help-desk']);
    expect(heading(el)).to.equal(en.steps['help-desk'].title);
    expect(retry(el)).to.equal(null);
    expect($$(el, 'button').filter((b) => b.classList.contains('retry'))).to.be.empty;
  });

  it('never grows the total of "Step N of M" on screen, through the loop back to the wait', async () => {
    const el = await mount({ ...EXAMPLE_ATTRIBUTES, channel: 'sms' });
    const shown: string[] = [progressText(el)];
    for (const answer of ['yes', 'no', 'yes', 'still-nothing', 'fixed', 'still-nothing', 'fixed', 'still-nothing']) {
      await chooseAll(el, [answer]);
      shown.push(progressText(el));
    }
    const totals = shown.map((text) => /of (\d+)/.exec(text)?.[1]).map((total) => (total ? Number(total) : null));
    totals.forEach((total, i) => {
      if (i === 0) return;
      const before = totals[i - 1];
      if (before === null) expect(total, shown.join(' | ')).to.equal(null);
      else if (total !== null) expect(total, shown.join(' | ')).to.be.at.most(before);
    });
    expect(shown.at(-1)).to.equal('Step 9');
  });
});
