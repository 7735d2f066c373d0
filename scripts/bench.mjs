#!/usr/bin/env node
// `npm run bench` (a measurement, not a test: it never fails on a number). Run `npm run build`
// first. Headless Chromium (/usr/bin/chromium, driven by playwright-core) loads the built
// script-tag file from a local static server on 127.0.0.1, and compares <sspr-code-help> with a
// baseline: a bare Lit element importing the same three dependencies (bench/baseline-element.ts),
// built the same way in the same run. Medians over many runs; each run is a fresh browser context.
//
//   first render   script inserted → first <h2> in the shadow root, laid out
//   step change    click on an answer → the next heading laid out (8 steps of the main line)
//   heap growth    JS heap after 1,000 mount/unmount cycles minus before (after forced GC), and
//                  again for the next 1,000 (a leak grows again, one-time allocations do not)
//   timer wake-ups setTimeout/setInterval callbacks counted in the page over a real window,
//                  scaled to a minute: idle, and while a wait (countdown) runs
//
// Prints a table with the ratios and writes it into README.md (<!-- bench:start/end -->).
//
//   BENCH_RUNS=30 BENCH_HEAP_RUNS=5 BENCH_CYCLES=1000 BENCH_TIMER_SECONDS=10 npm run bench
//   npm run bench -- --no-readme
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildBaseline } from '../bench/build-baseline.mjs';
import { benchPages, ELEMENTS } from '../bench/pages.mjs';
import { writeReadmeSection } from '../bench/readme-section.mjs';
import { startServer } from '../bench/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const numberFrom = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const RUNS = numberFrom('BENCH_RUNS', 30);
const HEAP_RUNS = numberFrom('BENCH_HEAP_RUNS', 5);
const CYCLES = numberFrom('BENCH_CYCLES', 1000);
const TIMER_SECONDS = numberFrom('BENCH_TIMER_SECONDS', 10);
const TIMER_RUNS = numberFrom('BENCH_TIMER_RUNS', 2);
const WARM_UP = 200;
const writeReadme = !process.argv.includes('--no-readme');

/** The main line of the wizard (no phone hint, so no "number" step): 8 step changes. */
const SSPR_ANSWERS = ['sms', 'yes', 'no', 'still-nothing', 'all-fine', 'none', 'okta-verify', 'not-set-up'];
/** The baseline flips between its two headings. */
const BASELINE_ANSWERS = Array(SSPR_ANSWERS.length).fill('yes');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (ours, base) => (base > 0 ? `${(ours / base).toFixed(2)}×` : '—');

if (!existsSync(path.join(root, 'dist/cdn/sspr-code-help.js'))) {
  console.error('[bench] dist/cdn/sspr-code-help.js is missing: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`[bench] ${CHROMIUM} is missing: apt-get install -y chromium`);
  process.exit(1);
}

console.log('▶ building the baseline element (vite, same config as the script)');
const baseline = await buildBaseline();
const server = await startServer({
  cdnDir: path.join(root, 'dist/cdn'),
  baselineDir: baseline.dir,
  pages: benchPages(),
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--js-flags=--expose-gc',
  ],
});

/** Runs `task(page)` in a fresh context (own cache, storage and renderer), then closes it. */
async function inFreshPage(task) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    return await task(page, context);
  } finally {
    await context.close();
  }
}

async function firstRender(name) {
  return inFreshPage(async (page) => {
    await page.goto(`${server.origin}/page/first-render/${name}`);
    await page.waitForFunction(() => window.__bench.heading > 0, null, { timeout: 30_000 });
    return page.evaluate(() => {
      const { start, heading } = window.__bench;
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.js'));
      return { total: heading - start, afterDownload: entry ? heading - entry.responseEnd : NaN };
    });
  });
}

async function stepChanges(name, answers) {
  return inFreshPage(async (page) => {
    await page.goto(`${server.origin}/page/mounted/${name}`);
    const { tag } = ELEMENTS[name];
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('h2'), tag);
    return page.evaluate(
      async ({ tag, answers }) => {
        const el = document.querySelector(tag);
        const times = [];
        for (const id of answers) {
          const rootNode = el.shadowRoot;
          const before = rootNode.querySelector('h2').textContent;
          const changed = new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error(`no new heading 5 s after "${id}" under "${before}"`)), 5000);
            const observer = new MutationObserver(() => {
              const heading = rootNode.querySelector('h2');
              if (!heading || heading.textContent === before) return;
              heading.getBoundingClientRect(); // laid out
              observer.disconnect();
              resolve(performance.now());
            });
            observer.observe(rootNode, { childList: true, subtree: true, characterData: true });
          });
          const button = rootNode.querySelector(`[data-answer="${id}"]`);
          if (!button) throw new Error(`no answer "${id}" under "${before}"`);
          const start = performance.now();
          button.click();
          times.push((await changed) - start);
          // let the frame finish before the next click
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
        return times;
      },
      { tag, answers },
    );
  });
}

