import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, mount } from '../helpers.js';

describe('theming', () => {
  let sheet: HTMLStyleElement | null = null;
  afterEach(() => {
    sheet?.remove();
    sheet = null;
  });

  it('survives hostile page CSS (* { all: unset }, button { display: none })', async () => {
    sheet = document.createElement('style');
    sheet.textContent =
      '* { all: unset !important; } button { display: none !important; } section, h2, p { color: red; }';
    document.head.append(sheet);
    const el = await mount({ storage: 'none' });
    const answer = $(el, '[part="answer"]')!;
    expect(answer.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle($(el, 'h2')!).color).to.not.equal('rgb(255, 0, 0)');
    expect(getComputedStyle($(el, '.card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('applies --sspr-* custom properties', async () => {
    const el = await mount({ storage: 'none', channel: 'sms' });
    el.style.setProperty('--sspr-accent', 'rgb(0, 110, 79)');
    el.style.setProperty('--sspr-radius', '3px');
    el.style.setProperty('--sspr-font', 'monospace');
    await el.updateComplete;
    const primary = $(el, '.answer.primary')!;
    expect(getComputedStyle(primary).backgroundColor).to.equal('rgb(0, 110, 79)');
    expect(getComputedStyle($(el, '.card')!).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle($(el, 'h2')!).fontFamily).to.contain('monospace');
  });

  it('inherits the page font by default', async () => {
    document.body.style.fontFamily = 'serif';
    try {
      const el = await mount({ storage: 'none' });
      expect(getComputedStyle($(el, 'h2')!).fontFamily).to.equal(getComputedStyle(document.body).fontFamily);
    } finally {
      document.body.style.fontFamily = '';
    }
  });

  it('switches to dark colours with theme="dark", and back with theme="light"', async () => {
    const el = await mount({ storage: 'none', theme: 'dark' });
    const background = () => getComputedStyle($(el, '.card')!).backgroundColor;
    expect(background()).to.equal('rgb(28, 29, 34)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(background()).to.equal('rgb(255, 255, 255)');
  });
});

/** `emulateMedia` exists only for Chromium here (TOOLCHAIN.md); other engines run the rest of this file. */
const canEmulateMedia = navigator.userAgent.includes('Chrome/');

describe('media preferences (Chromium: emulated)', () => {
  before(function () {
    if (!canEmulateMedia) this.skip();
  });
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('follows prefers-color-scheme: dark unless theme="light"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await mount({ storage: 'none' });
    expect(getComputedStyle($(auto, '.card')!).backgroundColor).to.equal('rgb(28, 29, 34)');
    const light = await mount({ storage: 'none', theme: 'light' });
    expect(getComputedStyle($(light, '.card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('drops transitions when reduced motion is asked for', async () => {
    const el = await mount({ storage: 'none' });
    expect(getComputedStyle($(el, '.answer')!).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle($(el, '.answer')!).transitionDuration).to.equal('0s');
  });
});
