/**
 * Hostile or mistaken author values (issue 13): every attribute checked in linear time and
 * capped in length with one warning; `for` naming the element itself; strict `cooldown`,
 * `last-sent` and `lang`, each warned about once, saying what was used.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { maxLength, parseConfig } from '../../src/config.js';
import { emailHref } from '../../src/safe-url.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, choose, elementWarnings as ourWarnings, heading, mount, T0 } from '../helpers.js';
import { fakeClock, timerText } from '../cooldown/support.js';

const HUGE_EMAIL = `a@${'a.'.repeat(50_000)}<`; // 100 KB that made the old pattern backtrack quadratically

describe('author values', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  describe('linear time and length caps', () => {
    it('checks a 100 KB support-email in linear time (no backtracking)', () => {
      const started = performance.now();
      expect(emailHref(HUGE_EMAIL)).to.equal(null);
      expect(emailHref(`${'a'.repeat(50_000)}@${'b.'.repeat(25_000)}`)).to.be.a('string');
      // The old pattern took 3–12 s here; linear checks take milliseconds (a loose bound for loaded machines).
      expect(performance.now() - started, 'ms').to.be.below(1000);
      expect(emailHref('help@example.com')).to.equal('mailto:help@example.com');
      expect(emailHref('help@example')).to.equal(null);
      expect(emailHref('help@.com')).to.equal(null);
      expect(emailHref('a@b@c.com')).to.equal(null);
    });

    it('refuses every attribute longer than its cap with one warning, and first render stays fast', async () => {
      const long = (attribute: Parameters<typeof maxLength>[0]) => 'x'.repeat(maxLength(attribute) + 1);
      const { warnings } = parseConfig({
        'support-email': HUGE_EMAIL,
        'support-url': `https://example.com/${long('support-url')}`,
        'phone-hint': long('phone-hint'),
        theme: long('theme'),
      });
      expect(warnings.map((w) => `${w.attribute}: ${w.message}`)).to.deep.equal([
        `support-email: longer than ${maxLength('support-email')} characters; ignoring it`,
        `support-url: longer than ${maxLength('support-url')} characters; ignoring it`,
        `phone-hint: longer than ${maxLength('phone-hint')} characters; ignoring it`,
        `theme: longer than ${maxLength('theme')} characters; ignoring it`,
      ]);
      const started = performance.now();
      const el = await mount({ 'support-email': HUGE_EMAIL, storage: 'none' });
      expect(performance.now() - started, 'ms to first render').to.be.below(1000);
      const shown = ourWarnings(warn);
      expect(shown).to.have.length(1);
      expect(shown[0].length, 'the warning shows the start of the value only').to.be.below(300);
      expect(heading(el)).to.equal(en.steps.channel.title);
    });
  });

  describe('mode="popover" with for naming the element itself', () => {
    it('warns once and uses its own trigger, which opens the panel and keeps it open on an answer', async () => {
      const el = await fixture<SsprCodeHelp>(
        html`<sspr-code-help id="self" for="self" mode="popover" storage="none"></sspr-code-help>`,
      );
      const trigger = $<HTMLButtonElement>(el, '[part="trigger"]');
      expect(trigger, 'its own trigger').to.exist;
      expect(ourWarnings(warn)).to.have.length(1);
      expect(ourWarnings(warn)[0]).to.contain('for="self"').and.contain("widget's own button");
      trigger!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, 'h2'), 'the panel opened');
      await choose(el, 'sms');
      expect(heading(el)).to.equal(en.steps.enrolled.title);
      expect(el.hasAttribute('aria-expanded'), 'the element is not its own trigger').to.equal(false);
    });
  });

  describe('strict values, one warning each, saying what was used', () => {
    for (const value of ['0x3C', '1e2', '60.0', '+60', '６０']) {
      it(`cooldown="${value}" is refused: the default is used`, () => {
        const { config, warnings } = parseConfig({ cooldown: value });
        expect(config.cooldown).to.equal(null);
        expect(warnings).to.have.length(1);
        expect(warnings[0].message).to.contain('using 60 for voice and 30 for SMS');
      });
    }

    it('cooldown=" 90 " (decimal digits) is read', () => {
      expect(parseConfig({ cooldown: ' 90 ' }).config.cooldown).to.equal(90);
    });

    it('last-sent in epoch seconds is read as seconds, with a warning', async () => {
      const clock = fakeClock(T0);
      try {
        const el = await mount({ channel: 'sms', storage: 'none', 'last-sent': String((T0 - 10_000) / 1000) });
        expect(timerText(el)).to.equal('0:20');
        expect(ourWarnings(warn)).to.have.length(1);
        expect(ourWarnings(warn)[0]).to.contain('epoch seconds');
      } finally {
        clock.restore();
      }
    });

    it('last-sent more than a few seconds in the future counts from now, with a warning', async () => {
      const clock = fakeClock(T0);
      try {
        const el = await mount({ channel: 'sms', storage: 'none', 'last-sent': String(T0 + 3_600_000) });
        expect(timerText(el)).to.equal('0:30');
        expect(ourWarnings(warn)).to.have.length(1);
        expect(ourWarnings(warn)[0]).to.contain('future');
        const skewed = await mount({ channel: 'sms', storage: 'none', 'last-sent': String(T0 + 2_000) });
        expect(timerText(skewed)).to.equal('0:30');
        expect(ourWarnings(warn), 'two seconds of skew: no warning').to.have.length(1);
      } finally {
        clock.restore();
      }
    });

    it('an invalid lang is warned about once, naming the language used', async () => {
      const el = await mount({ lang: 'english please', storage: 'none' });
      el.requestUpdate();
      await el.updateComplete;
      const shown = ourWarnings(warn);
      expect(shown, shown.join('\n')).to.have.length(1);
      expect(shown[0]).to.contain('lang="english please"').and.contain('using "en"');
      expect(heading(el)).to.equal(en.steps.channel.title);
    });
  });
});
