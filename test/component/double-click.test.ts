/**
 * A double click on a button that changes the step: its second click lands on whatever the new
 * step put under the pointer. It must not answer that step too (found in a walk-through: a double
 * click on "Yes, I added my number" also answered "Could your account be locked?").
 */
import { expect } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $, heading, mount } from '../helpers.js';

/** The clicks of a double click at the middle of `target`: the second on what is there by then. */
async function doubleClick(el: SsprCodeHelp, target: HTMLElement): Promise<void> {
  const { left, top, width, height } = target.getBoundingClientRect();
  const at = { clientX: left + width / 2, clientY: top + height / 2, bubbles: true, composed: true };
  target.dispatchEvent(new MouseEvent('click', { ...at, detail: 1 }));
  await el.updateComplete;
  const under = el.shadowRoot!.elementFromPoint(at.clientX, at.clientY);
  expect(under, 'something to click on the new step').to.be.instanceOf(HTMLElement);
  under!.dispatchEvent(new MouseEvent('click', { ...at, detail: 2 }));
  await el.updateComplete;
}

describe('a double click changes one step', () => {
  let steps: string[];
  const track = (el: SsprCodeHelp) => el.addEventListener('sspr-step', (event) => steps.push(event.detail.step));
  beforeEach(() => (steps = []));

  it('on an answer', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    track(el);
    await doubleClick(el, $(el, '[part="answer"][data-answer="yes"]')!);
    expect(heading(el)).to.equal(en.steps.locked.title);
    expect(steps).to.deep.equal(['locked']);
  });

  it('on Back', async () => {
    const el = await mount({ storage: 'none' });
    $(el, '[part="answer"][data-answer="sms"]')!.click();
    await el.updateComplete;
    $(el, '[part="answer"][data-answer="yes"]')!.click();
    await el.updateComplete;
    track(el);
    await doubleClick(el, $(el, '.back')!);
    expect(heading(el)).to.equal(en.steps.enrolled.title);
    expect(steps).to.deep.equal(['enrolled']);
  });

  it('a key press (click with detail 0) and a single click still work on every step', async () => {
    const el = await mount({ channel: 'sms', storage: 'none' });
    $(el, '[part="answer"][data-answer="yes"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    await el.updateComplete;
    expect(heading(el)).to.equal(en.steps.locked.title);
  });
});
