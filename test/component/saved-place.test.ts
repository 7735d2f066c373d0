import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { SAVED_STATE_MAX_AGE_MS } from '../../src/flow/saved-state.js';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, $$, chooseAll, clickNav, heading, mount, describeFocus } from '../helpers.js';

const placeKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('sspr-code-help:place:'));
const clearSaved = () => {
  for (const storage of [sessionStorage, localStorage])
    for (const key of Object.keys(storage)) if (key.startsWith('sspr-code-help:')) storage.removeItem(key);
};

/** A reload, as the element sees it: a brand-new instance reading what the last one saved. */
async function remount(el: SsprCodeHelp): Promise<SsprCodeHelp> {
  const attributes = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
  el.remove();
  return mount(attributes);
}

describe('saved place (reloads, re-mounts, back/forward)', () => {
  beforeEach(clearSaved);
  afterEach(clearSaved);

  it('returns to the same step, path, answers and ticks after a reload, with focus on the heading', async () => {
    const el = await mount({ channel: 'sms', 'phone-hint': '•••• 4821' });
    await chooseAll(el, ['yes', 'no', 'yes', 'still-nothing']);
    $<HTMLInputElement>(el, '.checklist input')!.click();
    await el.updateComplete;
    const again = await remount(el);
    expect(heading(again)).to.equal(en.steps.phone.title);
    expect($<HTMLInputElement>(again, '.checklist input')!.checked).to.equal(true);
    expect(describeFocus(again.shadowRoot!.activeElement)).to.equal(describeFocus($(again, 'h2')));
    await clickNav(again, en.nav.back);
    expect(heading(again)).to.equal(en.steps.wait.title);
    await clickNav(again, en.nav.back);
    expect(heading(again)).to.equal(en.steps.number.title);
    expect($(again, '[data-answer="yes"]')!.getAttribute('aria-describedby')).to.equal('last-answer');
  });

  it('keys the place on the channel as read: channel="SMS" is the SMS place', async () => {
    const el = await mount({ id: 'upper', channel: 'SMS' });
    await chooseAll(el, ['no']);
    expect(placeKeys()).to.deep.equal(['sspr-code-help:place:upper:sms']);
    el.remove();
    const again = await mount({ id: 'upper', channel: 'sms' });
    expect(heading(again)).to.equal(en.steps['not-enrolled'].title);
  });

  it('never stores the phone hint', async () => {
    const el = await mount({ channel: 'sms', 'phone-hint': '•••• 4821' });
    await chooseAll(el, ['yes', 'no', 'yes']);
    // Every text stored (not the numbers: a timestamp may well contain 4821).
    const texts: string[] = [];
    for (const value of Object.values(sessionStorage) as string[]) {
      JSON.parse(value, (_key, inner: unknown) => (typeof inner === 'string' && texts.push(inner), inner));
    }
    expect(texts).to.include('wait');
    expect(texts.filter((text) => text.includes('4821'))).to.deep.equal([]);
  });

  it('keeps two widgets, or two channels, apart', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <sspr-code-help id="first" channel="sms"></sspr-code-help>
      <sspr-code-help id="second" channel="sms"></sspr-code-help>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('sspr-code-help')];
    await first.updateComplete;
    await chooseAll(first, ['no']);
    expect(placeKeys()).to.deep.equal(['sspr-code-help:place:first:sms']);
    expect(heading(second)).to.equal(en.steps.enrolled.title);
    const voice = await mount({ id: 'first', channel: 'voice' });
    expect(heading(voice)).to.equal(en.steps.enrolled.title);
  });

  it('stays on its step when moved in the page', async () => {
    const el = await mount({ channel: 'voice' });
    await chooseAll(el, ['yes', 'no']);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    expect(describeFocus(el.shadowRoot!.activeElement), 'before the move').to.equal(describeFocus($(el, 'h2')));
    elsewhere.append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal(en.steps.wait.title);
    expect(describeFocus(el.shadowRoot!.activeElement), 'after the move').to.equal(describeFocus($(el, 'h2')));
    elsewhere.remove();
  });

  it('writes nothing with storage="none", and starts fresh after a reload', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    await chooseAll(el, ['yes', 'no']);
    expect(placeKeys()).to.be.empty;
    const again = await remount(el);
    expect(heading(again)).to.equal(en.steps.enrolled.title);
  });

  it('drops a place older than 30 minutes', async () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    try {
      const el = await mount({ channel: 'sms' });
      await chooseAll(el, ['yes', 'no']);
      clock.tick(SAVED_STATE_MAX_AGE_MS + 1000);
      const again = await remount(el);
      expect(heading(again)).to.equal(en.steps.enrolled.title);
      expect(placeKeys()).to.be.empty;
    } finally {
      clock.restore();
    }
  });

  it('Start over clears the saved place at once', async () => {
    const el = await mount({ channel: 'sms' });
    await chooseAll(el, ['yes', 'no']);
    expect(placeKeys()).to.have.length(1);
    await clickNav(el, en.nav.restart);
    expect(placeKeys()).to.be.empty;
  });

  it('ignores corrupted or foreign saved state with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      for (const bad of [
        '{not json',
        JSON.stringify({ version: 99, savedAt: Date.now(), state: {} }),
        JSON.stringify({ version: 1, savedAt: Date.now(), state: { path: ['nowhere'] } }),
        JSON.stringify({
          version: 1,
          savedAt: Date.now(),
          state: {
            channel: 'sms',
            path: ['wait'],
            answers: { wait: '<img>' },
            checked: [],
            blocked: null,
            timeline: [],
          },
        }),
      ]) {
        warn.resetHistory();
        sessionStorage.setItem('sspr-code-help:place:n0:sms', bad);
        const el = await mount({ channel: 'sms' });
        expect(heading(el), bad).to.equal(en.steps.enrolled.title);
        expect(warn.callCount, bad).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('saved progress');
        el.remove();
      }
    } finally {
      warn.restore();
    }
  });

  it('comes back from the back/forward cache on the saved step', async () => {
    const el = await mount({ channel: 'sms' });
    await chooseAll(el, ['yes', 'no', 'still-nothing']);
    // Another tab of this page (or the page before bfcache) moved on; pageshow(persisted) picks it up.
    const saved = JSON.parse(sessionStorage.getItem(placeKeys()[0])!);
    saved.state.path.push('outage');
    sessionStorage.setItem(placeKeys()[0], JSON.stringify(saved));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(heading(el)).to.equal(en.steps.outage.title_sms);
  });

  it('puts the timeline in the help-desk summary', async () => {
    const el = await mount({ channel: 'sms' });
    el.retryHandler = () => Promise.resolve();
    await chooseAll(el, ['yes', 'no']);
    $<HTMLButtonElement>(el, 'button[part="retry"]')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    await chooseAll(el, ['still-nothing', 'all-fine', 'none', 'help-desk']);
    const summary = $<HTMLTextAreaElement>(el, 'textarea')!.value;
    expect(summary)
      .to.contain(`${en.steps.enrolled.title} — ${en.steps.enrolled.answers.yes}`)
      .and.contain(`${en.summary.request_sent} (${en.summary.channel_sms})`)
      .and.contain('New codes asked for here: 1 (sent: 1, failed: 0)');
    expect($$(el, '.contacts a')).to.have.length(0);
  });
});
