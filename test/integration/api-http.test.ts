/**
 * The HTTP layer against the real node and corpus: gzip of JSON and CSV answers, the export's links, and a
 * health answer that shows status and versions but never the cluster's address or credentials.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { ErrorResponse, HealthResponse, SearchResponse } from '../../api/contract.js';
import { BUSY_MESSAGE, ExpensiveSearches } from '../../api/expensive-searches.js';
import { createClient } from '../../scripts/elasticsearch/client.js';
import { ELASTICSEARCH_VERSION } from '../../scripts/elasticsearch/version.js';
import { useCorpusApi } from '../helpers/api.js';
import { DEMO_CORPUS_ITEMS } from '../helpers/corpus.js';

const { deps, app } = useCorpusApi(import.meta.filename);
const GZIP = { headers: { 'Accept-Encoding': 'gzip' } };
const TEAMS_ITEM = 'kalundborg-2020-06-02-direktionen-5';

async function gunzipped(response: Response): Promise<Buffer> {
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Encoding')).toBe('gzip');
  expect(response.headers.get('Vary')).toContain('Accept-Encoding');
  return gunzipSync(Buffer.from(await response.arrayBuffer()));
}

function withoutTook(body: SearchResponse): Omit<SearchResponse, 'tookMs'> {
  const { tookMs: _took, ...rest } = body;
  return rest;
}

describe('compression', () => {
  it('gzips a search answer that decompresses to the same JSON as the plain answer', async () => {
    const url = '/api/search?q=Teams&size=5';
    const zipped = JSON.parse((await gunzipped(await app.request(url, GZIP))).toString('utf8')) as SearchResponse;
    const plainResponse = await app.request(url);
    expect(plainResponse.headers.get('Content-Encoding')).toBeNull();
    const plain = (await plainResponse.json()) as SearchResponse;
    expect(zipped.hits.map((hit) => hit.id)).toContain(TEAMS_ITEM);
    expect(withoutTook(zipped)).toEqual(withoutTook(plain));
  });

  it('gzips the streamed CSV export', async () => {
    const zipped = await gunzipped(await app.request('/api/export.csv?sort=date_asc', GZIP));
    const plain = Buffer.from(await (await app.request('/api/export.csv?sort=date_asc')).arrayBuffer());
    expect(zipped.equals(plain)).toBe(true);
    expect(zipped.toString('utf8').startsWith('\uFEFFid;dato;kommune;')).toBe(true);
    expect(zipped.toString('utf8')).toContain(`/punkt/${TEAMS_ITEM}\r\n`);
  });
});

describe('the export URL column', () => {
  it('links to the origin the request came to (which passed the host allow-list)', async () => {
    const text = await (await app.request(`http://localhost:8080/api/export.csv?q=Teams`)).text();
    expect(text).toContain(`;http://localhost:8080/punkt/${TEAMS_ITEM}\r\n`);
  });

  it('links to PUBLIC_URL when configured, whatever the Host', async () => {
    const behindProxy = createApp({ ...deps, publicUrl: 'https://referater.example.dk/', allowedHosts: ['127.0.0.1'] });
    const text = await (await behindProxy.request(`http://127.0.0.1:8080/api/export.csv?q=Teams`)).text();
    expect(text).toContain(`;https://referater.example.dk/punkt/${TEAMS_ITEM}\r\n`);
    expect(text).not.toContain('127.0.0.1');
  });
});

describe('GET /api/health', () => {
  it('shows status and versions, never the cluster URL or the credentials in it', async () => {
    const { hostname, port } = new URL(inject('esUrl'));
    // The test node has security off, so it answers a client whose URL carries (unused) credentials.
    const credentialed = `http://elastic:hemmelig-kode@${hostname}:${port}`;
    const client = createClient(credentialed, {});
    try {
      const response = await createApp({ ...deps, client }).request('/api/health');
      expect(response.status).toBe(200);
      const text = await response.text();
      const body = JSON.parse(text) as HealthResponse;
      expect(body.status).toBe('ok');
      expect(body.elasticsearch).toEqual({ status: expect.stringMatching(/^(green|yellow)$/), version: ELASTICSEARCH_VERSION });
      const counted = async (index: string) => (await deps.client.count({ index })).count;
      expect(body.index).toEqual({ items: await counted(deps.names.items), meetings: await counted(deps.names.meetings) });
      expect(body.index.items).toBe(DEMO_CORPUS_ITEMS);
      expect(text).not.toMatch(/hemmelig|elastic:|http:|:\/\//);
      expect(text).not.toContain(`${hostname}:${port}`);
    } finally {
      await client.close();
    }
  });
});

describe('Server-Timing', () => {
  const durations = (response: Response) =>
    Object.fromEntries([...(response.headers.get('Server-Timing') ?? '').matchAll(/(\w+);dur=([\d.]+)/g)].map((match) => [match[1], Number(match[2])]));

  it('says how long a search waited for Elasticsearch and how long the API took besides', async () => {
    const started = performance.now();
    const response = await app.request('/api/search?q=Teams&size=5', GZIP);
    const elapsed = performance.now() - started;
    await response.arrayBuffer();
    const { es, app: own } = durations(response);
    expect(es).toBeGreaterThan(0);
    expect(own).toBeGreaterThanOrEqual(0);
    expect(es + own).toBeLessThanOrEqual(elapsed + 0.2);
    expect(response.headers.get('Server-Timing')).toContain('desc="Elasticsearch"');
  });

  it('counts searches sent side by side once (a trends chart of eight series is one wait)', async () => {
    const series = ['telefoni', 'office-samarbejde', 'esdh-sagsbehandling', 'digitaliseringsstrategi', 'it-budget-puljer', 'udbud', 'covid-19', 'gdpr-informationssikkerhed'];
    const started = performance.now();
    const response = await app.request(`/api/trends?${series.map((topic) => `topic=${topic}`).join('&')}&metric=granted`);
    const elapsed = performance.now() - started;
    await response.arrayBuffer();
    const { es, app: own } = durations(response);
    expect(es).toBeGreaterThan(0);
    expect(es + own).toBeLessThanOrEqual(elapsed + 0.2);
  });

  it('has no Elasticsearch wait where nothing was asked of it', async () => {
    const response = await app.request('/api/search?page=0');
    expect(response.status).toBe(400);
    expect(durations(response).es).toBe(0);
  });
});

describe('the query cost budget', () => {
  it('answers an ordinary search as complete', async () => {
    const response = await app.request('/api/search?q=Teams');
    expect(response.status).toBe(200);
    expect(((await response.json()) as SearchResponse).partial).toBe(false);
  });

  it('finds prefixes, and searches one-letter "prefixes" as plain words', async () => {
    const prefix = (await (await app.request('/api/search?q=effektiviserings*')).json()) as SearchResponse;
    expect(prefix.hits.map((hit) => hit.id)).toContain(TEAMS_ITEM);
    const letters = (await (await app.request(`/api/search?q=${encodeURIComponent('o* t*')}`)).json()) as SearchResponse;
    const words = (await (await app.request('/api/search?q=o%20t')).json()) as SearchResponse;
    const prefixed = (await (await app.request(`/api/search?q=${encodeURIComponent('of* te*')}`)).json()) as SearchResponse;
    expect(letters.hits.map((hit) => hit.id)).toEqual(words.hits.map((hit) => hit.id));
    expect(prefixed.total).toBeGreaterThan(letters.total);
  });

  it('queues expensive searches behind the running ones and turns them away with a 503, while cheap ones keep flowing', async () => {
    const expensiveSearches = new ExpensiveSearches({ concurrency: 1, waitMs: 100 });
    const budgeted = createApp({ ...deps, expensiveSearches });
    let release!: () => void;
    const occupied = expensiveSearches.run(true, () => new Promise<void>((resolve) => (release = resolve)));
    try {
      const cheap = await budgeted.request('/api/search?q=Teams');
      expect(cheap.status).toBe(200);
      const expensive = await budgeted.request(`/api/search?q=${encodeURIComponent('effektiviserings*')}`);
      expect(expensive.status).toBe(503);
      expect(expensive.headers.get('Retry-After')).toBe('10');
      expect(((await expensive.json()) as ErrorResponse).error).toMatchObject({ status: 503, message: BUSY_MESSAGE });
    } finally {
      release();
      await occupied;
    }
    expect((await budgeted.request(`/api/search?q=${encodeURIComponent('effektiviserings*')}`)).status).toBe(200);
  });
});
