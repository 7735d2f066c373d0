/**
 * The built script-tag file (dist/cdn/sspr-code-help.js, so `npm run build` first) carries only
 * the English a first paint shows (scripts/cdn-build.mjs FIRST_PAINT_ENGLISH); the rest comes
 * as `<version>/english-rest.js` after the first paint. chunk-gate.mjs holds that chunk back, so
 * these tests see what a user sees while it is on its way: the first step complete, no raw key,
 * and a click that keeps the step until the next one has its text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { PRESS_WAIT_MS } from '../../src/i18n/localize-controller.js';

let frame: HTMLIFrameElement | undefined;
/** Gate names unique across the engines that run this file at the same time against one server. */
const gateName = (chunk: 'english-rest' | 'summary') => `${chunk}-${crypto.randomUUID()}`;

/** Opens the page; with a gate name, its english-rest.js is held back by chunk-gate.mjs until opened. */
async function openPage(gate?: string): Promise<Window> {
  frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  frame.src = `/test/build/first-paint.html${gate ? `?gate=${gate}` : ''}`;
  document.body.append(frame);
  // Not the load event: a held chunk requested before it fires would hold it back too.
  await waitUntil(() => frame?.contentWindow?.customElements.get('sspr-code-help'), 'the element is defined', {
    timeout: 5000,
  });
  return frame.contentWindow!;
}

const root = (win: Window, id: string) => win.document.getElementById(id)!.shadowRoot!;
const headingOf = (win: Window, id: string) => root(win, id).querySelector('h2')?.textContent?.trim() ?? '';
const restRequested = (win: Window) =>
  win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/english-rest.js'));

/** Text that looks like a translation key ("steps.locked.title", "nav.back") instead of words. */
const RAW_KEY = /\b(?:widget|nav|glossary|shortcuts|steps|checklist|countdown|retry|summary|otherChannel)\.[\w.-]+/;

function expectNoRawKey(win: Window, id: string): void {
  const shadow = root(win, id);
  const texts = [shadow.textContent ?? ''];
  for (const element of shadow.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
  }
  for (const text of texts) expect(text, `#${id}`).not.to.match(RAW_KEY);
}

