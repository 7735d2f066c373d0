// @ts-check
/**
 * Web Test Runner config: every test file runs in three engines, all from Debian packages
 * (no test tool downloads a browser of its own):
 *
 *   chromium  /usr/bin/chromium       apt: chromium           via puppeteer (CDP)
 *   firefox   /usr/bin/firefox-esr    apt: firefox-esr        via puppeteer (WebDriver BiDi)
 *   webkit    MiniBrowser (WebKitGTK) apt: webkit2gtk-driver  via WebKitWebDriver + Xvfb (apt: xvfb)
 *
 * BROWSERS=chromium,firefox,webkit picks the engines (default: all three).
 * A missing engine is skipped with a message locally, and is an error when CI is set.
 * `npm test -- --group NAME` runs only test/NAME/**\/*.test.ts (e.g. --group unit).
 * `npm test -- test/setup.test.ts` runs one file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
// test/okta + test/cooldown: the local Okta-like server (and CORS for the sandboxed-iframe fixture).
import { oktaMock } from './test/server/okta-mock.mjs';
// test/okta-widget: a local Okta-like org (Classic and Identity Engine) for the real Sign-In Widget.
import { oktaFlows } from './test/server/okta-flows.mjs';
// test/csp + test/package: the strict-CSP header, and the examples served from the built package.
import { strictCsp } from './test/csp/strict-csp.mjs';
import { examplesServer } from './test/package/examples-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

const ci = !['', '0', 'false', 'no'].includes(
  String(process.env.CI ?? '')
    .trim()
    .toLowerCase(),
);

/** Each engine: the binaries it needs, with the Debian package that provides each one. */
const ENGINES = {
  chromium: { needs: [[CHROMIUM, 'chromium']], launcher: chromiumLauncher },
  firefox: { needs: [[FIREFOX, 'firefox-esr']], launcher: firefoxLauncher },
  webkit: {
    needs: [
      [WEBKIT_DRIVER, 'webkit2gtk-driver'],
      [MINIBROWSER, 'webkit2gtk-driver'],
      [XVFB, 'xvfb'],
    ],
    launcher: () => new WebKitGtkLauncher(),
  },
};

function fail(message) {
  console.error(`\n[web-test-runner.config] ${message}\n`);
  process.exit(1);
}

/** @type {string[]} engines asked for but not installed (local runs only) */
const skippedEngines = [];

function selectEngines() {
  const raw = (process.env.BROWSERS ?? '').trim();
  const wanted = raw
    ? raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
    : Object.keys(ENGINES);
  const unknown = wanted.filter((name) => !(name in ENGINES));
  if (unknown.length > 0) {
    fail(
      `BROWSERS has unknown engine(s): ${unknown.join(', ')}. Use a comma list of: ${Object.keys(ENGINES).join(', ')}.`,
    );
  }
  const selected = [];
  const problems = [];
  for (const name of new Set(wanted)) {
    const missing = ENGINES[name].needs.filter(([file]) => !existsSync(file));
    if (missing.length === 0) {
      selected.push(name);
      continue;
    }
    const packages = [...new Set(missing.map(([, pkg]) => pkg))].join(' ');
    problems.push(
      `${name}: missing ${missing.map(([file]) => file).join(', ')}. ` +
        `Install it with: apt-get install -y ${packages}`,
    );
    skippedEngines.push(name);
  }
  if (problems.length > 0 && ci) {
    fail(`${problems.join('\n')}\n(CI is set, so a missing engine is an error, not a skip.)`);
  }
  for (const problem of problems) console.warn(`[web-test-runner.config] Skipping ${problem}`);
  if (selected.length === 0) fail('No browser engine is available to run the tests.');
  return selected;
}

function chromiumLauncher() {
  return puppeteerLauncher({
    // `browser` stays unset: with it set, V8 coverage comes out empty.
    launchOptions: {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
      ...noPuppeteerSignalHandlers,
    },
  });
}

function firefoxLauncher() {
  return puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // no crash reporter: its helper process sits outside Firefox's process group
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
      ...noPuppeteerSignalHandlers,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Cleanup. Every process this run starts is killed when it ends, however it ends.
//
// Puppeteer's own exit hooks are not enough: with two browsers launched, its shared 'exit'
// listener list is spliced while being iterated, so the second browser (Firefox) survives a
// SIGINT/SIGTERM or an early exit, and a Firefox still starting (it takes 5-10 s here) is not
// even known to the launcher yet. So on exit this config kills the process group of every direct
// child of this process (the browsers, Xvfb and WebKitWebDriver are all group leaders:
// detached), found through /proc, and removes the browsers' temporary profiles.

/** @type {Set<import('node:child_process').ChildProcess>} Xvfb and WebKitWebDriver */
const helpers = new Set();

function killGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL'); // the whole group: MiniBrowser, WebKit*Process, content processes
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Direct children of this process: pid, process group and command line. */
function childProcesses() {
  const children = [];
  let entries = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return children;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // fields after "(comm)": state ppid pgrp ...
      const [, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) !== process.pid) continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      children.push({ pid: Number(entry), pgrp: Number(pgrp), args });
    } catch {
      // exited meanwhile
    }
  }
  return children;
}

/** A puppeteer temporary profile named in a browser's command line, if any. */
function puppeteerProfile(args) {
  for (let i = 0; i < args.length; i += 1) {
    const value = args[i].startsWith('--user-data-dir=')
      ? args[i].slice('--user-data-dir='.length)
      : args[i] === '--profile'
        ? args[i + 1]
        : undefined;
    if (value && path.basename(value).startsWith('puppeteer_dev_')) return value;
  }
  return undefined;
}

