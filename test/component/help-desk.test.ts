/**
 * Issue 11, "The help-desk summary" and "Right-to-left details" on the help-desk step: a summary
 * a help desk can read (questions and answers as shown, in the summary's language), the same facts
 * as data on `sspr-escalate`, true request counts, the summary handed over by mail or ticket form,
 * and a copy result the user can see.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import ar from '../../locales/ar/translation.json' with { type: 'json' };
import de from '../../locales/de/translation.json' with { type: 'json' };
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { EscalateEventDetail } from '../../src/events.js';
import { RetryError } from '../../src/retry/outcome.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, $$, chooseAll, EXAMPLE_ATTRIBUTES, heading, mount, root } from '../helpers.js';
import { untilLanguage } from '../i18n/support.js';

/** The promised limit (README): links longer than this break in Outlook / Windows and old browsers. */
const MAX_URL_LENGTH = 2000;

const summaryText = (el: Element) => $<HTMLTextAreaElement>(el, 'textarea')!.value;
const contact = (el: Element, scheme: string) =>
  $$<HTMLAnchorElement>(el, '.contacts a').find((a) => a.href.startsWith(scheme))!;
/** sms → yes → not locked → not my number → help desk: four answers, then the help desk. */
const TO_HELP_DESK = ['sms', 'yes', 'no', 'no', 'help-desk'];

async function atHelpDesk(attributes: Record<string, string> = {}): Promise<{
  el: SsprCodeHelp;
  detail: EscalateEventDetail;
}> {
  const el = await mount({ ...EXAMPLE_ATTRIBUTES, ...attributes });
  if (attributes.lang) await untilLanguage(el, attributes.lang);
  const escalate = oneEvent(el, 'sspr-escalate');
  await chooseAll(el, TO_HELP_DESK);
  return { el, detail: (await escalate).detail };
}

/** At the help desk by `answers` from the first step. */
async function atHelpDeskBy(answers: string[]): Promise<{ el: SsprCodeHelp }> {
  const el = await mount({ ...EXAMPLE_ATTRIBUTES });
  await chooseAll(el, answers);
  expect(heading(el)).to.equal(en.steps['help-desk'].title);
  await el.updateComplete;
  return { el };
}

