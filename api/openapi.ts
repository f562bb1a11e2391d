/**
 * The OpenAPI 3.1 description of the API, written by hand as a typed object. test/integration/api-resources
 * checks that it lists every route the app registers, so a new route without a description fails the tests.
 */
import { AMOUNT_CLASSES } from '../analyzers/amounts.js';
import { SECTION_KEYS } from '../analyzers/index-settings.js';
import { FACET_FIELDS } from './contract.js';
import {
  EXPORT_MAX_ROWS,
  FEED_MAX_ENTRIES,
  MAX_RESULT_WINDOW,
  MULTI_VALUE_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_MAX_CHARS,
  SUGGEST_MAX,
  SUGGEST_PREFIX_MAX_CHARS,
  TRENDS_BREAKDOWN_DEFAULT,
  TRENDS_BREAKDOWN_MAX,
  TRENDS_MAX_SERIES,
} from './limits.js';
import {
  BREAKDOWNS,
  CASE_TYPES,
  DOCUMENT_KINDS,
  COUNT_PER,
  INTERVALS,
  METRICS,
  NORMALIZATIONS,
  OUTCOMES,
  SORT_ORDERS,
  SPENDING_TABLE_COLUMNS,
  YEAR_MAX,
  YEAR_MIN,
} from './query/params.js';

type Schema = { [key: string]: unknown };

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: Schema;
  style?: 'form';
  explode?: boolean;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters: Parameter[];
  responses: Record<string, { description: string; headers?: Record<string, { description: string; schema: Schema }>; content?: Record<string, { schema: Schema }> }>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Schema> };
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const object = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
});
const enumOf = (values: readonly string[]): Schema => ({ type: 'string', enum: [...values] });

const many = (name: string, description: string, items: Schema = str): Parameter => ({
  name,
  in: 'query',
  description: `${description} Repeat the parameter for more values (ORed), at most ${MULTI_VALUE_MAX}.`,
  schema: arrayOf(items),
  style: 'form',
  explode: true,
});
const one = (name: string, description: string, schema: Schema): Parameter => ({ name, in: 'query', description, schema });
const path = (name: string, description: string): Parameter => ({ name, in: 'path', required: true, description, schema: str });

const year: Schema = { type: 'integer', minimum: YEAR_MIN, maximum: YEAR_MAX };
const date: Schema = { type: 'string', format: 'date' };

const rangeFilters: Parameter[] = [
  one('yearFrom', 'First year (inclusive).', year),
  one('yearTo', 'Last year (inclusive); not before yearFrom.', year),
  one('dateFrom', 'First meeting date (YYYY-MM-DD, inclusive).', date),
  one('dateTo', 'Last meeting date (YYYY-MM-DD, inclusive); not before dateFrom.', date),
  one('hasAmount', 'Only items with (true) or without (false) a DKK amount.', enumOf(['true', 'false'])),
  one('closed', 'Only closed (true) or open (false) items; given as both, no filter.', enumOf(['true', 'false'])),
];

const facetFilters = (withTopic: boolean): Parameter[] => [
  many('municipality', 'Municipality name, e.g. "Kalundborg".'),
  many('body', 'Meeting body, e.g. "Direktionen".'),
  many('kind', 'Document kind: minutes (referat) or agenda (dagsorden).', enumOf(DOCUMENT_KINDS)),
  ...(withTopic ? [many('topic', 'Topic id from /api/topics.')] : []),
  many('caseType', 'Case type.', enumOf(CASE_TYPES)),
  many('outcome', 'Decision outcome.', enumOf(OUTCOMES)),
  many('kle', 'KLE main group ("85") or KLE number ("85.11.06", matches the codes under it too).'),
  many('system', 'IT system name, e.g. "Teams".'),
  many('year', 'Meeting year.', year),
];

const q = one(
  'q',
  `Search query: words ANDed, "exact phrase", -exclude, OR, prefix*, (grouping). Longer than ${QUERY_MAX_CHARS} characters: truncated.`,
  str,
);
const section = one('section', 'Search one section only.', enumOf(SECTION_KEYS));
const sort = one('sort', 'Order; relevance without q orders by date (newest first).', { ...enumOf(SORT_ORDERS), default: 'relevance' });
const searchParameters: Parameter[] = [q, section, ...facetFilters(true), ...rangeFilters, sort];

