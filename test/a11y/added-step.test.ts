/**
 * The recipe for a new step (README, "Add a step") holds: a step added as data alone, its
 * entry in `STEPS` and its text in the English locale, gets a correct "Step N of M", an axe
 * run and a keyboard walk, with no other edit. The fixture is added before any element is
 * made; this file runs in its own page, so no other test sees it.
 */
import { expect } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import { STEPS, type StepDefinition } from '../../src/flow/steps.js';
import { tour } from '../step-graph.js';
import { mountBetweenButtons, walkWithKeys } from './keyboard-walk.js';
import { currentStepOf, mountWidget, resetPage, stepCases, walkTo } from './support.js';

const ADDED = 'charger';

// The step: between the wait and the phone checklist, on the main line.
const steps = STEPS as unknown as Record<string, StepDefinition>;
steps[ADDED] = {
  answers: [
    { id: 'charged', next: 'phone', primary: true, mainLine: true },
    { id: 'help-desk', next: 'help-desk' },
  ],
};
steps.wait = { ...steps.wait, answers: [{ id: 'still-nothing', next: ADDED as 'phone', mainLine: true }] };
// Its text, as the locale file would carry it.
(en.steps as Record<string, unknown>)[ADDED] = {
  title: 'Is your phone charged and switched on?',
  body: 'A phone in battery saver mode may hold messages back.',
  answers: { charged: 'It is charged and on', 'help-desk': 'Contact the help desk' },
};

describe('a step added as data alone', function () {
  this.timeout(120_000);
  afterEach(resetPage);

  const target = stepCases().find((candidate) => (candidate.step as string) === ADDED);

  it('is walked to by the generated cases', () => {
    expect(target, 'a generated case for the added step').to.exist;
  });

  it('counts in "Step N of M" and shows its text', async () => {
    const el = await mountWidget();
    let detail: { index: number; total: number | null } | undefined;
    el.addEventListener('sspr-step', (event) => (detail = event.detail));
    await walkTo(el, target!);
    // channel, enrolled, locked, number, wait, charger, phone, outage, another-way, help-desk.
    expect(detail).to.include({ index: 6, total: 10 });
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent.trim()).to.equal('Step 6 of 10');
    expect(el.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('Is your phone charged and switched on?');
  });

  it('passes axe', async () => {
    const el = await mountWidget();
    await walkTo(el, target!);
    await expect(el).to.be.accessible();
  });

  it('is walked with keys: every control a Tab stop, and its answer leads on', async () => {
    const { el, after } = await mountBetweenButtons();
    el.shadowRoot!.querySelector<HTMLElement>('h2')!.focus();
    const moves = tour();
    const leave = moves.findIndex((move) => (move.from as string) === ADDED);
    const visited = await walkWithKeys(el, after, moves.slice(0, leave + 1));
    expect([...visited]).to.include(ADDED);
    expect(currentStepOf(el)).to.equal(moves[leave].to);
  });
});
