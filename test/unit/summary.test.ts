import { expect } from '@open-wc/testing';
import { cutAtSummary } from '../../src/config.js';
import { mailtoWithSummary, MAX_URL_LENGTH, supportUrlWithSummary } from '../../src/flow/handover.js';
import * as flow from '../../src/flow/machine.js';
import { fitSummary, isolate, joinSummary, requestCounts, type SummaryParts } from '../../src/flow/summary.js';
import { localizeText } from '../../src/i18n/digits.js';

const parts = (lines: number): SummaryParts => ({
  head: ['Heading', '', 'Waiting for: voice call', '', 'Steps:'],
  timeline: Array.from({ length: lines }, (_, i) => `10:${String(i).padStart(2, '0')}  Question ${i} — answer ${i}`),
  tail: ['', 'Browser: Firefox 140, Linux', 'Time: 2026-11-28T10:00:00.000Z'],
});

describe('bidi helpers', () => {
  it('mirrors settings-path arrows in right-to-left text only (as each language loads: i18n/digits.ts)', () => {
    expect(localizeText('A → B ← C', '0123456789', 'rtl')).to.equal('A ← B → C');
    expect(localizeText('A → B', '0123456789', 'ltr')).to.equal('A → B');
  });

  it('isolates a value in right-to-left plain text, and leaves left-to-right text alone', () => {
    expect(isolate('10:42', 'rtl')).to.equal('\u206810:42\u2069');
    expect(isolate('10:42', 'ltr')).to.equal('10:42');
  });
});

describe('request counts', () => {
  it('counts every request and how it ended', () => {
    let state = flow.startState({ channelFixed: true, hasPhoneHint: false, oktaVerify: true }, 'sms', 0);
    state = flow.recordRequest(state, 1, 'sent');
    state = flow.recordRequest(state, 2, 'not-sent');
    state = flow.recordRequest(state, 3, 'failed', 'E0000047', 'limit');
    expect(requestCounts(state)).to.deep.equal({ total: 3, sent: 1, 'not-sent': 1, failed: 1 });
    expect(state.timeline.at(-1)).to.include({ reason: 'limit', code: 'E0000047' });
  });
});

describe('fitting the summary', () => {
  it('keeps a summary that fits as it is', () => {
    expect(fitSummary(parts(3), 'NOTE', () => true)).to.equal(joinSummary(parts(3)));
  });

  it('leaves out the oldest timeline lines first, says so, and keeps the last step and the end', () => {
    const whole = joinSummary(parts(40));
    const fitted = fitSummary(parts(40), 'NOTE', (text) => text.length <= 700);
    expect(fitted.length).to.be.at.most(700);
    const lines = fitted.split('\n');
    expect(lines[0]).to.equal('Heading');
    expect(lines).to.include('NOTE');
    expect(lines).to.include('10:39  Question 39 — answer 39');
    expect(lines).to.not.include('10:00  Question 0 — answer 0');
    expect(lines.at(-1)).to.equal('Time: 2026-11-28T10:00:00.000Z');
    for (const line of lines) expect([...whole.split('\n'), 'NOTE']).to.include(line);
  });

  it('when even that is too long, drops whole lines from the end, never the heading', () => {
    const fitted = fitSummary(parts(5), 'NOTE', (text) => text.length <= 30);
    expect(fitted.split('\n')[0]).to.equal('Heading');
    expect(fitted.length).to.be.at.most(30);
  });
});

describe('hand-over links', () => {
  it('mailto: keeps an author subject and stays within the limit', () => {
    const href = mailtoWithSummary('mailto:help@example.com?subject=Reset', 'Ignored', parts(200), 'NOTE');
    expect(href.startsWith('mailto:help@example.com?subject=Reset&body=')).to.equal(true);
    expect(href).to.not.contain('Ignored');
    expect(href.length).to.be.at.most(MAX_URL_LENGTH);
    expect(decodeURIComponent(href)).to.contain('NOTE');
  });

  it('a support url without the placeholder is left as it is', () => {
    expect(supportUrlWithSummary(cutAtSummary('https://help.example.com/new'), parts(2), 'NOTE')).to.equal(
      'https://help.example.com/new',
    );
  });

  it('fills the placeholder once, URL-encoded, even with $ patterns in the text', () => {
    const text: SummaryParts = { head: ["$& $' 100% & done"], timeline: [], tail: [] };
    const url = supportUrlWithSummary(cutAtSummary('https://help.example.com/new?d={summary}'), text, 'NOTE');
    expect(new URL(url).searchParams.get('d')).to.equal("$& $' 100% & done");
  });
});
