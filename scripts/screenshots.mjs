// Screenshots of the demo partner page's widget at a phone and a desktop width, in English and
// Arabic (right to left), with the overview closed, open, filtered and as a table: for a person to
// look at after a visual change. Run `npm run build` first; the files go to screenshots/
// (git-ignored). Usage: node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const port = 20000 + (process.pid % 20000);
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`the demo server stopped (${code})`)));
});

/** In the page: resolves once the widget shows its overview and every lazy part has rendered. */
async function settled() {
  const el = document.querySelector('mhpss-directory');
  const deadline = Date.now() + 15000;
  while (!el.shadowRoot?.querySelector('mhpss-summary')?.shadowRoot?.querySelector('.base')) {
    if (Date.now() > deadline) throw new Error('the overview did not render');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
}

/** In the page: clicks what `selector` finds in the overview. */
function press(selector) {
  const summary = document
    .querySelector('mhpss-directory')
    .shadowRoot.querySelector('mhpss-summary');
  summary.shadowRoot.querySelector(selector).click();
}

mkdirSync('screenshots', { recursive: true });
const browser = await puppeteer.launch(chromiumLaunchOptions);
const shots = [];
try {
  for (const width of [375, 1280]) {
    for (const lang of ['en', 'ar']) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.goto(`http://localhost:${port}/demo/`, { waitUntil: 'load' });
      await page.evaluate((lang) => {
        const el = document.querySelector('mhpss-directory');
        el.pageSize = 2;
        el.lang = lang;
        document.documentElement.lang = lang;
        document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      }, lang);
      await page.evaluate(settled);
      const widget = await page.$('mhpss-directory');
      const shot = async (name) => {
        await page.evaluate(settled);
        const path = `screenshots/summary-${lang}-${width}-${name}.png`;
        await widget.screenshot({ path });
        shots.push(path);
      };
      await shot('initial');
      if (width < 600) {
        await page.evaluate(press, '.toggle');
        await shot('open');
      }
      // A visitor ticks a region and a population: the other charts follow.
      await page.evaluate(press, '.tiles .mark:not(:disabled)');
      await page.evaluate(press, '.bars:last-child .mark:not(:disabled)');
      await shot('filtered');
      await page.evaluate(press, '.view');
      await shot('table');
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(shots.join('\n'));
