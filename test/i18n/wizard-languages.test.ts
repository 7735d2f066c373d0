/**
 * The whole wizard, every step, in Arabic, German, Japanese and Polish: each
 * heading in the language, no English left over (proper names and URLs aside),
 * no raw keys, and plural forms picked by the language's rules.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import type { StepId } from '../../src/flow/steps.js';
import { LocalizeController } from '../../src/i18n/localize-controller.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, answers, choose, heading, mount, EXAMPLE_ATTRIBUTES } from '../helpers.js';
import { englishLeaks, rawKeys, shippedFlat, textUnits, untilLanguage, fill, type Flat } from './support.js';

const LANGUAGES = ['ar', 'de', 'ja', 'pl'] as const;

/** English keys whose text is also correct in the language. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['summary.browser'], // "Browser: …" is German too
};

const EXAMPLE = EXAMPLE_ATTRIBUTES;

/** A walk: the answer given on each step, in order; the last step is where it ends. */
type Walk = Array<[StepId, string | null]>;

const SMS_WALK: Walk = [
  ['channel', 'sms'],
  ['enrolled', 'yes'],
  ['locked', 'no'],
  ['number', 'yes'],
  ['wait', 'still-nothing'],
  ['phone', 'all-fine'],
  ['outage', 'incident'],
  ['outage-known', 'another-way'],
  ['another-way', 'okta-verify'],
  ['use-okta-verify', 'not-set-up'],
  ['help-desk', null],
];

const VOICE_WALK: Walk = [
  ['channel', 'voice'],
  ['enrolled', 'unsure'],
  ['not-enrolled', 'sure'],
  ['locked', 'maybe'],
  ['locked-out', 'unlocked'],
  ['number', 'no'],
  ['wrong-number', 'help-desk'],
  ['help-desk', null],
];

function titleOf(text: Flat, step: StepId, channel: string): string {
  return text[`steps.${step}.title`] ?? text[`steps.${step}.title_${channel}`];
}

/** Checks the step now shown: its heading in the language, no English, no raw keys. */
function checkStep(el: SsprCodeHelp, tag: string, text: Flat, step: StepId, channel: string): void {
  expect(heading(el), `${tag} ${step}: heading`).to.equal(titleOf(text, step, channel));
  const units = textUnits(el);
  expect(englishLeaks(units, SAME_AS_ENGLISH[tag]), `${tag} ${step}: English left over`).to.deep.equal([]);
  expect(rawKeys(units), `${tag} ${step}: raw keys`).to.deep.equal([]);
  expect(units.length, `${tag} ${step}: some text`).to.be.greaterThan(3);
}

async function walk(el: SsprCodeHelp, tag: string, text: Flat, steps: Walk, channel: string): Promise<StepId[]> {
  const seen: StepId[] = [];
  for (const [step, answer] of steps) {
    checkStep(el, tag, text, step, channel);
    seen.push(step);
    if (answer) await choose(el, answer);
  }
  return seen;
}