/** The parameters of /api/trends, its CSV table and its drill-down (docs/spending.md). */
const trendsParameters: Parameter[] = [
  many('topic', `A topic series (topic id). topic and term together: at most ${TRENDS_MAX_SERIES} series.`),
  many('term', 'A search-term series, in the q syntax.'),
  ...facetFilters(false),
  ...rangeFilters,
  one('interval', 'Bucket size.', { ...enumOf(INTERVALS), default: 'year' }),
  one(
    'metric',
    'items: number of items; granted: DKK the items decided to spend (spending figures, approved decisions only); savings: DKK of decided savings. "amount" is accepted for granted.',
    { ...enumOf(METRICS), default: 'items' },
  ),
  one(
    'normalize',
    "per_meeting: divided by the meetings held in the bucket; share_of_items: share of the bucket's items, or of its DKK for the money metrics.",
    { ...enumOf(NORMALIZATIONS), default: 'none' },
  ),
  one('countPer', 'Money: once per case at its last decision in the selection (case), or once per item (item).', { ...enumOf(COUNT_PER), default: 'case' }),
  one('breakdown', 'One line per municipality or body for the one topic or term (top N, the rest as "other").', {
    ...enumOf(BREAKDOWNS),
    default: 'none',
  }),
  one('top', `Lines of a breakdown before "Øvrige", 1..${TRENDS_BREAKDOWN_MAX}.`, {
    type: 'integer',
    minimum: 1,
    maximum: TRENDS_BREAKDOWN_MAX,
    default: TRENDS_BREAKDOWN_DEFAULT,
  }),
];

const spendingTableParameters: Parameter[] = [
  ...trendsParameters,
  one('columns', 'The columns: one per municipality or per body.', { ...enumOf(SPENDING_TABLE_COLUMNS), default: 'municipality' }),
];

const errors = {
  '400': { description: 'A malformed parameter, named in error.parameter.', content: { 'application/json': { schema: ref('ErrorResponse') } } },
  '503': {
    description: 'Elasticsearch is unreachable or timed out.',
    headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: int } },
    content: { 'application/json': { schema: ref('ErrorResponse') } },
  },
};
const notFound = { '404': { description: 'Not found.', content: { 'application/json': { schema: ref('ErrorResponse') } } } };
const json = (schema: string, description = 'OK') => ({ '200': { description, content: { 'application/json': { schema: ref(schema) } } } });

const meetingRef = object({ id: str, municipality: nullable(str), body: nullable(str), date: nullable(date) });
const caseType = nullable(enumOf(CASE_TYPES));
const outcome = nullable(enumOf(OUTCOMES));
const sectionOrTitle = enumOf([...SECTION_KEYS, 'title']);
const itemBrief = nullable(object({ id: str, number: int, title: str }));