describe('help-desk summary', () => {
  afterEach(() => sinon.restore());

  it('a shortcut taken ("Use Okta Verify instead") reads in its own words, never as a key', async () => {
    const { el } = await atHelpDeskBy(['okta-verify', 'not-set-up']);
    const text = summaryText(el);
    expect(text).to.contain(`${en.steps.channel.title} — ${en.shortcuts['okta-verify']}`);
    expect(text).not.to.match(/\bsteps\.|\bshortcuts\./);
  });

  it('writes each step as the question and the answer chosen, as shown, without ids', async () => {
    const { el, detail } = await atHelpDesk();
    const text = summaryText(el);
    expect(text).to.contain(`${en.steps.enrolled.title} — ${en.steps.enrolled.answers.yes}`);
    expect(text).to.contain(`${en.steps.number.title} — ${en.steps.number.answers.no}`);
    expect(text).to.contain(en.steps['help-desk'].title);
    expect(text).to.not.match(/→|\bnot-enrolled\b|\bwrong-number\b|\bnumber → no\b/);
    expect(detail.summary).to.equal(text);
  });

  it('fires sspr-escalate with the facts as data: step ids, answers, ISO times, counts', async () => {
    const { detail } = await atHelpDesk();
    expect(detail.summaryLanguage).to.equal('en');
    expect(detail.channel).to.equal('sms');
    expect(detail.current).to.equal('help-desk');
    const answered = detail.steps.filter((entry) => entry.answer).map((entry) => [entry.step, entry.answer]);
    expect(answered).to.deep.equal([
      ['channel', 'sms'],
      ['enrolled', 'yes'],
      ['locked', 'no'],
      ['number', 'no'],
      ['wrong-number', 'help-desk'],
    ]);
    for (const entry of detail.steps) expect(new Date(entry.at).toISOString()).to.equal(entry.at);
    expect(detail.requests).to.deep.equal({ total: 0, sent: 0, notSent: 0, failed: 0, log: [] });
    expect(detail.blocked).to.equal(null);
  });

  it('counts a request refused by a daily limit as asked for and failed, with the reason', async () => {
    const el = await mount({ channel: 'sms', storage: 'none', 'support-email': 'helpdesk@example.com' });
    el.retryHandler = () => Promise.reject(new RetryError({ kind: 'limit', code: 'E0000047' }));
    await chooseAll(el, ['yes', 'no']);
    $<HTMLButtonElement>(el, 'button[part="retry"]')!.click();
    await waitUntil(() => heading(el) === en.steps['another-way'].title, 'the limit leads to another way in');
    const escalate = oneEvent(el, 'sspr-escalate');
    await chooseAll(el, ['help-desk']);
    const { detail } = await escalate;
    const text = summaryText(el);
    expect(text).to.contain('New codes asked for here: 1 (sent: 0, failed: 1)');
    expect(text).to.not.contain('requested here: 0');
    expect(text).to.match(/asked for a new code, it failed \(text message \(SMS\)\): Server answer: no more codes/);
    expect(text).to.contain('E0000047');
    expect(detail.requests.total).to.equal(1);
    expect(detail.requests.failed).to.equal(1);
    expect(detail.requests.log).to.have.length(1);
    expect(detail.requests.log[0]).to.include({ channel: 'sms', result: 'failed', reason: 'limit', code: 'E0000047' });
    expect(detail.blocked).to.equal('limit');
  });

  it("is in the widget's language by default, numbers and times isolated in right-to-left text", async () => {
    const { el, detail } = await atHelpDesk({ lang: 'ar' });
    const area = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(area.value).to.contain(ar.summary.heading).and.contain(ar.steps.number.answers.no);
    expect(area.value).to.not.contain(en.summary.heading);
    expect(area.getAttribute('lang')).to.equal('ar');
    expect(area.getAttribute('dir')).to.equal('rtl');
    // Each time and the ISO time sit inside a first-strong isolate (U+2068 … U+2069).
    expect(area.value).to.match(/\u2068\d{4}-\d\d-\d\dT[\d:.]+Z\u2069/);
    expect(area.value.split('\n').filter((line) => line.startsWith('\u2068')).length).to.be.at.least(5);
    expect(detail.summaryLanguage).to.equal('ar');
  });

  it('summary-lang writes it in the help desk’s language, loading that text, and the page stays in its own', async () => {
    const { el, detail } = await atHelpDesk({ lang: 'ar', 'summary-lang': 'de' });
    expect(heading(el)).to.equal(ar.steps['help-desk'].title);
    await waitUntil(() => summaryText(el).includes(de.summary.heading), 'the German summary', { timeout: 5000 });
    const area = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(area.value).to.contain(`${de.steps.number.title} — ${de.steps.number.answers.no}`);
    expect(area.getAttribute('lang')).to.equal('de');
    expect(area.getAttribute('dir')).to.equal('ltr');
    expect(area.value).to.not.contain('\u2068');
    expect(detail.summaryLanguage === 'de' || detail.summaryLanguage === 'ar').to.equal(true);
    const mailto = decodeURIComponent(contact(el, 'mailto:').href);
    expect(mailto).to.contain(`subject=${de.summary.heading}`);
  });

  it('warns once about a summary-lang no language matches, and keeps the widget’s', async () => {
    const warn = sinon.stub(console, 'warn');
    const { el } = await atHelpDesk({ 'summary-lang': 'klingon' });
    expect(warn.getCalls().filter((call) => String(call.args[0]).includes('summary-lang'))).to.have.length(1);
    expect(summaryText(el)).to.contain(en.summary.heading);
  });
});

