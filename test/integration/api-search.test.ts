/**
 * GET /api/search against the real node and the real demo corpus: facet counts, highlighting, query syntax,
 * compound parts, sorting, paging, section scope, disjunctive facets.
 */
import { describe, expect, it } from 'vitest';
import { organisationNames } from '../../analyzers/known-names.js';
import type { FacetValue, SearchResponse } from '../../api/contract.js';
import type { ItemDocument } from '../../ingest/documents.js';
import { useCorpusApi } from '../helpers/api.js';
import { corpusDocuments, corpusMeetings } from '../helpers/corpus.js';

const { get, app } = useCorpusApi(import.meta.filename);

/** The oracle: the corpus parsed directly, as the documents ingest stores. */
const corpus = corpusDocuments(await corpusMeetings());

const TEAMS_ITEM = 'kalundborg-2020-06-02-direktionen-5';

const search = (query: string) => get<SearchResponse>(`/api/search?${query}`);

const ids = (result: SearchResponse) => result.hits.map((hit) => hit.id);
const counts = (values: FacetValue[]) => Object.fromEntries(values.map((value) => [value.value, value.count]));
const tally = (values: (string | number | null)[]) => {
  const result: Record<string, number> = {};
  for (const value of values) if (value !== null) result[String(value)] = (result[String(value)] ?? 0) + 1;
  return result;
};

