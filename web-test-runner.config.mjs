// @ts-check
/**
 * Web Test Runner config: every test file runs in three engines, all from Debian packages
 * (no test tool downloads a browser of its own): Chromium and Firefox ESR through puppeteer,
 * WebKitGTK through WebKitWebDriver under Xvfb. test/runner/ holds the machinery: engines.mjs
 * (binary paths, overridable by CHROMIUM_BIN, FIREFOX_BIN, WEBKIT_DRIVER_BIN, MINIBROWSER_BIN,
 * XVFB_BIN; picking engines), webkitgtk.mjs (the WebKitGTK launcher), processes.mjs (every
 * process the run starts is killed when it ends) and summary-reporter.mjs.
 *
 * BROWSERS=chromium,firefox,webkit picks the engines (default: all three).
 * A missing engine is skipped with a message locally, and is an error when CI is set.
 * `npm test -- --group NAME` runs only test/NAME/**\/*.test.ts (e.g. --group unit).
 * `npm test -- test/setup.test.ts` runs one file.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { selectEngines } from './test/runner/engines.mjs';
import { killChildrenOnExit } from './test/runner/processes.mjs';
import { engineSummaryReporter } from './test/runner/summary-reporter.mjs';
// test/okta + test/cooldown: the local Okta-like server (and CORS for the sandboxed-iframe fixture).
import { oktaMock } from './test/server/okta-mock.mjs';
// test/okta-widget: a local Okta-like org (Classic and Identity Engine) for the real Sign-In Widget.
import { oktaFlows } from './test/server/okta-flows.mjs';
// test/csp + test/package: the strict-CSP header, and the examples served from the built package.
import { strictCsp } from './test/csp/strict-csp.mjs';
import { chunkGate } from './test/build/chunk-gate.mjs';
import { examplesServer } from './test/package/examples-server.mjs';

const ci = !['', '0', 'false', 'no'].includes(
  String(process.env.CI ?? '')
    .trim()
    .toLowerCase(),
);

/** @returns {never} */
function fail(message) {
  console.error(`\n[web-test-runner.config] ${message}\n`);
  process.exit(1);
}

killChildrenOnExit();
const engines = selectEngines({ ci, fail });

// `--group NAME` runs test/NAME/**/*.test.ts. Groups are only declared when asked for: without
// --group, web-test-runner runs every declared group on top of `files` (so twice).
const groupIndex = process.argv.findIndex((arg) => arg === '--group' || arg.startsWith('--group='));
const groupName =
  groupIndex === -1
    ? undefined
    : process.argv[groupIndex].startsWith('--group=')
      ? process.argv[groupIndex].slice('--group='.length)
      : process.argv[groupIndex + 1];
if (groupName && groupName !== 'default' && !existsSync(path.join('test', groupName))) {
  const groups = readdirSync('test', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  fail(`--group ${groupName}: there is no test/${groupName}/ folder. Groups: ${groups.join(', ')}.`);
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  groups:
    groupName && groupName !== 'default' ? [{ name: groupName, files: `test/${groupName}/**/*.test.ts` }] : undefined,
  nodeResolve: true,
  // The local Okta-like org for test/okta-widget and the Identity Engine adapter (answers only
  // /okta-flow/<id>/…, see test/server/okta-flows.mjs), before the local Okta-like server for
  // test/okta (see test/server/okta-mock.mjs).
  // The strict CSP header for test/csp/*.html and examples/plain.html (see test/csp/strict-csp.mjs).
  // test/build: holds back a chunk of the built script until the test lets it through (chunk-gate.mjs).
  middleware: [oktaFlows(), oktaMock(), strictCsp(), chunkGate()],
  plugins: [
    // The tsconfig is required: without it esbuild compiles Lit's decorators wrongly
    // ("Unsupported decorator location: field").
    // target 'esnext', not 'es2022': with any target older than esnext, esbuild (0.27) silently
    // drops import attributes (`with { type: 'json' }`), and the browsers then refuse the JSON
    // file as a JavaScript module. All three engines here support import attributes natively.
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }),
    // examples/ from the built package: dist/cdn at /assets/sspr-code-help/, framework examples bundled.
    examplesServer(),
  ],
  browsers: engines.launchers,
  // 2 cores: all selected engines run side by side, one test file at a time each.
  concurrentBrowsers: 3,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 10_000, retries: 0 } },
  // nodeResolve picks Lit's development build (more warnings, good in tests); drop its banner.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), engineSummaryReporter(engines.skipped)],
};
