/**
 * Right-to-left text reads as one: every number a person sees in one numbering system (the
 * language's default in `Intl`), in sentences, in ordered lists and in the countdown alike;
 * Arabic's dual said as a word ("ثانيتين", two seconds), not as "٢ ثانية"; and the arrows of
 * settings paths pointing the way the line reads. Left-to-right languages are the control.
 */
import { expect } from '@open-wc/testing';
import type { SinonFakeTimers } from 'sinon';
import { fakeClock } from '../cooldown/support.js';
import { $, $$, choose, EXAMPLE_ATTRIBUTES, mount, T0, untilReal } from '../helpers.js';
import { shippedFlat, shownLanguage, textUnits, type SsprCodeHelp } from './support.js';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const LATIN = '0123456789';

/** Each case: the page's tag, the language shown, the digits of every number, the list counter. */
const CASES = [
  { lang: 'ar', shown: 'ar', digits: ARABIC_INDIC, listStyle: 'arabic-indic' },
  { lang: 'fa', shown: 'fa', digits: PERSIAN, listStyle: 'persian' },
  { lang: 'he', shown: 'he', digits: LATIN, listStyle: 'decimal' },
  { lang: 'ur', shown: 'ur', digits: LATIN, listStyle: 'decimal' },
  // An explicit numbering system in the page's tag wins, for the text and the lists too.
  { lang: 'ar-u-nu-latn', shown: 'ar', digits: LATIN, listStyle: 'decimal' },
  { lang: 'en', shown: 'en', digits: LATIN, listStyle: 'decimal' },
];

/** The walk to the ordered list (use-okta-verify), through every step with a number in its text. */
const WALK = ['sms', 'yes', 'no', 'yes', 'still-nothing', 'all-fine', 'incident', 'another-way', 'okta-verify'];

/** Values the page gave (phone number, hint, addresses): shown as given, in any digits. */
const PAGE_VALUES = Object.values(EXAMPLE_ATTRIBUTES);

const DIGIT = /\p{Nd}/u;
const digitsIn = (text: string) => text.match(/\p{Nd}/gu) ?? [];

async function until(el: SsprCodeHelp, language: string): Promise<void> {
  await untilReal(() => shownLanguage(el) === language, `the element to show ${language}`, 5000);
  await el.updateComplete;
}

describe('right-to-left text: digits, duals and arrows', () => {
  let clock: SinonFakeTimers;
  beforeEach(() => (clock = fakeClock(T0)));
  afterEach(() => clock.restore());

  for (const { lang, shown, digits, listStyle } of CASES) {
    it(`${lang}: every number on every step of the walk, and the list numbers, in ${digits.slice(0, 3)}…`, async () => {
      const el = await mount({ ...EXAMPLE_ATTRIBUTES, lang, 'okta-verify': 'on', 'last-sent': String(T0) });
      await until(el, shown);
      const seen: string[] = [];
      const collect = () =>
        seen.push(...textUnits(el).filter((unit) => !PAGE_VALUES.some((value) => unit.includes(value))));
      for (const answer of WALK) {
        collect();
        await choose(el, answer);
      }
      collect();
      // The ordered list (its numbers are markers, not text) counts in the language's digits.
      const listNumbers = getComputedStyle($(el, 'ol')!).listStyleType;
      // The end, with "Codes stop working after 5 minutes".
      $<HTMLButtonElement>(el, '.got-code')!.click();
      await el.updateComplete;
      collect();

      const numbers = seen.filter((unit) => DIGIT.test(unit));
      expect(numbers.length, `${lang}: the walk shows numbers`).to.be.at.least(5);
      const foreign = seen.filter((unit) => digitsIn(unit).some((digit) => !digits.includes(digit)));
      expect(foreign, `${lang}: numbers in other digits`).to.deep.equal([]);
      expect(listNumbers, `${lang}: list numbers`).to.equal(listStyle);
    });
  }

  it('ar: two seconds are said with the dual word, with no number', async () => {
    const ar = await shippedFlat('ar');
    expect(ar['countdown.started_two'], 'ar countdown.started_two').to.contain('ثانيتين');
    expect(ar['countdown.started_two']).to.not.match(/\{\{\s*count\s*\}\}|\p{Nd}/u);
    const el = await mount({ lang: 'ar', channel: 'sms', cooldown: '2', 'last-sent': String(T0), storage: 'none' });
    await until(el, 'ar');
    expect($(el, '[role="status"]')!.textContent.trim()).to.equal(ar['countdown.started_two']);
  });

  for (const { lang, rtl } of [
    { lang: 'ar', rtl: true },
    { lang: 'he', rtl: true },
    { lang: 'fa', rtl: true },
    { lang: 'ur', rtl: true },
    { lang: 'en', rtl: false },
    { lang: 'de', rtl: false },
  ]) {
    it(`${lang}: the arrows of the settings paths point ${rtl ? 'left (←)' : 'right (→)'}`, async () => {
      const el = await mount({ lang, channel: 'sms', storage: 'none' });
      await until(el, lang);
      await choose(el, 'no'); // not enrolled: the two settings paths
      const paths = $$(el, '.path li').map((item) => item.textContent.trim());
      expect(paths, lang).to.have.length(2);
      for (const path of paths) {
        expect(path, lang).to.contain(rtl ? '←' : '→');
        expect(path, lang).to.not.contain(rtl ? '→' : '←');
      }
    });
  }
});
