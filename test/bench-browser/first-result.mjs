// First result visible on a slow phone: cold loads of a partner page under Lighthouse's mobile
// preset, for each way of embedding the widget, and the floor — the same names as static HTML;
// for each, the bytes and requests before it, total blocking time and layout shifts on load, and
// the longest task before the widget's own first result (on the mobile preset and desktop CPU).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../../dist/core/index.js';
import { embedSnippet } from '../../demo/embed-snippet.js';
import { floorPage, partnerPage } from './pages.mjs';

const { Directory, parseDirectory } = core;

/**
 * Lighthouse's mobile preset ("slow 4G", lighthouse core/config/constants.js `mobileSlow4G`,
 * with its Moto G Power screen): 150 ms round trip, 1.6 Mbps down, 750 Kbps up, CPU 4× slower.
 * DevTools throttling applies the latency once per request (from sending it to the response's
 * headers); connection setup is not simulated. (Lighthouse's own `devtools` throttling mode
 * multiplies the latency by 3.75 to stand for it; its default simulated mode counts 150 ms
 * round trips. The issue's figures are per-request 150 ms, as here.)
 */
export const MOBILE = Object.freeze({
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpu: 4,
  viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
});

/** The pages to compare: what each one is, and its HTML. */
function variants(server) {
  const script = `${server.cdn}/dist/cdn/mhpss-directory.js`;
  const integrity = `sha384-${createHash('sha384')
    .update(readFileSync('dist/cdn/mhpss-directory.js'))
    .digest('base64')}`;
  const chunk = (name) => {
    const file = readdirSync('dist/cdn/chunks').find((f) => f.startsWith(`${name}-`));
    return `<link rel="modulepreload" href="${server.cdn}/dist/cdn/chunks/${file}" />`;
  };
  // The first page of the shipped list, as the widget shows it (name order, 20 a page).
  const json = readFileSync('data/members.json', 'utf8');
  const { data } = parseDirectory(json);
  const directory = new Directory(data);
  const names = directory.query({ pageSize: 20 }).hits.map((h) => h.organization.name);
  // What the shipped list would weigh with the detail view's sources in a file of their own.
  const lite = { ...JSON.parse(json) };
  lite.organizations = lite.organizations.map(({ sources, ...org }) => (void sources, org));
  server.setPage('/bench/members-without-sources.json', JSON.stringify(lite, null, 2));
  const plain = `<script type="module" src="${script}"></script>\n<mhpss-directory></mhpss-directory>`;
  const configurator = (attrs = []) => embedSnippet({ script, integrity, attrs });
  const pages = [
    { id: 'floor', label: 'floor: the 20 names as static HTML', html: floorPage(names) },
    { id: 'plain', label: 'plain two-line snippet', html: partnerPage(plain) },
  ];
  // Pre-rendered (`mhpss-directory render`), where the build has it.
  if (core.renderFirstPage) {
    const render = (options = {}) => core.renderFirstPage(directory, { script, ...options });
    pages.push(
      {
        id: 'prerendered',
        label: 'pre-rendered snippet (mhpss-directory render)',
        atOnce: true,
        html: partnerPage(render(), { atOnce: true }),
      },
      {
        // What the configurator prints with "Include the first page": renderFirstPage's output.
        id: 'prerendered+integrity',
        label: '  + integrity (the configurator, first page included)',
        atOnce: true,
        html: partnerPage(render({ integrity }), { atOnce: true }),
      },
    );
  }
  pages.push(
    {
      id: 'configurator',
      label: "configurator's snippet (data preload)",
      html: partnerPage(configurator()),
    },
    {
      id: 'configurator+extras',
      label: '  + modulepreload of the extras chunk',
      html: partnerPage(`${chunk('extras')}\n${configurator()}`),
    },
    {
      id: 'fr:configurator',
      lang: 'fr',
      label: 'French page, configurator snippet',
      html: partnerPage(configurator(), { lang: 'fr', title: 'Trouver du soutien' }),
    },
    {
      id: 'fr:configurator+fr',
      lang: 'fr',
      label: '  + modulepreload of the fr chunk',
      html: partnerPage(`${chunk('fr')}\n${configurator()}`, {
        lang: 'fr',
        title: 'Trouver du soutien',
      }),
    },
    {
      id: 'plain:no-sources',
      label: 'plain snippet, the list without `sources` (a split)',
      html: partnerPage(
        `<script type="module" src="${script}"></script>\n<mhpss-directory src="${server.cdn}/bench/members-without-sources.json"></mhpss-directory>`,
      ),
    },
  );
  return pages;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A quiet window after the first result: no long task for this long (as Lighthouse's TTI). */
const QUIET_MS = 5000;

/**
 * Lighthouse's CLS: the largest session window of layout shifts (shifts less than 1 s apart,
 * a window at most 5 s long).
 */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { t, value } of shifts) {
    if (t - last >= 1000 || t - start >= 5000) {
      current = 0;
      start = t;
    }
    current += value;
    last = t;
    best = Math.max(best, current);
  }
  return best;
}

