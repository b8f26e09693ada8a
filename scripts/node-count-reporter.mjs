// A node:test reporter that writes the run's totals as JSON (used by scripts/test.mjs).
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; count leaf tests only.
    if (event.type === 'test:pass' || event.type === 'test:fail') {
      if (event.data.details?.type === 'suite') {
        if (
          event.type === 'test:fail' &&
          event.data.details.error?.failureType !== 'subtestsFailed'
        )
          totals.failed += 1;
        continue;
      }
      if (event.data.skip || event.data.todo) totals.skipped += 1;
      else if (event.type === 'test:pass') totals.passed += 1;
      else totals.failed += 1;
    }
  }
  yield JSON.stringify(totals);
}
