/**
 * Languages load on demand: nothing but English until another language is
 * needed; while the first one downloads nothing shows (a German page never flashes English),
 * English after HOLD_MS; a failed one falls back to English with one console warning, never
 * blank text, and is tried again later.
 *
 * Keep this file's first tests first: they watch the network from page load.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { HOLD_MS } from '../../src/i18n/localize-controller.js';
import { LOCALE_LOADERS, setLocaleLoaderForTesting } from '../../src/i18n/locale-loaders.js';
import { $, heading, mount } from '../helpers.js';
import { EN, shippedFlat, shownLanguage, textUnits, untilLanguage } from './support.js';

/** Language folders fetched so far (resource timing), e.g. ['en', 'de']. */
const fetchedLocales = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/locales\/([^/]+)\/translation\.json/)?.[1])
    .filter((tag): tag is string => Boolean(tag));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The element's own console warnings among the calls a stub recorded. */
const ownWarnings = (warn: sinon.SinonStub) =>
  warn
    .getCalls()
    .map((call) => String(call.args[0]))
    .filter((message) => message.includes('sspr-code-help'));

describe('languages load on demand', () => {
  it('loading the element fetches no language but English', () => {
    expect(fetchedLocales().filter((tag) => tag !== 'en')).to.deep.equal([]);
  });

  it('an English element fetches nothing; switching to German fetches German once', async () => {
    performance.setResourceTimingBufferSize?.(1000);
    performance.clearResourceTimings();
    const el = await mount({ lang: 'en', storage: 'none' });
    await pause(200);
    expect(fetchedLocales(), 'before switching').to.deep.equal([]);

    el.setAttribute('lang', 'de');
    await untilLanguage(el, 'de');
    await waitUntil(() => fetchedLocales().includes('de'), 'the German file was fetched');
    expect(fetchedLocales()).to.deep.equal(['de']);

    // a second German element on the page shares the download
    const second = await mount({ lang: 'de', storage: 'none' });
    await untilLanguage(second, 'de');
    expect(fetchedLocales()).to.deep.equal(['de']);
  });

  describe('failures', () => {
    let warn: sinon.SinonStub;
    const restores: Array<() => void> = [];

    beforeEach(() => {
      warn = sinon.stub(console, 'warn');
    });

    afterEach(() => {
      warn.restore();
      while (restores.length) restores.pop()!();
    });

    /** Every text unit is non-empty and none is a raw key. */
    const noBlankText = (el: Element) => {
      expect(heading(el)).to.equal(EN['steps.channel.title']);
      for (const answer of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="answer"]')) {
        expect(answer.textContent.trim()).to.not.equal('');
      }
      expect(textUnits(el as never).length).to.be.greaterThan(3);
    };

    it('a failed download shows English with one console warning, for every element and later change', async () => {
      restores.push(
        setLocaleLoaderForTesting('fr', () =>
          Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
        ),
      );
      const a = await mount({ lang: 'fr', storage: 'none' });
      const b = await mount({ lang: 'fr-CA', storage: 'none' });
      await waitUntil(() => ownWarnings(warn).length > 0, 'a warning');
      await pause(50);
      await a.updateComplete;
      await b.updateComplete;
      for (const el of [a, b]) {
        expect(shownLanguage(el)).to.equal('en');
        noBlankText(el);
      }
      // unrelated lang changes on the page do not download again, nor warn again
      const other = document.createElement('div');
      document.body.append(other);
      other.setAttribute('lang', 'ja');
      other.setAttribute('lang', 'ko');
      await pause(100);
      other.remove();
      expect(ownWarnings(warn)).to.have.length(1);
      expect(ownWarnings(warn)[0]).to.contain('"fr"');
    });

    it('a loader that throws, or answers no translation, also falls back to English', async () => {
      restores.push(
        setLocaleLoaderForTesting('it', () => {
          throw new Error('boom');
        }),
      );
      restores.push(setLocaleLoaderForTesting('nl', () => Promise.resolve({ default: null as never })));
      const it = await mount({ lang: 'it', storage: 'none' });
      const nl = await mount({ lang: 'nl', storage: 'none' });
      await waitUntil(() => ownWarnings(warn).length === 2, 'two warnings');
      await it.updateComplete;
      await nl.updateComplete;
      for (const el of [it, nl]) {
        expect(shownLanguage(el)).to.equal('en');
        noBlankText(el);
      }
    });

    it('a later attempt, after the page changes language, loads it', async () => {
      const restore = setLocaleLoaderForTesting('da', () => Promise.reject(new Error('offline')));
      const el = await mount({ lang: 'da', storage: 'none' });
      await waitUntil(() => ownWarnings(warn).length === 1);
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal('en');
      restore(); // back online
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      el.setAttribute('lang', 'da');
      await untilLanguage(el, 'da');
      expect(heading(el)).to.equal((await shippedFlat('da'))['steps.channel.title']);
    });

    it('while a download is slow, nothing shows (no English flash); the language is the first text shown', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      restores.push(setLocaleLoaderForTesting('fi', () => gate.then(() => LOCALE_LOADERS.fi!())));
      const el = document.createElement('sspr-code-help');
      el.setAttribute('lang', 'fi');
      el.setAttribute('storage', 'none');
      document.body.append(el);
      try {
        await pause(100);
        expect(el.shadowRoot?.textContent?.trim() ?? '', 'no text while the language loads').to.equal('');
        release();
        await el.updateComplete;
        expect(heading(el)).to.equal((await shippedFlat('fi'))['steps.channel.title']);
        expect(ownWarnings(warn)).to.deep.equal([]);
        expect($(el, 'section.card')!.getAttribute('dir')).to.equal('ltr');
      } finally {
        el.remove();
      }
    });

    it(`a download that hangs: English after ${HOLD_MS} ms with one warning; the language replaces it`, async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      restores.push(setLocaleLoaderForTesting('sv', () => gate.then(() => LOCALE_LOADERS.sv!())));
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = document.createElement('sspr-code-help');
      el.setAttribute('lang', 'sv');
      el.setAttribute('storage', 'none');
      try {
        document.body.append(el);
        await clock.tickAsync(HOLD_MS - 1);
        expect(el.shadowRoot?.querySelector('h2') ?? null, 'nothing before the hold ends').to.equal(null);
        await clock.tickAsync(1);
        clock.restore();
        await el.updateComplete;
        expect(shownLanguage(el)).to.equal('en');
        noBlankText(el);
        expect(ownWarnings(warn)).to.have.length(1);
        expect(ownWarnings(warn)[0]).to.contain('"sv"');
        release();
        await untilLanguage(el, 'sv');
        expect(heading(el)).to.equal((await shippedFlat('sv'))['steps.channel.title']);
      } finally {
        clock.restore();
        el.remove();
      }
    });
  });
});
