/**
 * Layout for people who zoom, enlarge text or use a finger: every step reflows without
 * horizontal scrolling at 320 CSS px (WCAG 1.4.10) and at 200% text size (1.4.4), and every
 * button and link is a target of at least 24 × 24 CSS px (2.5.8), the answers at least 44 px tall.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SsprCodeHelp } from '../../src/sspr-code-help.js';
import { $$ } from '../helpers.js';
import {
  controls,
  describeNode,
  isShown,
  mountWidget,
  resetPage,
  STEP_CASES,
  targetBox,
  underWebDriver,
  walkTo,
} from './support.js';

const NARROW = { width: 320, height: 640 };
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/**
 * Sets the viewport where the automation can (puppeteer: Chromium and Firefox). WebDriver
 * (WebKitGTK) has no viewport command in web-test-runner: there the caller skips only the
 * viewport assertion and still checks the layout inside a container of the same width.
 */
async function trySetViewport(size: { width: number; height: number }): Promise<boolean> {
  if (underWebDriver) return false;
  await setViewport(size);
  return true;
}

/** Nothing in the page scrolls sideways, and nothing in the shadow root sticks out of `box`. */
function overflowing(el: SsprCodeHelp, box: { left: number; right: number }): string[] {
  const problems: string[] = [];
  for (const node of $$(el, '*')) {
    if (!isShown(node) || node.localName === 'style') continue;
    const rect = node.getBoundingClientRect();
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
      problems.push(`${describeNode(node)}: ${Math.round(rect.left)}…${Math.round(rect.right)} px`);
    }
  }
  return problems;
}

const pageScrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

/** Mounts in a container of `width` CSS px (the page's own margin removed) and walks to the step. */
async function mountIn(
  width: number | null,
  options: Parameters<typeof mountWidget>[0],
  target: (typeof STEP_CASES)[number],
) {
  document.body.style.margin = '0';
  const el = await mountWidget(options);
  if (width !== null) el.parentElement!.style.inlineSize = `${width}px`;
  await walkTo(el, target);
  return el;
}

describe('layout', function () {
  this.timeout(60_000);
  let viewportChanged = false;

  afterEach(async () => {
    resetPage();
    document.body.style.margin = '';
    if (viewportChanged) await trySetViewport(DEFAULT_VIEWPORT);
    viewportChanged = false;
  });

  for (const mode of ['inline', 'popover'] as const) {
    describe(`reflow at 320 CSS px, ${mode}`, () => {
      for (const target of STEP_CASES) {
        it(target.name, async () => {
          viewportChanged = await trySetViewport(NARROW);
          // Without a viewport command (WebKitGTK) an inline element gets a 320 px container.
          const el = await mountIn(viewportChanged ? null : NARROW.width, { mode, waiting: target.waiting }, target);
          if (viewportChanged) {
            expect(window.innerWidth).to.equal(NARROW.width);
            expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
            expect(overflowing(el, { left: 0, right: window.innerWidth }), 'outside the 320 px viewport').to.deep.equal(
              [],
            );
          } else if (mode === 'inline') {
            // WebKitGTK: the 320 px viewport assertion is skipped; the card must still fit 320 px.
            const box = el.parentElement!.getBoundingClientRect();
            expect(overflowing(el, box), 'outside a 320 px container').to.deep.equal([]);
          } else {
            // WebKitGTK, popover: the panel is sized by the viewport (top layer, fixed), so a
            // container proves nothing and the 320 px assertion is skipped; it must fit the
            // window it has.
            expect(overflowing(el, { left: 0, right: window.innerWidth }), 'outside the viewport').to.deep.equal([]);
          }
        });
      }
    });
  }

  for (const mode of ['inline', 'popover'] as const) {
    describe(`200% text size, ${mode}`, () => {
      for (const target of STEP_CASES) {
        it(target.name, async () => {
          // A reader's larger default font: the host page's root font size doubles.
          document.documentElement.style.fontSize = '200%';
          viewportChanged = await trySetViewport({ width: 640, height: 800 });
          const el = await mountIn(viewportChanged ? null : 640, { mode, waiting: target.waiting }, target);
          const heading = el.shadowRoot!.querySelector('h2')!;
          expect(parseFloat(getComputedStyle(heading).fontSize), 'text is enlarged').to.be.at.least(40);
          if (viewportChanged) expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
          // WebKitGTK keeps its window: an inline card is held to a 640 px container; the popover
          // panel (top layer) to the window.
          const box =
            viewportChanged || mode === 'popover'
              ? { left: 0, right: window.innerWidth }
              : el.parentElement!.getBoundingClientRect();
          expect(overflowing(el, box), 'elements outside the width').to.deep.equal([]);
        });
      }
    });
  }

  describe('touch targets', () => {
    for (const mode of ['inline', 'popover'] as const) {
      for (const target of STEP_CASES) {
        it(`${mode}: ${target.name}`, async () => {
          const el = await mountWidget({ mode, waiting: target.waiting });
          await walkTo(el, target);
          const small = controls(el)
            .map((node) => ({ node, box: targetBox(node) }))
            .filter(({ box }) => box.width < 24 || box.height < 24)
            .map(({ node, box }) => `${describeNode(node)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
          expect(small, 'targets under 24 × 24 CSS px').to.deep.equal([]);
          const shortAnswers = $$(el, '[part="answer"]')
            .filter((node) => node.getBoundingClientRect().height < 44)
            .map(describeNode);
          expect(shortAnswers, 'answer buttons under 44 px tall').to.deep.equal([]);
        });
      }
    }
  });
});
