// Every keystroke at 10,000 organizations: real key events into the search box, one every
// 150 ms — a word, a space, a misspelt word, as a visitor types "relief chld" — and for each
// the time from the key event to the change it makes to the results or the status in the
// shadow DOM, seen by a MutationObserver; with url-state on, so the URL writes made while
// typing are counted too.
import { generateDirectory } from './generate.mjs';
import { MOBILE } from './first-result.mjs';
import { partnerPage } from './pages.mjs';

/**
 * Two-word queries, the second word misspelt, as a visitor types them. The space after the first
 * word is the key the issue timed: "relief " answers exactly what "relief" did (the first word is
 * no longer completed, and nothing else starts with it), so it changes nothing on screen.
 */
export const QUERIES = ['relief chld', 'psychosocial suport', 'refugee famlies', 'mental helth'];
export const KEY_INTERVAL = 150;
/** No long task for this long: the page is settled, as when a visitor starts to type. */
const QUIET_MS = 1000;

/**
 * Installed before typing. A keystroke starts at its keydown's timeStamp (when the browser
 * received the key). Two ends are recorded for it:
 *
 * - `change`: the first change a MutationObserver sees after it in the results or the status —
 *   the directory's results column, the result list's and the cards' shadow roots (the overview,
 *   the facets and the search box are not the results) — as the issue measures it. A key whose
 *   answer is the one on screen changes nothing, so this is then the NEXT key's change.
 * - `answered`: when the screen shows the key's answer: its change, or, when its answer changes
 *   nothing, the `mhpss-state-change` the element sends for its text (once the view shows its
 *   answer — lazy work included — and before any later key is read).
 *
 * Its frame (`frame`) ends with the task that follows the rendering of the frame after that.
 */
export function measureKeys() {
  const keys = (window.keys = []);
  const directory = document.querySelector('mhpss-directory');
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
  const frameAfter = (answered) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const t = performance.now();
        for (const k of answered) k.frame = t - k.t0;
      };
      channel.port2.postMessage(0);
    });
  // The results and the status: the results column of the directory's shadow root (not the
  // overview in it), and every shadow root under it — the result list's, each card's.
  const observed = new WeakSet();
  const inResults = (node) => {
    for (let n = node; n; n = n.parentNode ?? n.host) {
      if (n.localName === 'mhpss-summary') return false;
      if (n.classList?.contains('results') && n.getAttribute('part') === 'results') return true;
    }
    return false;
  };
  const observeShadowRoots = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot || observed.has(el.shadowRoot) || el.localName === 'mhpss-summary')
        continue;
      observed.add(el.shadowRoot);
      observer.observe(el.shadowRoot, options);
      observeShadowRoots(el.shadowRoot);
    }
  };
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  const observer = new MutationObserver((records) => {
    // aria-busy says an answer is on its way, not what it is.
    const real = records.filter((r) => r.attributeName !== 'aria-busy' && inResults(r.target));
    observeShadowRoots(directory.shadowRoot);
    if (!real.length) return;
    const t = performance.now();
    const waiting = keys.filter((k) => k.change === undefined);
    for (const k of waiting) k.change = t - k.t0;
    const answered = waiting.filter((k) => k.answered === undefined);
    for (const k of answered) {
      k.answered = t - k.t0;
      k.changed = true;
    }
    if (answered.length) frameAfter(answered);
  });
  observer.observe(directory.shadowRoot, options);
  observeShadowRoots(directory.shadowRoot);
  document.addEventListener('mhpss-state-change', (e) => {
    const t = performance.now();
    const waiting = keys.filter((k) => k.answered === undefined);
    let last = -1;
    waiting.forEach((k, i) => k.value === e.detail.query && (last = i));
    if (last < 0) return;
    // Its answer is the one on screen: nothing changed, and nothing needed to.
    const answered = waiting.slice(0, last + 1);
    for (const k of answered) {
      k.answered = t - k.t0;
      k.changed = false;
    }
    frameAfter(answered);
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

/** The directory's search field (in the search box's shadow root), focused as a visitor does. */
export async function focusSearch(page) {
  const input = await page.evaluateHandle(() =>
    document
      .querySelector('mhpss-directory')
      .shadowRoot.querySelector('mhpss-search-box')
      .shadowRoot.querySelector('input'),
  );
  await input.focus();
  return input;
}

async function typeQueries(page, cpu) {
  await focusSearch(page);
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
    // mhpss-load comes once every record is read whole, after the first results.
    await page.waitForFunction(() => window.bench.loaded !== undefined, {
      timeout: 120_000,
      polling: 250,
    });
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

const stats = (xs) => ({ p50: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs) });

export function summarize(run) {
  const keys = run.keys.filter((k) => k.answered !== undefined);
  const answered = keys.map((k) => k.answered);
  const frame = keys.filter((k) => k.frame !== undefined).map((k) => k.frame);
  const spaces = run.keys.filter((k) => k.key === ' ');
  const worst = [...keys].sort((a, b) => b.answered - a.answered).slice(0, 3);
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
    unchanged: keys.filter((k) => !k.changed).map((k) => JSON.stringify(k.value)),
    keyToAnswer: stats(answered),
    keyToFrame: stats(frame),
    // The issue's measure: key → the next change, whichever key made it.
    keyToNextChange: stats(keys.filter((k) => k.change !== undefined).map((k) => k.change)),
    space: {
      answered: stats(spaces.map((k) => k.answered)),
      nextChange: stats(spaces.map((k) => k.change)),
      changed: spaces.filter((k) => k.changed).length,
      count: spaces.length,
    },
    worst: worst.map((k) => ({ value: k.value, key: k.key, answered: k.answered })),
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
  const line = (label, x) =>
    `  ${label.padEnd(42)} p50 ${ms(x.p50)}  p95 ${ms(x.p95)}  max ${ms(x.max)}`;
  for (const r of runs) {
    console.log(
      `\n── Keystrokes at ${r.organizations.toLocaleString('en')} organizations, ` +
        `${r.cpu === 1 ? 'desktop CPU' : `CPU ${r.cpu}× slower`}, a key every ${KEY_INTERVAL} ms ──`,
    );
    console.log(
      `  loaded ${ms(r.loaded)}, first result ${ms(r.firstResult)}; typing began ${(r.settledMs / 1000).toFixed(1)} s later, once the page was quiet`,
    );
    console.log(
      `${line('key → its answer on screen', r.keyToAnswer)}  (${r.keystrokes} keys${r.unanswered ? `, ${r.unanswered} unanswered` : ''})`,
    );
    console.log(line('key → the frame showing it', r.keyToFrame));
    console.log(line('key → next change (MutationObserver)', r.keyToNextChange));
    console.log(
      `${line('the space: key → its answer on screen', r.space.answered)}  (${r.space.count} spaces, ${r.space.changed} changed the screen)`,
    );
    console.log(line('the space: key → next change, any key', r.space.nextChange));
    if (r.unchanged.length) {
      console.log(`  answered without a change (the same answer): ${r.unchanged.join(', ')}`);
    }
    console.log(
      `  slowest: ${r.worst.map((k) => `"${k.value}" (${k.key === ' ' ? 'space' : k.key}) ${ms(k.answered)}`).join(', ')}`,
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
