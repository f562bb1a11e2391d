/**
 * `Server-Timing` on every answer: `es`, the time the request spent waiting for Elasticsearch (from the first call
 * sent to the last answer parsed; calls side by side count once), and `app`, the rest of the request in the API.
 * Browsers show both in their developer tools, and the benchmark reads them to tell the API's own cost from
 * Elasticsearch's (bench/load.ts). Calls are matched to their request through AsyncLocalStorage and the client's
 * diagnostic events, which fire in the caller's async context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Client } from '@elastic/elasticsearch';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';

class ElasticsearchWait {
  ms = 0;
  private inFlight = 0;
  private since = 0;

  sent(now: number): void {
    if (this.inFlight++ === 0) this.since = now;
  }

  answered(now: number): void {
    if (this.inFlight === 0) return;
    if (--this.inFlight === 0) this.ms += now - this.since;
  }
}

const waits = new AsyncLocalStorage<ElasticsearchWait>();
const observed = new WeakSet<Client>();

function observe(client: Client): void {
  if (observed.has(client)) return;
  observed.add(client);
  client.diagnostic.on('request', () => waits.getStore()?.sent(performance.now()));
  client.diagnostic.on('response', () => waits.getStore()?.answered(performance.now()));
}

/** "es;dur=3.1, app;dur=0.9": milliseconds with one decimal. */
export function serverTimingHeader(esMs: number, totalMs: number): string {
  return `es;dur=${esMs.toFixed(1)};desc="Elasticsearch", app;dur=${Math.max(0, totalMs - esMs).toFixed(1)}`;
}

export function serverTiming(client: Client) {
  observe(client);
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const wait = new ElasticsearchWait();
    await waits.run(wait, next);
    c.res.headers.append('Server-Timing', serverTimingHeader(wait.ms, performance.now() - started));
  });
}
