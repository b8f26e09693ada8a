// A node:test reporter that writes the run's totals as JSON (used by scripts/test.mjs), with a
// line per failure (file, test, first line of the error) for the run's closing summary.
import { relative } from 'node:path';

function failure(data) {
  const cause = data.details?.error?.cause ?? data.details?.error;
  const message = String(cause?.message ?? cause ?? '').split('\n')[0];
  return `${data.file ? relative(process.cwd(), data.file) : ''} › ${data.name}: ${message}`.slice(
    0,
    400,
  );
}

export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    // Suites report too; count leaf tests only.
    if (event.type === 'test:pass' || event.type === 'test:fail') {
      if (event.data.details?.type === 'suite') {
        if (
          event.type === 'test:fail' &&
          event.data.details.error?.failureType !== 'subtestsFailed'
        ) {
          totals.failed += 1;
          totals.failures.push(failure(event.data));
        }
        continue;
      }
      if (event.data.skip || event.data.todo) totals.skipped += 1;
      else if (event.type === 'test:pass') totals.passed += 1;
      else {
        totals.failed += 1;
        totals.failures.push(failure(event.data));
      }
    }
  }
  yield JSON.stringify(totals);
}
