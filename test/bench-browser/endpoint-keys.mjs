// Keystroke → results for `<mhpss-directory endpoint>` over a directory server on loopback: the
// built CDN widget in headless Chromium, real key events into the search box one every
// KEY_INTERVAL ms, under the filters a link set (url-state), and for each key the time from its
// keydown to the frame that shows its results — the server's answer, the element's pause while
// typing and rendering included. Used by the server bench (npm run bench:server).
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { focusSearch, KEY_INTERVAL, measureKeys, pct } from './keystrokes.mjs';
import { partnerPage } from './pages.mjs';
import { startServer } from './server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Types each query (text, filters) into a widget over the API at `endpoint`; resolves to the
 * keys' figures: { keys, keyToFrame: { p50, p95, max }, keyToRendered, requests }.
 */
export async function endpointKeystrokes(endpoint, queries) {
  const files = await startServer();
  const browser = await puppeteer.launch(chromiumLaunchOptions);
  const all = [];
  let requests = 0;
  try {
    files.setPage(
      '/bench/endpoint.html',
      partnerPage(
        `<script type="module" src="${files.cdn}/dist/cdn/mhpss-directory.js"></script>
<mhpss-directory endpoint="${endpoint}" url-state></mhpss-directory>`,
      ),
    );
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('request', (req) => {
      if (req.url().includes('/organizations?')) requests++;
    });
    for (const { text, filters } of queries) {
      const qs = new URLSearchParams();
      for (const [key, ids] of Object.entries(filters)) qs.set(`mhpss-f-${key}`, ids.join(','));
      await page.goto(`${files.page}/bench/endpoint.html?${qs}`, { timeout: 120_000 });
      // The first page's results are on screen: the visitor starts typing.
      await page.waitForFunction(() => document.querySelector('mhpss-directory')?.total > 0, {
        timeout: 120_000,
        polling: 100,
      });
      await focusSearch(page);
      await page.evaluate(measureKeys);
      const start = performance.now();
      const chars = [...text];
      for (let i = 0; i < chars.length; i++) {
        const wait = start + i * KEY_INTERVAL - performance.now();
        if (wait > 0) await sleep(wait);
        await page.keyboard.press(chars[i]);
      }
      await sleep(1500);
      all.push(...(await page.evaluate(() => window.keys)));
    }
  } finally {
    await browser.close();
    await files.close();
  }
  const answered = all.filter((k) => k.frame !== undefined);
  const frame = answered.map((k) => k.frame);
  const rendered = answered.map((k) => k.rendered);
  return {
    keys: answered.length,
    unanswered: all.length - answered.length,
    requests,
    keyToFrame: { p50: pct(frame, 50), p95: pct(frame, 95), max: Math.max(...frame) },
    keyToRendered: { p50: pct(rendered, 50), p95: pct(rendered, 95), max: Math.max(...rendered) },
  };
}
