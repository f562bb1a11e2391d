/**
 * HTTP to one publishing portal, politely: a User-Agent naming the project, one request at a time with a
 * pause between requests, a timeout per request, retries (retry-policy.ts) and a cookie jar, since some
 * FirstAgenda portals send an anonymous visitor through a cookie-setting redirect before answering.
 */
import makeFetchCookie from 'fetch-cookie';
import packageJson from '../../package.json' with { type: 'json' };
import { DEFAULT_RETRY_POLICY, RequestFailure, retryAfterMs, sleep, withRetry, type RetryPolicy } from './retry-policy.js';

const project = packageJson as { name: string; version: string; homepage?: string };
export const USER_AGENT = `ReferatRadar/${project.version} (+${project.homepage ?? `npm package ${project.name}`}; harvests public agendas)`;

export interface ClientOptions {
  timeoutMs: number;
  /** Pause between the end of one request and the start of the next. */
  delayMs: number;
  retry: RetryPolicy;
  /** Aborts the request in flight (Ctrl-C); an aborted request is not retried. */
  signal?: AbortSignal;
}

export const DEFAULT_CLIENT_OPTIONS: ClientOptions = { timeoutMs: 30_000, delayMs: 1_000, retry: DEFAULT_RETRY_POLICY };

export interface PortalResponse {
  url: string;
  /** 304 only when an ETag was sent and the content is unchanged. */
  status: 200 | 304;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
}

/** `dagsordener.greve.dk` or `https://dagsordener.greve.dk/…` → the portal's origin; throws on anything else. */
export function portalOrigin(address: string): URL {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`${address}: ikke en URL; forventede en portal-adresse som https://dagsordener.<kommune>.dk`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${address}: ikke en http(s)-adresse; forventede en portal-adresse som https://dagsordener.<kommune>.dk`);
  }
  return new URL(url.origin);
}

export class PortalClient {
  private readonly fetch = makeFetchCookie(fetch);
  private nextRequestAt = 0;

  constructor(
    readonly origin: URL,
    private readonly options: ClientOptions = DEFAULT_CLIENT_OPTIONS,
  ) {}

  url(path: string): string {
    return new URL(path, this.origin).toString();
  }

  /** GET `path`; with `etag`, a conditional request that may answer 304. Throws RequestFailure. */
  get(path: string, etag?: string | null): Promise<PortalResponse> {
    const url = this.url(path);
    return withRetry(() => this.attempt(url, etag), this.options.retry, this.options.signal);
  }

  private async attempt(url: string, etag?: string | null): Promise<PortalResponse> {
    const { timeoutMs, signal } = this.options;
    await sleep(Math.max(0, this.nextRequestAt - Date.now()));
    const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: 'application/json' };
    if (etag) headers['If-None-Match'] = etag;
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let body: Buffer;
    try {
      response = await this.fetch(url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      body = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      if (signal?.aborted) throw error;
      const unknownHost = (error as { cause?: { code?: string } }).cause?.code === 'ENOTFOUND';
      throw new RequestFailure(url, timeout.aborted ? `intet svar inden for ${timeoutMs / 1000} s` : connectionProblem(error), !unknownHost);
    } finally {
      this.nextRequestAt = Date.now() + this.options.delayMs;
    }
    const header = (name: string) => response.headers.get(name);
    if (response.status === 200 || (response.status === 304 && etag)) {
      return { url, status: response.status, body, etag: header('etag'), lastModified: header('last-modified') };
    }
    throw statusFailure(url, response.status, retryAfterMs(header('retry-after')), this.options.retry.maxRetryAfterMs);
  }
}

function statusFailure(url: string, status: number, retryAfter: number | undefined, maxRetryAfterMs: number): RequestFailure {
  const retryable = status === 429 || status >= 500;
  if (retryable && retryAfter !== undefined && retryAfter > maxRetryAfterMs) {
    return new RequestFailure(url, `HTTP ${status} (portalen beder om at vente ${Math.round(retryAfter / 1000)} s)`, false);
  }
  return new RequestFailure(url, `HTTP ${status}`, retryable, retryable ? retryAfter : undefined);
}

function connectionProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code) return `ingen forbindelse (${cause.code})`;
  return `ingen forbindelse (${cause?.message ?? (error instanceof Error ? error.message : String(error))})`;
}