async function heapGrowth(name) {
  return inFreshPage(async (page, context) => {
    await page.goto(`${server.origin}/page/mounted/${name}`);
    const { tag } = ELEMENTS[name];
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('h2'), tag);
    const cdp = await context.newCDPSession(page);
    const cycles = (count) =>
      page.evaluate(
        async ({ tag, count }) => {
          const host = document.getElementById('host');
          host.replaceChildren();
          for (let i = 0; i < count; i++) {
            const el = document.createElement(tag);
            if (tag === 'sspr-code-help') el.setAttribute('storage', 'none');
            host.append(el);
            await el.updateComplete;
            el.remove();
          }
        },
        { tag, count },
      );
    const used = async () => {
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => window.gc?.());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // Warm-up: compiled code, inline caches and Lit's template cache are not growth.
    await cycles(WARM_UP);
    const before = await used();
    await cycles(CYCLES);
    const afterFirst = await used();
    // A second batch tells a leak (grows again) from one-time allocations (does not).
    await cycles(CYCLES);
    const afterSecond = await used();
    return { first: afterFirst - before, second: afterSecond - afterFirst };
  });
}

async function timerWakeups(name, waiting) {
  return inFreshPage(async (page) => {
    await page.goto(`${server.origin}/page/timers/${name}${waiting ? '?waiting' : ''}`);
    const { tag } = ELEMENTS[name];
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('h2'), tag);
    await page.waitForTimeout(1000); // start-up settles first
    const start = await page.evaluate(() => ({ ...window.__timers }));
    await page.waitForTimeout(TIMER_SECONDS * 1000);
    const end = await page.evaluate(() => ({ ...window.__timers }));
    const perMinute = (kind) => ((end[kind] - start[kind]) * 60) / TIMER_SECONDS;
    return { timers: perMinute('timeout') + perMinute('interval'), frames: perMinute('frame') };
  });
}

const results = {};
try {
  console.log(`▶ first render: ${RUNS} runs per element, interleaved`);
  const first = { sspr: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? ['sspr', 'baseline'] : ['baseline', 'sspr'];
    for (const name of order) first[name].push(await firstRender(name));
  }
  for (const name of ['sspr', 'baseline']) {
    results[name] = {
      firstRender: median(first[name].map((r) => r.total)),
      afterDownload: median(first[name].map((r) => r.afterDownload)),
    };
  }

  console.log(`▶ step changes: ${RUNS} runs × ${SSPR_ANSWERS.length} clicks per element`);
  const steps = { sspr: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    steps.sspr.push(...(await stepChanges('sspr', SSPR_ANSWERS)));
    steps.baseline.push(...(await stepChanges('baseline', BASELINE_ANSWERS)));
  }
  for (const name of ['sspr', 'baseline']) results[name].stepChange = median(steps[name]);

  console.log(`▶ heap: ${HEAP_RUNS} runs × (${WARM_UP} warm-up + 2 × ${CYCLES}) mount/unmount cycles per element`);
  for (const name of ['sspr', 'baseline']) {
    const growth = [];
    for (let i = 0; i < HEAP_RUNS; i++) growth.push(await heapGrowth(name));
    results[name].heapGrowth = median(growth.map((g) => g.first));
    results[name].heapGrowthSecond = median(growth.map((g) => g.second));
  }

  console.log(`▶ timer wake-ups: ${TIMER_RUNS} runs × ${TIMER_SECONDS} s real time per case`);
  const timers = async (name, waiting) => {
    const runs = [];
    for (let i = 0; i < TIMER_RUNS; i++) runs.push(await timerWakeups(name, waiting));
    return { timers: median(runs.map((r) => r.timers)), frames: median(runs.map((r) => r.frames)) };
  };
  results.sspr.idle = await timers('sspr', false);
  results.sspr.waiting = await timers('sspr', true);
  results.baseline.idle = await timers('baseline', false);
  results.chromium = browser.version();
} finally {
  await browser.close();
  await server.close();
  baseline.cleanup();
}

