// `npm run bench`: measures this Directory against plain Fuse.js (the baseline), uFuzzy and
// MiniSearch (references) on seeded synthetic directories, prints a table, checks the targets
// of the search-engine issue and writes bench-results/bench-<time>.json.
//
//   npm run bench -- --sizes 1k,10k,100k --engines directory,fuse,ufuzzy,minisearch --budget 2500
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { ENGINES, type EngineName } from './engines.js';
import type { WorkerResult } from './worker.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const parseSize = (s: string) => Math.round(parseFloat(s) * (/k$/i.test(s) ? 1000 : 1));
const sizes = (arg('sizes') ?? '1k,10k,100k').split(',').map(parseSize);
const engines = (arg('engines') ?? ENGINES.join(',')).split(',') as EngineName[];
const budget = arg('budget') ?? '2500';
/** Cold builds are noisy on a shared machine: the median of this many fresh processes. */
const coldRuns = Number(arg('cold-runs') ?? 5);
for (const e of engines) if (!ENGINES.includes(e)) throw new Error(`unknown engine '${e}'`);

const worker = (engine: EngineName, size: number, ...extra: string[]): unknown => {
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      new URL('./worker.ts', import.meta.url).pathname,
      '--engine',
      engine,
      '--size',
      String(size),
      '--budget',
      budget,
      ...extra,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`${engine} at ${size} failed`);
  }
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const load = [loadavg()[0]!];
const results: (WorkerResult & { coldBuilds: number[] })[] = [];
for (const size of sizes) {
  for (const engine of engines) {
    process.stderr.write(`… ${engine} at ${size.toLocaleString('en')}\n`);
    const result = worker(engine, size) as WorkerResult;
    // More cold builds where they are affordable (MiniSearch takes seconds at 100k).
    const more = engine === 'directory' || size <= 10_000 ? coldRuns - 1 : 0;
    const coldBuilds = [result.buildMs];
    for (let i = 0; i < more; i++) {
      coldBuilds.push((worker(engine, size, '--build-only') as { buildMs: number }).buildMs);
    }
    results.push({ ...result, buildMs: median(coldBuilds), coldBuilds });
  }
}
load.push(loadavg()[0]!);

// --- Table ------------------------------------------------------------------------------------
const f = (x: number, d = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
const rows: string[][] = [
  [
    'size',
    'engine',
    'build ms',
    '1st q',
    'heap MB',
    'index MB',
    'text med',
    'text p95',
    'filt med',
    'filt p95',
    'vs Fuse',
    'names@1',
  ],
];
for (const r of results) {
  const fuse = results.find((x) => x.engine === 'fuse' && x.size === r.size);
  rows.push([
    r.size.toLocaleString('en'),
    r.engine + (r.sampled ? ` (${r.sampled} q)` : ''),
    f(r.buildMs, 1) + (r.buildWarmMs !== undefined ? ` (${f(r.buildWarmMs, 1)})` : ''),
    f(r.firstQueryMs, 1),
    f(r.heapMB, 1),
    f(r.indexMB, 1),
    f(r.text.median),
    f(r.text.p95),
    f(r.filtered.median),
    f(r.filtered.p95),
    fuse && r.engine !== 'fuse' ? `${f(fuse.filtered.median / r.filtered.median, 0)}×` : '',
    `${r.nameTop1}/${r.nameQueries}`,
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
const line = (row: string[]) =>
  row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
console.log(
  `\nQuery times in ms (median / p95), ${results[0]?.text.n ?? 0}+ samples each; "filt" = text + two facet filters; every query computes all facet counts.`,
);
console.log(
  `Build: median of the first build in ${coldRuns} fresh processes (cold JIT; 1 for the references at 100k), then the median of three more builds in one process (warm) in parentheses.`,
);
console.log(
  '1st q: the first query after the build (a typo search; pays for what is built lazily).',
);
console.log(
  'names@1: queries made from a name (exact, lower case, typos, reordered) that put that name first.\n',
);
console.log(line(rows[0]!));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows.slice(1)) console.log(line(row));

// --- Targets ------------------------------------------------------------------------------------
interface Check {
  target: string;
  value: string;
  pass: boolean;
}
const checks: Check[] = [];
const get = (engine: EngineName, size: number) =>
  results.find((r) => r.engine === engine && r.size === size);
const check = (target: string, value: number, limit: number, unit: string, atMost = true) =>
  checks.push({
    target,
    value: `${f(value)} ${unit}`,
    pass: atMost ? value <= limit : value >= limit,
  });
const d10 = get('directory', 10_000);
if (d10) {
  check('10k: median ≤ 2 ms (text + 2 filters + counts)', d10.filtered.median, 2, 'ms');
  check('10k: p95 ≤ 8 ms', d10.filtered.p95, 8, 'ms');
  check(
    `10k: index build ≤ 150 ms (cold, median of ${d10.coldBuilds.length})`,
    d10.buildMs,
    150,
    'ms',
  );
  const fuse = get('fuse', 10_000);
  if (fuse)
    check(
      '10k: ≥ 50× faster than plain Fuse (median)',
      fuse.filtered.median / d10.filtered.median,
      50,
      '×',
      false,
    );
  for (const ref of ['ufuzzy', 'minisearch'] as const) {
    const other = get(ref, 10_000);
    if (other) {
      checks.push({
        target: `10k: faster than ${ref} (median)`,
        value: `${f(d10.filtered.median)} vs ${f(other.filtered.median)} ms`,
        pass: d10.filtered.median < other.filtered.median,
      });
    }
  }
}
const d100 = get('directory', 100_000);
if (d100) {
  check('100k: p95 ≤ 80 ms', d100.filtered.p95, 80, 'ms');
  check(
    `100k: index build ≤ 1.5 s (cold, median of ${d100.coldBuilds.length})`,
    d100.buildMs,
    1500,
    'ms',
  );
  check('100k: heap after build ≤ 120 MB (engine: index MB)', d100.indexMB, 120, 'MB');
}
if (checks.length) {
  console.log('\nTargets');
  for (const c of checks)
    console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.target.padEnd(52)} ${c.value}`);
}
console.log(
  `\nLoad average (1 min) before/after: ${load.map((x) => x.toFixed(2)).join(' / ')} on ${cpus().length} CPUs`,
);

mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadavg: load, results, checks }, null, 2)}\n`,
);
console.log(`Wrote ${file}`);
