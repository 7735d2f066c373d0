/**
 * Which language the element speaks: its `lang`, the closest `[lang]`
 * ancestor, `<html lang>`, the browser's languages, English; regional
 * fallbacks; run-time changes that keep the user's place and wait; and no
 * cookies or storage written for the language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import i18next from 'i18next';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, chooseAll, heading, mount, progressText } from '../helpers.js';
import { shippedFlat, shownLanguage, storageKeys, untilLanguage, type Flat } from './support.js';

const texts = new Map<string, Flat>();
const text = async (tag: string) => {
  if (!texts.has(tag)) texts.set(tag, await shippedFlat(tag as 'de'));
  return texts.get(tag)!;
};

/** Runs `body` with `<html lang>` set to `lang` (or removed), then puts back what was there. */
async function withPageLang(lang: string | null, body: () => Promise<void>): Promise<void> {
  const html = document.documentElement;
  const before = html.getAttribute('lang');
  if (lang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', lang);
  try {
    await body();
  } finally {
    if (before === null) html.removeAttribute('lang');
    else html.setAttribute('lang', before);
  }
}

/** Runs `body` with `navigator.languages` reporting `languages`, then restores the browser's own. */
async function withBrowserLanguages(languages: string[], body: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'languages', { value: Object.freeze([...languages]), configurable: true });
  Object.defineProperty(navigator, 'language', { value: languages[0], configurable: true });
  try {
    await body();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
    delete (navigator as { language?: unknown }).language;
  }
}

