// Directory servers for the browser tests: `mhpss-directory serve data/members.json` on the
// embedded PostgreSQL (the real server, src/server/) and the minimal standard-only HSDS server
// (test/server/minimal-hsds.ts), each started on a test's first request for it and stopped with
// the test runner. A test asks with the `hsds-server` command:
//   { server: 'full' | 'minimal', action: 'start' }   → { url }  (started once, then reused)
//   { server, action: 'stop' }    the API stops answering (its address refuses connections)
//   { server, action: 'resume' }  it answers again, at the same address
// The sources are TypeScript, loaded with tsx: the tests need no build of the server.
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

/** @typedef {{ url: string, listen(): Promise<void>, stop(): Promise<void>, close(): Promise<void> }} Running */

/** @type {Map<string, Promise<Running>>} */
const running = new Map();

const members = () =>
  JSON.parse(readFileSync(new URL('../data/members.json', import.meta.url), 'utf8'));

/** Stops and starts answering an http.Server at one port, keeping everything else. */
function switchable(server, url, close) {
  const { port } = server.address();
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      }),
    close,
  };
}

async function startFull() {
  const { parseDirectory } = await tsImport('../src/core/index.ts', import.meta.url);
  const { serve } = await tsImport('../src/server/index.ts', import.meta.url);
  const { data } = parseDirectory(members());
  const api = await serve({ data, port: 0, onError: () => {} });
  return switchable(api.server, api.url, () => api.close());
}

async function startMinimal() {
  const { parseDirectory } = await tsImport('../src/core/index.ts', import.meta.url);
  const { startMinimalHsds } = await tsImport('../test/server/minimal-hsds.ts', import.meta.url);
  const { data } = parseDirectory(members());
  const api = await startMinimalHsds(data);
  return switchable(api.server, api.url, () => api.close());
}

/** The server by name, started on first use. */
function started(server) {
  if (!running.has(server)) running.set(server, server === 'full' ? startFull() : startMinimal());
  return running.get(server);
}

export function hsdsServerPlugin() {
  return {
    name: 'hsds-server',
    // Started with the runner, in the background: a browser's command times out after 20 s, and
    // the embedded PostgreSQL takes seconds to start on a busy machine. A start that fails is
    // reported to the test that asks.
    serverStart() {
      for (const server of ['full', 'minimal']) started(server).catch(() => {});
    },
    async executeCommand({ command, payload }) {
      if (command !== 'hsds-server') return undefined;
      const { server = 'full', action = 'start' } = payload ?? {};
      const api = await started(server);
      if (action === 'stop') await api.stop();
      if (action === 'resume') await api.listen();
      return { url: api.url };
    },
    async serverStop() {
      for (const api of running.values()) await (await api).close().catch(() => {});
      running.clear();
    },
  };
}
