// The server at scale: synthetic directories of 10^5 and 10^6 organizations (generate.ts) in a
// PostgreSQL on loopback, queried as a visitor types — every keystroke of two- and three-word
// queries with typos, under two filters, with facet counts and records, as the widget asks —
// then a bounded load test (autocannon, fixed duration) at 1 and 2 server processes.
//
//   npm run bench:server                       both sizes, a throwaway cluster
//   npm run bench:server -- --sizes 100000     one size
//   MHPSS_BENCH_DATABASE_URL=postgres://…      an existing server (a database per size is
//                                              created once and kept: reruns skip the import)
//
// Prints p50/p95/max per request with the exact counts, where the time goes (Server-Timing:
// vocabulary look-up, mhpss_search, ranking and records, HSDS bodies), and the load test's
// throughput and p99; writes bench-results/server.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../../src/server/database.js';
import { importDirectory } from '../../src/server/load.js';
import { migrate } from '../../src/server/migrations.js';
import { startCluster } from '../../scripts/pg-cluster.mjs';
import { generate, queries } from './generate.js';
// @ts-expect-error: a JavaScript module of the browser bench, without types
import { endpointKeystrokes } from '../bench-browser/endpoint-keys.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    'load-seconds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    // Queries typed into the element in Chromium (keystroke → results); 0: none.
    'browser-queries': { type: 'string', default: '6' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const loadSeconds = Number(values['load-seconds']);
const connections = Number(values.connections);
// The element's keystroke → results needs the built CDN widget (npm run build).
const browserQueries = existsSync('dist/cdn/mhpss-directory.js')
  ? Number(values['browser-queries'])
  : 0;

const log = (line: string) => process.stdout.write(`${line}\n`);
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The requests a visitor's typing sends: every keystroke from the second character on. */
function typed(text: string): string[] {
  const out: string[] = [];
  for (let i = 2; i <= text.length; i++) if (text[i - 1] !== ' ') out.push(text.slice(0, i));
  return out;
}

function organizationsUrl(text: string, filters: Record<string, string[]>): string {
  const qs = new URLSearchParams({ search: text, per_page: '20', facets: 'true', records: 'true' });
  for (const [key, ids] of Object.entries(filters)) {
    for (const id of ids) qs.append('taxonomy_term_id', `${key}:${id}`);
  }
  return `/organizations?${qs}`;
}

/** Starts `workers` server processes on one port over the database; resolves to their URL. */
function startWorkers(db: string, workers: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/bench/server-workers.ts', '--db', db, '--workers', String(workers)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\S+)/.exec(out);
      if (match) resolve({ url: match[1]!.replace(/\/$/, ''), child });
    });
    child.on('exit', (code) => reject(new Error(`server workers exited (${code})`)));
  });
}

const stopWorkers = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

interface SizeReport {
  size: number;
  importMs: number;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  timings: Record<string, { mean: number; p95: number }>;
  samples: { text: string; total: number; ms: number }[];
  /** The element in Chromium over the server: keystroke → the frame showing its results. */
  keystrokes?: {
    keys: number;
    unanswered: number;
    requests: number;
    keyToFrame: { p50: number; p95: number; max: number };
    keyToRendered: { p50: number; p95: number; max: number };
  };
  load: {
    processes: number;
    requestsPerSecond: number;
    p50: number;
    p99: number;
    errors: number;
  }[];
}

