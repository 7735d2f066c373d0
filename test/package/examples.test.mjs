// The typed examples compile against the built package, as a TypeScript user would get it:
// `sspr-code-help` resolves through package.json `exports` to dist/*.d.ts (run `npm run build`
// first). Runs in Node: node --test test/package/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

test('examples/typed-usage.ts and examples/vue/main.ts type-check against dist/*.d.ts', () => {
  assert.ok(existsSync(path.join(root, 'dist/index.d.ts')), 'Nothing built: run `npm run build` first.');
  const result = spawnSync(process.execPath, [tsc, '-p', 'examples', '--pretty', 'false'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `tsc -p examples failed:\n${result.stdout}${result.stderr}`);
});
