// The typed examples compile as a user's app would compile them: in a scratch app whose
// node_modules/sspr-code-help is the packed tarball (`npm pack`, so exactly what npm would
// publish: exports, dist/*.d.ts, the JSX and Vue typings) and whose other packages are this
// repository's own. A strict React 19 + TypeScript app (`tsc`) and a Vue 3 app with
// strictTemplates (`vue-tsc`) compile with no hand-written declarations, and a wrong attribute
// value fails to compile in each. Run `npm run build` first. Runs in Node: node --test test/package/
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const vueTsc = path.join(root, 'node_modules/vue-tsc/bin/vue-tsc.js');

let scratch;
let app;

before(() => {
  assert.ok(existsSync(path.join(root, 'dist/index.d.ts')), 'Nothing built: run `npm run build` first.');
  scratch = mkdtempSync(path.join(tmpdir(), 'sspr-app-'));
  app = path.join(scratch, 'app');
  // --ignore-scripts: the prepack build already ran (`npm run build`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [report] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  execFileSync('tar', ['-xzf', path.join(scratch, report.filename), '-C', scratch]);
  mkdirSync(path.join(app, 'node_modules'), { recursive: true });
  renameSync(path.join(scratch, 'package'), path.join(app, 'node_modules/sspr-code-help'));
  // every other package: this repository's (React, @types/react, Vue, lit, …), linked
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry.startsWith('.') || entry === 'sspr-code-help') continue;
    if (entry.startsWith('@')) {
      mkdirSync(path.join(app, 'node_modules', entry));
      for (const scoped of readdirSync(path.join(root, 'node_modules', entry))) {
        symlinkSync(path.join(root, 'node_modules', entry, scoped), path.join(app, 'node_modules', entry, scoped));
      }
    } else {
      symlinkSync(path.join(root, 'node_modules', entry), path.join(app, 'node_modules', entry));
    }
  }
  cpSync(path.join(root, 'examples'), path.join(app, 'examples'), { recursive: true });
  cpSync(path.join(root, 'test/package/fixtures'), path.join(app, 'fixtures'), { recursive: true });
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function compile(compiler, project) {
  const result = spawnSync(process.execPath, [compiler, '-p', project, '--pretty', 'false'], {
    cwd: app,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('examples compile against the packed tarball', () => {
  test('tsc -p examples: typed usage, React 19 JSX with the bare tag, the React component', () => {
    const { status, output } = compile(tsc, 'examples');
    assert.equal(status, 0, `tsc -p examples failed:\n${output}`);
  });

  test('vue-tsc -p examples/vue: a Vue 3 single-file component with strictTemplates', () => {
    const { status, output } = compile(vueTsc, 'examples/vue');
    assert.equal(status, 0, `vue-tsc -p examples/vue failed:\n${output}`);
  });

  test('React: channel="fax" on <sspr-code-help> is a type error', () => {
    writeFileSync(
      path.join(app, 'fixtures/tsconfig.json'),
      JSON.stringify({ extends: '../examples/tsconfig.json', files: ['wrong-value.tsx'] }),
    );
    const { status, output } = compile(tsc, 'fixtures');
    assert.notEqual(status, 0, 'expected a type error');
    assert.match(output, /wrong-value\.tsx\(\d+,\d+\): error TS2322: Type '"fax"' is not assignable/);
  });

  test('Vue: channel="fax" on <sspr-code-help> is a type error under strictTemplates', () => {
    writeFileSync(
      path.join(app, 'fixtures/tsconfig.json'),
      JSON.stringify({
        extends: '../examples/tsconfig.json',
        compilerOptions: { jsx: 'preserve' },
        vueCompilerOptions: { strictTemplates: true },
        files: ['WrongValue.vue', '../examples/vue/env.d.ts'],
      }),
    );
    const { status, output } = compile(vueTsc, 'fixtures');
    assert.notEqual(status, 0, 'expected a type error');
    assert.match(output, /WrongValue\.vue\(\d+,\d+\): error TS2322: Type '"fax"' is not assignable/);
  });
});