const schemas: Record<string, Schema> = {
  ErrorResponse: object({
    error: object({ status: int, message: str, parameter: str, requestId: str }, ['parameter', 'requestId']),
  }),
  MeetingRef: meetingRef,
  FacetValue: object({ value: str, label: str, count: int, selected: bool }),
  SearchHit: object({
    id: str,
    number: int,
    title: str,
    titleHtml: { type: 'string', description: 'Title with <mark> highlights, HTML-escaped everywhere else.' },
    closed: bool,
    meeting: ref('MeetingRef'),
    topics: arrayOf(str),
    systems: arrayOf(str),
    caseType,
    caseNumbers: arrayOf(str),
    primaryAmount: nullable(int),
    decisionOutcome: outcome,
    snippets: arrayOf(object({ section: sectionOrTitle, html: { type: 'string', description: 'HTML: <mark> around matches, all else escaped.' } })),
    score: nullable(num),
  }),
  SearchResponse: object({
    hits: arrayOf(ref('SearchHit')),
    total: int,
    totalIsLowerBound: bool,
    tookMs: int,
    page: int,
    size: int,
    pages: int,
    sort: enumOf(SORT_ORDERS),
    facets: object(Object.fromEntries(FACET_FIELDS.map((facet) => [facet, arrayOf(ref('FacetValue'))]))),
    facetsApproximate: { type: 'boolean', description: 'True when facet and histogram counts are estimates from a random sample of the matches (shown as "ca.").' },
    suggestion: nullable(object({ text: str, hits: int })),
    histogram: ref('HitsOverTime'),
  }),
  HitsOverTime: object({
    interval: enumOf(['year', 'month']),
    buckets: arrayOf(object({ label: str, dateFrom: date, dateTo: date, count: int })),
  }),
  TrendBucket: object({
    date,
    label: str,
    count: nullable(int),
    amountDkk: nullable(num),
    normalized: nullable(num),
    drilldown: { type: 'string', description: 'Query string for /api/search.' },
    moneyDrilldown: nullable({ type: 'string', description: 'Query string for /api/trends/drilldown (money metrics).' }),
  }),
  TrendSeries: object({ key: str, label: str, kind: enumOf(['topic', 'term', 'municipality', 'body', 'other']), buckets: arrayOf(ref('TrendBucket')) }),
  TrendsResponse: object({
    interval: enumOf(INTERVALS),
    metric: enumOf(METRICS),
    normalize: enumOf(NORMALIZATIONS),
    countPer: enumOf(COUNT_PER),
    breakdown: enumOf(BREAKDOWNS),
    series: arrayOf(ref('TrendSeries')),
    denominators: arrayOf(object({ date, meetings: int, municipalities: int, items: int, amountDkk: nullable(int) })),
    tookMs: int,
  }),
  SpendingCell: object({ amountDkk: int, moneyDrilldown: { type: 'string', description: 'Query string for /api/trends/drilldown.' } }),
  SpendingTableRow: object({ key: str, label: str, cells: arrayOf(ref('SpendingCell')), total: ref('SpendingCell') }),
  SpendingTableResponse: object({
    metric: enumOf(METRICS.filter((metric) => metric !== 'items')),
    countPer: enumOf(COUNT_PER),
    columns: object({ key: enumOf(SPENDING_TABLE_COLUMNS), values: arrayOf(str) }),
    rows: arrayOf(ref('SpendingTableRow')),
    total: ref('SpendingTableRow'),
  }),
  MoneyFigure: object({ value: int, class: enumOf(AMOUNT_CLASSES), sentence: str }),
  TrendDrilldownResponse: object({
    series: object({ key: str, label: str }),
    bucket: nullable(object({ date, label: str })),
    metric: enumOf(METRICS.filter((metric) => metric !== 'items')),
    countPer: enumOf(COUNT_PER),
    total: int,
    itemCount: int,
    items: arrayOf(
      object({
        item: ref('ItemSummary'),
        figure: ref('MoneyFigure'),
        caseNumbers: arrayOf(str),
        passed: arrayOf(object({ itemId: str, meeting: ref('MeetingRef'), decisionOutcome: outcome, value: nullable(int) })),
      }),
    ),
  }),
  Amount: object(
    {
      value: int,
      text: str,
      sentence: str,
      section: sectionOrTitle,
      role: enumOf(AMOUNT_CLASSES),
      scale: int,
      isTotal: bool,
    },
    ['scale', 'isTotal'],
  ),
  TopicMatch: object({ topic: str, term: str, section: sectionOrTitle, count: int }),
  ItemDetail: object({
    id: str,
    number: int,
    title: str,
    closed: bool,
    meeting: object({ id: str, municipality: nullable(str), body: nullable(str), date: nullable(date), location: nullable(str), startTime: nullable(str) }),
    sections: { type: 'object', properties: Object.fromEntries(SECTION_KEYS.map((key) => [key, str])) },
    caseType,
    caseNumbers: arrayOf(str),
    journalNumber: nullable(str),
    kleGroup: nullable(str),
    kleTitle: nullable(str),
    documentNumber: nullable(str),
    attachments: arrayOf(str),
    decisionText: nullable(str),
    decisionOutcome: outcome,
    amounts: arrayOf(ref('Amount')),
    primaryAmount: nullable(int),
    topics: arrayOf(object({ id: str, label: str, matches: arrayOf(ref('TopicMatch')) })),
    systems: arrayOf(str),
    previous: itemBrief,
    next: itemBrief,
    source: object({ file: str, url: nullable(str), href: nullable(str), page: nullable(int) }),
  }),
  SimilarItemsResponse: object({ items: arrayOf(ref('ItemSummary')) }),
  ItemSummary: object({
    id: str,
    number: int,
    title: str,
    closed: bool,
    caseType,
    decisionOutcome: outcome,
    decisionText: nullable(str),
    primaryAmount: nullable(int),
    topics: arrayOf(str),
    meeting: ref('MeetingRef'),
  }),
  MeetingDetail: object({
    id: str,
    municipality: nullable(str),
    municipalityCode: nullable(str),
    body: nullable(str),
    date: nullable(date),
    startTime: nullable(str),
    location: nullable(str),
    attendees: arrayOf(str),
    layout: str,
    sourceFile: str,
    items: arrayOf(ref('ItemSummary')),
  }),
  CaseThread: object({ caseNumber: str, items: arrayOf(ref('ItemSummary')) }),
  TopicsResponse: object({
    taxonomyVersion: int,
    topics: arrayOf(object({ id: str, label: str, terms: arrayOf(str), count: int })),
  }),
  SuggestResponse: object({
    suggestions: arrayOf(object({ text: str, kind: enumOf(['title', 'system', 'organisation', 'topic']), topic: str }, ['topic'])),
  }),
  OverviewResponse: object({
    totals: object({ meetings: int, items: int, municipalities: int, yearFrom: nullable(int), yearTo: nullable(int) }),
    latestDecisions: arrayOf(ref('ItemSummary')),
  }),
  HealthResponse: object({
    status: enumOf(['ok', 'degraded']),
    api: object({ version: str, uptimeSeconds: int }),
    elasticsearch: object({ status: enumOf(['green', 'yellow', 'red', 'unreachable']), version: nullable(str) }),
    index: object({ items: nullable(int), meetings: nullable(int) }),
  }),
};

