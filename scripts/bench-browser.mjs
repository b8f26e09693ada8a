// Measures the built CDN widget in headless Chromium and prints the figures:
//  1. how fast the first results from the shipped member list paint (cold load), and
//  2. how long each keystroke takes to reach the screen with 10,000 organizations.
// Each runs as is and with the CPU slowed 4× (a mid-range phone). Results also go to
// bench-results/browser.json. Needs `npm run build` first (npm run bench:browser does it).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from './chromium.mjs';
import { generateDirectory } from '../test/bench-browser/generate.mjs';

const ROOT = resolve('.');
const SIZE = Number(process.env.BENCH_SIZE) || 10_000;
const RUNS = Number(process.env.BENCH_RUNS) || 5;
const QUERIES = [
  'psychosocial support',
  'chldren',
  'trauma nairobi',
  'refgee famlies',
  'mental helth',
];

if (!existsSync('dist/cdn/mhpss-directory.js')) {
  console.error('dist/cdn/mhpss-directory.js is missing: run `npm run build` first.');
  process.exit(1);
}

// --- A static server for the repo, plus the synthetic directory ------------------------------
const big = JSON.stringify(generateDirectory(SIZE));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/bench/big.json') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(big);
    return;
  }
  const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  if (!path.startsWith(ROOT + sep) || !existsSync(path) || statSync(path).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await new Promise((ok) => server.listen(0, ok));
const base = `http://localhost:${server.address().port}`;

const browser = await puppeteer.launch(chromiumLaunchOptions);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const ms = (x) => `${x.toFixed(1)} ms`;

async function newPage(cpu) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return page;
}

/** Cold loads of the page with the shipped data: paint, data loaded, first results painted. */
async function firstResults(cpu) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await newPage(cpu);
    await page.goto(`${base}/test/bench-browser/bench.html`);
    await page.waitForFunction(() => window.bench.firstResults !== undefined, { timeout: 60000 });
    runs.push(
      await page.evaluate(() => ({
        ...window.bench,
        fcp: window.bench.paints['first-contentful-paint'],
      })),
    );
    await page.close();
  }
  return {
    organizations: runs[0].count,
    firstContentfulPaint: median(runs.map((r) => r.fcp)),
    dataLoaded: median(runs.map((r) => r.loaded)),
    firstResultsPainted: median(runs.map((r) => r.firstResults)),
  };
}

/** Types queries (typos included) one key at a time and times each key to the next painted frame. */
async function keystrokes(cpu) {
  const page = await newPage(cpu);
  await page.goto(`${base}/test/bench-browser/bench.html?src=/bench/big.json`);
  await page.waitForFunction(() => window.bench.firstResults !== undefined, { timeout: 120000 });
  const load = await page.evaluate(() => ({
    loaded: window.bench.loaded,
    firstResults: window.bench.firstResults,
    count: window.bench.count,
  }));
  await page.evaluate(() => {
    const samples = (window.samples = []);
    let start;
    addEventListener('keydown', (e) => (start = e.timeStamp), true);
    document.addEventListener('mhpss-state-change', () => {
      const t0 = start;
      const rendered = performance.now();
      // rAF runs just before the frame that shows the update; the timeout runs after it.
      requestAnimationFrame(() =>
        setTimeout(() => samples.push({ update: rendered - t0, frame: performance.now() - t0 })),
      );
    });
  });
  const input = await page.evaluateHandle(() =>
    document
      .querySelector('mhpss-directory')
      .shadowRoot.querySelector('mhpss-search-box')
      .shadowRoot.querySelector('input'),
  );
  for (const query of QUERIES) {
    await input.focus();
    await page.keyboard.type(query, { delay: 60 });
    await input.evaluate((el) => el.select());
    await page.keyboard.press('Backspace', { delay: 60 });
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 300));
  const samples = await page.evaluate(() => window.samples);
  const longTasks = await page.evaluate(() => performance.getEntriesByType('longtask').length);
  await page.close();
  const update = samples.map((s) => s.update);
  const frame = samples.map((s) => s.frame);
  return {
    organizations: load.count,
    loadAndIndex: load.loaded,
    firstResultsPainted: load.firstResults,
    keystrokes: samples.length,
    keyToRenderedMedian: median(update),
    keyToRenderedP95: pct(update, 95),
    keyToFrameMedian: median(frame),
    keyToFrameP95: pct(frame, 95),
    keyToFrameMax: Math.max(...frame),
    framesMedian: median(frame) / (1000 / 60),
    longTasks,
  };
}

const results = {};
try {
  for (const cpu of [1, 4]) {
    const label = cpu === 1 ? 'desktop CPU' : 'CPU slowed 4×';
    const first = await firstResults(cpu);
    const keys = await keystrokes(cpu);
    results[label] = { first, keys };
    console.log(`\n── ${label} ──`);
    console.log(
      `First results from the shipped list (${first.organizations} organizations, cold, median of ${RUNS}):`,
    );
    console.log(`  first contentful paint   ${ms(first.firstContentfulPaint)}`);
    console.log(`  data loaded and indexed  ${ms(first.dataLoaded)}`);
    console.log(`  first results painted    ${ms(first.firstResultsPainted)}`);
    console.log(`With ${keys.organizations.toLocaleString('en')} organizations:`);
    console.log(
      `  load + index             ${ms(keys.loadAndIndex)} (first results painted at ${ms(keys.firstResultsPainted)})`,
    );
    console.log(
      `  keystroke → results rendered  median ${ms(keys.keyToRenderedMedian)}, p95 ${ms(keys.keyToRenderedP95)}`,
    );
    console.log(
      `  keystroke → next frame        median ${ms(keys.keyToFrameMedian)} (${keys.framesMedian.toFixed(1)} frames), p95 ${ms(keys.keyToFrameP95)}, max ${ms(keys.keyToFrameMax)} over ${keys.keystrokes} keys`,
    );
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/browser.json', JSON.stringify(results, null, 2));
  console.log('\nSaved bench-results/browser.json');
} finally {
  await browser.close();
  server.close();
}
