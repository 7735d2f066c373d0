// @ts-check
/**
 * WebKitGTK (the Safari engine) for web-test-runner: this launcher starts Xvfb on a free display
 * and WebKitWebDriver on a free port, drives MiniBrowser through WebDriver, and kills both when
 * it stops (test/runner/processes.mjs kills them too if the run ends any other way).
 */
import net from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { exited, killHelpers, spawnHelper } from './processes.mjs';

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

/**
 * Starts Xvfb on a free display (Xvfb picks it: -displayfd) and resolves to ":N".
 * @param {string} xvfb path of the Xvfb binary
 */
async function startXvfb(xvfb) {
  const { child, output } = spawnHelper(
    xvfb,
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

/**
 * Starts WebKitWebDriver on a free port and waits until it answers /status.
 * @param {string} driver path of WebKitWebDriver
 * @param {string} display
 */
async function startWebKitDriver(driver, display) {
  const port = /** @type {number} */ (await freePort());
  const { child, output } = spawnHelper(driver, [`--port=${port}`, '--host=local'], {
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

export class WebKitGtkLauncher extends WebdriverLauncher {
  /** @param {{ driver: string, miniBrowser: string, xvfb: string }} paths */
  constructor(paths) {
    /** @type {any} webdriverio options; the launcher keeps this object, the port is set later */
    const options = {
      hostname: '127.0.0.1',
      port: 0, // set in initialize(), once the driver listens
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
      },
    };
    super(options);
    this.paths = paths;
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
      const display = await startXvfb(this.paths.xvfb);
      this.driverOptions.port = await startWebKitDriver(this.paths.driver, display);
    } catch (error) {
      killHelpers();
      throw error;
    }
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      killHelpers();
    }
  }
}
