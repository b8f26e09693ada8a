// The browser benchmark's server: the repo's files (the built CDN module, its chunks, the shipped
// list) and pages made for the run, gzip-compressed as a CDN serves them. One port, two origins:
// the partner's page is asked for at http://localhost:<port>, the CDN files at
// http://127.0.0.1:<port>, so the widget loads across origins exactly as it does from jsDelivr
// (CORS, `crossorigin`, a preload that must match the widget's own fetch).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Starts the server. `pages` maps a path (e.g. `/bench/plain.html`) to generated content; any
 * other path is a file under `root`. Responses are compressed once (gzip, level 9, as the size
 * budget counts them) and kept in memory, so compressing costs no time during a run.
 */
export async function startServer(root = resolve('.'), pages = new Map()) {
  const cache = new Map();
  /** Every request the server answered: path, origin it was asked at, bytes sent. */
  const log = [];
  const body = (path) => {
    let entry = cache.get(path);
    if (entry) return entry;
    let raw;
    let type;
    if (pages.has(path)) {
      const page = pages.get(path);
      raw = Buffer.from(typeof page === 'function' ? page() : page);
      type = TYPES[extname(path)] ?? 'text/html; charset=utf-8';
    } else {
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
        return undefined;
      }
      raw = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    entry = { raw, gzip: gzipSync(raw, { level: 9 }), type };
    cache.set(path, entry);
    return entry;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const entry = body(url.pathname);
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const data = gzip ? entry.gzip : entry.raw;
    log.push({ path: url.pathname, host: req.headers.host, bytes: data.length });
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': data.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'Accept-Encoding',
      'cache-control': 'no-cache',
      // What jsDelivr sends: any page may load the files, and read their timings.
      'access-control-allow-origin': '*',
      'timing-allow-origin': '*',
    });
    res.end(data);
  });
  await new Promise((ok) => server.listen(0, ok));
  const { port } = server.address();
  return {
    /** The partner's origin. */
    page: `http://localhost:${port}`,
    /** The CDN's origin (another host name, the same server). */
    cdn: `http://127.0.0.1:${port}`,
    log,
    /** Adds or replaces a generated page. */
    setPage(path, content) {
      pages.set(path, content);
      cache.delete(path);
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}
