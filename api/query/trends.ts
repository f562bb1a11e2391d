/**
 * /api/trends: one line per series (a topic or a user query), or, with a breakdown, one line per municipality or
 * body (top N, the rest as "Øvrige"), counted per year, quarter or month.
 *
 * Two aggregation searches, run in parallel, both `size: 0` and `request_cache: true`:
 * 1. items: a date_histogram over every item the filters allow (its doc_count is the share_of_items
 *    denominator) holding one filter per series, or the breakdown's terms under the one series;
 * 2. meetings: the same date_histogram on the meetings index, under the filters a meeting has (municipality,
 *    body, years and dates): the per_meeting denominator and the coverage (meetings, municipalities).
 * Both histograms share `extended_bounds` (the filtered date range, when the filters fix one), so the series
 * align bucket by bucket. A bucket without meetings is a gap: null, never 0.
 *
 * The money metrics (granted, savings) are not sums of an aggregation: money counts once per case, at the case's
 * last decision in the selection (case-counting.ts), so the items with a figure are read (money-rows.ts) and
 * counted here. `moneyDrilldown` then leads to exactly the items behind a point (trendDrilldownOf).
 */
import type { estypes } from '@elastic/elasticsearch';
import type {
  Breakdown,
  CountPer,
  Interval,
  Normalization,
  SearchFilters,
  TrendBucket,
  TrendCoverage,
  TrendMetric,
  TrendSeries,
  TrendsResponse,
} from '../contract.js';
import type { IndexNames } from '../../ingest/index-names.js';
import { TRENDS_MAX_BUCKETS } from '../limits.js';
import { countRows, type CountedRow } from './case-counting.js';
import { allClauses, andAll, dateBounds } from './filters.js';
import { moneyQuery, type MoneyMetric, type MoneyRow, type NamedFilter } from './money-rows.js';
import type { MoneySumsInput } from './money-sums.js';
import { FILTER_KEYS } from './params.js';
import { userQuery } from './user-query.js';

export interface SeriesSpec {
  key: string;
  label: string;
  kind: 'topic' | 'term';
  /** topic id or user query */
  value: string;
}

export interface TrendsInput {
  series: SeriesSpec[];
  /** Every filter but `topic` (topics are series here). */
  filters: SearchFilters;
  interval: Interval;
  metric: TrendMetric;
  normalize: Normalization;
  countPer: CountPer;
  breakdown: Breakdown;
  /** Lines of a breakdown before "Øvrige". */
  top: number;
}

const DATE_FORMAT = 'yyyy-MM-dd';
/** More distinct municipalities or bodies than any selection holds: the breakdown's terms are exact. */
const BREAKDOWN_TERMS = 1_000;
const OTHER_KEY = 'other';
const OTHER_LABEL = 'Øvrige';
/** The aggregations of the trends searches: the histogram (of every item, or of a series) and the series. */
const BUCKETS = 'buckets';
const SERIES = 'series';
const VALUED = 'valued';
const TOTALS = 'totals';
const DATED = 'dated';
const VALUES = 'values';
/** The named query of a breakdown's one series (or every item). */
const BASE_KEY = 'base';

type Clause = estypes.QueryDslQueryContainer;
type BreakdownField = Exclude<Breakdown, 'none'>;

function seriesFilter(spec: SeriesSpec): Clause {
  return spec.kind === 'topic' ? { term: { topics: spec.value } } : userQuery(spec.value);
}

function isMoney(metric: TrendMetric): metric is MoneyMetric {
  return metric !== 'items';
}

/** The items a breakdown splits: its one series, or every item. */
function breakdownBase(input: TrendsInput): Clause {
  return input.series[0] ? seriesFilter(input.series[0]) : { match_all: {} };
}

