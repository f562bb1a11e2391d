/**
 * Every error path: 400 naming the parameter, 404, 503 with Retry-After when Elasticsearch is gone, and no
 * input that produces a 500. Also: a document's own markup never reaches the page as markup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { ErrorResponse, SearchResponse } from '../../api/contract.js';
import { toItemDocument, toMeetingDocument } from '../../ingest/documents.js';
import type { AgendaItem, Meeting } from '../../ingest/model.js';
import { createClient } from '../../scripts/elasticsearch/client.js';
import { useCorpusApi } from '../helpers/api.js';

const { deps, client, names, app } = useCorpusApi(import.meta.filename);

const SCRIPT_ITEM = 'testby-2022-03-01-byraadet-1';

/** A hand-made item whose decision holds markup. */
function scriptMeeting(): Meeting {
  const item: AgendaItem = {
    number: 1,
    numbered: true,
    title: 'Sikkerhedstest <b>fed</b> & "citat"',
    closed: false,
    sections: { beslutning: 'Godkendt. Krydsfeltstest <script>alert(1)</script> afsluttet & lukket.' },
    caseType: 'Beslutning',
    caseNumbers: ['999-2022-1'],
    journalNumber: null,
    kleGroup: null,
    documentNumber: null,
    attachments: [],
    decisionText: null,
    decisionOutcome: 'godkendt',
    amounts: [],
    primaryAmount: null,
    topics: [],
    topicMatches: [],
    systems: [],
  };
  return {
    municipality: 'Testby',
    municipalityCode: null,
    municipalitySource: 'cli',
    body: 'Byrådet',
    bodyPrinted: 'Byrådet',
    kind: 'referat',
    date: '2022-03-01',
    startTime: null,
    location: null,
    attendees: [],
    layout: 'unknown',
    sourceFile: 'test.txt',
    sourceUrl: null,
    contentHash: 'test',
    confidence: { score: 0.1, level: 'lav', reasons: ['ingen dagsordensstruktur fundet'] },
    items: [item],
  };
}

async function expectError(url: string, status: number, parameter?: string): Promise<ErrorResponse> {
  const response = await app.request(url);
  const body = (await response.json()) as ErrorResponse;
  expect(response.status, `${url}: ${JSON.stringify(body)}`).toBe(status);
  expect(body.error.status).toBe(status);
  expect(body.error.message).toBeTruthy();
  if (parameter) expect(body.error.parameter, url).toBe(parameter);
  return body;
}

