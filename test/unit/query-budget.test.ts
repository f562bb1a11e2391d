/**
 * The query cost budget: bounded prefix expansion, which queries count as expensive, the cheaper request
 * they get, the partial flag, and the queue that lets only a few expensive searches run at once.
 */
import type { estypes } from '@elastic/elasticsearch';
import { HTTPException } from 'hono/http-exception';
import { SECTION_KEYS } from '../../analyzers/index-settings.js';
import { describe, expect, it } from 'vitest';
import { BUSY_MESSAGE, ExpensiveSearches } from '../../api/expensive-searches.js';
import { MAX_PREFIX_TERMS, SEARCH_TIMEOUT, SNIPPET_FALLBACK_CHARS } from '../../api/limits.js';
import { buildHitsRequest } from '../../api/query/search-request.js';
import { searchResponseOf, type HitSource } from '../../api/query/search-response.js';
import { boundPrefixes, fieldHighlightQuery, isExpensiveQuery, searchFields, userQuery } from '../../api/query/user-query.js';
import { facetLabels } from '../../api/taxonomy.js';
import { PATHOLOGICAL_QUERY } from '../../bench/pathological-load.js';

/** The pathological query of issue 12: 64 one-letter prefixes. */
const SIXTY_FOUR_PREFIXES = PATHOLOGICAL_QUERY;

describe('bounded prefix expansion', () => {
  it.each([
    ['digital*', 'digital*', 1],
    ['a* b* c*', 'a b c', 0],
    ['it* strat*', 'it* strat*', 2],
    ['it-pro* -budget* (skype* | teams)', 'it-pro* -budget* (skype* | teams)', 3],
    ['digital* strat* it* ab* cd* ef* gh*', 'digital* strat* it* ab* cd* ef gh', MAX_PREFIX_TERMS],
    ['"ab* cd*" e* fg*', '"ab* cd*" e fg*', 1],
    ['** x**', ' x', 0],
  ])('%s → %s', (query, text, prefixTerms) => {
    expect(boundPrefixes(query)).toEqual({ text, prefixTerms });
  });

  it('sends the bounded query to Elasticsearch: 64 one-letter prefixes become 64 plain words', () => {
    const words = SIXTY_FOUR_PREFIXES.replace(/\*/g, '');
    expect(userQuery(SIXTY_FOUR_PREFIXES)).toEqual({
      simple_query_string: {
        query: words,
        fields: searchFields(),
        default_operator: 'and',
        quote_field_suffix: '.exact',
        flags: 'AND|OR|NOT|PREFIX|PHRASE|PRECEDENCE|ESCAPE|WHITESPACE',
        lenient: true,
        analyze_wildcard: false,
      },
    });
    expect(userQuery('budget* a* udbud*')).toEqual({
      simple_query_string: expect.objectContaining({ query: 'budget* a udbud*' }),
    });
  });
});

describe('expensive queries', () => {
  it.each([
    ['budget', false],
    ['"Office 365" budget', false],
    ['a* b*', false],
    ['en to tre fire fem seks syv otte', false],
    ['en to tre fire fem seks syv otte ni', true],
    ['digital*', true],
    [SIXTY_FOUR_PREFIXES, true],
    [undefined, false],
  ])('%s → %s', (query, expensive) => {
    expect(isExpensiveQuery(query)).toBe(expensive);
  });

  it('highlights an expensive search in the title and the fallback sections only, and every search has a time limit', () => {
    const request = buildHitsRequest({ q: 'digital* strategi', filters: {} });
    expect(request.timeout).toBe(SEARCH_TIMEOUT);
    expect(request.highlight?.highlight_query).toBeUndefined();
    expect(ownOptions(request.highlight?.fields)).toEqual({
      title: { number_of_fragments: 0 },
      'sections.beslutning': { no_match_size: SNIPPET_FALLBACK_CHARS },
      'sections.resume': { no_match_size: SNIPPET_FALLBACK_CHARS },
    });
    expect(ownOptions(buildHitsRequest({ q: 'digital*', section: 'oekonomi', filters: {} }).highlight?.fields)).toEqual({
      'sections.oekonomi': { no_match_size: SNIPPET_FALLBACK_CHARS },
    });
  });

  it('keeps the full highlighting for a cheap search, in the fields its words and phrases can match', () => {
    const request = buildHitsRequest({ q: 'strategi', filters: {} });
    expect(request.timeout).toBe(SEARCH_TIMEOUT);
    const stemmed = SECTION_KEYS.map((key) => `sections.${key}`);
    const exact = SECTION_KEYS.map((key) => `sections.${key}.exact`);
    expect(Object.keys(request.highlight?.fields ?? {})).toEqual(['title', ...stemmed]);
    const phrase = buildHitsRequest({ q: '"fælles udbud"', filters: {} }).highlight?.fields ?? {};
    expect(Object.keys(phrase).sort()).toEqual(['title', 'title.exact', 'sections.beslutning', 'sections.resume', ...exact].sort());
    const both = buildHitsRequest({ q: 'Teams strategi', filters: {} }).highlight?.fields ?? {};
    expect(Object.keys(both).sort()).toEqual(['title', 'title.exact', ...stemmed, ...exact].sort());
    expect(ownOptions(request.highlight?.fields)['sections.beslutning']).toEqual({ no_match_size: SNIPPET_FALLBACK_CHARS });
    expect(request.highlight?.highlight_query).toBeUndefined();
  });
});

/** The highlight options of each field without the field's own highlight query. */
function ownOptions(fields: Record<string, estypes.SearchHighlightField> | undefined): Record<string, estypes.SearchHighlightField> {
  return Object.fromEntries(Object.entries(fields ?? {}).map(([field, { highlight_query: _own, ...options }]) => [field, options]));
}

