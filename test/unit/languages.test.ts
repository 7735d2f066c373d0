import { expect } from '@open-wc/testing';
import { formatDuration, formatLocaleFor, formatNumber, formatTime } from '../../src/i18n/formats.js';
import { directionOf, matchLanguage, resolveLanguage, SUPPORTED_LANGUAGES } from '../../src/i18n/languages.js';

describe('language resolution', () => {
  it('ships at least 44 languages, English first', () => {
    expect(SUPPORTED_LANGUAGES.length).to.be.at.least(44);
    expect(SUPPORTED_LANGUAGES[0]).to.equal('en');
  });

  it('matches regional and script variants to the closest shipped language', () => {
    const cases: Record<string, string | null> = {
      de: 'de',
      'de-AT': 'de',
      'es-MX': 'es',
      pt: 'pt-BR',
      'pt-BR': 'pt-BR',
      'pt-PT': 'pt-PT',
      'pt-AO': 'pt-PT',
      'zh-HK': 'zh-TW',
      'zh-Hant': 'zh-TW',
      'zh-Hant-HK': 'zh-TW',
      zh: 'zh-CN',
      'zh-Hans-CN': 'zh-CN',
      'zh-SG': 'zh-CN',
      no: 'nb',
      nn: 'nb',
      'nb-NO': 'nb',
      iw: 'he',
      EN_gb: 'en',
      'fr-CA': 'fr',
      'ca-ES-valencia': 'ca',
      'sr-Cyrl-RS': 'sr',
      'sr-Latn-RS': 'sr', // Latin-script Serbian reads the Cyrillic one
      'bs-BA': 'hr', // Bosnian reads Croatian
      'hr-HR': 'hr',
      'sl-SI': 'sl',
      'sk-SK': 'sk',
      'lt-LT': 'lt',
      'lv-LV': 'lv',
      'et-EE': 'et',
      'bg-BG': 'bg',
      'ur-PK': 'ur',
      'ur-IN': 'ur',
      xx: null,
      '': null,
      'not a tag!': null,
    };
    for (const [tag, expected] of Object.entries(cases)) expect(matchLanguage(tag), tag).to.equal(expected);
  });

  it('takes the first candidate it can serve, else English', () => {
    expect(resolveLanguage([null, 'xx', 'fr-CA', 'de'])).to.deep.equal({ language: 'fr', tag: 'fr-CA' });
    expect(resolveLanguage(['tlh', undefined])).to.deep.equal({ language: 'en', tag: null });
  });

  it('knows which languages read right to left', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'ur-PK']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'ja', 'hi', 'sr', 'bg']) expect(directionOf(tag), tag).to.equal('ltr');
  });
});

describe('formats: m:ss and clock times', () => {
  it('splits minutes and seconds, never below 0:00', () => {
    expect(formatDuration('en', 125)).to.equal('2:05');
    expect(formatDuration('en', -3)).to.equal('0:00');
    expect(formatDuration('ar-u-nu-arab', 65)).to.equal('١:٠٥');
  });

  it('writes the same digits as Intl for every shipped language and its regional and -u-nu- tags', () => {
    const regional = ['ar-EG', 'ar-SA', 'ar-MA', 'ar-DZ', 'ar-u-nu-latn', 'fa-AF', 'ur-IN', 'ur-PK', 'hi-IN'];
    const explicit = ['hi-u-nu-deva', 'th-TH-u-nu-thai', 'en-u-nu-arab', 'zh-CN-u-nu-hanidec', 'de-u-ca-gregory'];
    const tags = [...SUPPORTED_LANGUAGES.map((tag) => formatLocaleFor(null, tag)), ...regional, ...explicit];
    for (const tag of tags) {
      const intl = new Intl.NumberFormat(tag, { useGrouping: false });
      const intl2 = new Intl.NumberFormat(tag, { useGrouping: false, minimumIntegerDigits: 2 });
      for (const value of [0, 7, 42, 1234567]) {
        expect(formatNumber(tag, value), `${tag} ${value}`).to.equal(intl.format(value));
        expect(formatNumber(tag, value, 2), `${tag} ${value}, two digits`).to.equal(intl2.format(value));
      }
    }
  });

  it('builds no Intl number formatter for Latin digits (the first one costs ~25 ms)', () => {
    const Original = Intl.NumberFormat;
    const built: string[] = [];
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built.push(String(args[0]));
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = Counting;
    try {
      for (const tag of ['en', 'en-US', 'de-AT', 'ja', 'he', 'th', 'hi', 'zh-TW']) {
        expect(formatNumber(tag, 7), tag).to.equal('7');
        expect(formatDuration(tag, 65), tag).to.equal('1:05');
      }
      expect(built, 'no Intl formatter for Latin digits').to.deep.equal([]);
      expect(formatNumber('fa-IR', 12), 'Persian digits through Intl').to.equal('۱۲');
      expect(built).to.deep.equal(['fa-IR']);
      expect(formatNumber('en', 1.5), 'fractions go through Intl').to.equal('1.5');
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('reuses one formatter per locale, and keeps a bounded number of them', () => {
    const built: string[] = [];
    const Original = Intl.DateTimeFormat;
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built.push(String(args[0]));
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = Counting;
    try {
      const at = Date.UTC(2026, 10, 28, 10, 42);
      for (let i = 0; i < 5; i++) formatTime('en-GB', at);
      expect(
        built.filter((tag) => tag === 'en-GB'),
        'built once for five calls',
      ).to.have.length(1);
      const many = SUPPORTED_LANGUAGES.slice(0, 30);
      for (const tag of many) formatTime(tag, at);
      formatTime('en-GB', at); // pushed out by thirty others: built again, the cache did not grow without end
      expect(
        built.filter((tag) => tag === 'en-GB'),
        'rebuilt after eviction',
      ).to.have.length(2);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
