// @ts-check
/**
 * The three engines, all from Debian packages (no test tool downloads a browser of its own):
 *
 *   chromium  CHROMIUM_BIN        default /usr/bin/chromium         apt: chromium
 *   firefox   FIREFOX_BIN         default /usr/bin/firefox-esr      apt: firefox-esr
 *   webkit    WEBKIT_DRIVER_BIN   default /usr/bin/WebKitWebDriver  apt: webkit2gtk-driver
 *             MINIBROWSER_BIN     default /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
 *             XVFB_BIN            default /usr/bin/Xvfb             apt: xvfb
 *
 * Each path can be overridden by its environment variable, for machines where a browser lives
 * elsewhere. BROWSERS=chromium,firefox,webkit picks the engines (default: all three). A missing
 * engine is skipped with a message locally, and is an error when CI is set.
 */
import { existsSync } from 'node:fs';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { noPuppeteerSignalHandlers } from './processes.mjs';
import { WebKitGtkLauncher } from './webkitgtk.mjs';

/** One binary: the variable that overrides it, its Debian default and the package providing it. */
const binary = (variable, debianPath, debianPackage) => ({
  variable,
  path: process.env[variable]?.trim() || debianPath,
  debianPackage,
});

export const BINARIES = {
  chromium: binary('CHROMIUM_BIN', '/usr/bin/chromium', 'chromium'),
  firefox: binary('FIREFOX_BIN', '/usr/bin/firefox-esr', 'firefox-esr'),
  webkitDriver: binary('WEBKIT_DRIVER_BIN', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'),
  miniBrowser: binary('MINIBROWSER_BIN', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver'),
  xvfb: binary('XVFB_BIN', '/usr/bin/Xvfb', 'xvfb'),
};

function chromiumLauncher() {
  return puppeteerLauncher({
    // `browser` stays unset: with it set, V8 coverage comes out empty.
    launchOptions: {
      executablePath: BINARIES.chromium.path,
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
      executablePath: BINARIES.firefox.path,
      headless: true,
      // no crash reporter: its helper process sits outside Firefox's process group
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
      ...noPuppeteerSignalHandlers,
    },
  });
}

/** Each engine: the binaries it needs, and how to launch it. */
const ENGINES = {
  chromium: { needs: [BINARIES.chromium], launcher: chromiumLauncher },
  firefox: { needs: [BINARIES.firefox], launcher: firefoxLauncher },
  webkit: {
    needs: [BINARIES.webkitDriver, BINARIES.miniBrowser, BINARIES.xvfb],
    launcher: () =>
      new WebKitGtkLauncher({
        driver: BINARIES.webkitDriver.path,
        miniBrowser: BINARIES.miniBrowser.path,
        xvfb: BINARIES.xvfb.path,
      }),
  },
};

/**
 * The engines of BROWSERS (default all) whose binaries exist, with a launcher each, and the names
 * of those skipped because something is missing (an error instead when `ci` is true).
 * @param {{ ci: boolean, fail: (message: string) => never }} options
 */
export function selectEngines({ ci, fail }) {
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
  /** @type {string[]} */
  const selected = [];
  /** @type {string[]} */
  const skipped = [];
  const problems = [];
  for (const name of new Set(wanted)) {
    const missing = ENGINES[name].needs.filter((needed) => !existsSync(needed.path));
    if (missing.length === 0) {
      selected.push(name);
      continue;
    }
    const packages = [...new Set(missing.map((needed) => needed.debianPackage))].join(' ');
    problems.push(
      `${name}: missing ${missing.map((needed) => `${needed.path} (${needed.variable})`).join(', ')}. ` +
        `Install it with: apt-get install -y ${packages}, or point the variable at your own binary.`,
    );
    skipped.push(name);
  }
  if (problems.length > 0 && ci) {
    fail(`${problems.join('\n')}\n(CI is set, so a missing engine is an error, not a skip.)`);
  }
  for (const problem of problems) console.warn(`[web-test-runner.config] Skipping ${problem}`);
  if (selected.length === 0) fail('No browser engine is available to run the tests.');
  return { launchers: selected.map((name) => ENGINES[name].launcher()), skipped };
}
