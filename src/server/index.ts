// The directory as an Open Referral HSDS 3.0 API over PostgreSQL: `mhpss-directory serve`.
// Node only; nothing in the browser bundles imports it. A process keeps nothing of its own but a
// few seconds' cache of the directory's description, so any number of them can run behind a
// load balancer, reading from PostgreSQL or from its streaming replicas.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DirectoryData } from '../core/model/schema.js';
import { createHandler } from './api.js';
import { openDatabase, ServerSetupError, type Database } from './database.js';
import { importDirectory, type ImportOptions, type ImportResult } from './load.js';
import { MetaCache } from './meta.js';
import { serverMessages } from './messages.js';
import { migrate, schemaVersion, SCHEMA_VERSION } from './migrations.js';

export { ServerSetupError, openDatabase, type Database } from './database.js';
export { importDirectory, type ImportOptions, type ImportResult } from './load.js';
export { migrate, SCHEMA_VERSION } from './migrations.js';
export { PROFILE_URL, PROFILE_VERSION } from './bodies.js';

export interface ServeOptions extends ImportOptions {
  /** A PostgreSQL URL; without it, an embedded PostgreSQL in this process. */
  db?: string;
  /** The directory to import; without it (and with `db`), the database serves what it holds. */
  data?: DirectoryData;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1; 0.0.0.0 to serve other machines. */
  host?: string;
  /** Unexpected errors while answering (default: one line on standard error). */
  onError?: (error: unknown) => void;
}

export interface RunningServer {
  /** The API's base URL, e.g. http://127.0.0.1:8080/ */
  url: string;
  db: Database;
  server: Server;
  imported?: ImportResult;
  /** Stops answering and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database (migrating its schema when there is data to import), imports the
 * directory when given, and starts answering. Throws ServerSetupError for what an operator
 * must fix (a missing package, an unreachable or empty database, a port in use).
 */
export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const db = await openDatabase(options.db);
  try {
    let imported: ImportResult | undefined;
    if (options.data || !options.db) {
      await migrate(db);
      imported = await importDirectory(
        db,
        options.data ?? { version: 1, taxonomies: {}, organizations: [] },
        options,
      );
    } else {
      // Serving what a database holds (a replica, say): read only, no migration.
      const version = await schemaVersion(db);
      if (version === 0)
        throw new ServerSetupError('empty-database', serverMessages.emptyDatabase());
      if (version !== SCHEMA_VERSION) {
        throw new ServerSetupError(
          version > SCHEMA_VERSION ? 'newer-schema' : 'old-schema',
          version > SCHEMA_VERSION
            ? serverMessages.newerSchema(version, SCHEMA_VERSION)
            : serverMessages.oldSchema(version, SCHEMA_VERSION),
        );
      }
    }
    const meta = new MetaCache(db);
    if (!(await meta.get()))
      throw new ServerSetupError('empty-database', serverMessages.emptyDatabase());
    const onError =
      options.onError ??
      ((error: unknown) =>
        process.stderr.write(
          `mhpss-directory serve: ${(error as Error)?.message ?? String(error)}\n`,
        ));
    const server = createServer(createHandler({ db, meta, onError }));
    server.keepAliveTimeout = 5000;
    const port = options.port ?? 8080;
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new ServerSetupError('cannot-listen', serverMessages.cannotListen(port, error.message)),
        ),
      );
      server.listen(port, host, resolve);
    });
    const address = server.address() as AddressInfo;
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      url: `http://${shown}:${address.port}/`,
      db,
      server,
      ...(imported ? { imported } : {}),
      close: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
