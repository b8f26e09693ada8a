// The browser benchmark (npm run bench:browser): the built CDN widget in headless Chromium.
//  1. First result visible on a slow phone: cold loads of a partner page under Lighthouse's
//     mobile preset, for each embed snippet, against a floor page that has the same names as
//     static HTML (test/bench-browser/first-result.mjs).
//  2. Every keystroke at 10,000 organizations: real key events into the search box at 150 ms a
//     key, key → the frame that shows the new results, on desktop CPU and slowed 4×; and the
//     URL writes made meanwhile (test/bench-browser/keystrokes.mjs).
// It prints tables and writes bench-results/browser.json. It is a measurement, not a test: the
// machine's load moves the figures, so run it a few times and compare medians.
//
// BENCH_RUNS (default 5) cold loads per page; BENCH_SIZE (default 10000) organizations for the
// keystrokes; BENCH_ONLY=first or BENCH_ONLY=keys runs one part.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from './chromium.mjs';
import { firstResult, printFirstResult } from '../test/bench-browser/first-result.mjs';
import { keystrokes, printKeystrokes } from '../test/bench-browser/keystrokes.mjs';
import { startServer } from '../test/bench-browser/server.mjs';

if (!existsSync('dist/cdn/mhpss-directory.js') || !existsSync('dist/core/index.js')) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench:browser does).');
  process.exit(1);
}

const RUNS = Number(process.env.BENCH_RUNS) || 5;
const SIZE = Number(process.env.BENCH_SIZE) || 10_000;
const ONLY = process.env.BENCH_ONLY;

const server = await startServer();
const browser = await puppeteer.launch(chromiumLaunchOptions);
const results = { chromium: await browser.version(), date: new Date().toISOString() };
try {
  if (ONLY !== 'keys') {
    results.firstResult = await firstResult(browser, server, RUNS);
    printFirstResult(results.firstResult);
  }
  if (ONLY !== 'first') {
    results.keystrokes = await keystrokes(browser, server, SIZE);
    printKeystrokes(results.keystrokes);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/browser.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nSaved bench-results/browser.json');
} finally {
  await browser.close();
  await server.close();
}