describe('what each highlighted field looks for', () => {
  const wordIn = (query: string, field: string) => ({
    simple_query_string: { query, fields: [field], default_operator: 'and', quote_field_suffix: '.exact', flags: 'AND|OR|NOT|PREFIX|PHRASE|PRECEDENCE|ESCAPE|WHITESPACE', lenient: true, analyze_wildcard: false },
  });

  it('is each positive word and phrase of the query in that field alone; negated ones are never marked', () => {
    expect(fieldHighlightQuery('pulje -budget "Office 365" strat*', 'sections.resume')).toEqual({
      bool: { should: [wordIn('pulje', 'sections.resume'), wordIn('"Office 365"', 'sections.resume'), wordIn('strat*', 'sections.resume')] },
    });
    expect(fieldHighlightQuery('Teams it-promillepuljen', 'title.exact')).toEqual({
      bool: { should: [wordIn('"Teams"', 'title'), wordIn('it-promillepuljen', 'title')] },
    });
    expect(fieldHighlightQuery('udbud -"fælles udbud"', 'title')).toEqual({ bool: { should: [wordIn('udbud', 'title')] } });
  });

  it('is left to the search query when the words cannot be taken one by one, or there is none to mark', () => {
    expect(fieldHighlightQuery('skype OR teams', 'title')).toBeNull();
    expect(fieldHighlightQuery('(skype teams) budget', 'title')).toBeNull();
    expect(fieldHighlightQuery('-budget', 'title')).toBeNull();
    expect(fieldHighlightQuery(undefined, 'title')).toBeNull();
  });

  it('is given to every highlighted field of a search', () => {
    const fields = buildHitsRequest({ q: 'strategi "Office 365"', filters: {} }).highlight?.fields ?? {};
    for (const [field, options] of Object.entries(fields)) expect(options.highlight_query).toEqual(fieldHighlightQuery('strategi "Office 365"', field));
  });
});

describe('scores of the hits', () => {
  it('are the first sort value when sorted by relevance, and scored again in the fetch phase only when sorted otherwise', () => {
    expect(buildHitsRequest({ q: 'strategi', filters: {} }).track_scores).toBe(false);
    expect(buildHitsRequest({ q: 'strategi', sort: 'date_desc', filters: {} }).track_scores).toBe(true);
    expect(buildHitsRequest({ q: 'strategi', sort: 'amount_desc', filters: {} }).track_scores).toBe(true);
    expect(buildHitsRequest({ sort: 'relevance', filters: {} }).track_scores).toBe(false);
  });
});

describe('the partial flag', () => {
  function esResponse(timedOut: boolean, failedShards: number): estypes.SearchResponse<HitSource> {
    return {
      took: 3_001,
      timed_out: timedOut,
      _shards: { total: 1, successful: 1 - failedShards, failed: failedShards, skipped: 0 },
      hits: { total: { value: 0, relation: 'eq' }, hits: [] },
    };
  }
  const input = { page: 1, size: 20, sort: 'relevance' as const, filters: {}, labels: facetLabels(undefined) };

  it.each([
    [false, 0, false],
    [true, 0, true],
    [false, 1, true],
  ])('timed_out %s, failed shards %d in the hits or the facets search → partial %s', (timedOut, failed, partial) => {
    expect(searchResponseOf(esResponse(timedOut, failed), { response: esResponse(false, 0), sampled: false }, input).partial).toBe(partial);
    expect(searchResponseOf(esResponse(false, 0), { response: esResponse(timedOut, failed), sampled: false }, input).partial).toBe(partial);
  });
});

/** A promise and the function that settles it, to hold a search "running" for as long as a test needs. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('the queue of expensive searches', () => {
  it('runs cheap searches at once while the expensive slots are taken', async () => {
    const searches = new ExpensiveSearches({ concurrency: 1, waitMs: 10_000 });
    const held = deferred<string>();
    const running = searches.run(true, () => held.promise);
    await expect(searches.run(false, async () => 'teams')).resolves.toBe('teams');
    held.resolve('a*');
    await expect(running).resolves.toBe('a*');
  });

  it('runs at most `concurrency` expensive searches at once, the others in arrival order', async () => {
    const searches = new ExpensiveSearches({ concurrency: 2, waitMs: 10_000 });
    const started: number[] = [];
    const holds = [deferred<void>(), deferred<void>(), deferred<void>(), deferred<void>()];
    const runs = holds.map((hold, index) =>
      searches.run(true, async () => {
        started.push(index);
        await hold.promise;
        return index;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual([0, 1]);
    holds[1].resolve();
    await runs[1];
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual([0, 1, 2]);
    holds[0].resolve();
    holds[2].resolve();
    holds[3].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('turns an expensive search away with a 503 and a Danish message after waiting waitMs', async () => {
    const searches = new ExpensiveSearches({ concurrency: 1, waitMs: 30 });
    const held = deferred<void>();
    const running = searches.run(true, () => held.promise);
    let ran = false;
    const error = await searches
      .run(true, async () => {
        ran = true;
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HTTPException);
    expect((error as HTTPException).status).toBe(503);
    expect((error as HTTPException).message).toBe(BUSY_MESSAGE);
    expect(ran).toBe(false);
    held.resolve();
    await running;
    await expect(searches.run(true, async () => 'next')).resolves.toBe('next');
  });

  it('passes a failing search its own error', async () => {
    const searches = new ExpensiveSearches({ concurrency: 1, waitMs: 30 });
    await expect(searches.run(true, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(searches.run(true, async () => 'free again')).resolves.toBe('free again');
  });
});
