#!/usr/bin/env node
// `npm test`: runs web-test-runner with web-test-runner.config.mjs in Chromium, Firefox ESR and
// WebKitGTK, passes any extra arguments through, and exits with its exit code.
//
//   npm test                                # every test/**/*.test.ts in all three engines
//   BROWSERS=chromium,webkit npm test       # pick engines
//   npm test -- --group unit                # only test/unit/**/*.test.ts
//   npm test -- test/setup.test.ts          # one file (or any glob)
//   npm test -- --watch                     # interactive (needs a terminal)
//
// At the end it prints one line per engine and a total, "N passed, N failed, N skipped".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// the package does not export its package.json: find it above its main entry
let wtrDir = path.dirname(require.resolve('@web/test-runner'));
while (!existsSync(path.join(wtrDir, 'package.json'))) wtrDir = path.dirname(wtrDir);
const wtrBin = path.join(
  wtrDir,
  JSON.parse(readFileSync(path.join(wtrDir, 'package.json'), 'utf8')).bin['web-test-runner'],
);

const userArgs = process.argv.slice(2);
const args = [wtrBin, '--config', path.join(root, 'web-test-runner.config.mjs')];
const interactive = userArgs.some((arg) => ['--watch', '--manual', '--open'].includes(arg));
if (!interactive && !userArgs.includes('--static-logging') && (!process.stdout.isTTY || process.env.CI)) {
  // no progress-bar redraws in logs
  args.push('--static-logging');
}
args.push(...userArgs);

// A full run (no files, no group named) first builds dist/ and checks the package in Node: the CSP
// and example pages load the built script, and the package checks read dist/ and `npm pack`.
const fullRun =
  !userArgs.some((arg, i) => !arg.startsWith('-') && userArgs[i - 1] !== '--group') && !userArgs.includes('--group');
const nodeCounts = fullRun ? buildAndCheckPackage() : null;

function buildAndCheckPackage() {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('npm run build failed: the browser tests of dist/ cannot run.');
    process.exit(build.status ?? 1);
  }
  const checks = [
    'test/package/package.test.mjs',
    'test/package/examples.test.mjs',
    'test/package/demo-server.test.mjs',
  ];
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...checks], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const count = (name) => Number(run.stdout.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return {
    passed: count('pass'),
    failed: count('fail') + (run.status !== 0 && count('fail') === 0 ? 1 : 0),
    skipped: count('skipped'),
  };
}

const summaryDir = mkdtempSync(path.join(tmpdir(), 'wtr-summary-'));
const summaryFile = path.join(summaryDir, 'summary.json');
const started = Date.now();

const child = spawn(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WTR_SUMMARY_FILE: summaryFile },
});

// Ctrl-C reaches the child too (same process group): let it shut its browsers down and exit.
// A SIGTERM/SIGHUP sent to this process only is passed on.
process.on('SIGINT', () => {});
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`Could not start web-test-runner: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  printSummary();
  rmSync(summaryDir, { recursive: true, force: true });
  const signals = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  const exitCode = code ?? 128 + (signals[signal] ?? 1);
  process.exit(exitCode === 0 && nodeCounts?.failed ? 1 : exitCode);
});

function printSummary() {
  let summary;
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    return; // the runner stopped before it reported (start-up error, signal): its output says why
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const total = { passed: 0, failed: 0, skipped: 0 };
  console.log(`\nTest summary (${seconds} s):`);
  for (const [engine, counts] of Object.entries(summary.engines)) {
    const label = `${engine.toLowerCase().replace(/\s+/g, '-')}:`;
    console.log(`${label} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    if (counts.fileErrors > 0) {
      console.log(`  (${engine}: ${counts.fileErrors} test file(s) failed outside any test, counted as failures)`);
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  if (nodeCounts) {
    console.log(
      `node (package checks): ${nodeCounts.passed} passed, ${nodeCounts.failed} failed, ${nodeCounts.skipped} skipped`,
    );
    total.passed += nodeCounts.passed;
    total.failed += nodeCounts.failed;
    total.skipped += nodeCounts.skipped;
  }
  for (const engine of summary.skippedEngines ?? []) {
    console.log(`  (${engine}: not installed, skipped)`);
  }
  console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
