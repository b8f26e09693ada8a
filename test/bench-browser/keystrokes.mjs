// Every keystroke at 10,000 organizations: real key events into the search box, one every
// 150 ms, and for each the time from the key event to the frame that shows its results; with
// url-state on, so the URL writes made while typing are counted too.
import { generateDirectory } from './generate.mjs';
import { MOBILE } from './first-result.mjs';
import { partnerPage } from './pages.mjs';

/** Two-word queries with a typo, as a visitor types them. */
export const QUERIES = ['psychosocial suport', 'refugee famlies', 'chldren trauma', 'mental helth'];
export const KEY_INTERVAL = 150;
/** No long task for this long: the page is settled, as when a visitor starts to type. */
const QUIET_MS = 1000;

/**
 * Installed before typing. A keystroke starts at its keydown's timeStamp (when the browser
 * received the key) and is answered by the first `mhpss-state-change` whose query is the text
 * the key produced (the element sends it once the view shows those results, lazy work included);
 * its frame ends with the task that follows that frame's rendering (rAF, then a message).
 */
export function measureKeys() {
  const keys = (window.keys = []);
  let down;
  addEventListener('keydown', (e) => (down = { t0: e.timeStamp, key: e.key }), true);
  addEventListener(
    'input',
    (e) => {
      if (!down) return;
      keys.push({ ...down, value: e.composedPath()[0].value });
      down = undefined;
    },
    true,
  );
  document.addEventListener('mhpss-state-change', (e) => {
    const waiting = keys.filter((k) => k.rendered === undefined);
    let last = -1;
    waiting.forEach((k, i) => k.value === e.detail.query && (last = i));
    if (last < 0) return;
    const answered = waiting.slice(0, last + 1);
    const rendered = performance.now();
    for (const k of answered) k.rendered = rendered - k.t0;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const t = performance.now();
        for (const k of answered) k.frame = t - k.t0;
      };
      channel.port2.postMessage(0);
    });
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask' });
  window.longTasks = [];
}

/** Counts history.replaceState calls (the widget's URL writes); installed before the widget. */
const COUNT_URL_WRITES = `<script>
  window.urlWrites = [];
  const replace = history.replaceState;
  history.replaceState = function (...args) {
    urlWrites.push({ t: performance.now(), url: String(args[2]) });
    return replace.apply(this, args);
  };
</script>`;

export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function typeQueries(page, cpu) {
  const input = await page.evaluateHandle(() =>
    document
      .querySelector('mhpss-directory')
      .shadowRoot.querySelector('mhpss-search-box')
      .shadowRoot.querySelector('input'),
  );
  await input.focus();
  await page.evaluate(measureKeys);
  const typed = [];
  for (const query of QUERIES) {
    const writesBefore = await page.evaluate(() => window.urlWrites.length);
    // One key every KEY_INTERVAL ms, like a steady typist, whatever the page is doing.
    const start = performance.now();
    const chars = [...query];
    for (let i = 0; i < chars.length; i++) {
      const wait = start + i * KEY_INTERVAL - performance.now();
      if (wait > 0) await sleep(wait);
      await page.keyboard.press(chars[i]);
    }
    const typingMs = performance.now() - start;
    await sleep(1000);
    const writes = await page.evaluate((from) => window.urlWrites.slice(from), writesBefore);
    typed.push({ query, keys: chars.length, typingMs, writes });
    // Clear for the next query (select all, Backspace): measured as a keystroke too.
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await sleep(1000);
  }
  const keys = await page.evaluate(() => window.keys);
  const longTasks = await page.evaluate(() => window.longTasks);
  return { cpu, keys, typed, longTasks };
}

/** Loads the big directory, waits for text search to be built (as while a visitor reads), types. */
export async function session(browser, url, cpu) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.setViewport(cpu === 1 ? { width: 1280, height: 900 } : MOBILE.viewport);
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => window.bench.first !== undefined, {
      timeout: 120_000,
      polling: 250,
    });
    const started = performance.now();
    const load = await page.evaluate(() => ({
      loaded: window.bench.loaded,
      first: window.bench.first,
      count: window.bench.count,
    }));
    // The text engine loads and builds its index when the browser is idle after the first
    // results, then primes itself: the visitor reads for a moment first. Typing starts once
    // the engine's chunk is there and the page has run no long task for QUIET_MS.
    await page.waitForFunction(
      () => performance.getEntriesByType('resource').some((e) => e.name.includes('text-engine')),
      { timeout: 60_000, polling: 250 },
    );
    await page.evaluate(
      (quiet) =>
        new Promise((resolve) => {
          let last = performance.now();
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
          }).observe({ type: 'longtask', buffered: true });
          const check = () =>
            performance.now() - last >= quiet ? resolve() : setTimeout(check, 100);
          check();
        }),
      QUIET_MS,
    );
    const settledMs = Math.round(performance.now() - started);
    const typed = await typeQueries(page, cpu);
    return { ...load, ...typed, settledMs };
  } finally {
    await context.close();
  }
}

