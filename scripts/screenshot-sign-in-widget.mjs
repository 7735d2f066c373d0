#!/usr/bin/env node
// docs/sign-in-widget.png: demo/sign-in-widget.html (the real Okta Sign-In Widget against the
// demo's simulated Okta org, our element attached) in headless Chromium, on the Classic recovery
// code screen with the "Didn't get a code?" panel open.
//
//   node scripts/screenshot-sign-in-widget.mjs     (starts the demo's vite server on a free port)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await createServer({
  root,
  configFile: path.join(root, 'vite.config.ts'),
  server: { host: '127.0.0.1', port: 0, open: false },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/demo/sign-in-widget.html`);
  await page.click('[data-se="needhelp"]');
  await page.click('[data-se="forgot-password"]');
  await page.fill('form.forgot-password-sms-enabled input[name="username"]', 'ada@example.com');
  await page.click('[data-se="sms-button"]');
  await page.waitForSelector('sspr-code-help');
  await page.click('sspr-code-help [part="trigger"]');
  await page.waitForSelector('sspr-code-help [part="panel"] h2');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(root, 'docs/sign-in-widget.png'), fullPage: true });
  console.log('wrote docs/sign-in-widget.png');
} finally {
  await browser.close();
  await server.close();
}