describe('language resolution in the element', () => {
  it('the lang attribute comes first', async () => {
    await withPageLang('fr', async () => {
      const wrapper = await fixture(
        html`<div lang="ja"><sspr-code-help lang="de" storage="none"></sspr-code-help></div>`,
      );
      const el = wrapper.querySelector('sspr-code-help') as SsprCodeHelp;
      await untilLanguage(el, 'de');
      expect(heading(el)).to.equal((await text('de'))['steps.channel.title']);
    });
  });

  it('then the closest [lang] ancestor', async () => {
    await withPageLang('fr', async () => {
      const wrapper = await fixture(
        html`<div lang="ja"><section lang="pl"><p><sspr-code-help storage="none"></sspr-code-help></p></section></div>`,
      );
      const el = wrapper.querySelector('sspr-code-help') as SsprCodeHelp;
      await untilLanguage(el, 'pl');
      expect(heading(el)).to.equal((await text('pl'))['steps.channel.title']);
    });
  });

  it('the closest [lang] ancestor across a shadow root (the element inside another component)', async () => {
    const outer = await fixture(html`<div lang="cs"><div class="shadow-host"></div></div>`);
    const shadow = outer.querySelector('.shadow-host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<sspr-code-help storage="none"></sspr-code-help>';
    const el = shadow.querySelector('sspr-code-help') as SsprCodeHelp;
    await untilLanguage(el, 'cs');
    expect(heading(el)).to.equal((await text('cs'))['steps.channel.title']);
  });

  it('then <html lang>', async () => {
    await withPageLang('it', async () => {
      const el = await mount({ storage: 'none' });
      await untilLanguage(el, 'it');
      expect(heading(el)).to.equal((await text('it'))['steps.channel.title']);
    });
    expect(document.documentElement.getAttribute('lang'), 'restored').to.not.equal('it');
  });

  it("then the browser's languages, the first one it can serve", async () => {
    await withPageLang(null, async () => {
      await withBrowserLanguages(['tlh', 'sv-FI', 'de'], async () => {
        const el = await mount({ storage: 'none' });
        await untilLanguage(el, 'sv');
        expect(heading(el)).to.equal((await text('sv'))['steps.channel.title']);
      });
    });
  });

  it('then English', async () => {
    await withPageLang(null, async () => {
      await withBrowserLanguages(['tlh', 'x-klingon'], async () => {
        const el = await mount({ storage: 'none' });
        await el.updateComplete;
        expect(shownLanguage(el)).to.equal('en');
        expect(heading(el)).to.equal((await text('en'))['steps.channel.title']);
      });
    });
  });

  it('an unknown lang attribute falls through to the ancestors and the page', async () => {
    await withPageLang('nl', async () => {
      const el = await mount({ lang: 'xx', storage: 'none' });
      await untilLanguage(el, 'nl');
    });
  });

  describe('fallbacks to the closest shipped language', () => {
    const cases: Record<string, string> = {
      pt: 'pt-BR',
      'pt-BR': 'pt-BR',
      'pt-PT': 'pt-PT',
      'zh-HK': 'zh-TW',
      'zh-Hant': 'zh-TW',
      'zh-SG': 'zh-CN',
      no: 'nb',
      nb: 'nb',
      'nb-NO': 'nb',
      'es-MX': 'es',
      'de-CH': 'de',
      'fr-CA': 'fr',
      'en-GB': 'en',
      tlh: 'en',
      'qq-ZZ': 'en',
    };
    for (const [requested, expected] of Object.entries(cases)) {
      it(`${requested} → ${expected}`, async () => {
        await withPageLang('en', async () => {
          const el = await mount({ lang: requested, storage: 'none' });
          await untilLanguage(el, expected);
          expect(heading(el)).to.equal((await text(expected))['steps.channel.title']);
        });
      });
    }
  });

  describe('changes at run time', () => {
    it('a new lang re-renders on the same step, with the wait still running', async () => {
      const el = await mount({
        lang: 'en',
        channel: 'sms',
        cooldown: '120',
        'last-sent': String(Date.now()),
        storage: 'none',
      });
      await chooseAll(el, ['yes', 'no']);
      const en = await text('en');
      expect(heading(el)).to.equal(en['steps.wait.title']);
      const progressBefore = progressText(el);
      expect($(el, '[role="timer"]')).to.not.equal(null);

      el.setAttribute('lang', 'de');
      await untilLanguage(el, 'de');
      const de = await text('de');
      expect(heading(el)).to.equal(de['steps.wait.title']);
      expect(progressText(el)).to.not.equal(progressBefore);
      expect(progressText(el).match(/\d+/g)).to.deep.equal(progressBefore.match(/\d+/g));
      const timer = $(el, '[role="timer"]');
      expect(timer, 'the wait still runs').to.not.equal(null);
      expect(timer!.textContent.trim()).to.match(/^[12]:\d\d$/);
      expect($<HTMLButtonElement>(el, '[part="retry"]')!.getAttribute('aria-disabled') === 'true').to.equal(true);

      // Back still knows where the user came from.
      $<HTMLButtonElement>(el, '.back')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal(de['steps.locked.title']);

      el.setAttribute('lang', 'ja');
      await untilLanguage(el, 'ja');
      expect(heading(el)).to.equal((await text('ja'))['steps.locked.title']);
    });

    it('follows a page language picker that changes <html lang> or an ancestor', async () => {
      await withPageLang('en', async () => {
        const wrapper = await fixture(
          html`<div><sspr-code-help channel="voice" storage="none"></sspr-code-help></div>`,
        );
        const el = wrapper.querySelector('sspr-code-help') as SsprCodeHelp;
        await chooseAll(el, ['yes']);
        document.documentElement.setAttribute('lang', 'fr');
        await untilLanguage(el, 'fr');
        expect(heading(el)).to.equal((await text('fr'))['steps.locked.title']);
        wrapper.setAttribute('lang', 'ko');
        await untilLanguage(el, 'ko');
        expect(heading(el)).to.equal((await text('ko'))['steps.locked.title']);
      });
    });

    it('a quick succession of languages ends in the last one', async () => {
      const el = await mount({ lang: 'en', storage: 'none' });
      for (const tag of ['hu', 'ro', 'tr', 'uk', 'vi']) el.setAttribute('lang', tag);
      await untilLanguage(el, 'vi');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(shownLanguage(el)).to.equal('vi');
      expect(heading(el)).to.equal((await text('vi'))['steps.channel.title']);
    });

    it('a regional variant of the same language changes only the formatting', async () => {
      const el = await mount({ lang: 'de', channel: 'sms', 'last-sent': String(Date.now()), storage: 'none' });
      await untilLanguage(el, 'de');
      el.setAttribute('lang', 'de-CH');
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal('de');
      expect($(el, '[role="timer"]')).to.not.equal(null);
    });
  });

  it('never writes cookies or storage for the language', async () => {
    const cookie = document.cookie;
    const keysBefore = storageKeys();
    const el = await mount({ lang: 'de', channel: 'sms', 'last-sent': String(Date.now()) });
    await untilLanguage(el, 'de');
    el.setAttribute('lang', 'es');
    await untilLanguage(el, 'es');
    await withPageLang('fi', async () => {
      el.removeAttribute('lang');
      await untilLanguage(el, 'fi');
    });
    expect(document.cookie).to.equal(cookie);
    const added = storageKeys().filter((key) => !keysBefore.includes(key));
    expect(
      added.filter((key) => /lang|i18n/i.test(key)),
      'language keys',
    ).to.deep.equal([]);
    expect(storageKeys().filter((key) => /lang|i18next/i.test(key))).to.deep.equal([]);
    for (const key of added) {
      sessionStorage.removeItem(key);
      localStorage.removeItem(key);
    }
    el.remove();
  });

  it("uses a private i18next instance: the page's own i18next keeps its language and text", async () => {
    const page = i18next.createInstance();
    await page.init({
      lng: 'fr',
      resources: { fr: { translation: { hello: 'Bonjour' } } },
      showSupportNotice: false,
    } as never);
    const el = await mount({ lang: 'de', storage: 'none' });
    await untilLanguage(el, 'de');
    el.setAttribute('lang', 'ja');
    await untilLanguage(el, 'ja');
    expect(page.language).to.equal('fr');
    expect(page.t('hello')).to.equal('Bonjour');
    expect(page.exists('steps.channel.title')).to.equal(false);
    // the default (global) instance is not even initialised by the element
    expect(i18next.isInitialized).to.not.equal(true);
  });
});
