// The one PostgreSQL interface the server uses, over a PostgreSQL server (`pg`, a pool) or an
// embedded one (PGlite, in this process). Both are optional peer dependencies: they are loaded
// only when `serve` runs, and a missing one is named in a one-line ServerSetupError.
import { serverMessages } from './messages.js';

/** What runs SQL: the database itself, or one transaction. Parameters are always bound. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a script of several statements, without parameters (migrations only). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** 'postgres' for a PostgreSQL server, 'embedded' for PGlite. */
  readonly kind: 'postgres' | 'embedded';
  /** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A failure to set up: a missing package, an unreachable database. One line, no stack. */
export class ServerSetupError extends Error {
  override name = 'ServerSetupError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const isMissingModule = (error: unknown, name: string) =>
  (error as NodeJS.ErrnoException)?.code === 'ERR_MODULE_NOT_FOUND' &&
  String((error as Error).message).includes(name);

/** Imports an optional peer dependency, or throws a ServerSetupError naming it. */
async function optional<T>(name: string, load: () => Promise<T>, why: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingModule(error, name)) {
      throw new ServerSetupError('missing-package', serverMessages.missingPackage(name, why));
    }
    throw error;
  }
}

/** Connection pool size per server process: PostgreSQL does the work, Node waits on it. */
const POOL_SIZE = 8;

/** A PostgreSQL server at `url` (postgres://…), through a pool of `pg` connections. */
export async function connectPostgres(url: string): Promise<Database> {
  const pg = await optional('pg', () => import('pg'), serverMessages.whyPg());
  const Pool = pg.default?.Pool ?? (pg as unknown as typeof pg.default).Pool;
  const pool = new Pool({
    connectionString: url,
    max: POOL_SIZE,
    application_name: 'mhpss-directory',
    // A runaway query ends instead of holding a connection.
    statement_timeout: 15_000,
  });
  // An idle connection the server drops must not take the process down.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new ServerSetupError(
      'cannot-connect',
      serverMessages.cannotConnect(url, (error as Error).message),
    );
  }
  return {
    kind: 'postgres',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, params as unknown[])).rows as R[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <R>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, params as unknown[])).rows as R[],
          exec: async (sql: string) => {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** An embedded PostgreSQL (PGlite) in this process, in memory, with pg_trgm. */
export async function openEmbedded(): Promise<Database> {
  const why = serverMessages.whyPglite();
  const { PGlite } = await optional(
    '@electric-sql/pglite',
    () => import('@electric-sql/pglite'),
    why,
  );
  const { pg_trgm } = await optional(
    '@electric-sql/pglite',
    () => import('@electric-sql/pglite/contrib/pg_trgm'),
    why,
  );
  // pg_trgm: the first migration creates the extension.
  const db = await PGlite.create({ extensions: { pg_trgm } });
  interface Lite {
    query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
    exec(sql: string): Promise<unknown>;
  }
  const wrap = (q: Lite): Queryable => ({
    query: async <R>(sql: string, params: readonly unknown[] = []) =>
      (await q.query(sql, params as unknown[])).rows as R[],
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    kind: 'embedded',
    ...wrap(db),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

/** The database at `url`, or an embedded one when there is none. */
export const openDatabase = (url?: string): Promise<Database> =>
  url ? connectPostgres(url) : openEmbedded();
