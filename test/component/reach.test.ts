/**
 * Issue 11, "Reach": with Okta Verify offered, it is one quiet activation away from every
 * step that is not an end, and its step speaks to someone who is signed out.
 */
import { expect, oneEvent } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import * as flow from '../../src/flow/machine.js';
import { $, $$, answers, heading, mount, EXAMPLE_ATTRIBUTES } from '../helpers.js';
import { currentStepOf, mountWidget, resetPage, stepCases, walkTo } from '../a11y/support.js';

const shortcut = (el: Element) => $<HTMLButtonElement>(el, '[part="answer"][data-answer="okta-verify"]');

describe('Okta Verify in reach', function () {
  this.timeout(60_000);
  afterEach(resetPage);

  for (const target of stepCases().filter((c) => !c.gotCode && !c.waiting && !flow.isTerminal(c.step))) {
    if (target.step === 'use-okta-verify') continue;
    it(`one activation from "${target.name}", firing sspr-switch-factor`, async () => {
      const el = await mountWidget();
      await walkTo(el, target);
      expect(shortcut(el), `a way to Okta Verify on ${target.step}`).to.exist;
      const event = oneEvent(el, 'sspr-switch-factor');
      shortcut(el)!.click();
      expect((await event).detail).to.deep.equal({ factor: 'okta-verify' });
      await el.updateComplete;
      expect(currentStepOf(el)).to.equal('use-okta-verify');
    });
  }

  it('is quiet: after the step’s own answers, never the main button', async () => {
    const el = await mount({ ...EXAMPLE_ATTRIBUTES, 'okta-verify': 'on' });
    expect(answers(el)).to.deep.equal(['sms', 'voice', 'okta-verify']);
    expect(shortcut(el)!.textContent.trim()).to.equal(en.shortcuts['okta-verify']);
    expect(shortcut(el)!.classList.contains('primary')).to.equal(false);
    const [first] = $$<HTMLButtonElement>(el, '[part="answer"]');
    expect(shortcut(el)!.getBoundingClientRect().width, 'narrower than a full answer').to.be.below(
      first.getBoundingClientRect().width,
    );
  });

  it('is not offered when okta-verify is off', async () => {
    const el = await mount({ ...EXAMPLE_ATTRIBUTES, 'okta-verify': 'off' });
    expect(answers(el)).to.deep.equal(['sms', 'voice']);
  });
});

describe('the Okta Verify step, for someone signed out', () => {
  it('leads with what to press on the Okta screen; the app stores only for later', async () => {
    const el = await mount({ ...EXAMPLE_ATTRIBUTES, 'okta-verify': 'on' });
    shortcut(el)!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal(en.steps['use-okta-verify'].title);
    const steps = $$(el, '.steps-list li').map((li) => li.textContent.trim());
    expect(steps[0]).to.contain('"Verify with something else"');
    expect(steps[1]).to.contain('Okta Verify');
    expect(steps[2])
      .to.match(/approve/i)
      .and.match(/code/);
    const later = $$(el, '.body p').find((p) => p.textContent.trim() === en.steps['use-okta-verify'].stores)!;
    expect(later, 'the "set it up later" sentence').to.exist;
    expect(later.textContent).to.match(/later, once you're back in/);
    const stores = $$<HTMLAnchorElement>(el, '.stores a');
    expect(stores).to.have.length(2);
    for (const link of stores) {
      // Every store link comes after the steps and after the "later" sentence.
      expect(later.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect($(el, '.steps-list')!.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
  });
});
