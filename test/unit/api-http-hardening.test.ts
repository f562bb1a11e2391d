/**
 * The HTTP layer on its own (no request below reaches Elasticsearch): security headers, the host allow-list,
 * request body limits, gzip of static files, and a logger that keeps the cluster's address out of its lines.
 */
import { serve, type ServerType } from '@hono/node-server';
import { errors } from '@elastic/elasticsearch';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { ApiDeps } from '../../api/deps.js';
import { Hono } from 'hono';
import { createLogger } from '../../api/logger.js';
import { securityHeaders } from '../../api/middleware/security-headers.js';
import { MAX_BODY_BYTES } from '../../api/middleware/body-limit.js';
import { indexNames } from '../../ingest/index-names.js';
import { anyFreePort } from '../../scripts/ports.js';
import { assertReachable, createClient } from '../../scripts/elasticsearch/client.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

function app(extra: Partial<ApiDeps> = {}) {
  const client = createClient('http://127.0.0.1:1', {});
  return createApp({ client, names: indexNames('hardening-'), logger: pino({ level: 'silent' }), ...extra });
}

describe('security headers', () => {
  it('leave a stricter policy that a route set itself in place (ingested HTML served sandboxed)', async () => {
    const sandboxed = new Hono().use(securityHeaders()).get('/kilde', (c) => {
      c.header('Content-Security-Policy', 'sandbox; default-src none');
      return c.html('<p>kilde</p>');
    });
    const response = await sandboxed.request('/kilde');
    expect(response.headers.get('Content-Security-Policy')).toBe('sandbox; default-src none');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  });

  it.each(['/api/openapi.json', '/api/ingen-rute', '/api/search?size=0'])('are on every response: %s', async (path) => {
    const response = await app().request(path);
    expect(response.headers.get('Content-Security-Policy')).toBe(CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
  });
});

describe('host allow-list', () => {
  it.each(['http://localhost/api/openapi.json', 'http://localhost:5173/api/openapi.json', 'http://127.0.0.1:8080/api/openapi.json', 'http://[::1]:8080/api/openapi.json'])(
    'answers the loopback names by default: %s',
    async (url) => {
      expect((await app().request(url)).status).toBe(200);
    },
  );

  it('answers any other name with 421 and a Danish message, and still sends the security headers', async () => {
    const response = await app().request('http://rebound.example:8080/api/openapi.json');
    expect(response.status).toBe(421);
    const body = (await response.json()) as { error: { status: number; message: string } };
    expect(body.error.status).toBe(421);
    expect(body.error.message).toBe('Serveren svarer ikke på dette værtsnavn. Tilføj det til ALLOWED_HOSTS, hvis det er denne server.');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('answers exactly the configured names when ALLOWED_HOSTS is set', async () => {
    const configured = app({ allowedHosts: ['referater.example.dk'] });
    expect((await configured.request('https://REFERATER.example.dk/api/openapi.json')).status).toBe(200);
    expect((await configured.request('http://localhost/api/openapi.json')).status).toBe(421);
  });
});

/** A raw HTTP request to a real server, so that a GET can carry a body (fetch and app.request refuse one). */
function send(port: number, method: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const length = headers['Transfer-Encoding'] ? {} : { 'Content-Length': String(Buffer.byteLength(body)) };
    const outgoing = request({ host: '127.0.0.1', port, method, path: '/api/openapi.json', headers: { ...length, ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('request body limits', () => {
  let server: ServerType;
  let port: number;
  beforeAll(async () => {
    port = await anyFreePort();
    server = serve({ fetch: app().fetch, port, hostname: '127.0.0.1' });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a GET with a body over the limit (413, Danish message)', async () => {
    const response = await send(port, 'GET', 'x'.repeat(MAX_BODY_BYTES + 1));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text).error.message).toBe(`Forespørgslen er for stor: højst ${MAX_BODY_BYTES} bytes indhold.`);
  });

  it('refuses a chunked GET body, whatever its size', async () => {
    const response = await send(port, 'GET', 'x', { 'Transfer-Encoding': 'chunked' });
    expect(response.status).toBe(413);
  });

  it('refuses a POST body over the limit before any route runs', async () => {
    expect((await send(port, 'POST', 'x'.repeat(MAX_BODY_BYTES + 1), { 'Content-Type': 'text/plain' })).status).toBe(413);
  });

  it('lets an ordinary GET through', async () => {
    const response = await send(port, 'GET', '');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).openapi).toBe('3.1.0');
  });
});

describe('compression of static files', () => {
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `ord${index}`))};\n`;
  let staticDir: string;
  beforeAll(() => {
    staticDir = mkdtempSync(join(tmpdir(), 'referat-web-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Referat Radar</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), script);
  });

  it('sends a script gzipped to a client that accepts gzip, and whole to one that does not', async () => {
    const withStatic = app({ staticDir });
    const zipped = await withStatic.request('/assets/app.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(script.length / 2);
    expect(gunzipSync(bytes).toString('utf8')).toBe(script);

    const plain = await withStatic.request('/assets/app.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });
});

describe('messages about the cluster', () => {
  it('name an unreachable cluster without the credentials in its URL', async () => {
    const url = 'http://elastic:hemmelig-kode@127.0.0.1:1';
    const error = await assertReachable(createClient(url, {}), url).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/^Elasticsearch at http:\/\/127\.0\.0\.1:1 is not reachable: .+/);
    expect((error as Error).message).not.toContain('hemmelig');
  });
});

describe('the API logger', () => {
  it('keeps the cluster URL and credentials of an Elasticsearch error out of the log line', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const secretUrl = 'http://elastic:hemmelig-kode@es.intern.example:9200';
    const error = new errors.ConnectionError('connect ECONNREFUSED', {
      body: undefined,
      statusCode: 0,
      headers: {},
      warnings: null,
      meta: {
        context: null,
        name: 'es',
        request: { params: { method: 'GET', path: '/_search', headers: { authorization: 'Basic ZWxhc3RpYzpoZW1tZWxpZy1rb2Rl' } }, options: {}, id: 1 },
        connection: { url: new URL(secretUrl), id: secretUrl },
        attempts: 0,
        aborted: false,
      },
    } as unknown as ConstructorParameters<typeof errors.ConnectionError>[1]);
    createLogger('info', sink).error({ err: error }, 'unhandled error');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as { err: Record<string, unknown> };
    expect(line.err.message).toBe('connect ECONNREFUSED');
    expect(line.err.type).toBe('ConnectionError');
    expect(lines[0]).not.toMatch(/hemmelig|ZWxhc3RpYzpoZW1tZWxpZy1rb2Rl|es\.intern\.example/);
  });
});
