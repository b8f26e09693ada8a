// A throwaway PostgreSQL cluster on loopback, for the server tests, the server bench and CI:
// Debian's binaries (/usr/lib/postgresql/N/bin, or MHPSS_PG_BIN), a temporary data directory,
// a free port on 127.0.0.1, trust authentication for the `postgres` role. Run as root, the
// server runs as the `postgres` system user (PostgreSQL refuses to run as root).
//
//   node scripts/pg-cluster.mjs start   prints shell lines: export MHPSS_TEST_DATABASE_URL=…
//                                        and MHPSS_PG_DATA=… (for `eval` in .ci/run)
//   node scripts/pg-cluster.mjs stop DIR  stops the cluster in DIR and removes DIR
//
// From JavaScript: `const cluster = await startCluster(); cluster.url; await cluster.stop();`
// (null when no PostgreSQL binaries are installed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folder holding initdb and pg_ctl: MHPSS_PG_BIN, else the newest Debian version. */
export function postgresBin() {
  const given = process.env.MHPSS_PG_BIN;
  if (given) return existsSync(join(given, 'initdb')) ? given : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program, as the `postgres` user when we are root. */
function pg(bin, program, args) {
  const command = asRoot ? 'runuser' : join(bin, program);
  const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${program} failed (${result.status}): ${result.stderr || result.stdout || result.error}`,
    );
  }
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Settings for a disposable cluster: no fsync (the data dies with it), enough memory for the
 * bench's million rows. `extra` adds or overrides `name=value` settings.
 */
const SETTINGS = {
  listen_addresses: '127.0.0.1',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  shared_buffers: '512MB',
  work_mem: '64MB',
  maintenance_work_mem: '512MB',
  max_connections: '100',
  max_wal_size: '4GB',
  jit: 'off',
};

/**
 * Starts a cluster; resolves to { url, dataDir, port, stop() }, or null when PostgreSQL is not
 * installed. `settings` overrides SETTINGS.
 */
export async function startCluster({ settings = {} } = {}) {
  const bin = postgresBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'mhpss-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (asRoot) spawnSync('chown', ['postgres:postgres', dir]);
  pg(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = Object.entries({ ...SETTINGS, ...settings, port: String(port) })
    .map(([k, v]) => `-c ${k}=${v}`)
    .concat([`-k ${dir}`])
    .join(' ');
  pg(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return { url, dataDir: dir, port, stop: () => stopCluster(dir) };
}

/** Stops the cluster in `dir` (started by startCluster) and removes the folder. */
export function stopCluster(dir) {
  const bin = postgresBin();
  const data = join(dir, 'data');
  if (bin && existsSync(join(data, 'postmaster.pid'))) {
    try {
      pg(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch (error) {
      process.stderr.write(`${error.message}\n`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/** The cluster's log, for a failing test's diagnostics. */
export const clusterLog = (dir) => {
  try {
    return readFileSync(join(dir, 'server.log'), 'utf8');
  } catch {
    return '';
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const cluster = await startCluster();
    if (!cluster) {
      process.stderr.write('pg-cluster: no PostgreSQL binaries (install Debian’s postgresql)\n');
      process.exit(1);
    }
    process.stdout.write(
      `export MHPSS_TEST_DATABASE_URL='${cluster.url}'\nexport MHPSS_PG_DATA='${cluster.dataDir}'\n`,
    );
  } else if (command === 'stop' && dir) {
    stopCluster(dir);
  } else {
    process.stderr.write('Usage: node scripts/pg-cluster.mjs start | stop DIR\n');
    process.exit(2);
  }
}
