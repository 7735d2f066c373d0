/**
 * axe-core finds no violation on any step of the wizard: inline and popover mode, light and
 * dark theme, and right to left (Arabic). Each step is reached by its real answers, generated
 * from the decision tree (support.ts `stepCases`).
 */
import { expect } from '@open-wc/testing';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $$ } from '../helpers.js';
import { allSteps } from '../step-graph.js';
import { mountWidget, resetPage, settle, STEP_CASES, walkTo, type MountOptions } from './support.js';

/** Opens every glossary term on the step, so the explanations are checked too. */
async function openTerms(el: SsprCodeHelp): Promise<number> {
  const buttons = $$<HTMLButtonElement>(el, '.term-button[aria-expanded="false"]');
  for (const button of buttons) button.click();
  await settle(el);
  return buttons.length;
}

const VARIANTS: Array<{ label: string; options: MountOptions }> = [
  { label: 'inline, light', options: { mode: 'inline', theme: 'light' } },
  { label: 'inline, dark', options: { mode: 'inline', theme: 'dark' } },
  { label: 'popover, light', options: { mode: 'popover', theme: 'light' } },
  { label: 'popover, dark', options: { mode: 'popover', theme: 'dark' } },
  { label: 'inline, light, ar (right to left)', options: { mode: 'inline', theme: 'light', lang: 'ar' } },
  { label: 'popover, dark, ar (right to left)', options: { mode: 'popover', theme: 'dark', lang: 'ar' } },
];

describe('axe: no violations on any step', function () {
  // axe on a full step takes a few hundred ms; WebKitGTK under Xvfb is the slowest engine.
  this.timeout(30_000);

  afterEach(resetPage);

  it('has a case for every step of STEPS', () => {
    const covered = new Set(STEP_CASES.map((target) => target.step));
    expect([...covered].sort()).to.deep.equal(allSteps().sort());
  });

  for (const { label, options } of VARIANTS) {
    describe(label, () => {
      for (const target of STEP_CASES) {
        it(target.name, async () => {
          const el = await mountWidget({ ...options, waiting: target.waiting });
          await walkTo(el, target);
          await expect(el).to.be.accessible();
        });
      }

      it('glossary explanations open', async () => {
        let opened = 0;
        for (const target of STEP_CASES.filter((c) => ['enrolled', 'phone', 'another-way'].includes(c.step))) {
          const el = await mountWidget(options);
          await walkTo(el, target);
          opened += await openTerms(el);
          await expect(el).to.be.accessible();
        }
        expect(opened, 'glossary terms found').to.be.at.least(3);
      });
    });
  }

  it('popover mode, closed: the trigger alone', async () => {
    const el = await mountWidget({ mode: 'popover' });
    el.hide();
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
