// @ts-check
import { writeFileSync } from 'node:fs';

/**
 * Counts passed/failed/skipped tests per engine and, when scripts/test.mjs asks for it through
 * WTR_SUMMARY_FILE, writes them there as JSON so that it can print them as the last lines.
 * A test file that failed outside any test (e.g. it could not be imported) counts as one failure.
 * @param {string[]} skippedEngines engines asked for but not installed, reported with the counts
 * @returns {import('@web/test-runner').Reporter}
 */
export function engineSummaryReporter(skippedEngines) {
  /** @type {any[]} */
  let lastSessions = [];
  return {
    onTestRunFinished({ sessions }) {
      lastSessions = sessions;
    },
    stop({ sessions }) {
      const file = process.env.WTR_SUMMARY_FILE;
      if (!file) return;
      const all = sessions?.length ? sessions : lastSessions;
      /** @type {Record<string, {passed: number, failed: number, skipped: number, fileErrors: number}>} */
      const engines = {};
      for (const session of all) {
        const counts = (engines[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        let failedTests = 0;
        const visit = (suite) => {
          if (!suite) return;
          for (const test of suite.tests) {
            if (test.skipped) counts.skipped += 1;
            else if (test.passed) counts.passed += 1;
            else failedTests += 1;
          }
          suite.suites.forEach(visit);
        };
        visit(session.testResults);
        counts.failed += failedTests;
        if (session.passed === false && failedTests === 0) {
          counts.fileErrors += 1;
          counts.failed += 1;
        }
      }
      writeFileSync(file, JSON.stringify({ engines, skippedEngines }, null, 2));
    },
  };
}
