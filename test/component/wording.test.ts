/**
 * Issue 11, "Wording" and "Right-to-left details" outside the help desk: words that fit the
 * channel, links that say they open a new tab, the exact place to set a number up, and
 * settings paths and times that read the right way in right-to-left languages.
 */
import { expect } from '@open-wc/testing';
import ar from '../../locales/ar/translation.json' with { type: 'json' };
import en from '../../locales/en/translation.json' with { type: 'json' };
import { $, $$, chooseAll, EXAMPLE_ATTRIBUTES, heading, mount } from '../helpers.js';
import { untilLanguage } from '../i18n/support.js';

const checklistText = (el: Element) => $$(el, '.checklist label').map((label) => label.textContent.trim());
const hint = (el: Element) => $(el, '.body .hint')!.textContent.trim();

describe('wording', () => {
  it('the voice checklist speaks of calls and phones only, not of messages', async () => {
    const el = await mount({ channel: 'voice', storage: 'none' });
    await chooseAll(el, ['yes', 'no', 'still-nothing']);
    expect(heading(el)).to.equal(en.steps.phone.title);
    const items = checklistText(el);
    expect(items.at(-1)).to.equal(en.checklist.restart);
    for (const item of items) expect(item).to.not.match(/\bmessages?\b|\btexts?\b|SMS/i);
  });

  it('asks "What is a short code?"', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, ['yes', 'no', 'still-nothing']);
    expect($(el, '[part="term"]')!.textContent.trim()).to.equal('What is a short code?');
  });

  it('every link that opens a new tab says so, on screen and in its name', async () => {
    const el = await mount({ ...EXAMPLE_ATTRIBUTES, channel: 'sms' });
    const hrefs: string[] = [];
    // Checked while shown: each link's marker is visible and part of its name.
    const collect = () => {
      for (const link of $$<HTMLAnchorElement>(el, 'a[target="_blank"]')) {
        hrefs.push(link.href);
        const marker = link.querySelector('.new-tab');
        expect(marker, link.href).to.not.equal(null);
        expect(marker!.textContent.trim()).to.equal(en.widget.newTab);
        expect(marker!.getBoundingClientRect().width, 'visible').to.be.above(0);
        expect(link.textContent, 'part of the link name').to.contain(en.widget.newTab);
      }
    };
    await chooseAll(el, ['no']); // not-enrolled: settings link
    collect();
    await chooseAll(el, ['okta-verify']); // stores and sign-in page
    collect();
    await chooseAll(el, ['not-set-up']); // help desk: the support url
    collect();
    el.restart();
    await el.updateComplete;
    await chooseAll(el, ['yes', 'no', 'yes', 'still-nothing', 'all-fine']); // outage: status page
    collect();
    for (const expected of [
      'status.okta.com',
      'apps.apple.com',
      'play.google.com',
      'help.example.com',
      'enduser/settings',
    ])
      expect(
        hrefs.some((href) => href.includes(expected)),
        expected,
      ).to.equal(true);
  });

  it('the set-up hint names the exact place for the chosen channel only', async () => {
    const sms = await mount({ channel: 'sms', storage: 'none' });
    expect(hint(sms)).to.equal(en.steps.enrolled.hint_sms);
    expect(hint(sms)).to.contain('Extra Verification → Set up, next to Text Message Code');
    expect(hint(sms)).to.not.contain('Voice Call');
    const voice = await mount({ channel: 'voice', storage: 'none' });
    expect(hint(voice)).to.equal(en.steps.enrolled.hint_voice);
    expect(hint(voice)).to.contain('Forgot Password Voice Call → Add Phone Number');
    expect(hint(voice)).to.not.contain('Text Message');
  });
});

describe('right-to-left details', () => {
  it('settings paths point the way Arabic reads', async () => {
    const el = await mount({ channel: 'sms', storage: 'none', lang: 'ar' });
    await untilLanguage(el, 'ar');
    expect(hint(el)).to.contain('←').and.not.contain('→');
    await chooseAll(el, ['no']);
    const paths = $$(el, 'ul.path li').map((item) => item.textContent);
    expect(paths).to.have.length(2);
    for (const path of paths) expect(path).to.contain('←').and.not.contain('→');
    expect(ar.steps['not-enrolled'].pathExtra).to.contain('→'); // the source text keeps the logical arrow
  });

  it('left-to-right paths keep their arrows', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, ['no']);
    for (const item of $$(el, 'ul.path li')) expect(item.textContent).to.contain('→').and.not.contain('←');
  });

  it('the "available at" time sits in its own isolate', async () => {
    const el = await mount({
      channel: 'sms',
      storage: 'none',
      lang: 'ar',
      countdown: 'clock',
      'last-sent': String(Date.now()),
    });
    await untilLanguage(el, 'ar');
    await chooseAll(el, ['yes', 'no']);
    const line = $(el, '.countdown .waiting')!;
    const isolated = line.querySelector('bdi');
    expect(isolated, 'a <bdi> around the time').to.not.equal(null);
    expect(isolated!.textContent).to.match(/[٠-٩]/);
    expect(line.textContent).to.contain(isolated!.textContent);
  });
});
