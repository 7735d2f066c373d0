import { expect } from '@open-wc/testing';
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
    expect(resolveLanguage([null, 'xx', 'fr-CA', 'de'])).to.equal('fr');
    expect(resolveLanguage(['tlh', undefined])).to.equal('en');
  });

  it('knows which languages read right to left', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'ur-PK']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'ja', 'hi', 'sr', 'bg']) expect(directionOf(tag), tag).to.equal('ltr');
  });
});
