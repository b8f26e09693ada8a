// Runs every test suite — Node (core, CLI) and real Chromium (components, end to end) —
// and ends with one line "N passed, N failed" for the whole run. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { postgresBin, startCluster } from './pg-cluster.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
/** A line per failed test, printed last: a long log is often read from its end only. */
const failures = [];
/** Quality gates are not tests: they have their own line, and any failure fails the run. */
const gateTotals = { passed: 0, failed: [] };
let broken = false;

/** Node 20's test runner takes no globs: list the *.test.ts files under a folder. */
function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  return result;
}

// Quality gates: the lock matches package.json (npm ci would refuse it otherwise), types over
// src, test and scripts, lint, formatting.
if (!process.argv.includes('--no-gates')) {
  const gates = [
    [
      'lock file in step with package.json',
      'npm',
      ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'],
    ],
    ['tsc --noEmit', 'npx', ['tsc', '--noEmit']],
    ['eslint', 'npx', ['eslint', '.']],
    ['prettier --check', 'npx', ['prettier', '--check', '.']],
  ];
  for (const [label, command, args] of gates) {
    const result = run(`gate: ${label}`, command, args);
    if (result.status === 0) gateTotals.passed++;
    else {
      gateTotals.failed.push(label);
      console.log(`✖ quality gate failed: ${label}`);
    }
  }
}

// The server tests need a PostgreSQL server: MHPSS_TEST_DATABASE_URL (CI sets it), else a
// throwaway cluster started here when PostgreSQL's binaries are installed (else the server
// tests skip their PostgreSQL variant and say so; the embedded one always runs).
let cluster = null;
if (!process.env.MHPSS_TEST_DATABASE_URL && postgresBin()) {
  cluster = await startCluster({ settings: { shared_buffers: '128MB' } });
  if (cluster)
    console.log(`\n(PostgreSQL for the server tests: a throwaway cluster at ${cluster.url})`);
}
const serverEnv = cluster ? { MHPSS_TEST_DATABASE_URL: cluster.url } : {};

// Node's test runner: core, CLI (runs the built CLI from dist/) and the server.
mkdirSync('.test-results', { recursive: true });
rmSync('.test-results/node.json', { force: true });
const node = run(
  'node tests',
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs',
    '--test-reporter-destination=.test-results/node.json',
    ...['test/core', 'test/cli', 'test/server', 'test/package'].flatMap((dir) => testFiles(dir)),
  ],
  serverEnv,
);
cluster?.stop();
const nodeTotals = existsSync('.test-results/node.json')
  ? JSON.parse(readFileSync('.test-results/node.json', 'utf8'))
  : null;
if (!nodeTotals) broken = true;
else {
  for (const key of Object.keys(totals)) totals[key] += nodeTotals[key];
  failures.push(...(nodeTotals.failures ?? []));
}
if (node.status !== 0 && (!nodeTotals || nodeTotals.failed === 0)) broken = true;

// Real headless Chromium: components and end-to-end tests against the built CDN file.
if (existsSync('web-test-runner.config.mjs') && !process.argv.includes('--node-only')) {
  rmSync('.test-results/browser.json', { force: true });
  const wtr = run('browser tests', 'npx', ['web-test-runner'], {
    CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium',
  });
  const browserTotals = existsSync('.test-results/browser.json')
    ? JSON.parse(readFileSync('.test-results/browser.json', 'utf8'))
    : null;
  if (!browserTotals) broken = true;
  else {
    for (const key of Object.keys(totals)) totals[key] += browserTotals[key];
    failures.push(...(browserTotals.failures ?? []));
    if (browserTotals.brokenFiles > 0) broken = true;
  }
  if (wtr.status !== 0 && (!browserTotals || browserTotals.failed === 0)) broken = true;
}

if (failures.length) console.log(`\nfailed:\n${failures.map((line) => `  ✖ ${line}`).join('\n')}`);
if (broken) console.log('\nA test suite did not run to completion (see the output above).');
const failed = totals.failed + (broken ? 1 : 0);
const gates = gateTotals.passed + gateTotals.failed.length;
if (gates) {
  console.log(
    `\nquality gates: ${gateTotals.passed} of ${gates} passed` +
      (gateTotals.failed.length ? `; failed: ${gateTotals.failed.join(', ')}` : ''),
  );
}
console.log(
  `${gates ? '' : '\n'}${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failed > 0 || gateTotals.failed.length > 0 ? 1 : 0);
