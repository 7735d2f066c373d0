/**
 * Right-to-left languages: `dir` on the card, a mirrored layout and Back
 * arrow, and numbers in the language's own digits (countdown, clock time,
 * "Step N of M").
 */
import { expect } from '@open-wc/testing';
import { SUPPORTED_LANGUAGES } from '../../src/i18n/languages.js';
import { $, chooseAll, mount, progressText } from '../helpers.js';
import { fill, shipped, untilLanguage } from './support.js';

const RTL = ['ar', 'he', 'fa', 'ur'];
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const LATIN = '0123456789';

/** A pattern of a number written only with these digits. */
const digitsOf = (digits: string) => `[${digits}]+`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('direction', () => {
  for (const tag of SUPPORTED_LANGUAGES) {
    const dir = RTL.includes(tag) ? 'rtl' : 'ltr';
    it(`${tag}: the card says lang="${tag}" dir="${dir}"`, async () => {
      const el = await mount({ lang: tag, storage: 'none' });
      await untilLanguage(el, tag);
      const card = $(el, 'section.card')!;
      expect(card.getAttribute('dir')).to.equal(dir);
      expect(getComputedStyle(card).direction).to.equal(dir);
    });
  }

  it('a regional tag of a right-to-left language is right to left too (ar-EG, fa-IR, he-IL)', async () => {
    for (const tag of ['ar-EG', 'fa-IR', 'he-IL']) {
      const el = await mount({ lang: tag, storage: 'none' });
      await untilLanguage(el, tag.slice(0, 2));
      expect($(el, 'section.card')!.getAttribute('dir'), tag).to.equal('rtl');
    }
  });

  it('the Back arrow and the Back / "I got my code" row mirror in right-to-left', async () => {
    const rows: Record<string, { transform: string; backIsRight: boolean }> = {};
    for (const tag of ['en', 'ar', 'he']) {
      const el = await mount({ lang: tag, storage: 'none' });
      await untilLanguage(el, tag);
      await chooseAll(el, ['sms']);
      const arrow = $(el, '.back .arrow')!;
      const back = $(el, '.back')!.getBoundingClientRect();
      const gotCode = $(el, '.got-code')!.getBoundingClientRect();
      rows[tag] = { transform: getComputedStyle(arrow).transform, backIsRight: back.left > gotCode.left };
    }
    expect(rows.en).to.deep.equal({ transform: 'none', backIsRight: false });
    for (const tag of ['ar', 'he']) {
      expect(rows[tag].backIsRight, `${tag}: Back sits on the right`).to.equal(true);
      expect(rows[tag].transform, `${tag}: the arrow is flipped`).to.match(/^matrix\(-1, 0, 0, 1, 0, 0\)$/);
    }
  });

  describe('numbers in the language', () => {
    const cases: Array<{ tag: string; digits: string }> = [
      { tag: 'ar', digits: ARABIC_INDIC },
      { tag: 'fa', digits: PERSIAN },
      { tag: 'he', digits: LATIN },
      { tag: 'de', digits: LATIN },
    ];

    for (const { tag, digits } of cases) {
      it(`${tag}: the countdown, "Step N of M" and the clock time use ${digits.slice(0, 3)}…`, async () => {
        const translation = (await shipped(tag as 'ar')) as {
          widget: { progress: string };
          countdown: { availableAt: string };
        };
        const el = await mount({
          lang: tag,
          channel: 'sms',
          cooldown: '90',
          'last-sent': String(Date.now()),
          storage: 'none',
        });
        await untilLanguage(el, tag);

        // Step N of M
        const progress = new RegExp(
          `^${escapeRegExp(translation.widget.progress)
            .replace('\\{\\{index\\}\\}', `[${digits[1]}]`)
            .replace('\\{\\{total\\}\\}', digitsOf(digits))}$`,
        );
        expect(progressText(el)).to.match(progress);
        await chooseAll(el, ['yes', 'no']); // the full countdown, with its clock toggle, is on the wait step

        // the ticking countdown: m:ss in the language's digits, about 1:30
        const timer = $(el, '[role="timer"]')!.textContent.trim();
        expect(timer).to.match(new RegExp(`^[${digits[1]}]:[${digits[2]}${digits[3]}][${digits}]$`));

        // the clock form: "available at 10:42" with the same digits
        $<HTMLButtonElement>(el, '[part="countdown-style"]')!.click();
        await el.updateComplete;
        const clock = $(el, '.waiting span')!.textContent.trim();
        const [before] = translation.countdown.availableAt.split('{{time}}');
        expect(clock.startsWith(before.trim()), clock).to.equal(true);
        expect(clock).to.match(new RegExp(digitsOf(digits)));
        if (digits !== LATIN) expect(clock + progressText(el), 'no Latin digits').to.not.match(/[0-9]/);
      });
    }

    it('ar: Arabic-Indic digits in every engine (plain "ar" is not left to the engine\'s CLDR default)', async () => {
      const el = await mount({
        lang: 'ar',
        channel: 'voice',
        'last-sent': String(Date.now() - 5_000),
        storage: 'none',
      });
      await untilLanguage(el, 'ar');
      expect($(el, '[role="timer"]')!.textContent.trim()).to.match(/^[٠-٩]:[٠-٩]{2}$/);
    });

    it("an explicit numbering system in the page's tag wins (ar-u-nu-latn: Latin digits)", async () => {
      const el = await mount({
        lang: 'ar-u-nu-latn',
        channel: 'sms',
        'last-sent': String(Date.now()),
        storage: 'none',
      });
      await untilLanguage(el, 'ar');
      expect($(el, '[role="timer"]')!.textContent.trim()).to.match(/^[0-9]:[0-9]{2}$/);
      expect($(el, 'section.card')!.getAttribute('dir')).to.equal('rtl');
    });

    it('the spoken start of the wait uses the same digits as the timer', async () => {
      const ar = (await shipped('ar')) as { countdown: Record<string, string> };
      const el = await mount({
        lang: 'ar',
        channel: 'sms',
        cooldown: '12',
        'last-sent': String(Date.now()),
        storage: 'none',
      });
      await untilLanguage(el, 'ar');
      const status = $(el, '[role="status"]')!.textContent.trim();
      // 12 is "many" in Arabic
      expect(status).to.equal(fill(ar.countdown.started_many, { count: '١٢' }));
    });
  });
});
