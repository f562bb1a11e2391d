/**
 * Items, meetings, case threads, topics, suggestions, overview, the CSV export and the OpenAPI document,
 * against the real node and corpus.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../analyzers/taxonomy.js';
import { createApp } from '../../api/app.js';
import type {
  CaseThread,
  ItemDetail,
  MeetingDetail,
  OverviewResponse,
  SearchResponse,
  SuggestResponse,
  TopicsResponse,
} from '../../api/contract.js';
import type { AppEnv } from '../../api/env.js';
import { handleError } from '../../api/errors.js';
import { exportRoutes } from '../../api/routes/export.js';
import { useCorpusApi, type Requestable } from '../helpers/api.js';
import { corpusDocuments, corpusMeetings } from '../helpers/corpus.js';

const { deps, app, get } = useCorpusApi(import.meta.filename);

const corpus = corpusDocuments(await corpusMeetings());

/** A small RFC 4180 reader (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

async function csv(url: string, from: Requestable = app): Promise<{ response: Response; text: string; rows: string[][] }> {
  const response = await from.request(url);
  expect(response.status).toBe(200);
  // TextDecoder drops a BOM unless told not to; keep it to check it is there.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { response, text, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
}

describe('resource routes', () => {
  describe('GET /api/items/:id', () => {
    it('returns the item in full, with its neighbours and labelled topics', async () => {
      const item = await get<ItemDetail>('/api/items/kalundborg-2020-06-02-direktionen-5');
      const oracle = corpus.find((entry) => entry.id === item.id)!;
      expect(item.title).toBe('Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams');
      expect(item.meeting).toEqual({
        id: 'kalundborg-2020-06-02-direktionen',
        municipality: 'Kalundborg',
        body: 'Direktionen',
        date: '2020-06-02',
        location: 'Skype-møde',
        startTime: '11:30',
      });
      expect(item.sections).toEqual(oracle.sections);
      expect(item.sections.indstilling).toContain('2,7 mio. kr.');
      expect(item.decisionText).toBe(oracle.sections.beslutning);
      expect(item.decisionOutcome).toBe('anbefalet');
      expect(item.caseNumbers).toEqual(['326-2018-1373']);
      expect(item.journalNumber).toBe('81.00.00');
      expect(item.kleGroup).toBe('81');
      expect(item.kleTitle).toBeNull();
      expect(item.primaryAmount).toBe(2_700_000);
      expect(item.amounts).toEqual(oracle.amounts);
      expect(item.systems).toContain('Teams');
      expect(item.previous).toEqual({ id: 'kalundborg-2020-06-02-direktionen-4', number: 4, title: 'Forhandling af chefløn 2020 - forslag om tilbageholdenhed' });
      expect(item.next).toEqual({ id: 'kalundborg-2020-06-02-direktionen-6', number: 6, title: 'Materiale til planseminar 2020' });

      const labels = new Map(loadTaxonomy().topics.map((topic) => [topic.id, topic.label]));
      expect(item.topics.map((topic) => topic.id)).toEqual(oracle.topics);
      for (const topic of item.topics) {
        expect(topic.label).toBe(labels.get(topic.id));
        expect(topic.matches).toEqual(oracle.topicMatches.filter((match) => match.topic === topic.id));
      }
      expect(item.topics.find((topic) => topic.id === 'office-samarbejde')!.matches.length).toBeGreaterThan(0);
    });

    it('has no previous for the first item and no next for the last', async () => {
      const first = await get<ItemDetail>('/api/items/nordfyns-2021-04-21-direktionen-1');
      expect(first.previous).toBeNull();
      expect(first.next?.number).toBe(2);
      const last = await get<ItemDetail>('/api/items/nordfyns-2021-04-21-direktionen-10');
      expect(last.next).toBeNull();
      expect(last.previous?.number).toBe(9);
    });

    it('looks KLE titles up when the user configured them', async () => {
      const withTitles = createApp({ ...deps, kleTitles: new Map([['85.11', 'Sagsbehandling, test']]) });
      const response = await withTitles.request('/api/items/kalundborg-2018-11-05-direktionen-2');
      const item = (await response.json()) as ItemDetail;
      expect(item.journalNumber).toBe('85.11.06');
      expect(item.kleTitle).toBe('Sagsbehandling, test');
      const search = (await (await withTitles.request('/api/search?size=1')).json()) as SearchResponse;
      expect(search.facets.kle.map((value) => value.label)).toContain('85');
    });
  });

  it('GET /api/meetings/:id lists the meeting and its items in agenda order', async () => {
    const meeting = await get<MeetingDetail>('/api/meetings/nordfyns-2021-04-21-direktionen');
    expect(meeting).toMatchObject({ id: 'nordfyns-2021-04-21-direktionen', municipality: 'Nordfyns', body: 'Direktionen', date: '2021-04-21', layout: 'nordfyns' });
    expect(meeting.sourceFile).toContain('003_8a25da385c947bda.txt');
    expect(meeting.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(meeting.items[6].title).toBe(corpus.find((item) => item.id === 'nordfyns-2021-04-21-direktionen-7')!.title);
    expect(meeting.items.every((item) => item.meeting.id === meeting.id)).toBe(true);
    const kalundborg = await get<MeetingDetail>('/api/meetings/kalundborg-2020-06-02-direktionen');
    expect(kalundborg.items).toHaveLength(10);
    expect(kalundborg.items.filter((item) => item.closed).map((item) => item.number)).toEqual([3, 4, 6, 7, 8, 9]);
  });

  describe('GET /api/cases/:caseNumber', () => {
    it('threads an item across meetings, oldest first', async () => {
      const thread = await get<CaseThread>('/api/cases/326-2017-43971');
      expect(thread.caseNumber).toBe('326-2017-43971');
      expect(thread.items.map((item) => item.id)).toEqual(['kalundborg-2018-11-05-direktionen-1', 'kalundborg-2020-06-02-direktionen-2']);
      expect(thread.items.every((item) => item.title === 'Drøftelse af emner med borgmesteren')).toBe(true);
      expect(thread.items[0].decisionText).toBe('Drøftedes.');
    });

    it('accepts case numbers with a slash, encoded or not', async () => {
      const expected = corpus.filter((item) => item.caseNumbers.includes('15/26452')).map((item) => item.id);
      expect(expected.length).toBeGreaterThan(1);
      const encoded = await get<CaseThread>('/api/cases/15%2F26452');
      expect(encoded.caseNumber).toBe('15/26452');
      expect(encoded.items.map((item) => item.id)).toEqual(expected);
      expect(encoded.items.every((item) => item.meeting.municipality === 'Høje-Taastrup')).toBe(true);
      const plain = await get<CaseThread>('/api/cases/15/26452');
      expect(plain.items.map((item) => item.id)).toEqual(expected);
    });
  });

  it('GET /api/topics lists the taxonomy with item counts', async () => {
    const taxonomy = loadTaxonomy();
    const topics = await get<TopicsResponse>('/api/topics');
    expect(topics.taxonomyVersion).toBe(taxonomy.version);
    expect(topics.topics.map((topic) => topic.id)).toEqual(taxonomy.topics.map((topic) => topic.id));
    for (const topic of topics.topics) {
      expect(topic.count, topic.id).toBe(corpus.filter((item) => item.topics.includes(topic.id)).length);
      expect(topic.terms.length).toBeGreaterThan(0);
    }
    expect(topics.topics.find((topic) => topic.id === 'office-samarbejde')!.label).toBe('Office og samarbejdsværktøjer');
  });

  it('GET /api/suggest completes topics, systems and titles, case-insensitively', async () => {
    const tea = await get<SuggestResponse>('/api/suggest?prefix=tea');
    expect(tea.suggestions).toContainEqual({ text: 'Teams', kind: 'system' });

    const office = await get<SuggestResponse>('/api/suggest?prefix=OFF');
    expect(office.suggestions).toContainEqual({ text: 'Office og samarbejdsværktøjer', kind: 'topic', topic: 'office-samarbejde' });
    expect(office.suggestions).toContainEqual({ text: 'Office 365', kind: 'system' });

    const title = await get<SuggestResponse>('/api/suggest?prefix=dr%C3%B8ftelse%20af');
    expect(title.suggestions).toContainEqual({ text: 'Drøftelse af emner med borgmesteren', kind: 'title' });
    expect(title.suggestions.filter((entry) => entry.text === 'Drøftelse af emner med borgmesteren')).toHaveLength(1);

    const many = await get<SuggestResponse>('/api/suggest?prefix=s');
    expect(many.suggestions.length).toBeLessThanOrEqual(8);
    expect(many.suggestions.length).toBeGreaterThan(0);

    expect((await get<SuggestResponse>('/api/suggest?prefix=')).suggestions).toEqual([]);
    expect((await get<SuggestResponse>('/api/suggest')).suggestions).toEqual([]);
    expect((await get<SuggestResponse>('/api/suggest?prefix=zzzqqq')).suggestions).toEqual([]);
  });

  it('GET /api/overview counts the index and lists the latest decisions', async () => {
    const overview = await get<OverviewResponse>('/api/overview');
    expect(overview.totals).toEqual({ meetings: 10, items: 77, municipalities: 4, yearFrom: 2015, yearTo: 2025 });
    expect(overview.latestDecisions).toHaveLength(8);
    const dates = overview.latestDecisions.map((item) => item.meeting.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2025-08-13');
    for (const item of overview.latestDecisions) {
      expect(item.closed).toBe(false);
      expect(item.decisionOutcome).not.toBeNull();
      expect(item.decisionOutcome).not.toBe('udsat');
    }
  });

  describe('GET /api/export.csv', () => {
    it('exports every item with a BOM, a header and intact æøå', async () => {
      const { response, text, rows } = await csv('/api/export.csv');
      expect(text.startsWith('\uFEFFid;dato;kommune;organ;punkt;titel;')).toBe(true);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="referat-radar-\d{4}-\d{2}-\d{2}\.csv"$/);
      const [header, ...data] = rows;
      expect(header).toEqual([
        'id',
        'dato',
        'kommune',
        'organ',
        'punkt',
        'titel',
        'sagsnumre',
        'sagstype',
        'beslutning',
        'primærbeløb_dkk',
        'bevilget_dkk',
        'bevilget_klasse',
        'bevilget_kilde',
        'besparelse_dkk',
        'besparelse_kilde',
        'emner',
        'systemer',
        'url',
      ]);
      expect(data).toHaveLength(77);
      expect(response.headers.get('x-total-count')).toBe('77');
      expect(response.headers.get('x-export-truncated')).toBe('false');
      expect(new Set(data.map((row) => row[0])).size).toBe(77);
      expect(data.every((row) => row.length === header.length)).toBe(true);
      const dates = data.map((row) => row[1]);
      expect(dates).toEqual([...dates].sort().reverse());

      const teams = data.find((row) => row[0] === 'kalundborg-2020-06-02-direktionen-5')!;
      expect(teams.slice(1, 15)).toEqual([
        '2020-06-02',
        'Kalundborg',
        'Direktionen',
        '5',
        'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams',
        '326-2018-1373',
        'Beslutning',
        'anbefalet',
        '2700000',
        '2700000',
        'bevilling',
        'Direktøren indstiller, at der bevilges midler i alt 2,7 mio. kr. til at omlægge fra Skype til Teams.',
        '',
        '',
      ]);
      expect(teams[15]).toContain('Office og samarbejdsværktøjer');
      expect(teams[16]).toContain('Teams');
      expect(teams[17]).toMatch(/\/punkt\/kalundborg-2020-06-02-direktionen-5$/);
      // The 170 mio. kr. contract value is the ESDH item's primary amount, never its spending figure.
      const esdh = data.find((row) => row[0] === 'kalundborg-2018-11-05-direktionen-2')!;
      expect(esdh.slice(9, 12)).toEqual(['170000000', '', '']);
      // The items of a meeting in agenda order: 1, 2, …, 10 (not 1, 10, 2).
      const meeting = data.filter((row) => row[0].startsWith('kalundborg-2020-06-02-direktionen-')).map((row) => Number(row[4]));
      expect(meeting).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

      const htk = data.find((row) => row[0] === 'hoeje-taastrup-2016-12-21-direktionen-1')!;
      expect(htk[2]).toBe('Høje-Taastrup');
      expect(htk[5]).toBe('Økonomiopfølgning 21-12-2016');
      expect(data.some((row) => row[7] === 'Drøftelse')).toBe(true);
    });

    it('exports exactly the items a search finds', async () => {
      const search = await get<SearchResponse>('/api/search?q=pulje&municipality=Kalundborg&size=100');
      const { rows } = await csv('/api/export.csv?q=pulje&municipality=Kalundborg&sort=date_asc');
      const data = rows.slice(1);
      expect(data.map((row) => row[0]).sort()).toEqual(search.hits.map((hit) => hit.id).sort());
      const dates = data.map((row) => row[1]);
      expect(dates).toEqual([...dates].sort());
      const closed = await csv('/api/export.csv?closed=true');
      expect(closed.rows).toHaveLength(15);
      const nothing = await csv('/api/export.csv?q=zzzqqqxxx');
      expect(nothing.rows).toHaveLength(1);
    });

    it('pages with search_after and stops at the row cap', async () => {
      const small = new Hono<AppEnv>().route('/export.csv', exportRoutes(deps, { maxRows: 20, pageSize: 7 }));
      small.onError(handleError);
      const read = async (url: string) => {
        const { response, rows } = await csv(url, small);
        return { response, rows: rows.slice(1) };
      };
      const capped = await read('/export.csv?sort=date_asc');
      expect(capped.rows).toHaveLength(20);
      expect(capped.response.headers.get('x-total-count')).toBe('77');
      expect(capped.response.headers.get('x-export-truncated')).toBe('true');
      const { rows: all } = await csv('/api/export.csv?sort=date_asc');
      expect(capped.rows.map((row) => row[0])).toEqual(all.slice(1, 21).map((row) => row[0]));

      const paged = await read('/export.csv?municipality=Kalundborg');
      expect(paged.rows).toHaveLength(18);
      expect(new Set(paged.rows.map((row) => row[0])).size).toBe(18);
      expect(paged.response.headers.get('x-export-truncated')).toBe('false');
    });
  });

  describe('GET /api/openapi.json', () => {
    it('is an OpenAPI 3 document', async () => {
      const document = await get<{
        openapi: string;
        info: { title: string; version: string };
        paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters: { name: string; in: string }[] }>>;
        components: { schemas: Record<string, unknown> };
      }>('/api/openapi.json');
      expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(document.info.title).toBeTruthy();
      expect(document.info.version).toBeTruthy();
      for (const [path, methods] of Object.entries(document.paths)) {
        expect(path.startsWith('/')).toBe(true);
        for (const operation of Object.values(methods)) {
          expect(Object.keys(operation.responses)).toContain('200');
          for (const name of path.match(/\{(\w+)\}/g) ?? []) {
            expect(operation.parameters).toContainEqual(expect.objectContaining({ name: name.slice(1, -1), in: 'path' }));
          }
        }
      }
      // Every $ref resolves.
      const refs = JSON.stringify(document).match(/#\/components\/schemas\/\w+/g) ?? [];
      for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref.split('/').at(-1)!);
      const searchParameters = document.paths['/api/search'].get.parameters.map((parameter) => parameter.name);
      for (const name of ['q', 'section', 'sort', 'page', 'size', 'municipality', 'year', 'closed', 'kle', 'dateFrom']) expect(searchParameters).toContain(name);
    });

    it('lists every route the app registers, and no other', async () => {
      const document = await get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
      const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
      const registered = app.routes
        .filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`);
      expect([...new Set(registered)].sort()).toEqual([...new Set(documented)].sort());
    });
  });
});
