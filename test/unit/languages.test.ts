import { expect } from '@open-wc/testing';
import { directionOf, matchLanguage, resolveLanguage, SUPPORTED_LANGUAGES } from '../../src/i18n/languages.js';

describe('language resolution', () => {
  it('ships at least 34 languages, English first', () => {
    expect(SUPPORTED_LANGUAGES.length).to.be.at.least(34);
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
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ar-EG']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'ja', 'hi']) expect(directionOf(tag), tag).to.equal('ltr');
  });
});
