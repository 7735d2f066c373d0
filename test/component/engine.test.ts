/**
 * `engine="classic" | "identity"`: where the enrolled step says the number was added, and the
 * set-up path the not-enrolled step names.
 */
import { expect } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { parseConfig } from '../../src/config.js';
import { $, choose, mount } from '../helpers.js';

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

describe('engine attribute', () => {
  it('defaults to classic; a bad value warns and falls back', () => {
    expect(parseConfig({}).config.engine).to.equal('classic');
    expect(parseConfig({ engine: ' Identity ' }).config.engine).to.equal('identity');
    const { config, warnings } = parseConfig({ engine: 'oie' });
    expect(config.engine).to.equal('classic');
    expect(warnings.map((w) => w.attribute)).to.deep.equal(['engine']);
  });

  it('classic: Extra Verification → Set up, and the Forgot Password factors', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    expect(text(el)).to.include(en.steps.enrolled.hint_sms);
    expect(text(el)).not.to.include(en.steps.enrolled.hintIdentity);
    await choose(el, 'no');
    expect(text(el)).to.include(en.steps['not-enrolled'].pathExtra);
    expect(text(el)).to.include(en.steps['not-enrolled'].pathForgot);
    expect(text(el)).not.to.include(en.steps['not-enrolled'].pathIdentity);
  });

  it('identity: Security Methods → Phone on both steps, and no Classic names', async () => {
    const el = await mount({ channel: 'sms', storage: 'none', engine: 'identity' });
    expect($(el, 'h2')!.textContent).to.equal(en.steps.enrolled.title);
    expect(text(el)).to.include('under Security Methods → Phone');
    expect(text(el)).not.to.include('Extra Verification');
    await choose(el, 'no');
    expect($(el, 'h2')!.textContent).to.equal(en.steps['not-enrolled'].title);
    expect(text(el)).to.include('Settings → Security Methods → Phone → Set up');
    expect(text(el)).not.to.include(en.steps['not-enrolled'].pathExtra);
  });
});
