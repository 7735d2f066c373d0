import { expect } from '@open-wc/testing';
import { digitsOf, localizeText, localizeTree } from '../../src/i18n/digits.js';

const numberingSystemOf = (locale: string) => new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
import { SUPPORTED_LANGUAGES } from '../../src/i18n/languages.js';

describe('digits and arrows of the shown text', () => {
  it("reads each locale's digits from Intl", () => {
    expect(digitsOf('ar-u-nu-arab')).to.equal('٠١٢٣٤٥٦٧٨٩');
    expect(digitsOf('fa')).to.equal('۰۱۲۳۴۵۶۷۸۹');
    expect(digitsOf('he')).to.equal('0123456789');
    expect(digitsOf('ur')).to.equal('0123456789');
    expect(numberingSystemOf('fa')).to.equal('arabext');
  });

  it('writes every digit of the text in the given digits, placeholders untouched', () => {
    const arabic = digitsOf('ar-u-nu-arab');
    expect(localizeText('رمز من 6 أرقام، خلال 5 دقائق', arabic, 'rtl')).to.equal('رمز من ٦ أرقام، خلال ٥ دقائق');
    // a translation already in Persian digits, shown with Latin ones (fa-u-nu-latn)
    expect(localizeText('کد ۶ رقمی', '0123456789', 'rtl')).to.equal('کد 6 رقمی');
    // the value of {{count}} is formatted apart; its name is not text
    expect(localizeText('{{count2}} من 6', arabic, 'rtl')).to.equal('{{count2}} من ٦');
  });

  it('turns the arrows of settings paths to the left only right to left', () => {
    expect(localizeText('التحقق الإضافي → إعداد', '0123456789', 'rtl')).to.equal('التحقق الإضافي ← إعداد');
    expect(localizeText('Extra Verification → Set up', '0123456789', 'ltr')).to.equal('Extra Verification → Set up');
  });

  it('goes through a whole translation tree, leaving non-strings alone', () => {
    const tree = { a: { b: '1 → 2' }, c: 3 };
    expect(localizeTree(tree, digitsOf('fa'), 'rtl')).to.deep.equal({ a: { b: '۱ ← ۲' }, c: 3 });
    expect(tree.a.b, 'the input is not changed').to.equal('1 → 2');
  });

  it('every shipped language counts in a numbering system the list styles know (styles.ts)', () => {
    for (const tag of SUPPORTED_LANGUAGES) {
      const system = numberingSystemOf(tag === 'ar' ? 'ar-u-nu-arab' : tag);
      expect(['latn', 'arab', 'arabext'], `${tag}: ${system}`).to.include(system);
    }
    expect(CSS.supports('list-style-type', 'arabic-indic')).to.equal(true);
    expect(CSS.supports('list-style-type', 'persian')).to.equal(true);
  });
});