/** Lowercased words of every text of a document, as the standard tokenizer roughly sees them. */
function words(document: ItemDocument): string[] {
  const text = [document.title, ...Object.values(document.sections)].join('\n').toLowerCase();
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function containsPhrase(document: ItemDocument, phrase: string[]): boolean {
  const list = words(document);
  return list.some((_, index) => phrase.every((word, offset) => list[index + offset] === word));
}

describe('GET /api/search', () => {
  it('counts every item in the facets, exactly', async () => {
    const result = await search('size=1');
    expect(result.total).toBe(77);
    expect(result.totalIsLowerBound).toBe(false);

    expect(counts(result.facets.municipality)).toEqual({ Greve: 31, Kalundborg: 18, 'Høje-Taastrup': 18, Nordfyns: 10 });
    expect(counts(result.facets.municipality)).toEqual(tally(corpus.map((item) => item.municipality)));

    expect(counts(result.facets.year)).toEqual({ '2015': 8, '2016': 10, '2018': 8, '2020': 10, '2021': 10, '2022': 8, '2024': 11, '2025': 12 });
    expect(counts(result.facets.year)).toEqual(tally(corpus.map((item) => item.year)));
    expect(result.facets.year.map((value) => value.value)).toEqual(['2025', '2024', '2022', '2021', '2020', '2018', '2016', '2015']);

    expect(counts(result.facets.closed)).toEqual({ true: 14, false: 63 });
    expect(counts(result.facets.closed)).toEqual(tally(corpus.map((item) => String(item.closed))));
    expect(result.facets.closed.find((value) => value.value === 'true')?.label).toBe('Lukket');

    expect(counts(result.facets.topic)).toEqual(tally(corpus.flatMap((item) => item.topics)));
    expect(counts(result.facets.outcome)).toEqual(tally(corpus.map((item) => item.decisionOutcome)));
    // The system facet lists IT systems; organisations (KMD, KOMBIT, Rambøll…) are left out.
    const organisations = new Set(organisationNames());
    expect(counts(result.facets.system)).toEqual(tally(corpus.flatMap((item) => item.systems).filter((name) => !organisations.has(name))));
    expect(counts(result.facets.kle)).toEqual(tally(corpus.map((item) => item.kleGroup)));
    // Every demo document records decisions: all minutes, no agendas.
    expect(counts(result.facets.kind)).toEqual({ referat: 77 });
    expect(result.facets.kind[0].label).toBe('Referat');

    const office = result.facets.topic.find((value) => value.value === 'office-samarbejde');
    expect(office?.label).toBe('Office og samarbejdsværktøjer');
    expect(Object.values(result.facets).flat().every((value) => !value.selected)).toBe(true);
  });

  it('finds the 2020 Skype → Teams item for "Teams", with <mark> in its snippets', async () => {
    const result = await search('q=Teams');
    expect(result.hits[0].id).toBe(TEAMS_ITEM);
    const hit = result.hits[0];
    expect(hit.meeting).toEqual({ id: 'kalundborg-2020-06-02-direktionen', municipality: 'Kalundborg', body: 'Direktionen', date: '2020-06-02' });
    expect(hit.number).toBe(5);
    expect(hit.titleHtml).toContain('<mark>Teams</mark>');
    expect(hit.snippets.length).toBeGreaterThan(0);
    expect(hit.snippets.some((snippet) => snippet.html.includes('<mark>Teams</mark>'))).toBe(true);
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.primaryAmount).toBe(2_700_000);
  });

  it('matches a quoted phrase exactly, on the unstemmed text', async () => {
    const office365 = await search('q=%22Office%20365%22&size=100');
    const expected = corpus.filter((item) => containsPhrase(item, ['office', '365'])).map((item) => item.id);
    expect(expected).toContain(TEAMS_ITEM);
    expect(ids(office365).sort()).toEqual(expected.sort());
    for (const hit of office365.hits) {
      expect(hit.snippets.some((snippet) => /<mark>Office 365<\/mark>/i.test(snippet.html))).toBe(true);
    }

    const office2007 = await search('q=%22Office%202007%22');
    expect(ids(office2007)).toEqual(['hoeje-taastrup-2016-12-21-direktionen-6']);

    // "Office-pakken" (2018) is not the exact phrase "Office pakke", though its compound parts are.
    const officePakke = await search('q=%22Office%20pakke%22&size=100');
    expect(ids(officePakke)).toEqual(['hoeje-taastrup-2016-12-21-direktionen-6']);
    expect(officePakke.hits[0].titleHtml).toBe('Valg af ny <mark>Office pakke</mark>');

    // Unquoted, the two words may stand anywhere: at least as many hits.
    const loose = await search('q=Office%20365&size=100');
    expect(loose.total).toBeGreaterThanOrEqual(office365.total);
  });

  it('finds compound words by their parts', async () => {
    const pulje = await search('q=pulje&size=100');
    expect(ids(pulje)).toContain(TEAMS_ITEM); // effektiviseringspuljen
    expect(ids(pulje)).toContain('hoeje-taastrup-2015-12-07-direktionen-5'); // IT-promillepulje

    const strategi = await search('q=strategi&size=100');
    const withCompound = corpus.filter((item) => words(item).some((word) => word.startsWith('digitaliseringsstrategi')));
    expect(withCompound.length).toBeGreaterThan(0);
    for (const item of withCompound) expect(ids(strategi)).toContain(item.id);
    expect(ids(strategi)).toContain('nordfyns-2021-04-21-direktionen-7');

    // One word in a section, the other only as a compound part: both must match, across fields.
    const crossField = await search('q=pulje%20Microsoft');
    expect(ids(crossField)).toContain(TEAMS_ITEM);
  });

  it('supports exclusion, OR and prefixes', async () => {
    const teams = await search('q=Teams&size=100');
    const pulje = await search('q=pulje&size=100');
    const puljeWithoutTeams = await search('q=pulje%20-Teams&size=100');
    expect(ids(puljeWithoutTeams)).not.toContain(TEAMS_ITEM);
    expect(ids(puljeWithoutTeams).sort()).toEqual(ids(pulje).filter((id) => !ids(teams).includes(id)).sort());
    expect(puljeWithoutTeams.total).toBeGreaterThan(0);
    expect((await search('q=pulje%20NOT%20Teams&size=100')).total).toBe(puljeWithoutTeams.total);

    const skype = await search('q=Skype&size=100');
    const either = await search('q=Skype%20OR%20Teams&size=100');
    const both = await search('q=Skype%20Teams&size=100');
    expect(either.total).toBeGreaterThanOrEqual(Math.max(skype.total, teams.total));
    expect(both.total).toBeLessThanOrEqual(Math.min(skype.total, teams.total));

    const prefix = await search('q=Tea*&size=100');
    expect(ids(prefix)).toContain(TEAMS_ITEM);
  });

  it('sorts by date both ways and by amount', async () => {
    const desc = await search('sort=date_desc&size=100');
    const asc = await search('sort=date_asc&size=100');
    expect(desc.hits).toHaveLength(77);
    const descDates = desc.hits.map((hit) => hit.meeting.date!);
    const ascDates = asc.hits.map((hit) => hit.meeting.date!);
    expect(descDates).toEqual([...descDates].sort().reverse());
    expect(ascDates).toEqual([...ascDates].sort());
    expect(descDates[0]).toBe('2025-08-13');
    expect(ascDates[0]).toBe('2015-12-07');
    // Within a meeting, items keep their agenda order.
    expect(asc.hits.slice(0, 3).map((hit) => hit.number)).toEqual([1, 2, 3]);

    const amount = await search('sort=amount_desc&size=100');
    const amounts = amount.hits.map((hit) => hit.primaryAmount);
    const known = amounts.filter((value): value is number => value !== null);
    expect(known.length).toBe(corpus.filter((item) => item.primaryAmount !== null).length);
    expect(amounts.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a));
    expect(amounts.slice(known.length).every((value) => value === null)).toBe(true);
    expect(amount.sort).toBe('amount_desc');
  });

  it('falls back to newest first when sorting by relevance without a query', async () => {
    const result = await search('size=100');
    const dates = result.hits.map((hit) => hit.meeting.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(result.hits.every((hit) => hit.score === null)).toBe(true);
    // Without a query a hit still gets a snippet: the start of its decision (or summary).
    const teams = result.hits.find((hit) => hit.id === TEAMS_ITEM)!;
    expect(teams.snippets[0].section).toBe('beslutning');
    expect(teams.snippets[0].html).toMatch(/^Anbefales/);
  });

  it('pages through the results', async () => {
    const first = await search('sort=date_desc&size=5&page=1');
    const second = await search('sort=date_desc&size=5&page=2');
    expect(first.hits).toHaveLength(5);
    expect(second.hits).toHaveLength(5);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
    expect(second.total).toBe(first.total);
    expect(first.pages).toBe(16);
    expect(second.page).toBe(2);

    const seen = new Set<string>();
    for (let page = 1; page <= first.pages; page++) for (const id of ids(await search(`sort=date_desc&size=5&page=${page}`))) seen.add(id);
    expect(seen.size).toBe(77);
    expect((await search('size=5&page=17')).hits).toEqual([]);
  });

  it('searches one section with section=', async () => {
    const teamsItem = corpus.find((item) => item.id === TEAMS_ITEM)!;
    expect(teamsItem.sections.beslutning).not.toMatch(/teams/i);
    const everywhere = await search('q=Teams&size=100');
    const inDecision = await search('q=Teams&section=beslutning&size=100');
    expect(ids(everywhere)).toContain(TEAMS_ITEM);
    expect(ids(inDecision)).not.toContain(TEAMS_ITEM);

    const anbefales = await search('q=anbefales&section=beslutning&size=100');
    expect(ids(anbefales)).toContain(TEAMS_ITEM);
    for (const hit of anbefales.hits) expect(hit.snippets.every((snippet) => snippet.section === 'beslutning')).toBe(true);
    expect(anbefales.hits.find((hit) => hit.id === TEAMS_ITEM)!.snippets[0].html).toContain('<mark>Anbefales</mark>');
    for (const id of ids(anbefales)) expect(ids(await search('q=anbefales&size=100'))).toContain(id);
  });

  it('keeps the other values of a selected facet (disjunctive facets) and narrows the others', async () => {
    const result = await search('municipality=Kalundborg&size=100');
    expect(result.total).toBe(18);
    expect(result.hits.every((hit) => hit.meeting.municipality === 'Kalundborg')).toBe(true);
    expect(counts(result.facets.municipality)).toEqual({ Greve: 31, Kalundborg: 18, 'Høje-Taastrup': 18, Nordfyns: 10 });
    expect(result.facets.municipality.find((value) => value.value === 'Kalundborg')?.selected).toBe(true);
    expect(result.facets.municipality.find((value) => value.value === 'Nordfyns')?.selected).toBe(false);
    expect(counts(result.facets.year)).toEqual({ '2018': 8, '2020': 10 });
    expect(counts(result.facets.closed)).toEqual({ true: 8, false: 10 });

    const two = await search('municipality=Kalundborg&municipality=Nordfyns&size=1');
    expect(two.total).toBe(28);

    const withYear = await search('municipality=Kalundborg&year=2020&size=1');
    expect(withYear.total).toBe(10);
    expect(counts(withYear.facets.municipality)).toEqual({ Kalundborg: 10 });
    expect(counts(withYear.facets.year)).toEqual({ '2018': 8, '2020': 10 });
    expect(withYear.facets.year.find((value) => value.value === '2020')?.selected).toBe(true);

    // A selected value without hits stays listed (count 0), so it can be unticked.
    const missing = await search('municipality=Aarhus&size=1');
    expect(missing.total).toBe(0);
    expect(missing.facets.municipality.find((value) => value.value === 'Aarhus')).toEqual({ value: 'Aarhus', label: 'Aarhus', count: 0, selected: true });
  });

  it('filters by document kind', async () => {
    expect((await search('kind=referat&size=1')).total).toBe(77);
    expect((await search('kind=dagsorden&size=1')).total).toBe(0);
    const bad = await app.request('/api/search?kind=notat');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('kind');
  });

  it('filters by KLE group or number, date range, amount and closed', async () => {
    const group = await search('kle=85&size=100');
    expect(ids(group).sort()).toEqual(corpus.filter((item) => item.kleGroup === '85').map((item) => item.id).sort());
    const esdh = corpus.find((item) => item.journalNumber === '85.11.06')!;
    expect(ids(await search('kle=85.11.06&size=100'))).toContain(esdh.id);
    expect(ids(await search('kle=85.11&size=100'))).toContain(esdh.id);

    const dated = await search('dateFrom=2018-01-01&dateTo=2020-12-31&size=100');
    expect(dated.total).toBe(18);
    expect((await search('yearFrom=2020&size=1')).total).toBe(51);

    const withAmount = await search('hasAmount=true&size=100');
    expect(withAmount.total).toBe(corpus.filter((item) => item.primaryAmount !== null).length);
    expect((await search('closed=true&size=1')).total).toBe(14);
    expect((await search('closed=true&closed=false&size=1')).total).toBe(77);

    const topic = await search('topic=office-samarbejde&size=100');
    expect(ids(topic).sort()).toEqual(corpus.filter((item) => item.topics.includes('office-samarbejde')).map((item) => item.id).sort());
  });
});