/**
 * Lighthouse's TBT: what each long task takes beyond 50 ms after the first contentful paint
 * (a task under way at the paint counts from it), until the page is quiet.
 */
export function totalBlockingTime(longTasks, fcp) {
  let total = 0;
  for (const { t, d } of longTasks) {
    const from = Math.max(t, fcp);
    const length = t + d - from;
    if (length > 50) total += length - 50;
  }
  return total;
}

/**
 * One cold load: a fresh profile (no cache, no connections), throttled, until the first result,
 * the widget's own first result, and a quiet page ({@link QUIET_MS} without a long task).
 */
export async function coldLoad(browser, url, { waitAfter = 0, trace, cpu = MOBILE.cpu } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    const requests = new Map();
    const messages = [];
    cdp.on('Network.requestWillBeSent', (e) => {
      requests.set(e.requestId, { url: e.request.url, type: e.type, bytes: 0 });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.bytes = e.encodedDataLength;
    });
    cdp.on('Log.entryAdded', (e) => messages.push(`${e.entry.level}: ${e.entry.text}`));
    cdp.on('Runtime.consoleAPICalled', (e) =>
      messages.push(`${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`),
    );
    cdp.on('Runtime.exceptionThrown', (e) =>
      messages.push(
        `exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`,
      ),
    );
    await Promise.all([
      cdp.send('Network.enable'),
      cdp.send('Log.enable'),
      cdp.send('Runtime.enable'),
      cdp.send('Network.setCacheDisabled', { cacheDisabled: true }),
      cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: MOBILE.latency,
        downloadThroughput: MOBILE.downloadThroughput,
        uploadThroughput: MOBILE.uploadThroughput,
      }),
      cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu }),
      page.setViewport(MOBILE.viewport),
    ]);
    if (trace)
      await page.tracing.start({
        path: trace,
        categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
      });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The probe posts `bench.first` (and `bench.live`) from a frame; waiting on a promise adds
    // no work per frame.
    const widget = /<mhpss-directory/.test(await page.content());
    await page.evaluate(
      (widget) =>
        new Promise((resolve, reject) => {
          const end = Date.now() + 30_000;
          const check = () =>
            window.bench.first !== undefined && (!widget || window.bench.live !== undefined)
              ? resolve()
              : Date.now() > end
                ? reject(new Error('no result on screen after 30 s'))
                : setTimeout(check, 200);
          check();
        }),
      widget,
    );
    if (trace) await page.tracing.stop();
    // The rest of the load — idle work, lazy parts — until the page has been quiet for a while.
    if (!trace) {
      await page.evaluate(
        (quiet) =>
          new Promise((resolve) => {
            const end = performance.now() + 25_000;
            const check = () => {
              const last = Math.max(
                window.bench.live ?? window.bench.first,
                ...window.bench.longTasks.map((e) => e.t + e.d),
              );
              if (performance.now() - last >= quiet || performance.now() > end) resolve();
              else setTimeout(check, 250);
            };
            check();
          }),
        QUIET_MS,
      );
    }
    if (waitAfter) await new Promise((r) => setTimeout(r, waitAfter));
    const probe = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const entry = (e, name) => ({
        name,
        start: e.startTime,
        end: e.responseEnd,
        bytes: e.transferSize,
        initiator: e.initiatorType,
      });
      return {
        first: window.bench.first,
        live: window.bench.live,
        frameStart: window.bench.frameStart,
        firstName: window.bench.firstName,
        fcp: window.bench['first-contentful-paint'],
        elementTiming: window.bench.elementTiming,
        loaded: window.bench.loaded,
        shifts: window.bench.shifts,
        longTasks: window.bench.longTasks,
        resources: [
          entry(nav, location.pathname),
          ...performance.getEntriesByType('resource').map((e) => entry(e, e.name)),
        ],
      };
    });
    const before = probe.resources.filter((r) => r.end <= probe.first);
    return {
      ...probe,
      cls: cumulativeLayoutShift(probe.shifts),
      tbt: totalBlockingTime(probe.longTasks, probe.fcp ?? 0),
      requestsBefore: before.length,
      bytesBefore: before.reduce((n, r) => n + r.bytes, 0),
      network: [...requests.values()],
      messages,
    };
  } finally {
    await context.close();
  }
}

