/**
 * The API as the benchmark measures it: its own Node process (so the load generator never shares its event
 * loop), started by bench/api-process.ts with BENCH_ES_URL and BENCH_PREFIX, logging like `npm start` does
 * (pino at info, one line per request) to /dev/null. Reports its port, and its memory on request, over IPC.
 */
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../api/app.js';
import { createLogger } from '../api/logger.js';
import { indexNames } from '../ingest/index-names.js';
import { createClient } from '../scripts/elasticsearch/client.js';
import { loadConfig } from '../scripts/config.js';

const esUrl = process.env.BENCH_ES_URL;
const prefix = process.env.BENCH_PREFIX;
if (!esUrl || !prefix || !process.send) {
  console.error('bench/api-server.ts is started by the benchmark (bench/run.ts), not by hand.');
  process.exit(2);
}
const config = loadConfig();
const client = createClient(esUrl, config.ES_URL ? config : {});
const app = createApp({ client, names: indexNames(prefix), logger: createLogger('info', pino.destination({ dest: '/dev/null', sync: true })) });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send!({ type: 'listening', port: info.port });
});

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'memory') {
    process.send!({ type: 'memory', usage: process.memoryUsage() });
  } else if (message?.type === 'stop') {
    server.close();
    void client.close().finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
