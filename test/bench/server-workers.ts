// N server processes on one port (node:cluster: the primary hands connections to the workers in
// turn), each serving what the database holds — as several `mhpss-directory serve --db URL`
// behind a load balancer would. Prints "ready <url>" once every worker listens.
//   node --import tsx test/bench/server-workers.ts --db URL --port N --workers N
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { serve } from '../../src/server/index.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '0' },
    workers: { type: 'string', default: '1' },
  },
});

if (cluster.isPrimary) {
  const workers = Number(values.workers);
  let ready = 0;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('message', (_worker, message: { url?: string }) => {
    if (message.url && ++ready === workers) process.stdout.write(`ready ${message.url}\n`);
  });
  cluster.on('exit', (_worker, code) => {
    if (code) process.exit(code);
  });
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const running = await serve({ db: values.db!, port: Number(values.port) });
  process.send?.({ url: running.url });
}
