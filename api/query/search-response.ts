/**
 * Pure transformers: Elasticsearch search response → SearchResponse (hits, snippets, facets).
 */
import type { estypes } from '@elastic/elasticsearch';
import { FACET_FIELDS, type FacetName, type FacetValue, type SearchFilters, type SearchHit, type SearchResponse, type SortOrder } from '../contract.js';
import type { ItemDocument } from '../../ingest/documents.js';
import type { SectionKey } from '../../ingest/model.js';
import { MAX_RESULT_WINDOW, SNIPPET_FRAGMENTS, SNIPPET_SECTIONS_MAX } from '../limits.js';
import { markStemWords, markWholeWords } from './compound-highlight.js';
import { cleanHighlight, plainText } from './clean-text.js';
import { escapeHtml } from './html.js';
import { hitsOverTimeOf } from './hits-over-time.js';
import { FALLBACK_SECTIONS, HITS_OVER_TIME, SAMPLE } from './search-request.js';
import { meetingRefOf } from './summaries.js';

/** The fields of an item document a hit reads (see HIT_SOURCE). */
export type HitSource = Pick<
  ItemDocument,
  | 'id'
  | 'number'
  | 'title'
  | 'closed'
  | 'meetingId'
  | 'municipality'
  | 'body'
  | 'date'
  | 'topics'
  | 'systems'
  | 'caseType'
  | 'caseNumbers'
  | 'primaryAmount'
  | 'decisionOutcome'
>;

/** Display labels of facet values (topic id → Danish label, KLE code → title when configured). */
export interface FacetLabels {
  topic: (id: string) => string;
  kle: (code: string) => string;
}

/** Snippet order: the decision first, then what leads up to it. */
export const SECTION_ORDER: SectionKey[] = [
  'beslutning',
  'indstilling',
  'resume',
  'sagsfremstilling',
  'oekonomi',
  'behandling',
  'lovgrundlag',
  'bilag',
  'sagstype',
];

const MARK = '<mark>';
const FRAGMENT_SEPARATOR = ' … ';

/** "sections.beslutning" and "sections.beslutning.exact" → "beslutning". */
function sectionOf(field: string): SectionKey | null {
  const match = /^sections\.([a-z]+)(?:\.exact)?$/.exec(field);
  return match && (SECTION_ORDER as string[]).includes(match[1]) ? (match[1] as SectionKey) : null;
}

/**
 * Snippets from the highlighter: per section the marked fragments of the stemmed and the exact field,
 * in SECTION_ORDER. Nothing marked: the beginning of the decision (or the summary), which the highlighter
 * returned through no_match_size, already escaped.
 */
export function snippetsOf(highlight: Record<string, string[]> | undefined, markStems: readonly string[] = []): SearchHit['snippets'] {
  if (!highlight) return [];
  const marked = new Map<SectionKey, string[]>();
  for (const [field, found] of Object.entries(highlight)) {
    const section = sectionOf(field);
    if (!section) continue;
    const list = marked.get(section) ?? [];
    const fragments = found.map((fragment) => markStemWords(fragment, markStems));
    for (const fragment of fragments) if (fragment.includes(MARK) && !list.includes(fragment)) list.push(fragment);
    if (list.length) marked.set(section, list);
  }
  if (marked.size > 0) {
    return SECTION_ORDER.filter((section) => marked.has(section))
      .slice(0, SNIPPET_SECTIONS_MAX)
      .map((section) => ({ section, html: marked.get(section)!.slice(0, SNIPPET_FRAGMENTS).join(FRAGMENT_SEPARATOR) }));
  }
  for (const section of FALLBACK_SECTIONS) {
    const fragment = highlight[`sections.${section}`]?.[0];
    if (fragment) return [{ section, html: fragment }];
  }
  return [];
}

const MARK_END = '</mark>';

/** The text of a highlighted string without its <mark> tags, and the marked ranges in that text. */
function marksOf(html: string): { text: string; ranges: [number, number][] } {
  const ranges: [number, number][] = [];
  let text = '';
  let rest = html;
  for (;;) {
    const open = rest.indexOf(MARK);
    if (open < 0) break;
    const close = rest.indexOf(MARK_END, open);
    if (close < 0) break;
    text += rest.slice(0, open);
    const start = text.length;
    text += rest.slice(open + MARK.length, close);
    ranges.push([start, text.length]);
    rest = rest.slice(close + MARK_END.length);
  }
  return { text: text + rest, ranges };
}

/** Two highlightings of the same text (stemmed words, exact phrases) as one, with the marks of both. */
export function mergeMarks(first: string, second: string): string {
  const a = marksOf(first);
  const b = marksOf(second);
  if (a.text !== b.text) return b.ranges.length > a.ranges.length ? second : first;
  const ranges = [...a.ranges, ...b.ranges].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  let html = '';
  let at = 0;
  for (const [start, end] of merged) {
    html += `${a.text.slice(at, start)}${MARK}${a.text.slice(start, end)}${MARK_END}`;
    at = end;
  }
  return html + a.text.slice(at);
}

/** The highlighted title: marks of stemmed words (`title`) and of phrases (`title.exact`) together. */
function titleHtmlOf(highlight: Record<string, string[]> | undefined): string | undefined {
  const stemmed = highlight?.title?.[0];
  const exact = highlight?.['title.exact']?.[0];
  return stemmed && exact ? mergeMarks(stemmed, exact) : (stemmed ?? exact);
}

/** Highlighted HTML as shown: no markup of the source, compounds marked whole. */
function displayHtml(html: string): string {
  return markWholeWords(cleanHighlight(html));
}

