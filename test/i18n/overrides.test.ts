/**
 * Author overrides: the `strings` property and a `<script type="application/json">`
 * child, for any language (regional tags included), merged key by key over the
 * shipped text, applied to languages that load later, bad JSON warned about once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { mergeOverrides, parseOverrideScript, withOverrides } from '../../src/i18n/overrides.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, answers, chooseAll, heading, mount } from '../helpers.js';
import { EN, en, shippedFlat, untilLanguage, type Flat } from './support.js';

const answerText = (el: SsprCodeHelp, id: string) => $(el, `[part="answer"][data-answer="${id}"]`)!.textContent.trim();
const backText = (el: SsprCodeHelp) => $(el, '.back')!.textContent.replace('←', '').trim();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the element's MutationObserver and the render it asks for. */
async function settle(el: SsprCodeHelp): Promise<void> {
  await pause(0);
  await el.updateComplete;
}

describe('author overrides', () => {
  let de: Flat;
  before(async () => {
    de = await shippedFlat('de');
  });

  describe('the strings property', () => {
    it('overrides single keys, dotted or nested, and keeps every other string', async () => {
      const el = await mount({ lang: 'de', storage: 'none' });
      await untilLanguage(el, 'de');
      el.strings = {
        de: {
          'steps.channel.title': 'Welchen Code erwarten Sie?',
          steps: { channel: { answers: { voice: 'Einen Anruf' } } },
        },
      };
      await el.updateComplete;
      expect(heading(el)).to.equal('Welchen Code erwarten Sie?');
      expect(answerText(el, 'voice')).to.equal('Einen Anruf');
      expect(answerText(el, 'sms')).to.equal(de['steps.channel.answers.sms']);
      expect($(el, '.body')!.textContent.trim()).to.equal(de['steps.channel.body']);
    });

    it('a regional tag (de-AT) overrides German; English and other languages stay as shipped', async () => {
      const el = await mount({ lang: 'de-AT', storage: 'none' });
      el.strings = { 'de-AT': { nav: { back: 'Zurück, bitte' } }, en: { 'nav.back': 'Go back' } };
      await untilLanguage(el, 'de');
      await chooseAll(el, ['sms']);
      expect(backText(el)).to.equal('Zurück, bitte');
      expect(heading(el)).to.equal(de['steps.enrolled.title']);
      el.setAttribute('lang', 'en');
      await untilLanguage(el, 'en');
      expect(backText(el)).to.equal('Go back');
      expect(heading(el)).to.equal(EN['steps.enrolled.title']);
      el.setAttribute('lang', 'fr');
      await untilLanguage(el, 'fr');
      expect(backText(el)).to.equal((await shippedFlat('fr'))['nav.back']);
    });

    it('replacing the overrides brings back the shipped text of keys no longer overridden, nothing blank', async () => {
      const el = await mount({ lang: 'en', storage: 'none' });
      el.strings = { en: { 'steps.channel.title': 'First', 'steps.channel.body': 'Body one' } };
      await el.updateComplete;
      expect(heading(el)).to.equal('First');
      el.strings = { en: { 'steps.channel.body': 'Body two' } };
      await el.updateComplete;
      expect(heading(el)).to.equal(EN['steps.channel.title']);
      expect($(el, '.body')!.textContent.trim()).to.equal('Body two');
      el.strings = undefined;
      await el.updateComplete;
      expect($(el, '.body')!.textContent.trim()).to.equal(EN['steps.channel.body']);
    });

    it('never blanks text: empty strings, non-strings and a string over a group are ignored', async () => {
      const el = await mount({ lang: 'en', storage: 'none' });
      el.strings = {
        en: {
          'steps.channel.title': '',
          'steps.channel.body': 42,
          'steps.channel.answers': 'oops',
          nav: null,
          widget: { progress: ['x'] },
        },
      };
      await el.updateComplete;
      expect(heading(el)).to.equal(EN['steps.channel.title']);
      expect($(el, '.body')!.textContent.trim()).to.equal(EN['steps.channel.body']);
      expect(answers(el)).to.deep.equal(['sms', 'voice', 'okta-verify']);
      expect(answerText(el, 'sms')).to.equal(EN['steps.channel.answers.sms']);
      expect($(el, '[part="progress"]')!.textContent).to.match(/^Step 1 of \d+$/);
    });

    it('an override for a language not loaded yet applies once it loads', async () => {
      const el = await mount({ lang: 'en', storage: 'none' });
      el.strings = {
        pl: { 'steps.channel.title': 'Na jaki kod czekasz? (override)' },
        'pl-PL': { 'nav.gotCode': 'Mam kod!' },
      };
      await el.updateComplete;
      expect(heading(el)).to.equal(EN['steps.channel.title']);
      el.setAttribute('lang', 'pl');
      await untilLanguage(el, 'pl');
      expect(heading(el)).to.equal('Na jaki kod czekasz? (override)');
      expect($(el, '.got-code')!.textContent.trim()).to.equal('Mam kod!');
      expect(answerText(el, 'sms')).to.equal((await shippedFlat('pl'))['steps.channel.answers.sms']);
    });

    it('plural forms can be overridden one by one', async () => {
      const el = await mount({
        lang: 'en',
        channel: 'sms',
        cooldown: '1',
        'last-sent': String(Date.now()),
        storage: 'none',
      });
      el.strings = { en: { countdown: { started_one: 'One second to wait.' } } };
      await el.updateComplete;
      expect($(el, '[role="status"]')!.textContent.trim()).to.equal('One second to wait.');
    });

    it('two elements keep their own overrides', async () => {
      const a = await mount({ lang: 'en', storage: 'none' });
      const b = await mount({ lang: 'en', storage: 'none' });
      a.strings = { en: { 'steps.channel.title': 'Only in A' } };
      await a.updateComplete;
      await b.updateComplete;
      expect(heading(a)).to.equal('Only in A');
      expect(heading(b)).to.equal(EN['steps.channel.title']);
    });
  });

  describe('the <script type="application/json"> child', () => {
    const script = (json: string) => `<script type="application/json">${json}</script>`;

    it('is read from static HTML (innerHTML of a wrapper), for a regional tag', async () => {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = `<sspr-code-help lang="de-AT" storage="none">${script(
        JSON.stringify({ 'de-AT': { steps: { channel: { title: 'Auf welchen Code warten Sie?' } } } }),
      )}</sspr-code-help>`;
      const el = wrapper.querySelector('sspr-code-help') as SsprCodeHelp;
      await untilLanguage(el, 'de');
      expect(heading(el)).to.equal('Auf welchen Code warten Sie?');
      expect(answerText(el, 'sms')).to.equal(de['steps.channel.answers.sms']);
    });

    it('is read when it is added after the element upgraded, as the parser does (element, then script, then its text)', async () => {
      const el = await mount({ lang: 'en', storage: 'none' });
      const tag = document.createElement('script');
      tag.type = 'application/json';
      el.append(tag); // the parser inserts the element first…
      await settle(el);
      expect(heading(el)).to.equal(EN['steps.channel.title']);
      tag.append(document.createTextNode('{"en": {"steps.channel.title": "Which code is missing?"}}')); // …then its text
      await settle(el);
      expect(heading(el)).to.equal('Which code is missing?');
      // edited later: the new text applies, the old override goes
      tag.textContent = '{"en": {"nav.gotCode": "Got it"}}';
      await settle(el);
      expect(heading(el)).to.equal(EN['steps.channel.title']);
      expect($(el, '.got-code')!.textContent.trim()).to.equal('Got it');
      tag.remove();
      await settle(el);
      expect($(el, '.got-code')!.textContent.trim()).to.equal(EN['nav.gotCode']);
    });

    it('the strings property wins key by key over the script; both apply', async () => {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = `<sspr-code-help lang="en" storage="none">${script(
        JSON.stringify({ en: { 'steps.channel.title': 'From the script', 'steps.channel.body': 'Script body' } }),
      )}</sspr-code-help>`;
      const el = wrapper.querySelector('sspr-code-help') as SsprCodeHelp;
      await el.updateComplete;
      expect(heading(el)).to.equal('From the script');
      el.strings = { en: { 'steps.channel.title': 'From the property' } };
      await el.updateComplete;
      expect(heading(el)).to.equal('From the property');
      expect($(el, '.body')!.textContent.trim()).to.equal('Script body');
    });

    it('applies to a language that loads later', async () => {
      const wrapper = await fixture(html`<div lang="en"></div>`);
      wrapper.innerHTML = `<sspr-code-help storage="none">${script(JSON.stringify({ ja: { 'nav.gotCode': 'コードが届きました!' } }))}</sspr-code-help>`;
      const el = wrapper.querySelector('sspr-code-help') as SsprCodeHelp;
      await el.updateComplete;
      wrapper.setAttribute('lang', 'ja');
      await untilLanguage(el, 'ja');
      expect($(el, '.got-code')!.textContent.trim()).to.equal('コードが届きました!');
    });

    describe('bad JSON', () => {
      let warn: sinon.SinonStub;
      beforeEach(() => (warn = sinon.stub(console, 'warn')));
      afterEach(() => warn.restore());
      const ownWarnings = () => warn.getCalls().filter((call) => String(call.args[0]).includes('sspr-code-help'));

      it('warns once and is ignored; fixing it applies it', async () => {
        const wrapper = await fixture(html`<div></div>`);
        wrapper.innerHTML = `<sspr-code-help lang="en" storage="none">${script('{"en": {"steps.channel.title": "Oops",}}')}</sspr-code-help>`;
        const el = wrapper.querySelector('sspr-code-help') as SsprCodeHelp;
        await waitUntil(() => ownWarnings().length > 0);
        await el.updateComplete;
        expect(heading(el)).to.equal(EN['steps.channel.title']);
        // re-renders, language changes and further bad edits do not warn again
        el.setAttribute('lang', 'de');
        await untilLanguage(el, 'de');
        el.querySelector('script')!.textContent = '[1, 2';
        await settle(el);
        expect(heading(el)).to.equal(de['steps.channel.title']);
        expect(ownWarnings()).to.have.length(1);
        expect(String(ownWarnings()[0].args[0])).to.contain('application/json');
        el.querySelector('script')!.textContent = '{"de": {"steps.channel.title": "Repariert"}}';
        await settle(el);
        expect(heading(el)).to.equal('Repariert');
      });

      it('a JSON value that is not an object (an array, a string) is bad too', () => {
        const onError = sinon.spy();
        expect(parseOverrideScript('["de"]', onError)).to.deep.equal({});
        expect(parseOverrideScript('"de"', onError)).to.deep.equal({});
        expect(parseOverrideScript('   ', onError)).to.deep.equal({});
        expect(onError).to.have.been.calledTwice;
      });
    });
  });

  describe('merging (pure)', () => {
    it('maps author tags to shipped languages and merges dotted and nested keys', () => {
      const overrides = {
        de: { 'nav.back': 'A' },
        'de-CH': { nav: { restart: 'B' } },
        'zh-HK': { 'nav.back': '返' },
        xx: { 'nav.back': 'ignored' },
      };
      expect(mergeOverrides(overrides, 'de')).to.deep.equal({ nav: { back: 'A', restart: 'B' } });
      expect(mergeOverrides(overrides, 'zh-TW')).to.deep.equal({ nav: { back: '返' } });
      expect(mergeOverrides(overrides, 'en')).to.equal(null);
    });

    it("never changes the shipped translation, nor the author's object, and ignores prototype keys", () => {
      const authored = JSON.parse(
        '{"en": {"nav": {"back": "X"}, "__proto__": {"polluted": "yes"}, "constructor.prototype.polluted": "yes"}}',
      );
      const merged = withOverrides(en, 'en', authored, { en: { 'nav.restart': 'Y' } }) as {
        nav: Record<string, string>;
      };
      expect(merged.nav.back).to.equal('X');
      expect(merged.nav.restart).to.equal('Y');
      expect(merged.nav.gotCode).to.equal(EN['nav.gotCode']);
      expect(en.nav.back).to.equal('Back');
      expect(authored.en.nav).to.deep.equal({ back: 'X' });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });
});

describe('a page parsed after the element is defined (streamed HTML)', () => {
  it('reads the script child the parser adds after the upgrade, partial text and all', async function () {
    this.timeout(20_000);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      const write = (markup: string) => {
        // deprecated, but the one way to feed HTML to a parser that is still running
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        doc.write(markup);
      };
      const win = frame.contentWindow! as Window & typeof globalThis;
      doc.open();
      write('<!doctype html><html lang="en"><head></head><body>');
      // Inserted through the DOM rather than written: it then loads on its own, not behind the
      // parser (WebKit could hold a written module script until the document closes).
      const define = doc.createElement('script');
      define.type = 'module';
      define.src = `${location.origin}/src/define.ts`;
      doc.head.append(define);
      await waitUntil(() => win.customElements.get('sspr-code-help'), 'defined in the frame', { timeout: 15_000 });
      expect(doc.readyState).to.equal('loading');
      const warn = sinon.stub(win.console, 'warn');
      try {
        write('<sspr-code-help storage="none" lang="de-AT">');
        const el = doc.querySelector('sspr-code-help') as SsprCodeHelp;
        expect(el.shadowRoot, 'upgraded before its children were parsed').to.not.equal(null);
        write('<script type="application/json">{"de": {"steps.channel.title": ');
        await pause(20);
        write('"Gestreamt"}}</script></sspr-code-help></body></html>');
        doc.close();
        await waitUntil(
          () => el.shadowRoot!.querySelector('h2')?.textContent?.trim() === 'Gestreamt',
          'the override applied',
          {
            timeout: 5000,
          },
        );
        await pause(50);
        expect(
          warn
            .getCalls()
            .map((call) => String(call.args[0]))
            .filter((m) => m.includes('sspr-code-help')),
        ).to.deep.equal([]);
      } finally {
        warn.restore();
      }
    } finally {
      frame.remove();
    }
  });
});
