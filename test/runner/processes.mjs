// @ts-check
/**
 * Every process a test run starts is killed when it ends, however it ends.
 *
 * Puppeteer's own exit hooks are not enough: with two browsers launched, its shared 'exit'
 * listener list is spliced while being iterated, so the second browser (Firefox) survives a
 * SIGINT/SIGTERM or an early exit, and a Firefox still starting (it takes 5-10 s here) is not
 * even known to the launcher yet. So on exit this kills the process group of every direct child
 * of this process (the browsers, Xvfb and WebKitWebDriver are all group leaders: detached),
 * found through /proc, and removes the browsers' temporary profiles.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** @type {Set<import('node:child_process').ChildProcess>} helpers spawned here (Xvfb, WebKitWebDriver) */
const helpers = new Set();

/** Launch options for the puppeteer launchers: no signal handling of puppeteer's own. */
export const noPuppeteerSignalHandlers = { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };

/** @param {number | undefined} pid */
export function killGroup(pid) {
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

/** Installs the exit and signal hooks once per process. */
export function killChildrenOnExit() {
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
}

/**
 * Spawns a helper in its own process group, keeping the tail of its output for error messages.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 */
export function spawnHelper(command, args, options = {}) {
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

/** Kills the helpers still running (a launcher's stop, or its failed start). */
export function killHelpers() {
  for (const child of helpers) {
    helpers.delete(child);
    if (child.exitCode === null && child.signalCode === null) killGroup(child.pid);
  }
}

/** @param {import('node:child_process').ChildProcess} child */
export function exited(child) {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}