/**
 * The page's main thread, from one traced cold load at `cpu`: its own CPU time (thread time:
 * what the renderer computed, at the CPU slowdown, without the time other processes of a busy
 * machine took) from navigation start to the first result, the part of it spent laying out and
 * painting, and the longest task before the widget's own first result (wall and thread time).
 */
async function mainThread(browser, url, cpu) {
  const file = join(tmpdir(), `mhpss-bench-${process.pid}.json`);
  try {
    const { first, live } = await coldLoad(browser, url, { trace: file, cpu });
    const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
    const nav = events.find(
      (e) =>
        e.name === 'navigationStart' && /\/bench\//.test(e.args?.data?.documentLoaderURL ?? ''),
    );
    if (!nav) return undefined;
    const onMain = events.filter(
      (e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.tdur !== undefined,
    );
    const until = (t) =>
      onMain
        .filter((e) => e.ts >= nav.ts && e.ts < nav.ts + t * 1000)
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const main = until(first);
    let total = 0;
    let covered = 0;
    for (const e of main) {
      if (e.ts < covered) continue;
      total += e.tdur;
      covered = e.ts + e.dur;
    }
    const sum = (re) => main.filter((e) => re.test(e.name)).reduce((n, e) => n + e.tdur, 0);
    const tasks = until(live ?? first).filter((e) => /RunTask$/.test(e.name));
    const longest = tasks.reduce((a, e) => (e.dur > (a?.dur ?? 0) ? e : a), undefined);
    return {
      total: total / 1000,
      render: sum(/^(Layout|Paint|PrePaint|UpdateLayoutTree)$/) / 1000,
      longestTask: longest ? { wall: longest.dur / 1000, thread: longest.tdur / 1000 } : undefined,
    };
  } finally {
    rmSync(file, { force: true });
  }
}

const pathOf = (v) => `/bench/${v.id.replace(/[:+]/g, '-')}.html`;

/** Cold loads of every page, round robin (so that the machine's load spreads evenly). */
export async function firstResult(browser, server, runs) {
  const pages = variants(server);
  for (const v of pages) server.setPage(pathOf(v), v.html);
  const samples = new Map(pages.map((v) => [v.id, []]));
  // One warm-up load: the first start of a renderer process is slower than any later one.
  await coldLoad(browser, `${server.page}/bench/floor.html`);
  for (let i = 0; i < runs; i++) {
    for (const v of pages) {
      const last = i === runs - 1;
      // The last load of each page stays open 4 s after its load event: the browser warns of a
      // preload that was not used 3 s after it.
      samples
        .get(v.id)
        .push(
          await coldLoad(browser, `${server.page}${pathOf(v)}`, { waitAfter: last ? 4000 : 0 }),
        );
    }
  }
  const cpu = new Map();
  for (const v of pages) {
    cpu.set(v.id, {
      mobile: await mainThread(browser, `${server.page}${pathOf(v)}`, MOBILE.cpu),
      desktop: await mainThread(browser, `${server.page}${pathOf(v)}`, 1),
    });
  }
  const floor = median(samples.get('floor').map((s) => s.first));
  return {
    preset: { ...MOBILE, gzip: true, cache: false, runs },
    pages: pages.map((v) => {
      const runsOf = samples.get(v.id);
      const first = median(runsOf.map((s) => s.first));
      // The run closest to the median, for its waterfall.
      const typical = [...runsOf].sort(
        (a, b) => Math.abs(a.first - first) - Math.abs(b.first - first),
      )[0];
      const dataRequests = Math.max(
        ...runsOf.map((s) => s.network.filter((r) => /members[\w-]*\.json/.test(r.url)).length),
      );
      const warnings = [
        ...new Set(
          runsOf.flatMap((s) => s.messages).filter((m) => /preload|error|exception/i.test(m)),
        ),
      ];
      return {
        id: v.id,
        label: v.label,
        lang: v.lang ?? 'en',
        preload: /rel="preload"/.test(v.html),
        prerendered: !!v.atOnce,
        firstResult: first,
        ratio: first / floor,
        live: median(runsOf.map((s) => s.live)),
        firstContentfulPaint: median(runsOf.map((s) => s.fcp)),
        elementTiming: median(runsOf.map((s) => s.elementTiming)),
        requestsBefore: median(runsOf.map((s) => s.requestsBefore)),
        bytesBefore: median(runsOf.map((s) => s.bytesBefore)),
        tbt: median(runsOf.map((s) => s.tbt)),
        cls: median(runsOf.map((s) => s.cls)),
        clsMax: Math.max(...runsOf.map((s) => s.cls)),
        dataRequests,
        mainThreadCpu: cpu.get(v.id).mobile,
        desktop: cpu.get(v.id).desktop,
        firstName: typical.firstName,
        runs: runsOf.map((s) => Math.round(s.first)),
        waterfall: typical.resources.map((r) => ({
          name: r.name.replace(/^https?:\/\/[^/]+/, ''),
          start: Math.round(r.start),
          end: Math.round(r.end),
          bytes: r.bytes,
          beforeFirst: r.end <= typical.first,
        })),
        warnings,
      };
    }),
  };
}

const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

export function printFirstResult({ preset, pages }) {
  console.log(
    `\n── First result visible: Lighthouse mobile preset (${preset.viewport.width}×${preset.viewport.height} screen, ${preset.latency} ms per request, ` +
      `${(preset.downloadThroughput / 131072).toFixed(1)} Mbps down, ` +
      `${Math.round(preset.uploadThroughput / 128)} Kbps up, CPU ${preset.cpu}× slower), ` +
      `gzip, cache off, median of ${preset.runs} cold loads ──`,
  );
  const longest = (c) =>
    c?.longestTask ? `${ms(c.longestTask.wall)} (${ms(c.longestTask.thread)})` : '—';
  const rows = pages.map((p) => [
    p.label,
    ms(p.firstResult),
    `${p.ratio.toFixed(2)}×`,
    p.prerendered ? ms(p.live) : p.id === 'floor' ? '—' : '=',
    String(p.requestsBefore),
    kb(p.bytesBefore),
    ms(p.tbt),
    p.cls.toFixed(3),
    p.mainThreadCpu ? `${ms(p.mainThreadCpu.total)} (${ms(p.mainThreadCpu.render)})` : '—',
    longest(p.mainThreadCpu),
    longest(p.desktop),
    p.runs.join(' '),
  ]);
  const head = [
    'page',
    'first result',
    'vs floor',
    'live',
    'requests',
    'bytes',
    'TBT',
    'CLS',
    'CPU (render)',
    'longest task 4×',
    'desktop',
    'runs (ms)',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(
    "(first result: the first name on screen, pre-rendered or the widget's; live: the widget's own\n" +
      ' first result, when it took over. Requests and bytes: before the first result, the page and\n' +
      ' headers included. TBT and CLS: on load, until 5 s without a long task, as Lighthouse counts\n' +
      " them (median). CPU: the main thread's own time until the first result, of which style, layout\n" +
      " and paint: one more load, traced and so a little slower. Longest task: before the widget's\n" +
      ' own first result, wall (thread) time, on the preset and on desktop CPU; thread times hardly\n' +
      ' move with the load of the machine)',
  );
  const floor = pages.find((p) => p.id === 'floor');
  if (floor?.elementTiming) {
    console.log(
      `floor cross-check: Element Timing of the first name ${ms(floor.elementTiming)}, probe ${ms(floor.firstResult)}`,
    );
  }
  for (const p of pages) {
    if (p.id === 'floor') continue;
    // The same names in the same order: the floor shows what the widget shows.
    if (floor && p.lang === 'en' && p.firstName !== floor.firstName) {
      console.log(`! ${p.id}: first name "${p.firstName}", the floor's "${floor.firstName}"`);
    }
    const problems = p.warnings.length > 0 || p.dataRequests !== 1;
    const data = `data requested ${p.dataRequests === 1 ? 'once' : `${p.dataRequests} times`}`;
    console.log(
      `${problems ? '!' : '✓'} ${p.label.trim()}: ${data}` +
        (p.preload ? ', by the preload' : '') +
        (p.warnings.length ? '' : ', no console warning') +
        `, CLS at most ${p.clsMax.toFixed(3)}`,
    );
    for (const w of p.warnings) console.log(`    ${w}`);
  }
  console.log('\nWaterfalls (the run closest to the median; ms from navigation start):');
  for (const p of pages) {
    console.log(`  ${p.label.trim()}: first result at ${ms(p.firstResult)}`);
    for (const r of p.waterfall) {
      console.log(
        `    ${r.beforeFirst ? '•' : ' '} ${String(r.start).padStart(5)} → ${String(r.end).padStart(5)}  ${kb(r.bytes).padStart(8)}  ${r.name}`,
      );
    }
  }
}
