/**
 * A tiny static server for `npm run bench`, on 127.0.0.1 and a free port:
 *   /cdn/…       the built script-tag files (dist/cdn)
 *   /baseline/…  the baseline element, built into a temp dir (bench/build-baseline.mjs)
 *   /page/NAME   the generated bench pages (bench/pages.mjs)
 * Every answer says `Cache-Control: no-store`, so each run downloads the script afresh.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * @param {{ cdnDir: string, baselineDir: string, pages: Record<string, string> }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function startServer({ cdnDir, baselineDir, pages }) {
  const roots = { cdn: cdnDir, baseline: baselineDir };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, prefix, ...rest] = url.pathname.split('/');
    response.setHeader('Cache-Control', 'no-store');
    if (prefix === 'page' && pages[rest.join('/')] !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'] });
      response.end(pages[rest.join('/')]);
      return;
    }
    const base = roots[/** @type {'cdn' | 'baseline'} */ (prefix)];
    const file = base ? path.resolve(base, ...rest) : null;
    if (!file || !file.startsWith(base + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
