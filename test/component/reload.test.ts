/**
 * Real reloads and navigations, in an iframe page of the same origin (test/fixtures/tab.html):
 * the browser really unloads the element and loads a new one that must find the user's place.
 */
import { expect, waitUntil } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };

declare global {
  interface Window {
    /** Set by test/fixtures/tab.ts once its element has rendered. */
    tabReady?: boolean;
  }
}

const clearSaved = () => {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('sspr-code-help:')) sessionStorage.removeItem(key);
};

/** The frame's next `load` event (set up before the navigation starts, so a fast one is not missed). */
const nextLoad = (frame: HTMLIFrameElement) =>
  new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));

async function loaded(frame: HTMLIFrameElement) {
  await waitUntil(() => frame.contentWindow?.tabReady === true, 'the tab page did not load', {
    timeout: 15000,
  });
  const widget = frame.contentDocument!.querySelector('sspr-code-help')!;
  return {
    heading: () => widget.shadowRoot!.querySelector('h2')!.textContent.trim(),
    choose: async (answer: string) => {
      widget.shadowRoot!.querySelector<HTMLButtonElement>(`[data-answer="${answer}"]`)!.click();
      await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    },
    focused: () => widget.shadowRoot!.activeElement?.tagName ?? 'nothing',
  };
}

describe('the place survives a real reload and navigation', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    clearSaved();
    frame = document.createElement('iframe');
    frame.src = '/test/fixtures/tab.html?channel=sms';
    document.body.append(frame);
  });
  afterEach(() => {
    frame.remove();
    clearSaved();
  });

  it('reload mid-wizard returns to the same step, heading focused', async () => {
    let tab = await loaded(frame);
    await tab.choose('yes');
    await tab.choose('no');
    expect(tab.heading()).to.equal(en.steps.wait.title);
    const reloaded = nextLoad(frame);
    frame.contentWindow!.location.reload();
    await reloaded;
    tab = await loaded(frame);
    expect(tab.heading()).to.equal(en.steps.wait.title);
    await waitUntil(() => tab.focused() === 'H2', 'the heading was not focused', { timeout: 2000 });
  });

  it('navigating away and back returns to the same step', async () => {
    let tab = await loaded(frame);
    await tab.choose('no');
    expect(tab.heading()).to.equal(en.steps['not-enrolled'].title);
    // Away to another page of the site that has the widget for the other channel, then back.
    const left = nextLoad(frame);
    frame.contentWindow!.location.href = '/test/fixtures/tab.html?channel=voice';
    await left;
    await loaded(frame);
    const back = nextLoad(frame);
    frame.contentWindow!.history.back();
    await back;
    tab = await loaded(frame);
    expect(tab.heading()).to.equal(en.steps['not-enrolled'].title);
  });
});
