/**
 * The search request, built like a recipe: the user's query narrowed by the range filters, the facet
 * selections as `post_filter`, one aggregation per facet that applies every OTHER facet's selection
 * (disjunctive facets), highlighting, sorting, paging.
 */
import type { estypes } from '@elastic/elasticsearch';
import { FACET_FIELDS, type FacetName, type SearchFilters, type SortOrder } from '../contract.js';
import type { SectionKey } from '../../ingest/model.js';
import {
  FACET_SIZE,
  PAGE_SIZE_DEFAULT,
  SNIPPET_FALLBACK_CHARS,
  SNIPPET_FRAGMENT_CHARS,
  SNIPPET_FRAGMENTS,
  SEARCH_TIMEOUT,
  TRACK_TOTAL_HITS_UP_TO,
} from '../limits.js';
import { organisationNames } from '../../analyzers/known-names.js';
import { SECTION_KEYS } from '../../analyzers/index-settings.js';
import { andAll, FACET_INDEX_FIELDS, facetClauses, rangeClauses } from './filters.js';
import { hitsOverTimeAggregation } from './hits-over-time.js';
import { fieldHighlightQueries, hasUserQuery, isExpensiveQuery, queryParts, userQuery } from './user-query.js';

export interface SearchInput {
  q?: string;
  section?: SectionKey;
  sort?: SortOrder;
  page?: number;
  size?: number;
  filters: SearchFilters;
}

/** What a hit needs from _source (the long section texts stay out: snippets come from the highlighter). */
export const HIT_SOURCE = [
  'id',
  'number',
  'title',
  'closed',
  'meetingId',
  'municipality',
  'body',
  'date',
  'topics',
  'systems',
  'caseType',
  'caseNumbers',
  'primaryAmount',
  'decisionOutcome',
];

/** Sections whose beginning stands in as the snippet when nothing is highlighted, in order of preference. */
export const FALLBACK_SECTIONS = ['beslutning', 'resume'] as const satisfies readonly SectionKey[];

/** Highlighter limit: longer texts are highlighted in their first this-many characters instead of failing. */
const MAX_ANALYZED_OFFSET = 500_000;

const dateOrder = (order: estypes.SortOrder): estypes.SortCombinations => ({ date: { order, missing: '_last' } });
const TIEBREAK: estypes.SortCombinations[] = [{ number: { order: 'asc' } }, { id: { order: 'asc' } }];

/** The sort of a search. `relevance` without a query has no scores to sort by and falls back to date_desc. */
export function sortClause(sort: SortOrder, hasQuery: boolean): estypes.SortCombinations[] {
  switch (sort) {
    case 'date_asc':
      return [dateOrder('asc'), ...TIEBREAK];
    case 'amount_desc':
      return [{ primaryAmount: { order: 'desc', missing: '_last' } }, dateOrder('desc'), ...TIEBREAK];
    case 'relevance':
      if (hasQuery) return [{ _score: { order: 'desc' } }, dateOrder('desc'), ...TIEBREAK];
      return [dateOrder('desc'), ...TIEBREAK];
    case 'date_desc':
    default:
      return [dateOrder('desc'), ...TIEBREAK];
  }
}

function sortsByScore(sort: estypes.SortCombinations[]): boolean {
  return typeof sort[0] === 'object' && '_score' in sort[0];
}

/**
 * Highlighting: the title whole, each section in up to two fragments. `encoder: html` escapes the source
 * text, so a document's own markup ("<script>") reaches the page as text; only our <mark> tags are markup.
 * Only the fields the query can match are highlighted: the stemmed fields for words, the `.exact` subfields for
 * quoted phrases. The decision and the summary carry `no_match_size`, so their beginning is there as a fallback
 * snippet. Words found only inside compounds are marked by the API afterwards (compound-highlight.ts
 * markStemWords, compound-snippets.ts). An expensive query (prefixes, many words) is highlighted in the title and
 * the fallback sections only.
 */
export function highlightClause(section?: SectionKey, query?: string): estypes.SearchHighlight {
  const expensive = isExpensiveQuery(query);
  const { phrases, words } = queryParts(query);
  const fields: Record<string, estypes.SearchHighlightField> = {};
  const fallback = { no_match_size: SNIPPET_FALLBACK_CHARS };
  if (section) {
    fields[`sections.${section}`] = fallback;
    if (!expensive && phrases) fields[`sections.${section}.exact`] = {};
  } else if (expensive) {
    fields.title = { number_of_fragments: 0 };
    for (const key of FALLBACK_SECTIONS) fields[`sections.${key}`] = fallback;
  } else {
    fields.title = { number_of_fragments: 0 };
    if (phrases) fields['title.exact'] = { number_of_fragments: 0 };
    for (const key of SECTION_KEYS) {
      if (words || (FALLBACK_SECTIONS as readonly string[]).includes(key)) {
        fields[`sections.${key}`] = (FALLBACK_SECTIONS as readonly string[]).includes(key) ? fallback : {};
      }
      if (phrases) fields[`sections.${key}.exact`] = {};
    }
  }
  const ownQueryOf = fieldHighlightQueries(query);
  for (const [field, options] of Object.entries(fields)) {
    const own = ownQueryOf(field);
    if (own) fields[field] = { ...options, highlight_query: own };
  }
  return {
    type: 'unified',
    encoder: 'html',
    pre_tags: ['<mark>'],
    post_tags: ['</mark>'],
    fragment_size: SNIPPET_FRAGMENT_CHARS,
    number_of_fragments: SNIPPET_FRAGMENTS,
    max_analyzed_offset: MAX_ANALYZED_OFFSET,
    fields,
  };
}

