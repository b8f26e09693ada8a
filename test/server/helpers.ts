// The server tests run on both databases the server supports: a real PostgreSQL server and the
// embedded one (PGlite). The PostgreSQL server is:
// - MHPSS_TEST_DATABASE_URL when set (CI: .ci/run starts a Debian PostgreSQL 15 and sets it;
//   `npm test` starts one the same way when PostgreSQL's binaries are installed);
// - else a throwaway cluster this test file starts (scripts/pg-cluster.mjs) when the binaries
//   are installed;
// - else the PostgreSQL variant is skipped with a message — except on CI (CI=true), where a
//   missing PostgreSQL fails the run.
// Each server gets a database of its own, dropped at the end, so test files never meet.
import assert from 'node:assert/strict';
import { after } from 'node:test';
import type { DirectoryData } from '../../src/core/index.js';
import { serve, type RunningServer, type ServeOptions } from '../../src/server/index.js';
import { startCluster } from '../../scripts/pg-cluster.mjs';

export type VariantName = 'postgres' | 'embedded';

export interface Variant {
  name: VariantName;
  /** Why it does not run here (the test is skipped with this message). */
  skip?: string;
  /** A fresh, empty database (postgres only); dropped after the file's tests. */
  database(): Promise<string | undefined>;
}

/** What to undo once the file's tests are done, last first: servers, databases, the cluster. */
const cleanups: (() => unknown)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

let cluster: Promise<{ url: string; stop?: () => void } | null> | undefined;

/** The PostgreSQL server's admin URL for this test file, started on first use. */
function adminUrl(): Promise<{ url: string; stop?: () => void } | null> {
  cluster ??= (async () => {
    const given = process.env.MHPSS_TEST_DATABASE_URL;
    if (given) return { url: given };
    const started = await startCluster({ settings: { shared_buffers: '128MB' } });
    if (!started) return null;
    cleanups.push(() => started.stop());
    return started;
  })();
  return cluster;
}

const NO_POSTGRES =
  'no PostgreSQL: set MHPSS_TEST_DATABASE_URL, or install Debian’s postgresql package';

let counter = 0;

async function freshDatabase(): Promise<string> {
  const admin = await adminUrl();
  if (!admin) throw new Error(NO_POSTGRES);
  const { default: pg } = await import('pg');
  const name = `mhpss_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const client = new pg.Client({ connectionString: admin.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: admin.url });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  const url = new URL(admin.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Whether a PostgreSQL server can be had: given, or startable here. */
async function postgresAvailable(): Promise<boolean> {
  if (process.env.MHPSS_TEST_DATABASE_URL) return true;
  const { postgresBin } = await import('../../scripts/pg-cluster.mjs');
  return postgresBin() !== null;
}

/** Both variants; `only` limits them (e.g. to the real server for the heavier tests). */
export async function variants(only?: VariantName[]): Promise<Variant[]> {
  const pgHere = await postgresAvailable();
  if (!pgHere && process.env.CI) {
    assert.fail(`CI must test against a real PostgreSQL: ${NO_POSTGRES}`);
  }
  const all: Variant[] = [
    {
      name: 'postgres',
      ...(pgHere ? {} : { skip: NO_POSTGRES }),
      database: freshDatabase,
    },
    { name: 'embedded', database: async () => undefined },
  ];
  return all.filter((v) => !only || only.includes(v.name));
}

/** A running API over `data` in a variant's database; closed after the file's tests. */
export async function startApi(
  variant: Variant,
  data: DirectoryData,
  options: Omit<ServeOptions, 'data' | 'db'> = {},
): Promise<RunningServer & { base: string; errors: unknown[] }> {
  const db = await variant.database();
  const errors: unknown[] = [];
  const running = await serve({
    data,
    ...(db ? { db } : {}),
    port: 0,
    onError: (error) => errors.push(error),
    ...options,
  });
  cleanups.push(() => running.close());
  return { ...running, base: running.url.replace(/\/$/, ''), errors };
}

/** GET a path; the status and the parsed body. */
export async function get(
  base: string,
  path: string,
): Promise<{ status: number; type: string; body: any }> {
  const res = await fetch(`${base}${path}`);
  const type = res.headers.get('content-type') ?? '';
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Left as text: the test says what it expected.
  }
  return { status: res.status, type, body };
}
