/**
 * Replays a list of GET requests against the API with N concurrent clients; bounded and self-stopping.
 * The clients ask for gzip, as a browser does, and use undici's `request` rather than `fetch`: the load generator
 * shares the machine's two cores with the API and Elasticsearch, and `fetch` costs it about twice the CPU per answer.
 */
import { gunzipSync } from 'node:zlib';
import { Agent, request } from 'undici';

export interface Request {
  kind: string;
  /** Path with query string, e.g. "/api/search?q=budget". */
  path: string;
}

export interface Sample {
  kind: string;
  path: string;
  ms: number;
  status: number;
  /** `tookMs` from the API's JSON answer (Elasticsearch's own `took`), if any. */
  tookMs: number | null;
  /** The API's time waiting for Elasticsearch, from its `Server-Timing` header (`es;dur=`), if any. */
  esMs: number | null;
  bytes: number;
}

/** The `es` duration of a `Server-Timing` header (api/middleware/server-timing.ts). */
export function elasticsearchWait(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header.join(', ') : (header ?? '');
  const match = /(?:^|,)\s*es;dur=([\d.]+)/.exec(value);
  return match ? Number(match[1]) : null;
}

export interface ReplayOptions {
  concurrency: number;
  /** Passes over the request list. */
  rounds: number;
  /** Stop starting new requests after this long. */
  maxMs: number;
  /** Read the response body as JSON to find tookMs (false for CSV and other non-JSON bodies). */
  json?: boolean;
}

export async function replay(baseUrl: string, requests: readonly Request[], options: ReplayOptions): Promise<{ samples: Sample[]; elapsedMs: number }> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`the benchmark only sends load to 127.0.0.1, not ${baseUrl}`);
  const jobs = Array.from({ length: options.rounds }, () => requests).flat();
  const samples: Sample[] = [];
  const dispatcher = new Agent({ connections: options.concurrency });
  const started = performance.now();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < jobs.length && performance.now() - started < options.maxMs) {
      const job = jobs[next++];
      const begin = performance.now();
      const response = await request(`${baseUrl}${job.path}`, { dispatcher, headers: { 'accept-encoding': 'gzip' } });
      const bytes = Buffer.from(await response.body.arrayBuffer());
      const body = (response.headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
      const ms = performance.now() - begin;
      let tookMs: number | null = null;
      if (options.json !== false && response.statusCode === 200) {
        try {
          const parsed = JSON.parse(body) as { tookMs?: unknown };
          tookMs = typeof parsed.tookMs === 'number' ? parsed.tookMs : null;
        } catch {
          tookMs = null;
        }
      }
      const esMs = elasticsearchWait(response.headers['server-timing']);
      samples.push({ kind: job.kind, path: job.path, ms, status: response.statusCode, tookMs, esMs, bytes: Buffer.byteLength(body) });
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, () => worker()));
  await dispatcher.close();
  return { samples, elapsedMs: performance.now() - started };
}