export function summarize(run) {
  const keys = run.keys.filter((k) => k.frame !== undefined);
  const frame = keys.map((k) => k.frame);
  const rendered = keys.map((k) => k.rendered);
  const worst = [...keys].sort((a, b) => b.frame - a.frame).slice(0, 3);
  const urlWrites = run.typed.map((t) => {
    const gaps = t.writes.slice(1).map((w, i) => w.t - t.writes[i].t);
    const last = t.writes.at(-1)?.url ?? '';
    return {
      query: t.query,
      keys: t.keys,
      typingMs: Math.round(t.typingMs),
      writes: t.writes.length,
      minGapMs: gaps.length ? Math.round(Math.min(...gaps)) : null,
      lastHasQuery: new URL(last || 'http://x/').searchParams.get('mhpss-q') === t.query,
    };
  });
  return {
    cpu: run.cpu,
    organizations: run.count,
    loaded: run.loaded,
    firstResult: run.first,
    settledMs: run.settledMs,
    keystrokes: keys.length,
    unanswered: run.keys.length - keys.length,
    keyToFrame: { p50: pct(frame, 50), p95: pct(frame, 95), max: Math.max(...frame) },
    keyToRendered: { p50: pct(rendered, 50), p95: pct(rendered, 95), max: Math.max(...rendered) },
    worst: worst.map((k) => ({ value: k.value, key: k.key, frame: k.frame })),
    longTasks: run.longTasks,
    urlWrites,
  };
}

export async function keystrokes(browser, server, size) {
  server.setPage('/bench/big.json', JSON.stringify(generateDirectory(size)));
  server.setPage(
    '/bench/keys.html',
    partnerPage(
      `${COUNT_URL_WRITES}
<script type="module" src="${server.cdn}/dist/cdn/mhpss-directory.js"></script>
<mhpss-directory src="/bench/big.json" url-state></mhpss-directory>`,
    ),
  );
  const out = [];
  for (const cpu of [1, MOBILE.cpu]) {
    out.push(summarize(await session(browser, `${server.page}/bench/keys.html`, cpu)));
  }
  return out;
}

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');

export function printKeystrokes(runs) {
  for (const r of runs) {
    console.log(
      `\n── Keystrokes at ${r.organizations.toLocaleString('en')} organizations, ` +
        `${r.cpu === 1 ? 'desktop CPU' : `CPU ${r.cpu}× slower`}, a key every ${KEY_INTERVAL} ms ──`,
    );
    console.log(
      `  loaded ${ms(r.loaded)}, first result ${ms(r.firstResult)}; typing began ${(r.settledMs / 1000).toFixed(1)} s later, once the page was quiet`,
    );
    console.log(
      `  key → frame with its results   p50 ${ms(r.keyToFrame.p50)}  p95 ${ms(r.keyToFrame.p95)}  max ${ms(r.keyToFrame.max)}  (${r.keystrokes} keys${r.unanswered ? `, ${r.unanswered} unanswered` : ''})`,
    );
    console.log(
      `  key → results in the DOM       p50 ${ms(r.keyToRendered.p50)}  p95 ${ms(r.keyToRendered.p95)}  max ${ms(r.keyToRendered.max)}`,
    );
    console.log(
      `  slowest: ${r.worst.map((k) => `"${k.value}" (${k.key === ' ' ? 'space' : k.key}) ${ms(k.frame)}`).join(', ')}`,
    );
    console.log(
      `  long tasks while typing: ${r.longTasks.length ? r.longTasks.join(', ') + ' ms' : 'none'}`,
    );
    for (const u of r.urlWrites) {
      console.log(
        `  URL writes typing "${u.query}" (${u.keys} keys in ${u.typingMs} ms): ${u.writes} replaceState` +
          `${u.minGapMs !== null ? `, ≥ ${u.minGapMs} ms apart` : ''}${u.lastHasQuery ? ', the last one holds the query' : ', THE LAST ONE MISSES THE QUERY'}`,
      );
    }
  }
}