/** Presses the answer button of widget `id` whose text is `text`. */
function answer(win: Window, id: string, text: string): void {
  const button = [...root(win, id).querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === text,
  );
  if (!button) throw new Error(`#${id}: no answer "${text}"`);
  button.click();
}

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('English beyond the first paint comes in a chunk of its own (built script)', () => {
  before(async () => {
    const built = await fetch('/dist/cdn/sspr-code-help.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('dist/cdn/sspr-code-help.js is missing: run `npm run build` before these tests.');
  });

  it('the script itself does not carry the later steps’ English', async () => {
    const script = await (await fetch('/dist/cdn/sspr-code-help.js')).text();
    expect(script).to.contain(en.steps.channel.title);
    expect(script).not.to.contain(en.steps.locked.title);
    expect(script).not.to.contain(en.summary.heading);
  });

  it('the rest is fetched after the first paint, with no click', async () => {
    const win = await openPage();
    await waitUntil(() => headingOf(win, 'fresh'), 'first heading');
    await waitUntil(() => restRequested(win), 'the rest of English is fetched');
  });

  it('while the rest is held back, every first step paints whole, with no raw key', async () => {
    const gate = gateName('english-rest');
    const win = await openPage(gate);
    try {
      await waitUntil(() => headingOf(win, 'fresh') && headingOf(win, 'sms') && headingOf(win, 'voice'), 'headings');
      expect(headingOf(win, 'fresh')).to.equal(en.steps.channel.title);
      expect(headingOf(win, 'sms')).to.equal(en.steps.enrolled.title);
      for (const id of ['fresh', 'sms', 'voice', 'popover']) expectNoRawKey(win, id);
      await waitUntil(() => root(win, 'popover').querySelector('[part~="trigger"]'), 'the popover trigger');
      const trigger = root(win, 'popover').querySelector<HTMLElement>('[part~="trigger"]')!;
      expect(trigger.textContent?.trim()).to.equal(en.widget.trigger);
      trigger.click();
      await waitUntil(() => headingOf(win, 'popover'), 'the panel opens');
      expect(headingOf(win, 'popover')).to.equal(en.steps.channel.title);
      expectNoRawKey(win, 'popover');
    } finally {
      await fetch(`/__gate/${gate}/open`);
    }
  });

  it('a press before the rest arrives: the step stays, marked busy, further presses are dropped; then the next step with its text', async () => {
    const gate = gateName('english-rest');
    const win = await openPage(gate);
    try {
      await waitUntil(() => headingOf(win, 'sms'), 'first heading');
      const steps: string[] = [];
      win.document.getElementById('sms')!.addEventListener('sspr-step', (event) => {
        steps.push((event as CustomEvent<{ step: string }>).detail.step);
      });
      answer(win, 'sms', en.steps.enrolled.answers.yes);
      await waitUntil(() => root(win, 'sms').querySelector('.card[aria-busy="true"]'), 'the card says it is busy');
      // an impatient second press, and another answer: neither may land on a step not yet shown
      answer(win, 'sms', en.steps.enrolled.answers.yes);
      answer(win, 'sms', en.steps.enrolled.answers.no);
      await new Promise((resolve) => win.setTimeout(resolve, 300));
      expect(headingOf(win, 'sms'), 'the step stays while the next one’s text is on its way').to.equal(
        en.steps.enrolled.title,
      );
      expectNoRawKey(win, 'sms');
      expect(steps, 'no step event for a step not shown').to.deep.equal([]);
      await fetch(`/__gate/${gate}/open`);
      await waitUntil(() => headingOf(win, 'sms') === en.steps.locked.title, 'the next step, with its text');
      await new Promise((resolve) => win.setTimeout(resolve, 100));
      expect(headingOf(win, 'sms'), 'one press, one step').to.equal(en.steps.locked.title);
      expectNoRawKey(win, 'sms');
      expect(steps).to.deep.equal(['locked']);
      expect(root(win, 'sms').querySelector('.card')!.hasAttribute('aria-busy')).to.equal(false);
      expect(win.document.activeElement, 'focus moved to the new step').to.equal(win.document.getElementById('sms'));
    } finally {
      await fetch(`/__gate/${gate}/open`);
    }
  });

  it('when the rest fails to load: one warning; a press keeps the step and says why, with no raw key', async () => {
    const gate = gateName('english-rest');
    await fetch(`/__gate/${gate}/fail`);
    const win = (await openPage(gate)) as Window & { recordedWarnings: string[] };
    const restWarnings = () => win.recordedWarnings.filter((text) => text.includes('rest of the English text'));
    await waitUntil(() => restWarnings().length > 0, 'a warning');
    for (let press = 0; press < 2; press += 1) {
      answer(win, 'sms', en.steps.enrolled.answers.yes);
      await waitUntil(() => root(win, 'sms').querySelector('[part="notice"]'), 'a notice');
      await waitUntil(() => !root(win, 'sms').querySelector('.card[aria-busy="true"]'), 'not busy');
      expect(headingOf(win, 'sms')).to.equal(en.steps.enrolled.title);
      expect(root(win, 'sms').querySelector('[part="notice"]')!.textContent).to.contain(en.widget.nextStepFailed);
      expectNoRawKey(win, 'sms');
    }
    expect(restWarnings(), 'one warning, however often it is tried').to.have.length(1);
    // the way out still works: the notice's help-desk link opens the help-desk step, whose text is bundled
    const helpDesk = [...root(win, 'sms').querySelectorAll<HTMLButtonElement>('[part="notice"] button')].find(
      (button) => button.textContent?.trim() === en.steps['help-desk'].title,
    )!;
    helpDesk.click();
    await waitUntil(() => headingOf(win, 'sms') === en.steps['help-desk'].title, 'the help-desk step');
    expectNoRawKey(win, 'sms');
  });

  it(`a press while the rest hangs: after ${PRESS_WAIT_MS / 1000} s the step says it could not load; once the rest comes, the next press goes on`, async () => {
    const gate = gateName('english-rest');
    const win = await openPage(gate);
    const clock = sinon.useFakeTimers({ global: win, toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await waitUntil(() => headingOf(win, 'sms'), 'first heading');
      answer(win, 'sms', en.steps.enrolled.answers.yes);
      await waitUntil(() => root(win, 'sms').querySelector('.card[aria-busy="true"]'), 'busy');
      await clock.tickAsync(PRESS_WAIT_MS - 1);
      expect(root(win, 'sms').querySelector('[part="notice"]'), 'no notice yet').to.equal(null);
      await clock.tickAsync(1);
      await waitUntil(() => root(win, 'sms').querySelector('[part="notice"]'), 'the notice');
      expect(root(win, 'sms').querySelector('[part="notice"]')!.textContent).to.contain(en.widget.nextStepFailed);
      expect(headingOf(win, 'sms')).to.equal(en.steps.enrolled.title);
      await fetch(`/__gate/${gate}/open`);
      await waitUntil(() => restRequested(win), 'the rest arrived');
      answer(win, 'sms', en.steps.enrolled.answers.yes);
      await waitUntil(() => headingOf(win, 'sms') === en.steps.locked.title, 'the next step');
      expectNoRawKey(win, 'sms');
    } finally {
      clock.uninstall();
      await fetch(`/__gate/${gate}/open`);
    }
  });

  it('the help-desk step without its summary code (summary.js failed): contacts whose links have no placeholder left', async () => {
    const gate = gateName('summary');
    await fetch(`/__gate/${gate}/fail`);
    const win = await openPage(gate);
    await waitUntil(() => headingOf(win, 'desk'), 'first heading');
    answer(win, 'desk', en.steps.enrolled.answers.unsure);
    await waitUntil(() => headingOf(win, 'desk') === en.steps['not-enrolled'].title, 'the next step');
    answer(win, 'desk', en.steps['not-enrolled'].answers['help-desk']);
    await waitUntil(() => headingOf(win, 'desk') === en.steps['help-desk'].title, 'the help-desk step');
    await waitUntil(
      () => (win as Window & { recordedWarnings: string[] }).recordedWarnings.some((text) => text.includes('summary')),
      'the summary code failed',
    );
    const links = [...root(win, 'desk').querySelectorAll<HTMLAnchorElement>('a[part~="support"]')];
    expect(links.map((link) => link.href)).to.deep.equal([
      'https://help.example.com/new?d=',
      'mailto:helpdesk@example.com',
    ]);
    expectNoRawKey(win, 'desk');
  });
});