describe('handing the summary over', () => {
  afterEach(() => sinon.restore());

  it('support-email opens a message with subject and the summary as body (CRLF lines)', async () => {
    const { el } = await atHelpDesk();
    const url = new URL(contact(el, 'mailto:').href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('helpdesk@example.com');
    const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    expect(params.get('subject')).to.equal(en.summary.heading);
    expect(params.get('body')).to.equal(summaryText(el).replace(/\n/g, '\r\n'));
    expect(url.href).to.not.contain(' ');
  });

  it('support-url fills a {summary} placeholder, URL-encoded, in the query or the path', async () => {
    const { el } = await atHelpDesk({ 'support-url': 'https://help.example.com/new?source=sspr&details={summary}' });
    const link = contact(el, 'https:');
    const url = new URL(link.href);
    expect(url.searchParams.get('source')).to.equal('sspr');
    expect(url.searchParams.get('details')).to.equal(summaryText(el));
    const { el: other } = await atHelpDesk({ 'support-url': 'https://help.example.com/ticket/{summary}' });
    const path = new URL(contact(other, 'https:').href).pathname;
    expect(decodeURIComponent(path.replace('/ticket/', ''))).to.equal(summaryText(other));
  });

  it(`stays within ${MAX_URL_LENGTH} characters by leaving out whole lines, never half a line`, async () => {
    const ticketForm = { lang: 'ar', 'support-url': 'https://help.example.com/new?details={summary}' };
    const { el } = await atHelpDesk(ticketForm);
    // A long journey: back and forth through the checklist loop adds many lines.
    const long = await mount({ ...EXAMPLE_ATTRIBUTES, ...ticketForm });
    await untilLanguage(long, 'ar');
    await chooseAll(long, ['sms', 'yes', 'no', 'yes']);
    for (let round = 0; round < 12; round++) await chooseAll(long, ['still-nothing', 'fixed']);
    await chooseAll(long, ['still-nothing', 'all-fine', 'none', 'help-desk']);
    for (const widget of [el, long]) {
      const full = summaryText(widget).split('\n');
      for (const link of [contact(widget, 'mailto:'), contact(widget, 'https:')]) {
        expect(link.href.length, link.href.slice(0, 30)).to.be.at.most(MAX_URL_LENGTH);
        const url = new URL(link.href);
        const sent = link.href.startsWith('mailto:')
          ? new URLSearchParams(url.search.replace(/\+/g, '%2B')).get('body')!.split('\r\n')
          : url.searchParams.get('details')!.split('\n');
        expect(sent[0]).to.equal(full[0]);
        for (const line of sent) expect([...full, '…'], 'a whole line').to.include(line);
      }
    }
    const longBody = new URLSearchParams(new URL(contact(long, 'mailto:').href).search).get('body')!;
    expect(longBody).to.contain('…');
    expect(longBody.split('\r\n').length).to.be.below(summaryText(long).split('\n').length);
  });

  it('shows "Summary copied" on screen after a copy', async () => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    const { el } = await atHelpDesk();
    $<HTMLButtonElement>(el, '[part="copy"]')!.click();
    await waitUntil(() => $(el, '.copied') !== null, 'a visible confirmation');
    const shown = $(el, '.copied')!;
    expect(shown.textContent).to.contain(en.steps['help-desk'].copied);
    expect(shown.closest('.visually-hidden')).to.equal(null);
    expect(shown.getBoundingClientRect().height).to.be.above(0);
  });

  it('where the clipboard is blocked, selects the text and says how to copy it', async () => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('blocked', 'NotAllowedError'));
    const { el } = await atHelpDesk();
    $<HTMLButtonElement>(el, '[part="copy"]')!.click();
    await waitUntil(() => $(el, '[role="alert"]') !== null, 'the explanation');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Ctrl+C');
    const area = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(root(el).activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });
});

describe('help-desk contacts in right-to-left languages', () => {
  it('isolates the phone number and the address, not the whole link with its label', async () => {
    const { el } = await atHelpDesk({ lang: 'ar' });
    for (const [scheme, value] of [
      ['tel:', '+1 555 010 0199'],
      ['mailto:', 'helpdesk@example.com'],
    ]) {
      const link = contact(el, scheme);
      expect(link.hasAttribute('dir'), `${scheme} link has no dir of its own`).to.equal(false);
      const isolated = link.querySelector('bdi')!;
      expect(isolated.getAttribute('dir')).to.equal('ltr');
      expect(isolated.textContent).to.equal(value);
      expect(link.textContent.replace(value, '').trim().length, 'the Arabic label is outside').to.be.above(2);
    }
  });
});