/** Bucket starts between two ISO dates (inclusive), for the bucket-count check. */
export function bucketCount(from: string, to: string, interval: Interval): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  if (interval === 'year') return ty - fy + 1;
  const months = (ty - fy) * 12 + (tm - fm);
  return interval === 'month' ? months + 1 : Math.floor((tm - 1) / 3) - Math.floor((fm - 1) / 3) + (ty - fy) * 4 + 1;
}

/** The start of the bucket holding an ISO date, as the date_histogram keys it. */
export function bucketStart(date: string, interval: Interval): string {
  if (interval === 'year') return `${date.slice(0, 4)}-01-01`;
  if (interval === 'month') return `${date.slice(0, 7)}-01`;
  const month = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

function histogram(interval: Interval, bounds: { from: string | null; to: string | null }): estypes.AggregationsDateHistogramAggregation {
  const extended = bounds.from && bounds.to ? { extended_bounds: { min: bounds.from, max: bounds.to } } : {};
  return { field: 'date', calendar_interval: interval, format: DATE_FORMAT, min_doc_count: 0, ...extended };
}

/** The filters a meeting document has: the meeting's own facts. Item-level filters do not apply to meetings. */
function meetingFilters(filters: SearchFilters): SearchFilters {
  const { municipality, body, year, yearFrom, yearTo, dateFrom, dateTo } = filters;
  return { municipality, body, year, yearFrom, yearTo, dateFrom, dateTo };
}

/** The series the money rows are tagged with (named queries). */
function namedSeries(input: TrendsInput): NamedFilter[] {
  if (input.breakdown !== 'none') return [{ key: BASE_KEY, filter: breakdownBase(input) }];
  return input.series.map((spec) => ({ key: spec.key, filter: seriesFilter(spec) }));
}

/** The query of the money rows (money-rows.ts); null for the items metric. */
export function moneyRowsQuery(input: TrendsInput): Clause | null {
  return isMoney(input.metric) ? moneyQuery(andAll(allClauses(input.filters)), input.metric, namedSeries(input)) : null;
}

/** The row key of the "all items" line in the rows of money-sums.ts (never a series key: those have a colon). */
export const ALL_ROWS_KEY = 'all';

/** What money-sums.ts needs to count the money of a trends request; null for the items metric. */
export function moneySumsInput(input: TrendsInput): MoneySumsInput | null {
  if (!isMoney(input.metric)) return null;
  const filter = andAll(allClauses(input.filters));
  const lines = namedSeries(input);
  return {
    rows: moneyQuery(filter, input.metric, []),
    namedRows: moneyQuery(filter, input.metric, lines),
    lines,
    allKey: ALL_ROWS_KEY,
    splitBy: input.breakdown === 'none' ? null : input.breakdown,
    metric: input.metric,
    interval: input.interval,
    perCase: input.countPer === 'case',
  };
}

/** A search for aggregations only (no hits), kept by the shard request cache until the next refresh. */
function aggregationSearch(index: string, query: Clause, aggs: Record<string, estypes.AggregationsAggregationContainer>): estypes.SearchRequest {
  return { index, request_cache: true, size: 0, track_total_hits: false, query, aggs };
}

/** Throws RangeError when the filters fix more buckets than TRENDS_MAX_BUCKETS. */
export function checkBucketCount(input: TrendsInput): void {
  const bounds = dateBounds(input.filters);
  if (bounds.from && bounds.to && bucketCount(bounds.from, bounds.to, input.interval) > TRENDS_MAX_BUCKETS) {
    throw new RangeError(`højst ${TRENDS_MAX_BUCKETS} intervaller: vælg et større interval eller et kortere tidsrum`);
  }
}

/**
 * The aggregation searches: every item's histogram, each series' own histogram, and the meetings'. Each series is a
 * search of its own, so Elasticsearch runs them side by side and caches each one apart (a series shared by two
 * charts, or the histogram of every item, is counted once). A breakdown's one series is a search of its own too,
 * whose query is the series, so it reads only the series' items. Throws RangeError when the filters fix too many
 * buckets.
 */
export function buildTrendsRequests(input: TrendsInput, names: IndexNames): TrendsRequests {
  checkBucketCount(input);
  const bounds = dateBounds(input.filters);
  const perBucket = (aggs?: Record<string, estypes.AggregationsAggregationContainer>) => ({
    [BUCKETS]: { date_histogram: histogram(input.interval, bounds), ...(aggs ? { aggs } : {}) },
  });
  const itemClauses = allClauses(input.filters);
  let meetingsAggs: Record<string, estypes.AggregationsAggregationContainer> = { municipalities: { cardinality: { field: 'municipality' } } };
  let meetingTotals: Record<string, estypes.AggregationsAggregationContainer> = {};
  let breakdown: estypes.SearchRequest | null = null;
  if (input.breakdown !== 'none') {
    // A breakdown's first step: the series' items per bucket that have a value (municipality or body), and the
    // items and meetings of each value in all; the best values' own buckets follow (buildBreakdownRequests).
    const valued = { [VALUED]: { filter: { exists: { field: input.breakdown } } } };
    const totals = { [TOTALS]: { terms: { field: input.breakdown, size: BREAKDOWN_TERMS } } };
    // Only what has a date counts, as in the histograms.
    const dated: Clause = { exists: { field: 'date' } };
    breakdown = aggregationSearch(names.items, andAll([...itemClauses, breakdownBase(input), dated]), { ...perBucket(valued), ...totals });
    meetingsAggs = { ...meetingsAggs, ...valued };
    meetingTotals = { [DATED]: { filter: dated, aggs: totals } };
  }
  const series = input.breakdown === 'none' ? input.series : [];
  return {
    items: aggregationSearch(names.items, andAll(itemClauses), perBucket()),
    series: series.map((spec) => ({ key: spec.key, request: aggregationSearch(names.items, andAll([...itemClauses, seriesFilter(spec)]), perBucket()) })),
    breakdown,
    meetings: aggregationSearch(names.meetings, andAll(allClauses(meetingFilters(input.filters))), { ...perBucket(meetingsAggs), ...meetingTotals }),
  };
}

export interface TrendsRequests {
  items: estypes.SearchRequest;
  /** One search per series (none for a breakdown, whose one series is `breakdown`). */
  series: { key: string; request: estypes.SearchRequest }[];
  /** A breakdown's series: its items per bucket with a value, and each value's items in all. */
  breakdown: estypes.SearchRequest | null;
  meetings: estypes.SearchRequest;
}

/** The items search's answer with each series' histogram under SERIES, keyed by series, as itemBucketsOf reads it. */
export function withSeriesHistograms(items: estypes.SearchResponse, series: { key: string; response: estypes.SearchResponse }[]): estypes.SearchResponse {
  if (series.length === 0) return items;
  const buckets = Object.fromEntries(series.map(({ key, response }) => [key, response.aggregations ?? {}]));
  return { ...items, aggregations: { ...items.aggregations, [SERIES]: { buckets } as unknown as estypes.AggregationsAggregate } };
}

/**
 * A breakdown's second step: the buckets of each of the best values (`top`), items and meetings. The rest ("Øvrige")
 * is what the first step's valued counts leave, so no request lists every value in every bucket.
 */
export function buildBreakdownRequests(input: TrendsInput, names: IndexNames, top: string[]): { items: estypes.SearchRequest; meetings: estypes.SearchRequest } {
  const field = input.breakdown as BreakdownField;
  const bounds = dateBounds(input.filters);
  const perValue: estypes.AggregationsAggregationContainer = {
    filters: { filters: Object.fromEntries(top.map((value) => [value, { term: { [field]: value } }])) },
    aggs: { [BUCKETS]: { date_histogram: histogram(input.interval, bounds) } },
  };
  return {
    items: aggregationSearch(names.items, andAll([...allClauses(input.filters), breakdownBase(input)]), { [VALUES]: perValue }),
    meetings: aggregationSearch(names.meetings, andAll(allClauses(meetingFilters(input.filters))), { [VALUES]: perValue }),
  };
}

const QUARTERS = ['K1', 'K2', 'K3', 'K4'];

/** "2020", "2020 K2", "2020-06". */
export function bucketLabel(date: string, interval: Interval): string {
  if (interval === 'year') return date.slice(0, 4);
  if (interval === 'month') return date.slice(0, 7);
  return `${date.slice(0, 4)} ${QUARTERS[Math.floor((Number(date.slice(5, 7)) - 1) / 3)]}`;
}

/** The last day of the bucket that starts at `date`. */
export function bucketEnd(date: string, interval: Interval): string {
  const year = Number(date.slice(0, 4));
  const lastMonth = interval === 'year' ? 12 : Number(date.slice(5, 7)) + (interval === 'quarter' ? 2 : 0);
  return `${date.slice(0, 4)}-${String(lastMonth).padStart(2, '0')}-${daysInMonth(year, lastMonth)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [4, 6, 9, 11].includes(month) ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** SearchFilters → URL query string pairs, in a stable order (a repeated filter repeats its parameter). */
export function filterParams(filters: SearchFilters): [string, string][] {
  return FILTER_KEYS.flatMap((key) => {
    const value = filters[key];
    if (value === undefined || value === '') return [];
    return (Array.isArray(value) ? value : [value]).map((entry): [string, string] => [key, String(entry)]);
  });
}

/** The series as search parameters: topic= or q=; nothing for "every item". */
function seriesParams(spec: SeriesSpec | undefined): [string, string][] {
  if (!spec) return [];
  return [[spec.kind === 'topic' ? 'topic' : 'q', spec.value]];
}

const FROM = Symbol('dateFrom');
const TO = Symbol('dateTo');

function encoded(pairs: [string, string][]): string {
  return new URLSearchParams(pairs).toString();
}

/**
 * The search parameters listing exactly the items of one bucket of one series: the series (topic= or q=),
 * every filter, and the bucket's dates intersected with the filter's own dates. Encoded once per line and only
 * the dates per bucket, since each bucket of "Øvrige" names every municipality outside the best ten.
 */
export function drilldownsOf(spec: SeriesSpec | undefined, filters: SearchFilters): (start: string, end: string) => string {
  const { dateFrom, dateTo } = filters;
  const pieces = [
    encoded(seriesParams(spec)),
    ...FILTER_KEYS.map((key) => (key === 'dateFrom' ? FROM : key === 'dateTo' ? TO : encoded(filterParams({ [key]: filters[key] })))),
  ];
  return (start, end) => {
    const from = dateFrom && dateFrom > start ? dateFrom : start;
    const to = dateTo && dateTo < end ? dateTo : end;
    const parts = pieces.map((piece) => (piece === FROM ? encoded([['dateFrom', from]]) : piece === TO ? encoded([['dateTo', to]]) : piece));
    return parts.filter(Boolean).join('&');
  };
}

/**
 * The /api/trends/drilldown parameters of one money point (a line, a bucket), or of a line over every bucket
 * (no `date`), optionally under other filters (a cell of the spending table: one municipality). Encoded once per
 * line: only the bucket is added per point.
 */
export function moneyDrilldownsOf(input: TrendsInput, seriesKey: string, filters: SearchFilters = input.filters): (date?: string) => string {
  const params = new URLSearchParams([
    ...input.series.flatMap((spec): [string, string][] => [[spec.kind === 'topic' ? 'topic' : 'term', spec.value]]),
    ...filterParams(filters),
    ['interval', input.interval],
    ['metric', input.metric],
    ['countPer', input.countPer],
  ]);
  if (input.breakdown !== 'none') {
    params.append('breakdown', input.breakdown);
    params.append('top', String(input.top));
  }
  params.append('series', seriesKey);
  const line = params.toString();
  return (date) => (date ? `${line}&${encoded([['bucket', date]])}` : line);
}

// ---------------------------------------------------------------------------------------------------------
// Reading the aggregations

interface TermsBuckets {
  buckets: { key: string; doc_count: number }[];
}
interface ItemsBucket {
  key_as_string: string;
  doc_count: number;
  series?: { buckets: Record<string, { doc_count: number }> };
}
interface MeetingsBucket {
  key_as_string: string;
  doc_count: number;
  municipalities: { value: number };
}

function histogramBuckets<T>(aggregations: Record<string, unknown> | undefined): T[] {
  return ((aggregations?.[BUCKETS] as { buckets?: T[] } | undefined)?.buckets ?? []) as T[];
}

type DatedBucket = { key_as_string: string; doc_count: number; [VALUED]?: { doc_count: number } };

/**
 * The items search's buckets, each with its series' counts: the request keeps one histogram per series (beside
 * the histogram of every item), which are read here into the histogram of every item, bucket by bucket.
 */
function itemBucketsOf(response: estypes.SearchResponse): ItemsBucket[] {
  const all = histogramBuckets<DatedBucket>(response.aggregations);
  const series = response.aggregations?.[SERIES] as { buckets: Record<string, Record<string, unknown>> } | undefined;
  if (!series) return all.map(({ key_as_string, doc_count }) => ({ key_as_string, doc_count }));
  const byDate = (aggregations: Record<string, unknown> | undefined) =>
    new Map(histogramBuckets<DatedBucket>(aggregations).map((bucket) => [bucket.key_as_string, bucket]));
  const lines = Object.entries(series.buckets).map(([key, aggregations]) => [key, byDate(aggregations)] as const);
  return all.map(({ key_as_string, doc_count }) => ({
    key_as_string,
    doc_count,
    series: { buckets: Object.fromEntries(lines.map(([key, own]) => [key, { doc_count: own.get(key_as_string)?.doc_count ?? 0 }])) },
  }));
}

function termCounts(terms: TermsBuckets | undefined): Map<string, number> {
  return new Map((terms?.buckets ?? []).map((bucket) => [bucket.key, bucket.doc_count]));
}

// ---------------------------------------------------------------------------------------------------------
// Lines

/** One line of the chart before normalisation: per bucket date its items, its meetings and its counted money. */
interface Line {
  key: string;
  label: string;
  kind: TrendSeries['kind'];
  count: (date: string) => number;
  /** Meetings the line rests on: all meetings, or those of the line's municipality or body. */
  meetings: (date: string) => number;
  money: Map<string, CountedRow<MoneyRow>[]>;
  /** The search parameters of the line's items in a bucket. */
  drilldown: (start: string, end: string) => string;
}

/** Counted money rows per bucket date. */
function moneyByBucket(rows: MoneyRow[], input: TrendsInput): Map<string, CountedRow<MoneyRow>[]> {
  const byBucket = new Map<string, CountedRow<MoneyRow>[]>();
  for (const counted of countRows(rows, input.countPer)) {
    if (!counted.row.date) continue;
    const date = bucketStart(counted.row.date, input.interval);
    const list = byBucket.get(date);
    if (list) list.push(counted);
    else byBucket.set(date, [counted]);
  }
  return byBucket;
}

export function moneyOf(counted: CountedRow<MoneyRow>[] | undefined): number {
  return (counted ?? []).reduce((sum, entry) => sum + entry.row.value, 0);
}

function totalMoney(money: Map<string, CountedRow<MoneyRow>[]>): number {
  let total = 0;
  for (const counted of money.values()) total += moneyOf(counted);
  return total;
}

function breakdownValue(row: MoneyRow, field: BreakdownField): string | null {
  return row[field];
}

/**
 * The values of a breakdown, best first: by DKK for the money metrics, by items otherwise; ties by name.
 * `counts` may be empty (the drill-down knows only the money rows); the money order does not depend on it.
 */
function rankedValues(input: TrendsInput, rows: MoneyRow[], counts: Map<string, number>): string[] {
  const field = input.breakdown as BreakdownField;
  // The rows of each value in one pass (in their order), not one pass over every row per value.
  const rowsOf = new Map<string, MoneyRow[]>();
  for (const row of rows) {
    const value = breakdownValue(row, field);
    if (value === null) continue;
    const own = rowsOf.get(value);
    if (own) own.push(row);
    else rowsOf.set(value, [row]);
  }
  const values = new Set([...counts.keys(), ...rowsOf.keys()]);
  const money = new Map([...values].map((value) => [value, isMoney(input.metric) ? totalMoney(moneyByBucket(rowsOf.get(value) ?? [], input)) : 0]));
  const score = (value: string) => (isMoney(input.metric) ? money.get(value)! : (counts.get(value) ?? 0));
  return [...values].sort((a, b) => score(b) - score(a) || a.localeCompare(b, 'da'));
}

/** The "Øvrige" of a breakdown in BreakdownCounts (no municipality or body has this name). */
const REST_VALUE = '\u0000rest';

/** What a breakdown's lines count: the values best first, and per bucket date the items and meetings of the best values and of the rest. */
export interface BreakdownCounts {
  ranked: string[];
  items: Map<string, Map<string, number>>;
  meetings: Map<string, Map<string, number>>;
}

type TermsAggregate = { [TOTALS]?: TermsBuckets };

/** The values of a breakdown, best first, from the first step's totals (items, meetings) and the money rows. */
export function breakdownRanking(input: TrendsInput, seriesResponse: estypes.SearchResponse, meetingsResponse: estypes.SearchResponse, rows: MoneyRow[]): string[] {
  const totals = termCounts((seriesResponse.aggregations as TermsAggregate | undefined)?.[TOTALS]);
  // A municipality (or body) that met but has no items of the series is a 0 in its line or in "Øvrige", not a gap.
  const meetingTotals = (meetingsResponse.aggregations?.[DATED] as TermsAggregate | undefined)?.[TOTALS];
  for (const value of termCounts(meetingTotals).keys()) if (!totals.has(value)) totals.set(value, 0);
  return rankedValues(input, rows.filter((row) => row.series.includes(BASE_KEY)), totals);
}

/** Per bucket date: each best value's count (from its own histogram), and the rest: the valued count less theirs. */
function countsWithRest(valued: Map<string, number>, perValue: Map<string, Map<string, number>>): Map<string, Map<string, number>> {
  const byDate = new Map<string, Map<string, number>>();
  for (const [date, count] of valued) {
    const own = new Map<string, number>();
    let listed = 0;
    for (const [value, dates] of perValue) {
      const valueCount = dates.get(date) ?? 0;
      own.set(value, valueCount);
      listed += valueCount;
    }
    own.set(REST_VALUE, count - listed);
    byDate.set(date, own);
  }
  return byDate;
}

type ValuesAggregate = { [VALUES]?: { buckets: Record<string, Record<string, unknown>> } };

function perValueCounts(aggregate: ValuesAggregate | undefined): Map<string, Map<string, number>> {
  return new Map(
    Object.entries(aggregate?.[VALUES]?.buckets ?? {}).map(([value, aggregations]) => [
      value,
      new Map(histogramBuckets<DatedBucket>(aggregations).map((bucket) => [bucket.key_as_string, bucket.doc_count])),
    ]),
  );
}

function valuedCounts(aggregations: Record<string, unknown> | undefined): Map<string, number> {
  return new Map(histogramBuckets<DatedBucket>(aggregations).map((bucket) => [bucket.key_as_string, bucket[VALUED]?.doc_count ?? 0]));
}

/** The counts of a breakdown's lines from its two steps (buildTrendsRequests, buildBreakdownRequests). */
export function breakdownCountsOf(
  ranked: string[],
  first: { series: estypes.SearchResponse; meetings: estypes.SearchResponse },
  second: { items: estypes.SearchResponse; meetings: estypes.SearchResponse } | null,
): BreakdownCounts {
  return {
    ranked,
    items: countsWithRest(valuedCounts(first.series.aggregations), perValueCounts(second?.items.aggregations as ValuesAggregate | undefined)),
    meetings: countsWithRest(valuedCounts(first.meetings.aggregations), perValueCounts(second?.meetings.aggregations as ValuesAggregate | undefined)),
  };
}

interface LineSources {
  itemBuckets: ItemsBucket[];
  meetingBuckets: MeetingsBucket[];
  rows: MoneyRow[];
  /** A breakdown's counts; without them (the drill-down) its lines are ranked by the money rows alone. */
  breakdown?: BreakdownCounts;
}

/** The lines of the response (or of a drill-down, which passes no aggregation buckets). */
function linesOf(input: TrendsInput, { itemBuckets, meetingBuckets, rows, breakdown }: LineSources): Line[] {
  const allMeetings = new Map(meetingBuckets.map((bucket) => [bucket.key_as_string, bucket.doc_count]));
  if (input.breakdown === 'none') {
    return input.series.map((spec) => {
      const counts = new Map(
        itemBuckets.map((bucket) => {
          const own = bucket.series?.buckets[spec.key];
          return [bucket.key_as_string, own?.doc_count ?? 0];
        }),
      );
      return {
        key: spec.key,
        label: spec.label,
        kind: spec.kind,
        count: (date) => counts.get(date) ?? 0,
        meetings: (date) => allMeetings.get(date) ?? 0,
        money: moneyByBucket(rows.filter((row) => row.series.includes(spec.key)), input),
        drilldown: drilldownsOf(spec, input.filters),
      };
    });
  }

  const field = input.breakdown;
  const spec = input.series[0];
  const countsByDate = breakdown?.items ?? new Map<string, Map<string, number>>();
  const meetingsByDate = breakdown?.meetings ?? new Map<string, Map<string, number>>();
  const baseRows = rows.filter((row) => row.series.includes(BASE_KEY));
  const ranked = breakdown?.ranked ?? rankedValues(input, baseRows, new Map());
  const top = ranked.slice(0, input.top);
  const rest = ranked.slice(input.top);

  /** `countedAs`: the key of the line's counts (the value, or REST_VALUE for "Øvrige"). */
  const lineOf = (key: string, label: string, kind: TrendSeries['kind'], values: string[], countedAs: string): Line => {
    const wanted = new Set(values);
    return {
      key,
      label,
      kind,
      count: (date) => countsByDate.get(date)?.get(countedAs) ?? 0,
      meetings: (date) => meetingsByDate.get(date)?.get(countedAs) ?? 0,
      money: moneyByBucket(baseRows.filter((row) => wanted.has(breakdownValue(row, field) ?? '')), input),
      drilldown: drilldownsOf(spec, { ...input.filters, [field]: values }),
    };
  };
  const lines = top.map((value) => lineOf(`${field}:${value}`, value, field, [value], value));
  if (rest.length) lines.push(lineOf(OTHER_KEY, OTHER_LABEL, 'other', rest, REST_VALUE));
  return lines;
}

// ---------------------------------------------------------------------------------------------------------
// The response

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0;
}

/**
 * The response. A bucket whose line rests on no meetings is a gap (null). Normalisation of the chosen metric:
 * - none: the metric itself (items, or DKK);
 * - per_meeting: the metric divided by the meetings held in the bucket (a breakdown line: that municipality's
 *   or body's meetings);
 * - share_of_items: items → the line's items over all items in the bucket; DKK → the line's DKK over all DKK in
 *   the bucket (share of the amount, counted the same way).
 */
export function trendsResponseOf(
  itemsResponse: estypes.SearchResponse,
  meetingsResponse: estypes.SearchResponse,
  rows: MoneyRow[],
  input: TrendsInput,
  breakdown?: BreakdownCounts,
): TrendsResponse {
  const itemBuckets = itemBucketsOf(itemsResponse);
  const meetingBuckets = histogramBuckets<MeetingsBucket>(meetingsResponse.aggregations);
  const meetingsByDate = new Map(meetingBuckets.map((bucket) => [bucket.key_as_string, bucket]));
  const allMoney = moneyByBucket(
    rows.filter((row) => row.series.includes(ALL_ROWS_KEY)),
    input,
  );
  const money = isMoney(input.metric);
  const denominators: TrendCoverage[] = itemBuckets.map((bucket) => ({
    date: bucket.key_as_string,
    meetings: meetingsByDate.get(bucket.key_as_string)?.doc_count ?? 0,
    municipalities: meetingsByDate.get(bucket.key_as_string)?.municipalities.value ?? 0,
    items: bucket.doc_count,
    amountDkk: money ? moneyOf(allMoney.get(bucket.key_as_string)) : null,
  }));

  const series: TrendSeries[] = linesOf(input, { itemBuckets, meetingBuckets, rows, breakdown }).map((line) => {
    const moneyDrilldownAt = money ? moneyDrilldownsOf(input, line.key) : null;
    return {
      key: line.key,
      label: line.label,
      kind: line.kind,
      buckets: itemBuckets.map((bucket, index): TrendBucket => {
        const date = bucket.key_as_string;
        const end = bucketEnd(date, input.interval);
        const drilldown = line.drilldown(date, end);
        const moneyDrilldown = moneyDrilldownAt ? moneyDrilldownAt(date) : null;
        const meetings = line.meetings(date);
        const label = bucketLabel(date, input.interval);
        if (meetings === 0) return { date, label, count: null, amountDkk: null, normalized: null, drilldown, moneyDrilldown };
        const count = line.count(date);
        const amountDkk = money ? moneyOf(line.money.get(date)) : null;
        const value = amountDkk ?? count;
        let normalized = value;
        if (input.normalize === 'per_meeting') normalized = ratio(value, meetings);
        if (input.normalize === 'share_of_items') {
          normalized = amountDkk !== null ? ratio(amountDkk, denominators[index].amountDkk ?? 0) : ratio(count, denominators[index].items);
        }
        return { date, label, count, amountDkk, normalized, drilldown, moneyDrilldown };
      }),
    };
  });

  return {
    interval: input.interval,
    metric: input.metric,
    normalize: input.normalize,
    countPer: input.countPer,
    breakdown: input.breakdown,
    series,
    denominators,
    tookMs: itemsResponse.took + meetingsResponse.took,
  };
}

/** The series key of every item under the filters, each case once (the spending table's total row). */
export const ALL_SERIES_KEY = ALL_ROWS_KEY;

export interface CountedLine {
  key: string;
  label: string;
  /** Counted money rows per bucket date. */
  money: Map<string, CountedRow<MoneyRow>[]>;
}

/** The money of each line, and of every item once (key `all`), from the money rows alone. */
export function countedLines(input: TrendsInput, rows: MoneyRow[]): CountedLine[] {
  const lines: CountedLine[] = linesOf(input, { itemBuckets: [], meetingBuckets: [], rows });
  return [...lines, { key: ALL_SERIES_KEY, label: 'Alle punkter (hvert én gang)', money: moneyByBucket(rows, input) }];
}

/** The counted rows behind a money point (a line in the bucket starting at `date`, or in every bucket); largest first. */
export function moneyPointOf(input: TrendsInput, rows: MoneyRow[], seriesKey: string, date?: string): { label: string; counted: CountedRow<MoneyRow>[] } | null {
  const line = countedLines(input, rows).find((candidate) => candidate.key === seriesKey);
  if (!line) return null;
  const inBuckets = date ? (line.money.get(date) ?? []) : [...line.money.values()].flat();
  const counted = [...inBuckets].sort((a, b) => b.row.value - a.row.value || a.row.id.localeCompare(b.row.id));
  return { label: line.label, counted };
}