/** The terms aggregation of one facet. The system facet lists IT systems only, not organisations (KMD, Rambøll). */
function facetTerms(facet: FacetName): estypes.AggregationsTermsAggregation {
  const order: estypes.AggregationsAggregateOrder = facet === 'year' ? { _key: 'desc' } : [{ _count: 'desc' }, { _key: 'asc' }];
  const exclude = facet === 'system' ? organisationNames() : undefined;
  return { field: FACET_INDEX_FIELDS[facet], size: FACET_SIZE, order, ...(exclude?.length ? { exclude } : {}) };
}

/** The aggregation of the hits-over-time chart, beside the facets'. */
export const HITS_OVER_TIME = 'hitsOverTime';

/** One `filter` aggregation per facet: every other facet's selection applied, this facet's own left out. */
export function facetAggregations(filters: SearchFilters): Record<string, estypes.AggregationsAggregationContainer> {
  const selected = facetClauses(filters);
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  for (const facet of FACET_FIELDS) {
    const others = FACET_FIELDS.filter((other) => other !== facet && selected[other]).map((other) => selected[other]!);
    aggs[facet] = { filter: andAll(others), aggs: { values: { terms: facetTerms(facet) } } };
  }
  return aggs;
}

/**
 * Facet counts from a random sample of the matches (Elasticsearch's `random_sampler`): each match is counted with
 * this probability and the counts are scaled back up, so they are estimates ("ca." in the UI). The fixed seed
 * draws the same sample every time, so the same search shows the same counts and its answer can be cached.
 */
export interface FacetSampling {
  probability: number;
}

const SAMPLING_SEED = 20_070_101;
/** The aggregation that holds the sampled facets. */
export const SAMPLE = 'sample';

/** The search's query: the user's words narrowed by the range filters (the facet selections are applied apart). */
function searchQuery(input: SearchInput): estypes.QueryDslQueryContainer {
  return { bool: { must: [userQuery(input.q, input.section)], filter: rangeClauses(input.filters) } };
}

/**
 * The hits of one page: sorted, highlighted, narrowed by the facet selections (index added by the caller).
 * `request_cache`: Elasticsearch keeps which items a page holds and the total until the next refresh, so a search
 * asked again (the same words, filters and page) skips the query phase; the highlighting runs every time.
 */
export function buildHitsRequest(input: SearchInput): estypes.SearchRequest {
  const size = input.size ?? PAGE_SIZE_DEFAULT;
  const page = input.page ?? 1;
  const withQuery = hasUserQuery(input.q);
  const facetFilters = Object.values(facetClauses(input.filters));
  const sort = sortClause(input.sort ?? 'relevance', withQuery);
  return {
    query: searchQuery(input),
    request_cache: true,
    post_filter: facetFilters.length ? andAll(facetFilters) : undefined,
    highlight: highlightClause(input.section, input.q),
    sort,
    // Sorted by score, the hits carry their score already; otherwise the fetch phase scores them again.
    track_scores: withQuery && !sortsByScore(sort),
    track_total_hits: TRACK_TOTAL_HITS_UP_TO,
    timeout: SEARCH_TIMEOUT,
    from: (page - 1) * size,
    size,
    _source: HIT_SOURCE,
  };
}

/**
 * The facets and the hits-over-time chart of a search, without hits (`size: 0`), so the shard request cache
 * keeps the answer until the next refresh; sampled when `sampling` is given (index added by the caller).
 */
export function buildFacetsRequest(input: SearchInput, sampling: FacetSampling | null): estypes.SearchRequest {
  const aggs = { ...facetAggregations(input.filters), [HITS_OVER_TIME]: hitsOverTimeAggregation(input.filters) };
  return {
    query: searchQuery(input),
    size: 0,
    track_total_hits: false,
    request_cache: true,
    timeout: SEARCH_TIMEOUT,
    aggs: sampling ? { [SAMPLE]: { random_sampler: { probability: sampling.probability, seed: SAMPLING_SEED }, aggs } } : aggs,
  };
}
