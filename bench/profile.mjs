#!/usr/bin/env node
// Where the time goes: CDP CPU profiles (Profiler, 100 µs sampling) of one cold load of
// <sspr-code-help> (navigation → first heading laid out) and of one step change into the
// help-desk step, and of 49 widgets added to a page that has one, in headless Chromium, unthrottled. Prints the functions with the most self time
// and total time, mapped back to src/ through the script's source map; writes the .cpuprofile
// files (open them in Chrome DevTools' Performance panel) to the folder given, or a temp folder.
// Run `npm run build` first.
//
//   node bench/profile.mjs [out-dir]
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildBaseline } from './build-baseline.mjs';
import { benchPages } from './pages.mjs';
import { startServer } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), 'sspr-profile-'));
const ANSWERS = ['sms', 'yes', 'no', 'still-nothing', 'all-fine', 'none', 'okta-verify'];
const INTO_HELP_DESK = 'not-set-up';

/** Maps a minified position of a dist/cdn file to its source (trace-mapping comes with vite's tools). */
let originalOf = () => null;
try {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const maps = new Map();
  originalOf = (url, line, column) => {
    const name = new URL(url).pathname.match(/^\/cdn\/(.+\.js)$/)?.[1];
    if (!name) return null;
    if (!maps.has(name)) {
      maps.set(name, new TraceMap(readFileSync(path.join(root, 'dist/cdn', `${name}.map`), 'utf8')));
    }
    const position = originalPositionFor(maps.get(name), { line: line + 1, column });
    return position.source ? `${position.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${position.line}` : null;
  };
} catch {
  console.warn('[profile] @jridgewell/trace-mapping not found: minified positions only');
}

const baseline = await buildBaseline();
const server = await startServer({
  cdnDir: path.join(root, 'dist/cdn'),
  baselineDir: baseline.dir,
  oktaDir: path.join(root, 'node_modules/@okta/okta-signin-widget/dist'),
  pages: benchPages(),
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

async function profiled(task) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    return await task(page, cdp);
  } finally {
    await context.close();
  }
}

/** Self and total time per function (by name and source position), from a .cpuprofile. */
function summarise(profile, title) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const interval = new Map();
  profile.samples.forEach((id, i) => interval.set(id, (interval.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const where = url
      ? (originalOf(url, lineNumber, columnNumber) ?? `${new URL(url).pathname}:${lineNumber + 1}`)
      : '';
    return `${functionName || '(anonymous)'}${where ? `  ${where}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  for (const [id, time] of interval) {
    const leaf = byId.get(id);
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + time);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at));
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + time);
    }
  }
  const all = [...interval.values()].reduce((a, b) => a + b, 0);
  const top = (map, n) =>
    [...map]
      .filter(([name]) => !/^\((root|program|idle)\)/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, time]) => `  ${time.toFixed(1).padStart(7)} ms  ${name}`);
  console.log(`\n== ${title}: ${all.toFixed(1)} ms sampled (idle ${(self.get('(idle)') ?? 0).toFixed(1)} ms)`);
  console.log('-- self time');
  console.log(top(self, 18).join('\n'));
  console.log('-- total time (with callees)');
  console.log(top(total, 25).join('\n'));
}

try {
  const load = await profiled(async (page, cdp) => {
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/page/first/sspr`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.log.length > 0);
    const heading = await page.evaluate(() => window.__bench.log[0].t);
    const { profile } = await cdp.send('Profiler.stop');
    return { profile, heading };
  });
  writeFileSync(path.join(outDir, 'first-render.cpuprofile'), JSON.stringify(load.profile));
  summarise(load.profile, `cold load → first heading (${load.heading.toFixed(1)} ms after navigation start)`);

  const step = await profiled(async (page, cdp) => {
    await page.goto(`${server.origin}/page/mounted/sspr`);
    await page.waitForFunction(() => document.querySelector('sspr-code-help')?.shadowRoot?.querySelector('h2'));
    for (const id of ANSWERS) {
      await page.evaluate(async (answer) => {
        document.querySelector('sspr-code-help').shadowRoot.querySelector(`[data-answer="${answer}"]`).click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      }, id);
    }
    await cdp.send('Profiler.start');
    const took = await page.evaluate(async (answer) => {
      const shadow = document.querySelector('sspr-code-help').shadowRoot;
      const before = shadow.querySelector('h2').textContent;
      const start = performance.now();
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const heading = shadow.querySelector('h2');
          if (!heading || heading.textContent === before) return;
          heading.getBoundingClientRect();
          observer.disconnect();
          resolve();
        });
        observer.observe(shadow, { childList: true, subtree: true, characterData: true });
      });
      shadow.querySelector(`[data-answer="${answer}"]`).click();
      await changed;
      return performance.now() - start;
    }, INTO_HELP_DESK);
    const { profile } = await cdp.send('Profiler.stop');
    return { profile, took };
  });
  writeFileSync(path.join(outDir, 'step-into-help-desk.cpuprofile'), JSON.stringify(step.profile));
  summarise(step.profile, `step change into the help-desk step (${step.took.toFixed(1)} ms click → heading laid out)`);

  const many = await profiled(async (page, cdp) => {
    await page.goto(`${server.origin}/page/mounted/sspr`);
    await page.waitForFunction(() => document.querySelector('sspr-code-help')?.shadowRoot?.querySelector('h2'));
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
    await cdp.send('Profiler.start');
    const took = await page.evaluate(async () => {
      const host = document.getElementById('host');
      const start = performance.now();
      const added = Array.from({ length: 49 }, () => host.appendChild(host.firstElementChild.cloneNode()));
      await Promise.all(added.map((el) => el.updateComplete));
      for (const el of added) el.shadowRoot.querySelector('h2').getBoundingClientRect();
      return performance.now() - start;
    });
    const { profile } = await cdp.send('Profiler.stop');
    return { profile, took };
  });
  writeFileSync(path.join(outDir, 'widgets-49-more.cpuprofile'), JSON.stringify(many.profile));
  summarise(many.profile, `49 more widgets, all headings laid out (${many.took.toFixed(1)} ms)`);
  console.log(`\nprofiles written to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  baseline.cleanup();
}
