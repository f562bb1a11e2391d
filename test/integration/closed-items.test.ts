/**
 * Closed ("Lukket") items: a source that carries text under a closed item must not give it away by any
 * route. The fixture plants a CPR-like number and a unique word in a closed item's sections, decision and
 * attachments; every route of the OpenAPI document is then asked for it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { ItemDetail, MeetingDetail, SearchResponse, TrendsResponse } from '../../api/contract.js';
import type { IndexNames } from '../../ingest/index-names.js';
import { ingest, type IngestSummary } from '../../ingest/pipeline.js';
import { getJson } from '../helpers/api.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';
import { corpusText } from '../helpers/files.js';

const CPR = '010203-1234';
const WORD = 'Hemmelighedsfuldsen';
const CLOSED_CASE = '326-2019-55555';
const MEETING = 'kalundborg-2020-06-02-direktionen';
const CLOSED_ITEM = `${MEETING}-7`;
/** Anything of the planted text, in any case or encoding a response could carry it in. */
const LEAK = /hemmelighedsfuld|010203|4,2 mio|4200000/i;

const CLOSED_ITEM_WITH_TEXT = `Punkt 7: Lukket: Rammeaftale SYMB

Sagsfremstilling

7. Rammeaftale SYMB

Lukket

Sagsnr.: ${CLOSED_CASE} J.nr.: 81.00.00 Dokumentnr.: 326-2020-999999

Sagstype

Beslutning.

Resume og sagens baggrund

Leverandøren ${WORD} ApS (CPR ${CPR}) tilbyder SYMB til 4,2 mio. kr., med telefoni i Teams.

Indstillinger

Direktøren indstiller, at ${WORD} vælges.

Bilag

${WORD} tilbud

Direktionens møde den 2. juni 2020:

Godkendt. ${WORD} får kontrakten.
`;

const dir = mkdtempSync(join(tmpdir(), 'referat-closed-'));
const file = join(dir, 'kalundborg-lukket.txt');
const names = uniqueIndexNames(import.meta.filename);
const optedIn = uniqueIndexNames(`${import.meta.filename}-opted-in`);
const client = testClient();
const appOver = (indices: IndexNames, closedTextPublic = false) =>
  createApp({ client, names: indices, logger: pino({ level: 'silent' }), sourceRoots: [dir], closedTextPublic });
const app = appOver(names);
let summary: IngestSummary;

beforeAll(async () => {
  const original = corpusText('000');
  expect(original).toContain('Punkt 7: Lukket: Rammeaftale SYMB\n');
  writeFileSync(file, original.replace('Punkt 7: Lukket: Rammeaftale SYMB\n', CLOSED_ITEM_WITH_TEXT));
  summary = await ingest(client, names, [file]);
  await ingest(client, optedIn, [file], { itemPolicy: { indexClosedText: true, maxItemTextBytes: 1024 * 1024 } });
});
afterAll(async () => {
  await removeTestIndices(names);
  await removeTestIndices(optedIn);
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the fixture', () => {
  it('is read as one meeting whose closed item 7 carries the planted text', async () => {
    expect(summary.failures).toEqual([]);
    expect(summary.files).toMatchObject([{ status: 'indexed', meetings: 1, items: 10, layout: 'kalundborg' }]);
    expect(summary.closedTextDropped).toBe(1);
    // With INDEX_CLOSED_TEXT the same text is served: the routes below would show a leak.
    const optedInApp = appOver(optedIn, true);
    const search = await getJson<SearchResponse>(optedInApp, `/api/search?q=${WORD}`);
    expect(search.hits.map((hit) => hit.id)).toEqual([CLOSED_ITEM]);
    const item = await getJson<ItemDetail>(optedInApp, `/api/items/${CLOSED_ITEM}`);
    expect(JSON.stringify(item)).toContain(CPR);
    // The feed never shows a closed item's text, even where the instance opted in to indexing it.
    const feed = await (await optedInApp.request(`/api/feed.atom?q=${WORD}`)).text();
    expect(feed).toContain('<title>Rammeaftale SYMB</title>');
    expect(LEAK.test(withoutEchoes('/api/feed.atom', 200, feed))).toBe(false);
  });
});