async function benchSize(adminUrl: string, size: number): Promise<SizeReport> {
  const name = `mhpss_bench_${size}`;
  // Kept between runs on a server of one's own (MHPSS_BENCH_DATABASE_URL): the import is then
  // skipped when the data is the same (its digest), and a rerun measures only the queries.
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();

  log(`\n## ${size.toLocaleString('en')} organizations`);
  let t = Date.now();
  const data = generate(size);
  log(`generated in ${Date.now() - t} ms`);
  const db = await openDatabase(dbUrl);
  await migrate(db);
  t = Date.now();
  const imported = await importDirectory(db, data, { log: (line) => log(`  ${line}`) });
  const importMs = Date.now() - t;
  log(imported.imported ? `imported in ${importMs} ms` : 'already imported (same digest)');
  if (imported.imported) await db.exec('VACUUM ANALYZE');
  await db.close();
  const bench = queries(data);
  // The data is in PostgreSQL now; the bench process lets go of it.
  (data as { organizations: unknown[] }).organizations = [];

  const { url: base, child } = await startWorkers(dbUrl, 1);
  const latencies: number[] = [];
  const parts: Record<string, number[]> = {};
  const samples: SizeReport['samples'] = [];
  const urls: string[] = [];
  for (const q of bench)
    for (const text of typed(q.text)) urls.push(organizationsUrl(text, q.filters));
  // Warm-up: every full query once (caches, plans, the plpgsql functions).
  for (const q of bench)
    await fetch(base + organizationsUrl(q.text, q.filters)).then((r) => r.arrayBuffer());
  for (const path of urls) {
    const start = performance.now();
    const res = await fetch(base + path);
    const body = (await res.json()) as { total_items: number };
    const elapsed = performance.now() - start;
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    latencies.push(elapsed);
    for (const part of (res.headers.get('server-timing') ?? '').split(',')) {
      const m = /(\w+);dur=([\d.]+)/.exec(part);
      if (m) (parts[m[1]!] ??= []).push(Number(m[2]));
    }
    const text = new URL(base + path).searchParams.get('search')!;
    if (bench.some((q) => q.text === text))
      samples.push({ text, total: body.total_items, ms: elapsed });
  }
  latencies.sort((a, b) => a - b);
  const timings = Object.fromEntries(
    Object.entries(parts).map(([k, v]) => {
      const sorted = [...v].sort((a, b) => a - b);
      return [k, { mean: v.reduce((s, x) => s + x, 0) / v.length, p95: quantile(sorted, 0.95) }];
    }),
  );
  log(
    `${latencies.length} requests (every keystroke of ${bench.length} queries, two filters, ` +
      `facet counts, records): p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}, max ${ms(latencies.at(-1)!)}`,
  );
  log(
    `where the time goes (mean / p95): ${Object.entries(timings)
      .map(([k, v]) => `${k} ${ms(v.mean)} / ${ms(v.p95)}`)
      .join(', ')}`,
  );
  for (const s of samples)
    log(`  "${s.text}": ${s.total.toLocaleString('en')} results, ${ms(s.ms)}`);
  let keystrokes: SizeReport['keystrokes'];
  if (browserQueries > 0) {
    // The typo queries (the last of the set), as a visitor types them under their two filters.
    keystrokes = (await endpointKeystrokes(
      `${base}/`,
      bench.slice(-browserQueries),
    )) as NonNullable<SizeReport['keystrokes']>;
    log(
      `the element, keystroke → frame with its results (a key every 150 ms, ${keystrokes.keys} keys, ` +
        `${keystrokes.requests} requests): p50 ${ms(keystrokes.keyToFrame.p50)}, p95 ${ms(keystrokes.keyToFrame.p95)}, ` +
        `max ${ms(keystrokes.keyToFrame.max)}`,
    );
  } else log('the element: skipped (no dist/cdn: npm run build first)');
  await stopWorkers(child);

  const load: SizeReport['load'] = [];
  for (const processes of [1, 2]) {
    const { url: loadBase, child: workers } = await startWorkers(dbUrl, processes);
    // Each process warmed up as the single one was (its vocabulary and typo candidates are its
    // own): the primary hands connections out in turn, so every full query is sent `processes`
    // times at once. Else the load test measures a second process's start, not its throughput.
    for (const q of bench) {
      await Promise.all(
        Array.from({ length: processes }, () =>
          fetch(loadBase + organizationsUrl(q.text, q.filters)).then((r) => r.arrayBuffer()),
        ),
      );
    }
    let i = 0;
    const result = await autocannon({
      url: loadBase,
      connections,
      duration: loadSeconds,
      requests: [{ setupRequest: (req) => ({ ...req, path: urls[i++ % urls.length]! }) }],
    });
    await stopWorkers(workers);
    const entry = {
      processes,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
    load.push(entry);
    log(
      `load, ${processes} process${processes > 1 ? 'es' : ''}, ${connections} connections, ${loadSeconds} s: ` +
        `${entry.requestsPerSecond.toFixed(0)} requests/s, p50 ${entry.p50} ms, p99 ${entry.p99} ms, ${entry.errors} errors`,
    );
  }
  return {
    size,
    importMs,
    requests: latencies.length,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    max: latencies.at(-1)!,
    timings,
    samples,
    ...(keystrokes ? { keystrokes } : {}),
    load,
  };
}

const given = process.env.MHPSS_BENCH_DATABASE_URL;
const cluster = given
  ? null
  : await startCluster({
      settings: { shared_buffers: '2GB', work_mem: '64MB', effective_cache_size: '8GB' },
    });
const adminUrl = given ?? cluster?.url;
if (!adminUrl) {
  log('bench:server needs PostgreSQL: install Debian’s postgresql or set MHPSS_BENCH_DATABASE_URL');
  process.exit(1);
}
log(`# mhpss-directory serve at scale — ${cpus().length} cores, ${cpus()[0]?.model ?? ''}`);
const reports: SizeReport[] = [];
try {
  for (const size of sizes) reports.push(await benchSize(adminUrl, size));
} finally {
  cluster?.stop();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/server.json', `${JSON.stringify(reports, null, 2)}\n`);
log('\nwritten to bench-results/server.json');