/** `markStems`: base forms of the query words; section fragments mark the words containing them (compounds). */
export function hitOf(hit: estypes.SearchHit<HitSource>, markStems: readonly string[] = []): SearchHit {
  const source = hit._source!;
  const highlightedTitle = titleHtmlOf(hit.highlight);
  // Words that hold a query word inside a compound ("Budgetopfølgning" for "budget") are marked here, not by a
  // wildcard highlight query: the same marks at a fraction of the cost.
  const titleHtml = markStemWords(highlightedTitle ?? escapeHtml(plainText(source.title)), markStems);
  return {
    id: source.id,
    number: source.number,
    title: plainText(source.title),
    titleHtml: displayHtml(titleHtml),
    closed: source.closed,
    meeting: meetingRefOf(source),
    topics: source.topics ?? [],
    systems: source.systems ?? [],
    caseType: source.caseType ?? null,
    caseNumbers: source.caseNumbers ?? [],
    primaryAmount: source.primaryAmount ?? null,
    decisionOutcome: source.decisionOutcome ?? null,
    snippets: snippetsOf(hit.highlight, markStems).map((snippet) => ({ ...snippet, html: displayHtml(snippet.html) })),
    score: typeof hit._score === 'number' ? hit._score : null,
  };
}

/** The values a filter selects for a facet, as strings like the facet's bucket keys. */
function selectedValues(facet: FacetName, filters: SearchFilters): string[] {
  if (facet === 'closed') return filters.closed === undefined ? [] : [String(filters.closed)];
  const values: unknown = filters[facet];
  return Array.isArray(values) ? values.map(String) : [];
}

function labelOf(facet: FacetName, value: string, labels: FacetLabels): string {
  switch (facet) {
    case 'topic':
      return labels.topic(value);
    case 'kle':
      return labels.kle(value);
    case 'closed':
      return value === 'true' ? 'Lukket' : 'Åben';
    case 'kind':
      return value === 'dagsorden' ? 'Dagsorden' : 'Referat';
    default:
      return value;
  }
}

type FacetAggregate = { values?: estypes.AggregationsStringTermsAggregate | estypes.AggregationsLongTermsAggregate };

/**
 * One facet's values with counts and `selected` flags. A selected value without hits (count 0) is still
 * listed, so the user can untick it.
 */
export function facetValuesOf(facet: FacetName, aggregate: FacetAggregate | undefined, filters: SearchFilters, labels: FacetLabels): FacetValue[] {
  const selected = new Set(selectedValues(facet, filters));
  const buckets = (aggregate?.values?.buckets ?? []) as Array<{ key: string | number; key_as_string?: string; doc_count: number }>;
  const values: FacetValue[] = buckets.map((bucket) => {
    const value = bucket.key_as_string ?? String(bucket.key);
    return { value, label: labelOf(facet, value, labels), count: bucket.doc_count, selected: selected.has(value) };
  });
  for (const value of selected) {
    if (!values.some((entry) => entry.value === value)) values.push({ value, label: labelOf(facet, value, labels), count: 0, selected: true });
  }
  return values;
}

export interface SearchResponseInput {
  page: number;
  size: number;
  sort: SortOrder;
  filters: SearchFilters;
  labels: FacetLabels;
  /** Base forms of the query words, marked where they stand inside compounds in section fragments. */
  markStems?: readonly string[];
  /** Elasticsearch's time for every search behind the answer; the hits search's `took` when not given. */
  tookMs?: number;
}

/** The facets part of a search: its aggregations, and whether they were counted on a sample. */
export interface FacetCounts {
  response: estypes.SearchResponse;
  sampled: boolean;
}

function isPartial(response: estypes.SearchResponse): boolean {
  return response.timed_out || response._shards.failed > 0;
}

/** How many items a search matched (a lower bound past TRACK_TOTAL_HITS_UP_TO). */
export function totalOf(response: estypes.SearchResponse): number {
  const total = response.hits.total;
  return typeof total === 'number' ? total : (total?.value ?? 0);
}

export function searchResponseOf(response: estypes.SearchResponse<HitSource>, facetCounts: FacetCounts, input: SearchResponseInput): SearchResponse {
  const total = response.hits.total;
  const totalValue = totalOf(response);
  const counted = facetCounts.response.aggregations ?? {};
  const aggregations = (facetCounts.sampled ? (counted[SAMPLE] as unknown as Record<string, unknown> | undefined) ?? {} : counted) as Record<
    string,
    FacetAggregate
  >;
  const facets = Object.fromEntries(
    FACET_FIELDS.map((facet) => [facet, facetValuesOf(facet, aggregations[facet], input.filters, input.labels)]),
  ) as Record<FacetName, FacetValue[]>;
  return {
    hits: response.hits.hits.map((hit) => hitOf(hit, input.markStems)),
    total: totalValue,
    totalIsLowerBound: typeof total === 'object' && total.relation === 'gte',
    tookMs: input.tookMs ?? response.took,
    partial: isPartial(response) || isPartial(facetCounts.response),
    page: input.page,
    size: input.size,
    pages: Math.ceil(Math.min(totalValue, MAX_RESULT_WINDOW) / input.size),
    sort: input.sort,
    facets,
    facetsApproximate: facetCounts.sampled,
    suggestion: null,
    histogram: hitsOverTimeOf(aggregations[HITS_OVER_TIME] as Parameters<typeof hitsOverTimeOf>[0], input.filters),
  };
}