describe('a closed item', () => {
  it('keeps its number, title, meeting and case numbers', async () => {
    const item = await getJson<ItemDetail>(app, `/api/items/${CLOSED_ITEM}`);
    expect(item).toMatchObject({ id: CLOSED_ITEM, number: 7, title: 'Rammeaftale SYMB', closed: true, caseNumbers: [CLOSED_CASE] });
    expect(item.meeting).toMatchObject({ id: MEETING, date: '2020-06-02' });
    expect(item.sections).toEqual({});
    expect(item.attachments).toEqual([]);
    expect(item.amounts).toEqual([]);
  });

  it('is found by its title, not by its text', async () => {
    const byTitle = await getJson<SearchResponse>(app, '/api/search?q=Rammeaftale');
    expect(byTitle.hits.map((hit) => hit.id)).toEqual([CLOSED_ITEM]);
    for (const q of [WORD, `"${CPR}"`, 'kontrakten', 'telefoni', 'hemmelighedsfuld*']) {
      const search = await getJson<SearchResponse>(app, `/api/search?q=${encodeURIComponent(q)}`);
      expect(search.hits.filter((hit) => hit.id === CLOSED_ITEM), q).toEqual([]);
    }
  });

  it('counts in no term series of the trends', async () => {
    const trends = await getJson<TrendsResponse>(app, `/api/trends?term=${WORD}&term=${encodeURIComponent(`"${CPR}"`)}`);
    expect(trends.series).toHaveLength(2);
    for (const series of trends.series) expect(series.buckets.map((bucket) => bucket.count ?? 0), series.key).toEqual(series.buckets.map(() => 0));
  });
});

/** Requests per route of the OpenAPI document, with the planted words wherever a route takes text. */
function requests(itemIds: string[]): Record<string, string[]> {
  const searches = [WORD, CPR, `"${CPR}"`, 'Rammeaftale', 'hemmelighedsfuld*', 'kontrakten'].map((q) => `q=${encodeURIComponent(q)}`);
  const filters = ['closed=true', 'closed=true&sort=amount_desc', 'hasAmount=true', 'system=Teams', 'topic=telefoni'];
  const search = [...searches, ...filters, `q=${WORD}&section=beslutning`, 'q=Rammeaftale&section=resume'];
  const terms = [WORD, `"${CPR}"`, 'Rammeaftale'].map((term) => `term=${encodeURIComponent(term)}`);
  const metrics = ['', '&metric=granted', '&metric=savings', '&interval=month'];
  return {
    '/api/health': ['/api/health'],
    '/api/search': search.map((query) => `/api/search?${query}`),
    '/api/trends': terms.flatMap((term) => metrics.map((metric) => `/api/trends?${term}${metric}`)),
    '/api/trends/table.csv': terms.flatMap((term) => metrics.map((metric) => `/api/trends/table.csv?${term}${metric}`)),
    '/api/trends/drilldown': ['granted', 'savings'].map((metric) => `/api/trends/drilldown?term=Rammeaftale&series=term:Rammeaftale&bucket=2020-01-01&metric=${metric}`),
    '/api/trends/spending-table': terms.flatMap((term) => ['granted', 'savings'].map((metric) => `/api/trends/spending-table?${term}&metric=${metric}`)),
    '/api/trends/spending-table.csv': terms.map((term) => `/api/trends/spending-table.csv?${term}&metric=granted`),
    '/api/export.csv': search.map((query) => `/api/export.csv?${query}`),
    '/api/feed.atom': search.map((query) => `/api/feed.atom?${query}`),
    '/api/items/{id}': itemIds.map((id) => `/api/items/${id}`),
    '/api/items/{id}/similar': itemIds.map((id) => `/api/items/${id}/similar`),
    '/api/sources/{meetingId}': [`/api/sources/${MEETING}`],
    '/api/meetings/{id}': [`/api/meetings/${MEETING}`],
    '/api/cases/{caseNumber}': [`/api/cases/${CLOSED_CASE}`, '/api/cases/326-2018-1373'],
    '/api/topics': ['/api/topics'],
    '/api/suggest': ['Hemmel', '0102', 'Ramme', 'kontr'].map((prefix) => `/api/suggest?prefix=${prefix}`),
    '/api/overview': ['/api/overview'],
    '/api/openapi.json': ['/api/openapi.json'],
  };
}

