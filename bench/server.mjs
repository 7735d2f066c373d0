/**
 * A tiny static server for `npm run bench`, on 127.0.0.1 and a free port:
 *   /cdn/…       the built script-tag files (dist/cdn)
 *   /baseline/…  the baseline element, built into a temp dir (bench/build-baseline.mjs)
 *   /okta/…      the Okta Sign-In Widget's dist folder (the reference page)
 *   /page/NAME   the generated bench pages (bench/pages.mjs)
 *   anything else 404 (the Okta widget's own API route, /okta-api/…, among them)
 * Every answer says `Cache-Control: no-store`, so each run downloads the script afresh, and is
 * gzip-compressed (level 6, as a web server or CDN would send it) when the browser accepts it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * @param {{ cdnDir: string, baselineDir: string, oktaDir: string, pages: Record<string, string> }} options
 * @returns {Promise<{ origin: string, misses: string[], close: () => Promise<void> }>}
 */
export function startServer({ cdnDir, baselineDir, oktaDir, pages }) {
  const roots = { cdn: cdnDir, baseline: baselineDir, okta: oktaDir };
  /** @type {Map<string, Buffer>} compressed once per file, not per request */
  const compressed = new Map();
  /** @type {string[]} paths answered 404 (what a page asked for that is not there) */
  const misses = [];
  const send = (request, response, type, key, read) => {
    const headers = { 'Content-Type': type, Vary: 'Accept-Encoding' };
    if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, headers);
      response.end(read());
      return;
    }
    if (!compressed.has(key)) compressed.set(key, gzipSync(read(), { level: 6 }));
    response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
    response.end(compressed.get(key));
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, prefix, ...rest] = url.pathname.split('/');
    response.setHeader('Cache-Control', 'no-store');
    if (prefix === 'page' && pages[rest.join('/')] !== undefined) {
      const name = rest.join('/');
      send(request, response, TYPES['.html'], `page:${name}`, () => Buffer.from(pages[name]));
      return;
    }
    const base = roots[/** @type {'cdn' | 'baseline' | 'okta'} */ (prefix)];
    const file = base ? path.resolve(base, ...rest) : null;
    if (!file || !file.startsWith(base + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      misses.push(url.pathname);
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    send(request, response, TYPES[path.extname(file)] ?? 'application/octet-stream', file, () => readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        misses,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