function killAll() {
  helpers.clear();
  const profiles = [];
  for (const child of childProcesses()) {
    if (child.pgrp === child.pid) {
      killGroup(child.pid);
    } else {
      try {
        process.kill(child.pid, 'SIGKILL'); // not detached (e.g. esbuild's service): only itself
      } catch {
        // already gone
      }
    }
    const profile = puppeteerProfile(child.args);
    if (profile) profiles.push(profile);
  }
  for (const profile of profiles) {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // best effort
    }
  }
}

process.on('exit', killAll);
for (const [signal, number] of /** @type {const} */ ([
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
])) {
  process.on(signal, () => {
    killAll();
    process.exit(128 + number);
  });
}

/** Launch options shared by the puppeteer launchers: no signal handling of puppeteer's own. */
const noPuppeteerSignalHandlers = { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };

// ---------------------------------------------------------------------------------------------
// WebKitGTK: Xvfb + WebKitWebDriver, started by this config.

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Spawns a helper in its own process group, keeping the tail of its output for error messages. */
function spawnHelper(command, args, options = {}) {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  helpers.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', () => helpers.delete(child));
  return { child, output: () => output.trim() };
}

function exited(child) {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

/** Starts Xvfb on a free display (Xvfb picks it: -displayfd) and resolves to ":N". */
async function startXvfb() {
  const { child, output } = spawnHelper(
    XVFB,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const displayPipe = /** @type {import('node:stream').Readable} */ (child.stdio[3]);
  let text = '';
  const display = await Promise.race([
    new Promise((resolve) =>
      displayPipe.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(`:${text.trim()}`);
      }),
    ),
    exited(child).then((status) => {
      throw new Error(`Xvfb exited (${status}) before it was ready:\n${output()}`);
    }),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`Xvfb did not start within 15 s:\n${output()}`)), 15_000).unref(),
    ),
  ]);
  return /** @type {string} */ (display);
}

/** Starts WebKitWebDriver on a free port and waits until it answers /status. */
async function startWebKitDriver(display) {
  const port = /** @type {number} */ (await freePort());
  const { child, output } = spawnHelper(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: display },
  });
  const deadline = Date.now() + 15_000;
  let ended = false;
  exited(child).then(() => (ended = true));
  for (;;) {
    if (ended) throw new Error(`WebKitWebDriver exited before it was ready:\n${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return port;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`WebKitWebDriver did not answer on port ${port} within 15 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    /** @type {any} webdriverio options; the launcher keeps this object, the port is set later */
    const options = {
      hostname: '127.0.0.1',
      port: 0, // set in initialize(), once the driver listens
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    };
    super(options);
    this.driverOptions = options;
    // One page at a time: the WebDriver session drives a single window, so tests run in the
    // top-level page (SessionManager) rather than in iframes, which keeps focus behaviour real.
    this.concurrency = 1;
  }

  /** @param {any} config */
  async initialize(config) {
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
    try {
      const display = await startXvfb();
      this.driverOptions.port = await startWebKitDriver(display);
    } catch (error) {
      this.#killHelpers();
      throw error;
    }
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.#killHelpers();
    }
  }

  #killHelpers() {
    for (const child of helpers) {
      helpers.delete(child);
      if (child.exitCode === null && child.signalCode === null) killGroup(child.pid);
    }
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Counts passed/failed/skipped tests per engine and, when scripts/test.mjs asks for it through
 * WTR_SUMMARY_FILE, writes them there as JSON so that it can print them as the last lines.
 * A test file that failed outside any test (e.g. it could not be imported) counts as one failure.
 * @returns {import('@web/test-runner').Reporter}
 */
function engineSummaryReporter() {
  /** @type {any[]} */
  let lastSessions = [];
  return {
    onTestRunFinished({ sessions }) {
      lastSessions = sessions;
    },
    stop({ sessions }) {
      const file = process.env.WTR_SUMMARY_FILE;
      if (!file) return;
      const all = sessions?.length ? sessions : lastSessions;
      /** @type {Record<string, {passed: number, failed: number, skipped: number, fileErrors: number}>} */
      const engines = {};
      for (const session of all) {
        const counts = (engines[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        let failedTests = 0;
        const visit = (suite) => {
          if (!suite) return;
          for (const test of suite.tests) {
            if (test.skipped) counts.skipped += 1;
            else if (test.passed) counts.passed += 1;
            else failedTests += 1;
          }
          suite.suites.forEach(visit);
        };
        visit(session.testResults);
        counts.failed += failedTests;
        if (session.passed === false && failedTests === 0) {
          counts.fileErrors += 1;
          counts.failed += 1;
        }
      }
      writeFileSync(file, JSON.stringify({ engines, skippedEngines }, null, 2));
    },
  };
}

const engines = selectEngines();

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
  // The local Okta-like server for test/okta (see test/server/okta-mock.mjs).
  // The strict CSP header for test/csp/*.html and examples/plain.html (see test/csp/strict-csp.mjs).
  middleware: [oktaFlows(), oktaMock(), strictCsp()],
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
  browsers: engines.map((name) => ENGINES[name].launcher()),
  // 2 cores: all selected engines run side by side, one test file at a time each.
  concurrentBrowsers: 3,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 10_000, retries: 0 } },
  // nodeResolve picks Lit's development build (more warnings, good in tests); drop its banner.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), engineSummaryReporter()],
};