/** The series' key and label, and every drill-down query string (drilldown, moneyDrilldown, …). */
const isEchoField = (key: string) => key === 'key' || key === 'label' || key === 'series' || /drilldown$/i.test(key);

function withoutEchoFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEchoFields);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isEchoField(key) && typeof inner === 'string' ? '' : withoutEchoFields(inner)]));
}

/**
 * Trends answers name their series after the requested terms: in the JSON's keys, labels and drill-down query
 * strings, and in the CSV table's header row. Only those echoes of the request are removed; the numbers stay.
 */
function withoutEchoes(route: string, status: number, text: string): string {
  if (status !== 200) return text;
  // The feed's own title, id and links name the search; its entries are the answer.
  if (route === '/api/feed.atom') return text.replace(/<feed[\s\S]*?(?=<entry>|<\/feed>)/, '');
  if (route === '/api/trends/table.csv') return text.split('\r\n').slice(1).join('\r\n');
  // The spending table's rows are named after the series: its first column echoes the terms too.
  if (route === '/api/trends/spending-table.csv') return text.split('\r\n').slice(1).map((row) => row.split(';').slice(1).join(';')).join('\r\n');
  if (route.startsWith('/api/trends')) return JSON.stringify(withoutEchoFields(JSON.parse(text)));
  return text;
}

/** The assertion message: the URL, and the text around what leaked. */
function leakContext(url: string, status: number, body: string): string {
  const at = body.search(LEAK);
  return `${url} (${status}): …${body.slice(Math.max(0, at - 200), at + 100)}…`;
}

describe('every route', () => {
  it('covers every path of the OpenAPI document', async () => {
    const document = await getJson<{ paths: Record<string, unknown> }>(app, '/api/openapi.json');
    expect(Object.keys(requests([])).sort()).toEqual(Object.keys(document.paths).sort());
  });

  it('answers without any of the closed text', async () => {
    const meeting = await getJson<MeetingDetail>(app, `/api/meetings/${MEETING}`);
    const itemIds = meeting.items.map((item) => item.id);
    expect(itemIds).toContain(CLOSED_ITEM);
    const statuses: Record<string, number> = {};
    for (const [route, urls] of Object.entries(requests(itemIds))) {
      for (const url of urls) {
        const response = await app.request(url);
        statuses[url] = response.status;
        const text = await response.text();
        const body = withoutEchoes(route, response.status, text);
        expect(LEAK.test(body), leakContext(url, response.status, body)).toBe(false);
        expect(response.status, `${url}: ${text.slice(0, 300)}`).toBeLessThan(500);
      }
    }
    // The routes were really asked: the searches, items and the source answered as such.
    expect(statuses[`/api/items/${CLOSED_ITEM}`]).toBe(200);
    expect(statuses[`/api/search?q=${WORD}`]).toBe(200);
    expect(statuses[`/api/export.csv?q=${WORD}`]).toBe(200);
    expect(statuses[`/api/feed.atom?q=${WORD}`]).toBe(200);
    expect(statuses[`/api/cases/${CLOSED_CASE}`]).toBe(200);
    expect(statuses[`/api/sources/${MEETING}`]).toBe(403);
  });
});
