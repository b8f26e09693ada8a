// Measures one engine at one size in a fresh process (so heap figures and JIT state belong to
// that engine alone) and prints one JSON line. Run by run.ts; not meant to be run by hand.
import { createEngine, type EngineName } from './engines.js';
import { generate, queries } from './generate.js';

export interface Timing {
  n: number;
  median: number;
  p95: number;
  mean: number;
}

export interface WorkerResult {
  engine: EngineName;
  size: number;
  /** The first build in this process (cold JIT), and the median of the next ones if run. */
  buildMs: number;
  buildWarmMs?: number;
  /** heapUsed + ArrayBuffers after the build, with the data; and what the build added. */
  heapMB: number;
  indexMB: number;
  /** Text only, and text + two facet filters; both with every facet's counts. */
  text: Timing;
  filtered: Timing;
  /** The first query after the build: a typo search, paying for anything built lazily. */
  firstQueryMs: number;
  /** Of the queries made from a name (exact, typos, reordered), how many put that name first. */
  nameTop1: number;
  nameQueries: number;
  /** Queries measured when only a sample of the set was affordable (plain Fuse at 100k). */
  sampled?: number;
  totals: number[];
  tops: (string | undefined)[];
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const engineName = arg('engine') as EngineName;
const size = Number(arg('size'));
if (!Number.isInteger(size) || size <= 0)
  throw new Error('worker: --size must be a positive integer');
const budgetMs = Number(arg('budget') ?? 2500);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function memory(): number {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
}

function timing(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, median: at(0.5), p95: at(0.95), mean };
}

// The data arrives as JSON in real use: parse it, so strings are flat like a loaded file's.
// A page builds the directory in a later task than the one that parsed the file; V8 frees the
// parse's garbage only once the task that made it has ended, so build in a later task too.
const data = JSON.parse(JSON.stringify(generate(size)));
await new Promise((resolve) => setTimeout(resolve, 0));
let set = queries(data);
const engine = createEngine(engineName);

const before = memory();
let t = performance.now();
engine.build(data);
const buildMs = performance.now() - t;
if (process.argv.includes('--build-only')) {
  process.stdout.write(`${JSON.stringify({ buildMs })}\n`);
  process.exit(0);
}
const heapMB = memory();
const typoQuery = set.find((q) => q.kind === 'name, one typo')!;
t = performance.now();
engine.query(typoQuery.text, typoQuery.filters);
const firstQueryMs = performance.now() - t;

// Plain Fuse takes seconds per query at 100k: measure a sample of the set once.
const huge = engineName === 'fuse' && size > 20_000;
let sampled: number | undefined;
if (huge) {
  set = set.filter((_, i) => i % 4 === 0);
  sampled = set.length;
}

type Answer = ReturnType<typeof engine.query>;
/** Timed passes over the set until the budget is spent; the first pass's answers are kept. */
const run = (withFilters: boolean): { samples: number[]; answers: Answer[] } => {
  const samples: number[] = [];
  const answers: Answer[] = [];
  const start = performance.now();
  do {
    for (const q of set) {
      t = performance.now();
      const answer = engine.query(q.text, withFilters ? q.filters : undefined);
      samples.push(performance.now() - t);
      if (answers.length < set.length) answers.push(answer);
    }
  } while (performance.now() - start < budgetMs && samples.length < 40 * set.length);
  return { samples, answers };
};

// One pass of each kind to warm up (skipped where a query takes a second or more), then the
// timed runs: the query texts rotate, so the engine never answers the same text twice in a row.
if (!(engineName === 'fuse' && size >= 10_000)) {
  for (const q of set) {
    engine.query(q.text, undefined);
    engine.query(q.text, q.filters);
  }
}
const plain = run(false);
const withFilters = run(true);
const text = timing(plain.samples);
const filtered = timing(withFilters.samples);
const answers = withFilters.answers;
const byId = new Map<string, string>(
  data.organizations.map((o: { id: string; name: string }) => [o.id, o.name]),
);
const named = set.flatMap((q, i) =>
  q.expect === undefined ? [] : [[q.expect, plain.answers[i]!.top] as const],
);
const nameTop1 = named.filter(
  ([expect, top]) => top !== undefined && byId.get(top) === expect,
).length;

let buildWarmMs: number | undefined;
if (engineName === 'directory') {
  const builds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const e = createEngine(engineName);
    t = performance.now();
    e.build(data);
    builds.push(performance.now() - t);
  }
  buildWarmMs = timing(builds).median;
}

const result: WorkerResult = {
  engine: engineName,
  size,
  buildMs,
  ...(buildWarmMs === undefined ? {} : { buildWarmMs }),
  heapMB,
  indexMB: heapMB - before,
  firstQueryMs,
  nameTop1,
  nameQueries: named.length,
  text,
  filtered,
  ...(sampled === undefined ? {} : { sampled }),
  totals: answers.map((a) => a.total),
  tops: answers.map((a) => a.top),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