const ours = results.sspr;
const base = results.baseline;
const rows = [
  [
    'first render: script start → first heading laid out',
    ms(ours.firstRender),
    ms(base.firstRender),
    ratio(ours.firstRender, base.firstRender),
  ],
  [
    '  of which after the download',
    ms(ours.afterDownload),
    ms(base.afterDownload),
    ratio(ours.afterDownload, base.afterDownload),
  ],
  [
    'step change: click → next heading laid out',
    ms(ours.stepChange),
    ms(base.stepChange),
    ratio(ours.stepChange, base.stepChange),
  ],
  [
    `heap growth after ${CYCLES.toLocaleString('en')} mount/unmount cycles`,
    kb(ours.heapGrowth),
    kb(base.heapGrowth),
    '—',
  ],
  [
    `  the next ${CYCLES.toLocaleString('en')} cycles (a leak would grow again)`,
    kb(ours.heapGrowthSecond),
    kb(base.heapGrowthSecond),
    '—',
  ],
  ['timer wake-ups per minute, idle', ours.idle.timers.toFixed(0), base.idle.timers.toFixed(0), '—'],
  ['timer wake-ups per minute, while a wait runs', ours.waiting.timers.toFixed(0), 'no wait', '—'],
  [
    'animation frames per minute, idle / while a wait runs',
    `${ours.idle.frames.toFixed(0)} / ${ours.waiting.frames.toFixed(0)}`,
    base.idle.frames.toFixed(0),
    '—',
  ],
];

const header = ['measure (median)', '<sspr-code-help>', 'baseline', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
console.log(`\n${header.map((h, i) => h.padEnd(widths[i])).join('  ')}`);
for (const row of rows)
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
console.log(
  `\nChromium ${results.chromium}, ${cpus().length} cores; ${RUNS} runs (first render, step change), ${HEAP_RUNS} (heap), ${TIMER_RUNS} × ${TIMER_SECONDS} s (timers).`,
);

if (writeReadme) {
  const table = [
    `| ${header.map((cell) => (cell.startsWith('<') ? `\`${cell}\`` : cell)).join(' | ')} |`,
    '|---|---:|---:|---:|',
    // sub-rows (indented in the console) read as "… of which" in the README
    ...rows.map((row) => `| ${row[0].replace(/^ {2}/, '↳ ')} | ${row.slice(1).join(' | ')} |`),
  ];
  const notes = [
    '',
    `Headless Chromium ${results.chromium} on ${cpus().length} cores, \`npm run bench\`; medians of ${RUNS} runs ` +
      `(step change: ${RUNS} × ${SSPR_ANSWERS.length} clicks), ${HEAP_RUNS} heap runs, each in a fresh browser ` +
      'context, the two elements interleaved. The baseline is a bare Lit element importing lit, i18next and ' +
      '@floating-ui/dom, built the same way (`bench/baseline-element.ts`). The script loads the popover ' +
      'placement code only when a popover opens, so the inline first render does not download it; the baseline does.',
    '',
    '- *First render*: `performance.now()` just before the module script is inserted, and again when the ' +
      'first `<h2>` appears in a shadow root (a MutationObserver on every shadow root, installed before the ' +
      'script) and has been laid out. *After the download*: from the script response end (Resource Timing).',
    '- *Step change*: from `click()` on an answer to the next heading in the DOM and laid out (focus moves too).',
    `- *Heap*: \`Runtime.getHeapUsage\` after forced garbage collection (\`gc()\` and \`HeapProfiler.collectGarbage\`), ` +
      `after ${WARM_UP} warm-up cycles; a cycle creates the element, appends it, awaits its first render and removes it.`,
    `- *Timer wake-ups*: setTimeout/setInterval callbacks counted by wrappers installed before any script, ` +
      `over ${TIMER_SECONDS} s of real time (after a 1 s settle), times ${60 / TIMER_SECONDS} for a minute; ` +
      '"while a wait runs" has a 10-minute cooldown started at load (the countdown repaints once a second).',
  ];
  writeReadmeSection('bench', [...table, ...notes].join('\n'));
  console.log('README.md: bench figures updated.');
}
