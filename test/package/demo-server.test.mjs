// `npm start` (the vite dev server) answers at its root and for the browser's favicon request,
// which the printed address and every browser ask for first. Runs in Node: node --test test/package/
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server;
let base;

before(async () => {
  server = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, open: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const { port } = server.httpServer.address();
  base = `http://127.0.0.1:${port}`;
});
after(() => server?.close());

test('the root leads to the demo page', async () => {
  const response = await fetch(`${base}/`);
  assert.equal(response.status, 200);
  assert.equal(new URL(response.url).pathname, '/demo/');
  assert.match(await response.text(), /<sspr-code-help/);
});

test('the favicon the browser asks for exists', async () => {
  const response = await fetch(`${base}/favicon.ico`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /image\/svg/);
});
