import { expect, oneEvent } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { StepEventDetail } from '../../src/events.js';
import {
  $,
  $$,
  answers,
  choose,
  chooseAll,
  clickNav,
  heading,
  mount,
  progressText,
  describeFocus,
  EXAMPLE_ATTRIBUTES,
} from '../helpers.js';

const EXAMPLE = EXAMPLE_ATTRIBUTES;

describe('<sspr-code-help> wizard', () => {
  it('starts by asking which code, with "Step 1 of N"', async () => {
    const el = await mount({ storage: 'none' });
    expect(heading(el)).to.equal(en.steps.channel.title);
    expect(answers(el)).to.deep.equal(['sms', 'voice', 'okta-verify']);
    expect(progressText(el)).to.match(/^Step 1 of \d+$/);
  });

  it('skips the channel question when channel is set', async () => {
    const el = await mount({ channel: 'voice', storage: 'none' });
    expect(heading(el)).to.equal(en.steps.enrolled.title);
    expect(progressText(el)).to.match(/^Step 1 of/);
  });

  it('explains how to set up SMS/voice recovery, with the settings link', async () => {
    const el = await mount(EXAMPLE);
    await chooseAll(el, ['sms', 'no']);
    expect(heading(el)).to.equal(en.steps['not-enrolled'].title);
    const text = $(el, '.body')!.textContent;
    expect(text).to.contain('Extra Verification → Set up').and.contain('Add Phone Number');
    const link = $<HTMLAnchorElement>(el, '.body a')!;
    expect(link.href).to.equal(EXAMPLE['settings-url']);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
  });

  it('warns that a locked account gets no code', async () => {
    const el = await mount(EXAMPLE);
    await chooseAll(el, ['sms', 'yes', 'maybe']);
    expect(heading(el)).to.equal(en.steps['locked-out'].title);
    expect($(el, '.body')!.textContent).to.contain(en.steps['locked-out'].body);
  });

  it('shows the masked number to compare against', async () => {
    const el = await mount(EXAMPLE);
    await chooseAll(el, ['sms', 'yes', 'no']);
    expect(heading(el)).to.equal(en.steps.number.title);
    expect($(el, '[part="phone-hint"]')!.textContent).to.equal('•••• 4821');
  });

  it('shows only the checklist items of the chosen channel', async () => {
    const sms = await mount(EXAMPLE);
    await chooseAll(sms, ['sms', 'yes', 'no', 'yes', 'still-nothing']);
    expect(heading(sms)).to.equal(en.steps.phone.title);
    const smsText = $(sms, '.checklist')!.textContent;
    expect(smsText).to.contain(en.checklist['short-codes']).and.not.contain(en.checklist['silence-unknown']);

    const voice = await mount({ ...EXAMPLE, channel: 'voice' });
    await chooseAll(voice, ['yes', 'no', 'yes', 'still-nothing']);
    const voiceText = $(voice, '.checklist')!.textContent;
    expect(voiceText).to.contain(en.checklist['silence-unknown']).and.not.contain(en.checklist['inbox-full']);
  });

  it('links the status page and defaults to status.okta.com', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, ['yes', 'no', 'still-nothing', 'all-fine']);
    expect(heading(el)).to.equal(en.steps.outage.title_sms);
    expect($<HTMLAnchorElement>(el, '.body a')!.href).to.equal('https://status.okta.com/');
  });

  it('offers Okta Verify with both store links, and fires sspr-switch-factor', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, ['yes', 'no', 'still-nothing', 'all-fine', 'none']);
    const event = oneEvent(el, 'sspr-switch-factor');
    await choose(el, 'okta-verify');
    expect((await event).detail).to.deep.equal({ factor: 'okta-verify' });
    const hrefs = $$<HTMLAnchorElement>(el, '.body a').map((a) => a.href);
    expect(hrefs).to.include('https://apps.apple.com/us/app/okta-verify/id490179405');
    expect(hrefs).to.include('https://play.google.com/store/apps/details?id=com.okta.android.auth');
  });

  it('hides Okta Verify when okta-verify="off"', async () => {
    const el = await mount({ channel: 'sms', 'okta-verify': 'off', storage: 'none' });
    await chooseAll(el, ['yes', 'no', 'still-nothing', 'all-fine', 'none']);
    expect(answers(el)).to.deep.equal(['voice-call', 'help-desk']);
    expect($(el, '.body')!.textContent).to.not.contain('Okta Verify');
  });

  it('reaches the help desk with contacts and a summary free of personal data', async () => {
    const el = await mount(EXAMPLE);
    await chooseAll(el, ['sms', 'yes', 'no', 'no']);
    const escalate = oneEvent(el, 'sspr-escalate');
    await choose(el, 'help-desk');
    const { summary } = (await escalate).detail;
    const hrefs = $$<HTMLAnchorElement>(el, '.contacts a').map((a) => a.href.split('?')[0]);
    expect(hrefs).to.deep.equal(['https://help.example.com/new', 'mailto:helpdesk@example.com', 'tel:+15550100199']);
    expect(summary).to.contain(`${en.steps.number.title} — ${en.steps.number.answers.no}`).and.contain('text message');
    expect(summary).to.not.contain('4821');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal(summary);
  });

  it('"I got my code" from any step fires sspr-resolved with the path', async () => {
    const el = await mount(EXAMPLE);
    await chooseAll(el, ['voice', 'yes']);
    const resolved = oneEvent(el, 'sspr-resolved');
    await clickNav(el, en.nav.gotCode);
    expect((await resolved).detail).to.deep.equal({
      channel: 'voice',
      steps: ['channel', 'enrolled', 'locked', 'resolved'],
    });
    expect(heading(el)).to.equal(en.steps.resolved.title);
  });

  it('goes Back to the step as it was left, and Start over returns to the start', async () => {
    const el = await mount(EXAMPLE);
    await chooseAll(el, ['sms', 'yes', 'no', 'yes', 'still-nothing']);
    const box = $<HTMLInputElement>(el, '.checklist input')!;
    box.click();
    await el.updateComplete;
    await choose(el, 'all-fine');
    await clickNav(el, en.nav.back);
    expect(heading(el)).to.equal(en.steps.phone.title);
    expect($<HTMLInputElement>(el, '.checklist input')!.checked).to.equal(true);
    expect($(el, '[data-answer="all-fine"]')!.getAttribute('aria-describedby')).to.equal('last-answer');
    expect($(el, '#last-answer')!.textContent, 'what describes it').to.equal(en.nav.lastAnswer);
    await clickNav(el, en.nav.restart);
    expect(heading(el)).to.equal(en.steps.channel.title);
    expect(progressText(el)).to.match(/^Step 1 of/);
  });

  it('fires sspr-step with index and total for each step shown', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    const seen: StepEventDetail[] = [];
    el.addEventListener('sspr-step', (e) => seen.push(e.detail));
    await chooseAll(el, ['yes', 'no']);
    expect(seen.map((d) => d.step)).to.deep.equal(['locked', 'wait']);
    expect(seen[1]).to.deep.include({ channel: 'sms', index: 3 });
    expect(progressText(el)).to.equal(`Step 3 of ${seen[1].total}`);
  });

  it('moves focus to the new step heading', async () => {
    const el = await mount({ storage: 'none' });
    await choose(el, 'sms');
    expect(describeFocus(el.shadowRoot!.activeElement)).to.equal(describeFocus($(el, 'h2')));
  });

  it('keeps an always-present status region', async () => {
    const el = await mount({ storage: 'none' });
    expect($(el, '[role="status"]')).to.exist;
  });
});