describe('errors and hostile input', () => {
  // After the demo corpus (useCorpusApi's hook): one more meeting, with markup in its item.
  beforeAll(async () => {
    const meeting = scriptMeeting();
    const meetingDocument = toMeetingDocument(meeting);
    const itemDocument = toItemDocument(meeting, meeting.items[0]);
    expect(itemDocument.id).toBe(SCRIPT_ITEM);
    await client.index({ index: names.meetings, id: meetingDocument.id, document: meetingDocument });
    await client.index({ index: names.items, id: itemDocument.id, document: itemDocument, refresh: true });
  });

  it('escapes a document\'s own markup in titles and snippets', async () => {
    for (const url of ['/api/search?q=krydsfeltstest', '/api/search?q=alert', '/api/search?municipality=Testby', '/api/search?q=sikkerhedstest']) {
      const response = await app.request(url);
      expect(response.status).toBe(200);
      const result = (await response.json()) as SearchResponse;
      const hit = result.hits.find((entry) => entry.id === SCRIPT_ITEM)!;
      expect(hit, url).toBeDefined();
      const html = [hit.titleHtml, ...hit.snippets.map((snippet) => snippet.html)].join('\n');
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<b>');
      expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      // Nor is the document's markup shown as text (issue 11): its tags are dropped, their text stays, escaped.
      expect(html).not.toMatch(/&lt;\/?(?:script|b)&gt;/);
      expect(hit.titleHtml).toMatch(/^(?:<mark>)?Sikkerhedstest(?:<\/mark>)? fed &amp; &quot;citat&quot;$/);
      expect(hit.title).toBe('Sikkerhedstest fed & "citat"');
    }
    const marked = (await (await app.request('/api/search?q=alert')).json()) as SearchResponse;
    expect(marked.hits[0].snippets[0].html).toContain('Krydsfeltstest <mark>alert</mark>(1) afsluttet');
  });

  it.each([
    ['/api/search?sort=x', 'sort'],
    ['/api/search?page=0', 'page'],
    ['/api/search?page=-1', 'page'],
    ['/api/search?page=abc', 'page'],
    ['/api/search?page=1.5', 'page'],
    ['/api/search?page=600&size=20', 'page'],
    ['/api/search?size=0', 'size'],
    ['/api/search?size=1000', 'size'],
    ['/api/search?size=ten', 'size'],
    ['/api/search?year=abc', 'year'],
    ['/api/search?year=1800', 'year'],
    ['/api/search?year=2020&year=3000', 'year'],
    ['/api/search?yearFrom=20x0', 'yearFrom'],
    ['/api/search?yearFrom=2021&yearTo=2020', 'yearTo'],
    ['/api/search?dateFrom=2020-13-45', 'dateFrom'],
    ['/api/search?dateFrom=2021-02-29', 'dateFrom'],
    ['/api/search?dateTo=01-02-2020', 'dateTo'],
    ['/api/search?dateFrom=2020-06-01&dateTo=2020-01-01', 'dateTo'],
    ['/api/search?section=x', 'section'],
    ['/api/search?section=title', 'section'],
    ['/api/search?hasAmount=maybe', 'hasAmount'],
    ['/api/search?closed=yes', 'closed'],
    ['/api/search?caseType=Andet', 'caseType'],
    ['/api/search?outcome=vedtaget', 'outcome'],
    ['/api/search?kle=8', 'kle'],
    ['/api/search?kle=85.1', 'kle'],
    ['/api/search?topic=Office%20og%20samarbejde', 'topic'],
    [`/api/search?municipality=${'x'.repeat(201)}`, 'municipality'],
    [`/api/search?${Array.from({ length: 51 }, (_, index) => `body=b${index}`).join('&')}`, 'body'],
    ['/api/trends?interval=week', 'interval'],
    ['/api/trends?metric=x', 'metric'],
    ['/api/trends?normalize=x', 'normalize'],
    ['/api/trends?topic=findes-ikke', 'topic'],
    [`/api/trends?${Array.from({ length: 9 }, (_, index) => `term=t${index}`).join('&')}`, 'term'],
    [`/api/trends?${Array.from({ length: 9 }, () => 'topic=office-samarbejde').map((entry, index) => (index ? `term=x${index}` : entry)).join('&')}`, 'term'],
    ['/api/trends?interval=month&yearFrom=1900&yearTo=2100', 'interval'],
    ['/api/trends?year=abc', 'year'],
    ['/api/export.csv?sort=x', 'sort'],
    ['/api/export.csv?dateFrom=2020-13-45', 'dateFrom'],
  ])('400 for %s, naming "%s"', async (url, parameter) => {
    const body = await expectError(url, 400, parameter);
    expect(body.error.message).toContain(parameter);
    expect(body.error.requestId).toBeTruthy();
  });

  it.each([
    '/api/items/findes-ikke',
    '/api/items/kalundborg-2020-06-02-direktionen-99',
    '/api/meetings/findes-ikke',
    '/api/cases/findes-ikke',
    '/api/cases/15%2F99999',
    '/api/nothing-here',
  ])('404 for %s', async (url) => {
    await expectError(url, 404);
  });

  describe('when Elasticsearch is unreachable', () => {
    const down = createClient('http://127.0.0.1:1', {});
    const offline = createApp({ ...deps, client: down });
    afterAll(() => down.close());

    it.each([
      '/api/search?q=Teams',
      '/api/trends?topic=office-samarbejde',
      '/api/export.csv',
      '/api/items/kalundborg-2020-06-02-direktionen-5',
      '/api/meetings/kalundborg-2020-06-02-direktionen',
      '/api/cases/326-2017-43971',
      '/api/topics',
      '/api/suggest?prefix=tea',
      '/api/overview',
      '/api/health',
    ])('503 with Retry-After, quickly, for %s', async (url) => {
      const started = performance.now();
      const response = await offline.request(url);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(3_000);
    });

    it('still answers what needs no Elasticsearch', async () => {
      expect((await offline.request('/api/openapi.json')).status).toBe(200);
      expect((await offline.request('/api/suggest?prefix=')).status).toBe(200);
      expect((await offline.request('/api/search?sort=x')).status).toBe(400);
    });
  });

  describe('never a 500', () => {
    const hostile = [
      'Teams '.repeat(1_700), // 10,200 characters
      'x'.repeat(10_000),
      Array.from({ length: 2_000 }, (_, index) => `w${index}*`).join(' '),
      '"Office 365',
      '"Office 365" "',
      '"',
      '""',
      '\u0000',
      'Teams\u0000Skype',
      '\u0001\u001f\u007f\u200b\ufeff',
      '😀',
      '😀 Teams 👩‍👩‍👧 🇩🇰',
      '((((((((((',
      ')))',
      '-',
      '- - -',
      'OR',
      'AND OR NOT',
      '|||+++---',
      '*',
      '**** ***',
      'a~2 b~ "c d"~3',
      '\\',
      '\\"',
      '<script>alert(1)</script>',
      '{"query":{"match_all":{}}}',
      '%',
      '   ',
      'Ærø åbner øen',
      '日本語のテキスト',
      'مرحبا',
    ];

    it.each(hostile.map((query) => [query.length > 40 ? `${query.slice(0, 40)}… (${query.length})` : JSON.stringify(query), query]))(
      'q=%s',
      async (_label, query) => {
        const encoded = encodeURIComponent(query);
        for (const url of [`/api/search?q=${encoded}`, `/api/search?q=${encoded}&section=beslutning&sort=amount_desc`, `/api/trends?term=${encoded}`, `/api/export.csv?q=${encoded}`, `/api/suggest?prefix=${encoded}`]) {
          const response = await app.request(url);
          expect(response.status, url.slice(0, 120)).toBeLessThan(500);
          await response.arrayBuffer();
        }
      },
    );

    it.each([
      '/api/search?q=%E0%A4%A',
      '/api/search?q=%ED%A0%80%20lone%20surrogate',
      '/api/search?q=%FF%FE',
      '/api/search?q=%',
      '/api/search?municipality=%00',
      '/api/search?municipality=&body=&year=',
      '/api/search?sort=&page=&size=&dateFrom=&hasAmount=&section=',
      '/api/search?q=Teams&q=Skype',
      '/api/search?page=1&page=2',
      '/api/search?size=99999999999999999999',
      '/api/search?year=99999999999999999999',
      '/api/search?unknown=1',
      '/api/search?topic=%F0%9F%98%80',
      '/api/items/%00',
      '/api/items/%F0%9F%98%80',
      `/api/items/${'x'.repeat(2_000)}`,
      '/api/meetings/%E0%A4%A',
      '/api/cases/%00',
      `/api/cases/${'9'.repeat(2_000)}`,
      '/api/cases/a/b/c/d',
      '/api/suggest?prefix=%00',
      `/api/suggest?prefix=${'a'.repeat(5_000)}`,
      '/api/suggest?prefix=.*[(',
      '/api/trends?term=',
      '/api/trends?term=%22',
      '/api/trends?interval=month',
      '/api/trends?yearFrom=2100&interval=month&topic=office-samarbejde',
      '/api/export.csv?q=%22&closed=true&closed=false',
    ])('%s', async (url) => {
      const response = await app.request(url);
      expect(response.status, url.slice(0, 120)).toBeLessThan(500);
      await response.arrayBuffer();
    });

    it('answers a 10,000-character query with results, not an error', async () => {
      const response = await app.request(`/api/search?q=${encodeURIComponent('Teams '.repeat(1_700))}`);
      expect(response.status).toBe(200);
      const result = (await response.json()) as SearchResponse;
      expect(result.hits.map((hit) => hit.id)).toContain('kalundborg-2020-06-02-direktionen-5');
    });

    it('reads an unbalanced quote as the phrase begun, and ignores control characters and emoji', async () => {
      const ids = async (query: string) =>
        ((await (await app.request(`/api/search?size=100&q=${encodeURIComponent(query)}`)).json()) as SearchResponse).hits.map((hit) => hit.id).sort();
      expect(await ids('"Office 365')).toEqual(await ids('"Office 365"'));
      expect(await ids('Teams\u0000')).toEqual(await ids('Teams'));
      expect(await ids('😀 Teams')).toEqual(await ids('Teams'));
    });
  });
});
