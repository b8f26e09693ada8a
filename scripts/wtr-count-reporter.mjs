// A web-test-runner reporter that writes the run's totals to a JSON file, so that
// scripts/test.mjs can print one summary line for the Node and browser suites together.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

/** @param {{ file: string }} options */
export function countReporter({ file }) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: 0, brokenFiles: 0 };
      for (const session of sessions) {
        totals.files += 1;
        count(session.testResults, totals);
        // A file that fails to load or throws outside a test has errors but no failed test.
        if (session.errors?.length || (!session.passed && !session.testResults)) {
          totals.brokenFiles += 1;
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