describe('the whole wizard in other languages', () => {
  // Every string the walks need exists: no "no text for …" warning from the element.
  let warn: sinon.SinonSpy;
  beforeEach(() => (warn = sinon.spy(console, 'warn')));
  afterEach(() => {
    const own = warn
      .getCalls()
      .map((call) => String(call.args[0]))
      .filter((message) => message.includes('sspr-code-help'));
    warn.restore();
    expect(own, 'console warnings').to.deep.equal([]);
  });

  for (const tag of LANGUAGES) {
    describe(tag, () => {
      let text: Flat;
      before(async () => {
        text = await shippedFlat(tag);
      });

      it('text messages: every step from the first question to the help desk, with a running wait', async () => {
        const el = await mount({ ...EXAMPLE, lang: tag, 'last-sent': String(Date.now()) });
        await untilLanguage(el, tag);
        const seen = await walk(el, tag, text, SMS_WALK, 'sms');
        expect(seen).to.have.length(11);
        // the countdown ran all along, in the language
        expect($(el, '[role="timer"]')).to.not.equal(null);
        expect($(el, '[role="status"]')!.textContent.trim()).to.not.equal('');
        expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.contain(text['summary.heading']);
      });

      it('voice calls: set-up, lock-out and a wrong number', async () => {
        const el = await mount({ ...EXAMPLE, lang: tag });
        await untilLanguage(el, tag);
        await walk(el, tag, text, VOICE_WALK, 'voice');
      });

      it('the help desk with no contacts, the end with a code, and the popover frame', async () => {
        const bare = await mount({ lang: tag, channel: 'sms', storage: 'none' });
        await untilLanguage(bare, tag);
        await walk(
          bare,
          tag,
          text,
          [
            ['enrolled', 'no'],
            ['not-enrolled', 'help-desk'],
            ['help-desk', null],
          ],
          'sms',
        );
        expect($(bare, '.body')!.textContent).to.contain(text['steps.help-desk.noContacts']);

        const done = await mount({ lang: tag, channel: 'voice', storage: 'none' });
        await untilLanguage(done, tag);
        $<HTMLButtonElement>(done, '.got-code')!.click();
        await done.updateComplete;
        checkStep(done, tag, text, 'resolved', 'voice');

        const popover = await mount({ lang: tag, mode: 'popover', storage: 'none' });
        await waitUntil(() => $(popover, '[part="trigger"]')?.textContent?.trim() === text['widget.trigger']);
        $<HTMLButtonElement>(popover, '[part="trigger"]')!.click();
        await popover.updateComplete;
        checkStep(popover, tag, text, 'channel', 'sms');
        expect($(popover, '[part="close"]')!.getAttribute('aria-label')).to.equal(text['widget.close']);
      });

      it('answers from the page to a new request: failure, then sent', async () => {
        const el = await mount({ lang: tag, channel: 'sms', storage: 'none' });
        await untilLanguage(el, tag);
        el.retryHandler = () => Promise.reject(new TypeError('Failed to fetch'));
        await choose(el, 'yes');
        await choose(el, 'no');
        expect(answers(el)).to.deep.equal(['still-nothing', 'okta-verify']);
        $<HTMLButtonElement>(el, '[part="retry"]')!.click();
        await waitUntil(() => $(el, '[part="notice"]'));
        await el.updateComplete;
        expect($(el, '[part="notice"]')!.textContent).to.contain(text['retry.failed']);
        checkStep(el, tag, text, 'wait', 'sms');

        el.retryHandler = () => Promise.resolve();
        $<HTMLButtonElement>(el, '[part="retry"]')!.click();
        await waitUntil(() => $(el, '[role="timer"]'));
        await el.updateComplete;
        expect($(el, '[part="notice"]')!.textContent).to.contain(text['retry.sent_sms']);
        checkStep(el, tag, text, 'wait', 'sms');
      });
    });
  }

  it('the leak check itself notices English and raw keys', async () => {
    const el = await mount({ lang: 'en', storage: 'none' });
    const units = textUnits(el);
    expect(englishLeaks(units).length).to.be.greaterThan(2);
    expect(rawKeys(['steps.wait.title', 'Krok 1 z 9', 'Warte {{count}}'])).to.deep.equal([
      'steps.wait.title',
      'Warte {{count}}',
    ]);
    expect(englishLeaks(['Okta Verify', 'https://status.okta.com', 'Krok 1 z 9'])).to.deep.equal([]);
    expect(englishLeaks(['Schritt 1 of 9', 'Step 3 of 9'])).to.deep.equal([
      '"Step 3 of 9" is widget.progress',
      '"Step 3 of 9" is widget.progressStep',
    ]);
  });
});

describe('plural forms', () => {
  const arabic = (n: number) => new Intl.NumberFormat('ar-u-nu-arab').format(n);

  /** The status region's text right after a wait of `seconds` starts. */
  async function startAnnouncement(tag: string, seconds: number): Promise<string> {
    const el = await mount({
      lang: tag,
      channel: 'sms',
      cooldown: String(seconds),
      'last-sent': String(Date.now()),
      storage: 'none',
    });
    await untilLanguage(el, tag);
    return $(el, '[role="status"]')!.textContent.trim();
  }

  it("pl: 1 → one, 2 → few, 5 → many, 22 → few, 12 → many (the element's announcement)", async () => {
    const pl = await shippedFlat('pl');
    const cases: Array<[number, string]> = [
      [1, 'one'],
      [2, 'few'],
      [5, 'many'],
      [22, 'few'],
      [12, 'many'],
    ];
    for (const [count, form] of cases) {
      expect(await startAnnouncement('pl', count), `${count}`).to.equal(
        fill(pl[`countdown.started_${form}`], { count: String(count) }),
      );
    }
    expect(new Set(['one', 'few', 'many'].map((form) => pl[`countdown.started_${form}`])).size).to.equal(3);
  });

  it("ar: 1/2/3/11/100 through the element's announcement, in Arabic-Indic digits", async () => {
    const ar = await shippedFlat('ar');
    const cases: Array<[number, string]> = [
      [1, 'one'],
      [2, 'two'],
      [3, 'few'],
      [11, 'many'],
      [100, 'other'],
    ];
    for (const [count, form] of cases) {
      expect(await startAnnouncement('ar', count), `${count}`).to.equal(
        fill(ar[`countdown.started_${form}`], { count: arabic(count) }),
      );
    }
  });

  it('ar: 0/1/2/3/11/100 → zero/one/two/few/many/other through the i18n controller', async () => {
    class Host extends LitElement {
      readonly i18n = new LocalizeController(this);
    }
    if (!customElements.get('i18n-plural-host')) customElements.define('i18n-plural-host', Host);
    const host = new Host();
    host.lang = 'ar';
    document.body.append(host);
    try {
      await waitUntil(() => host.i18n.language === 'ar');
      const ar = await shippedFlat('ar');
      const forms = ['zero', 'one', 'two', 'few', 'many', 'other'];
      const got = [0, 1, 2, 3, 11, 100].map((count) => host.i18n.t('countdown.started', { count }));
      const want = [0, 1, 2, 3, 11, 100].map((count, i) =>
        fill(ar[`countdown.started_${forms[i]}`], { count: arabic(count) }),
      );
      expect(got).to.deep.equal(want);
      expect(new Set(got).size, 'six different forms').to.equal(6);
    } finally {
      host.remove();
    }
  });
});