export function openApiDocument(version: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Referat Radar API',
      version,
      description: 'Search and analytics over Danish municipal meeting minutes. All responses are JSON except /api/export.csv.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'search', description: 'Search, trends and export' },
      { name: 'resources', description: 'Items, meetings, cases, topics' },
      { name: 'meta', description: 'Health and this document' },
    ],
    paths: {
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'API and Elasticsearch status',
          tags: ['meta'],
          parameters: [],
          responses: { ...json('HealthResponse'), '503': { description: 'Elasticsearch unreachable (same body, status degraded).', content: { 'application/json': { schema: ref('HealthResponse') } } } },
        },
      },
      '/api/search': {
        get: {
          operationId: 'search',
          summary: 'Search agenda items, with disjunctive facets',
          tags: ['search'],
          parameters: [
            ...searchParameters,
            one('page', `Page, from 1; page × size may not exceed ${MAX_RESULT_WINDOW}.`, { type: 'integer', minimum: 1, default: 1 }),
            one('size', `Hits per page, 1..${PAGE_SIZE_MAX}.`, { type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT }),
          ],
          responses: { ...json('SearchResponse'), ...errors },
        },
      },
      '/api/trends': {
        get: {
          operationId: 'trends',
          summary: 'Items or DKK per year, quarter or month, per topic or search term',
          tags: ['search'],
          parameters: trendsParameters,
          responses: { ...json('TrendsResponse'), ...errors },
        },
      },
      '/api/trends/table.csv': {
        get: {
          operationId: 'trendsCsv',
          summary: 'The trends as a CSV table: a row per bucket, a column per series, then all items once, meetings, municipalities',
          description: 'UTF-8 with BOM, semicolon-separated, CRLF. A bucket without meetings is an empty cell.',
          tags: ['search'],
          parameters: trendsParameters,
          responses: {
            '200': { description: 'The CSV file (Content-Disposition: attachment).', content: { 'text/csv': { schema: str } } },
            ...errors,
          },
        },
      },
      '/api/trends/spending-table': {
        get: {
          operationId: 'spendingTable',
          summary: 'DKK per theme × municipality (or body) over the selection, with totals; every cell links to its items',
          tags: ['search'],
          parameters: spendingTableParameters,
          responses: { ...json('SpendingTableResponse'), ...errors },
        },
      },
      '/api/trends/spending-table.csv': {
        get: {
          operationId: 'spendingTableCsv',
          summary: 'The spending table as CSV',
          description: 'UTF-8 with BOM, semicolon-separated, CRLF; whole kroner.',
          tags: ['search'],
          parameters: spendingTableParameters,
          responses: {
            '200': { description: 'The CSV file (Content-Disposition: attachment).', content: { 'text/csv': { schema: str } } },
            ...errors,
          },
        },
      },
      '/api/trends/drilldown': {
        get: {
          operationId: 'trendDrilldown',
          summary: 'The items behind one DKK point of /api/trends, largest first; their sum equals the point',
          tags: ['search'],
          parameters: [
            ...trendsParameters,
            one('series', 'The series key (topic:<id>, term:<query>, municipality:<name>, body:<name>, other).', str),
            one('bucket', 'The bucket start date (YYYY-MM-DD); without it, every bucket (a spending-table cell).', date),
          ],
          responses: { ...json('TrendDrilldownResponse'), ...errors },
        },
      },
      '/api/export.csv': {
        get: {
          operationId: 'exportCsv',
          summary: `Every item matching a search as CSV (at most ${EXPORT_MAX_ROWS} rows)`,
          description: 'UTF-8 with BOM, semicolon-separated, CRLF. Newest first; sort=date_asc for oldest first.',
          tags: ['search'],
          parameters: searchParameters,
          responses: {
            '200': { description: 'The CSV file (Content-Disposition: attachment).', content: { 'text/csv': { schema: str } } },
            ...errors,
          },
        },
      },
      '/api/feed.atom': {
        get: {
          operationId: 'feed',
          summary: `The newest items matching a search, as an Atom feed (RFC 4287), at most ${FEED_MAX_ENTRIES} entries`,
          description: 'Each entry: the title, the meeting, the date, the decision (none for closed items) and a link to the item page.',
          tags: ['search'],
          parameters: [q, section, ...facetFilters(true), ...rangeFilters],
          responses: {
            '200': { description: 'The feed.', content: { 'application/atom+xml': { schema: str } } },
            ...errors,
          },
        },
      },
      '/api/items/{id}': {
        get: {
          operationId: 'item',
          summary: 'One agenda item in full',
          tags: ['resources'],
          parameters: [path('id', 'Item id, e.g. kalundborg-2020-06-02-direktionen-5.')],
          responses: { ...json('ItemDetail'), ...notFound, ...errors },
        },
      },
      '/api/items/{id}/similar': {
        get: {
          operationId: 'similarItems',
          summary: 'The items most like this one (title and decision), from other municipalities',
          tags: ['resources'],
          parameters: [path('id', 'Item id, e.g. kalundborg-2020-06-02-direktionen-5.')],
          responses: { ...json('SimilarItemsResponse'), ...notFound, ...errors },
        },
      },
      '/api/sources/{meetingId}': {
        get: {
          operationId: 'source',
          summary: 'The document a meeting was ingested from, read-only',
          description:
            'Text sources as UTF-8 text, PDFs as they are. 404 when the file is gone or outside the source roots; 403 when it holds closed items\' text and the instance did not opt in to showing it.',
          tags: ['resources'],
          parameters: [path('meetingId', 'Meeting id, e.g. kalundborg-2020-06-02-direktionen.')],
          responses: {
            '200': {
              description: 'The source document.',
              content: { 'text/plain': { schema: str }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
            },
            '403': { description: 'Holds closed items\' text.', content: { 'application/json': { schema: ref('ErrorResponse') } } },
            ...notFound,
            ...errors,
          },
        },
      },
      '/api/meetings/{id}': {
        get: {
          operationId: 'meeting',
          summary: 'One meeting with its items in order',
          tags: ['resources'],
          parameters: [path('id', 'Meeting id, e.g. kalundborg-2020-06-02-direktionen.')],
          responses: { ...json('MeetingDetail'), ...notFound, ...errors },
        },
      },
      '/api/cases/{caseNumber}': {
        get: {
          operationId: 'caseThread',
          summary: 'Every item with this case number, oldest first',
          tags: ['resources'],
          parameters: [path('caseNumber', 'Case number; a slash may be sent as is or as %2F ("15%2F26452").')],
          responses: { ...json('CaseThread'), ...notFound, ...errors },
        },
      },
      '/api/topics': {
        get: {
          operationId: 'topics',
          summary: 'The topic taxonomy with item counts',
          tags: ['resources'],
          parameters: [],
          responses: { ...json('TopicsResponse'), ...errors },
        },
      },
      '/api/suggest': {
        get: {
          operationId: 'suggest',
          summary: `Up to ${SUGGEST_MAX} completions: topics, systems, titles`,
          tags: ['search'],
          parameters: [one('prefix', `What the user has typed (at most ${SUGGEST_PREFIX_MAX_CHARS} characters are used).`, str)],
          responses: { ...json('SuggestResponse'), ...errors },
        },
      },
      '/api/overview': {
        get: {
          operationId: 'overview',
          summary: 'Totals and the latest decided items',
          tags: ['resources'],
          parameters: [],
          responses: { ...json('OverviewResponse'), ...errors },
        },
      },
      '/api/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          tags: ['meta'],
          parameters: [],
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: { schemas },
  };
}
