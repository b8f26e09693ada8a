// A web-test-runner reporter that writes the run's totals to a JSON file, so that
// scripts/test.mjs can print one summary line for the Node and browser suites together, and
// under it what failed (a long log is often cut to its end).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function count(suite, totals, file, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const message = String(test.error?.message ?? '').split('\n')[0];
      totals.failures.push(
        `${file} › ${[...here, test.name].join(' › ')}: ${message}`.slice(0, 400),
      );
    }
  }
  for (const child of suite.suites) count(child, totals, file, here);
}

/** @param {{ file: string }} options */
export function countReporter({ file }) {
  return {
    stop({ sessions }) {
      const totals = {
        passed: 0,
        failed: 0,
        skipped: 0,
        files: 0,
        brokenFiles: 0,
        failures: [],
      };
      for (const session of sessions) {
        totals.files += 1;
        const testFile = relative(process.cwd(), session.testFile);
        count(session.testResults, totals, testFile);
        // A file that fails to load or throws outside a test has errors but no failed test.
        if (session.errors?.length || (!session.passed && !session.testResults)) {
          totals.brokenFiles += 1;
          const message = String(session.errors?.[0]?.message ?? 'did not run').split('\n')[0];
          totals.failures.push(`${testFile}: ${message}`.slice(0, 400));
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
