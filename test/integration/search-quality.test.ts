/**
 * Search quality (issue 11) against the real node and the real demo corpus: known names matched exactly,
 * compound matches highlighted whole, "did you mean", no markup as text, the source document, similar items.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { organisationNames } from '../../analyzers/known-names.js';
import type { ErrorResponse, ItemDetail, SearchResponse, SimilarItemsResponse, SuggestResponse, TrendsResponse } from '../../api/contract.js';
import { readSource } from '../../ingest/read.js';
import { buildHitsRequest } from '../../api/query/search-request.js';
import { useCorpusApi } from '../helpers/api.js';
import { corpusDocuments, corpusMeetings, DEMO_CORPUS_DIR } from '../helpers/corpus.js';

const { app, get, deps } = useCorpusApi(import.meta.filename);
const corpus = corpusDocuments(await corpusMeetings());

const TEAMS_ITEM = 'kalundborg-2020-06-02-direktionen-5';
const PROMILLE_ITEM = 'hoeje-taastrup-2015-12-07-direktionen-5';
const OFFICE_ITEM = 'hoeje-taastrup-2016-12-21-direktionen-6';
const IT_BUDGET_ITEM = 'hoeje-taastrup-2016-12-21-direktionen-5';
const FOLKEMOEDE_ITEM = 'hoeje-taastrup-2016-12-21-direktionen-7';

const search = (query: string) => get<SearchResponse>(`/api/search?${query}`);
const ids = (result: SearchResponse) => result.hits.map((hit) => hit.id);
const marked = (hit: SearchResponse['hits'][number]) => hit.titleHtml.includes('<mark>') || hit.snippets.some((s) => s.html.includes('<mark>'));

/** An HTML tag or entity shown as text: raw in plain text, escaped in highlighted HTML. */
const RAW_MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>|&(?:[a-z]+|#\d+);/i;
const ESCAPED_MARKUP = /&lt;(?:\/|&#x2F;)?[a-z][a-z0-9]*[^&]*&gt;|&amp;(?:[a-z]+|#\d+);/i;

describe('known names are matched exactly', () => {
  it('"Teams" finds the product, not "team strategi" or "teams/afdelinger"', async () => {
    const expected = corpus.filter((item) => item.systems.includes('Teams')).map((item) => item.id);
    expect(expected).toEqual([TEAMS_ITEM]);
    for (const query of ['Teams', 'teams', '%22Teams%22']) {
      const result = await search(`q=${query}&size=100`);
      expect(ids(result), query).toEqual(expected);
    }
    // Unquoted, the stemmed text would also find "team strategi" (Folkemøde) and "teams/afdelinger" (Office pakke).
    expect(ids(await search('q=team&size=100'))).toEqual(expect.arrayContaining([FOLKEMOEDE_ITEM]));
    expect(ids(await search('q=Teams%20OR%20Skype&size=100'))).toEqual(expect.arrayContaining([TEAMS_ITEM, OFFICE_ITEM]));
  });

  it('the trend of "Teams" starts with the product, not in 2016', async () => {
    const trends = await get<TrendsResponse>('/api/trends?term=Teams');
    const counts = Object.fromEntries(trends.series[0].buckets.map((bucket) => [bucket.label, bucket.count]));
    expect(counts).toMatchObject({ '2015': 0, '2016': 0, '2018': 0, '2020': 1, '2021': 0 });
  });

  it('"Skype for Business" and "Office 365" match as written, quoted or not', async () => {
    for (const [phrase, word] of [['Skype%20for%20Business', 'skype'], ['Office%20365', 'office']]) {
      const quoted = await search(`q=%22${phrase}%22&size=100`);
      expect(ids(await search(`q=${phrase}&size=100`)).sort()).toEqual(ids(quoted).sort());
      expect(quoted.total).toBeLessThan((await search(`q=${word}&size=100`)).total);
    }
  });

  it('suggests a system as kind "system" and an organisation as kind "organisation"', async () => {
    expect((await get<SuggestResponse>('/api/suggest?prefix=tea')).suggestions).toContainEqual({ text: 'Teams', kind: 'system' });
    expect((await get<SuggestResponse>('/api/suggest?prefix=kombi')).suggestions).toContainEqual({ text: 'KOMBIT', kind: 'organisation' });
    expect((await get<SuggestResponse>('/api/suggest?prefix=ramb')).suggestions).toEqual([{ text: 'Rambøll', kind: 'organisation' }]);
  });

  it('lists IT systems only in the system facet, and the system filter narrows to them', async () => {
    const result = await search('size=1');
    const organisations = new Set(organisationNames());
    const systems = new Set(corpus.flatMap((item) => item.systems).filter((name) => !organisations.has(name)));
    expect(result.facets.system.map((value) => value.value).sort()).toEqual([...systems].sort());
    for (const name of ['Rambøll', 'KOMBIT', 'KMD', 'Børsen Academy', 'Microsoft']) {
      expect(result.facets.system.map((value) => value.value)).not.toContain(name);
    }
    expect(ids(await search('system=Teams&size=100'))).toEqual([TEAMS_ITEM]);
  });
});

describe('compound matches are highlighted whole', () => {
  it('"promille" marks "IT-promillepulje" in the title and "IT-promillepuljen" in a snippet', async () => {
    const result = await search('q=promille');
    const hit = result.hits[0];
    expect(hit.id).toBe(PROMILLE_ITEM);
    expect(hit.titleHtml).toBe('Udmøntning af <mark>IT-promillepulje</mark>, December');
    expect(hit.snippets.some((snippet) => snippet.html.includes('<mark>IT-promillepuljen</mark>'))).toBe(true);
    expect(result.hits.every(marked)).toBe(true);
  });

  it('every hit of "pulje" and "digitalisering" shows where it matched', async () => {
    for (const query of ['pulje', 'digitalisering']) {
      const result = await search(`q=${query}&size=100`);
      expect(result.total, query).toBeGreaterThan(5);
      expect(result.hits.filter((hit) => !marked(hit)).map((hit) => hit.id), query).toEqual([]);
    }
  });

  it('ranks a compound in the title above mentions in the body', async () => {
    const ranked = ids(await search('q=pulje&size=100'));
    // IT-promillepulje and effektiviseringspuljen in the title; "it-promillepuljen" ten times in the body only.
    expect(ranked.indexOf(PROMILLE_ITEM)).toBeLessThan(ranked.indexOf(IT_BUDGET_ITEM));
    expect(ranked.indexOf(TEAMS_ITEM)).toBeLessThan(ranked.indexOf(IT_BUDGET_ITEM));
  });
});

describe('did you mean', () => {
  it('offers "digitalisering" for "digitalisring", and "Office 365" for "office365", with their hit counts', async () => {
    const misspelt = await search('q=digitalisring');
    expect(misspelt.total).toBe(0);
    expect(misspelt.suggestion).toEqual({ text: 'digitalisering', hits: (await search('q=digitalisering')).total });

    const joined = await search('q=office365');
    expect(joined.total).toBe(0);
    expect(joined.suggestion).toEqual({ text: 'Office 365', hits: (await search('q=%22Office%20365%22')).total });
  });

  it('keeps the filters and offers nothing when the query is fine or nothing better exists', async () => {
    const filtered = await search('q=digitalisring&municipality=Nordfyns');
    expect(filtered.suggestion).toEqual({ text: 'digitalisering', hits: (await search('q=digitalisering&municipality=Nordfyns')).total });
    expect((await search('q=budget')).suggestion).toBeNull();
    expect((await search('q=zzqxw')).suggestion).toBeNull();
    expect((await search('')).suggestion).toBeNull();
  });
});

describe('no markup is shown as text', () => {
  it('items, snippets and titles carry no HTML tag or entity of the source', async () => {
    for (const { id } of corpus) {
      const item = await get<ItemDetail>(`/api/items/${id}`);
      const texts = [item.title, ...Object.values(item.sections), item.decisionText ?? '', ...item.attachments, ...item.amounts.flatMap((a) => [a.text, a.sentence])];
      expect(texts.filter((text) => RAW_MARKUP.test(text)), id).toEqual([]);
    }
    // "<i>Jan Lysgaard Thomsen</i>" is in the source of the 2018 agenda item.
    expect(corpus.some((item) => Object.values(item.sections).some((text) => text?.includes('<i>Jan Lysgaard Thomsen</i>')))).toBe(true);
    for (const query of ['Thomsen', 'digitalisering', 'ESDH', 'budget']) {
      const result = await search(`q=${query}&size=100`);
      const shown = result.hits.flatMap((hit) => [hit.titleHtml, ...hit.snippets.map((snippet) => snippet.html)]);
      expect(shown.filter((html) => ESCAPED_MARKUP.test(html)), query).toEqual([]);
    }
  });
});

describe('the original document', () => {
  /** Greve's FirstAgenda publications print the decisions of closed items; the Direktionen minutes do not. */
  const WITH_CLOSED_TEXT = new Set([
    'greve-2022-01-10-oekonomiudvalget',
    'greve-2022-01-14-byraadet',
    'greve-2024-09-09-sundheds-og-omsorgsudvalget',
    'greve-2025-08-13-kultur-og-fritidsudvalget',
  ]);

  it('links every item to its source; a source holding closed items\' text is not linked', async () => {
    for (const document of corpus) {
      const item = await get<ItemDetail>(`/api/items/${document.id}`);
      expect(item.source, document.id).toEqual({
        file: basename(document.sourceFile),
        url: document.sourceUrl,
        href: WITH_CLOSED_TEXT.has(document.meetingId) ? null : `/api/sources/${document.meetingId}`,
        // The demo corpus holds no PDF, so no item has a page.
        page: null,
      });
    }
    expect(corpus.filter((document) => !WITH_CLOSED_TEXT.has(document.meetingId)).length).toBe(46 + 3);
  });

  it('serves a text source read-only as UTF-8, and a JSON publication as it is', async () => {
    const item = corpus.find((document) => document.id === TEAMS_ITEM)!;
    const response = await app.request(`/api/sources/${item.meetingId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const source = (await readSource(join(DEMO_CORPUS_DIR, basename(item.sourceFile)))).text;
    expect(source).toContain('Punkt 5: Ansøgning til effektiviseringspuljen');
    expect(await response.text()).toBe(source);

    const json = await app.request('/api/sources/greve-2024-04-17-klima-teknik-og-miljoeudvalget');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.text()).toBe(await readFile(join(DEMO_CORPUS_DIR, 'greve', '2024-04-17_klima-teknik-og-miljoeudvalget.json'), 'utf8'));
  });

  it('withholds a source with closed items\' text, and serves nothing for an unknown meeting or a path', async () => {
    const closed = await app.request('/api/sources/greve-2022-01-10-oekonomiudvalget');
    expect(closed.status).toBe(403);
    expect(((await closed.json()) as ErrorResponse).error.message).toBe('Kildedokumentet indeholder tekst fra lukkede punkter og vises derfor ikke.');
    expect((await app.request('/api/sources/ukendt-moede')).status).toBe(404);
    expect((await app.request('/api/sources/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await app.request('/api/sources/%2Fetc%2Fpasswd')).status).toBe(404);
  });
});

describe('similar items', () => {
  it('lists open items of other municipalities, most like the item first', async () => {
    const teams = await get<SimilarItemsResponse>(`/api/items/${TEAMS_ITEM}/similar`);
    expect(teams.items.length).toBeGreaterThan(0);
    expect(teams.items.length).toBeLessThanOrEqual(5);
    expect(teams.items.map((item) => item.id)).toContain(OFFICE_ITEM);
    for (const item of teams.items) {
      expect(item.meeting.municipality).not.toBe('Kalundborg');
      expect(item.closed).toBe(false);
    }
    const esdh = await get<SimilarItemsResponse>('/api/items/kalundborg-2018-11-05-direktionen-2/similar');
    // Both are a joint tender (fælles udbud) of a system with other municipalities.
    expect(esdh.items.map((item) => item.id)).toContain('nordfyns-2021-04-21-direktionen-3');
    expect((await app.request('/api/items/ukendt/similar')).status).toBe(404);
  });
});

describe('each highlighted field looks only for what it can hold', () => {
  it('marks exactly what the whole search query marks, for words, phrases, compounds, negations and prefixes', async () => {
    const queries = ['Teams', 'pulje', 'promille', 'Office 365 licenser', '"Office 365" licenser', 'IT-promillepuljen budget', 'budget -Teams', 'telefoni*', 'Skype for Business', 'ESDH OR GDPR', 'team strategi', '"fælles udbud"'];
    let marks = 0;
    for (const q of queries) {
      const ownQueries = { index: deps.names.items, ...buildHitsRequest({ q, size: 100, filters: {} }) };
      const searchQuery = structuredClone(ownQueries);
      for (const options of Object.values(searchQuery.highlight?.fields ?? {})) delete options.highlight_query;
      const [own, whole] = await Promise.all([deps.client.search(ownQueries), deps.client.search(searchQuery)]);
      expect(own.hits.hits.map((hit) => [hit._id, hit.highlight]), q).toEqual(whole.hits.hits.map((hit) => [hit._id, hit.highlight]));
      marks += JSON.stringify(own.hits.hits.map((hit) => hit.highlight)).split('<mark>').length - 1;
    }
    expect(marks).toBeGreaterThan(50);
  });
});
