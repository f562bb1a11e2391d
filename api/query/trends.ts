/**
 * /api/trends: one line per series (a topic or a user query), counted per year, quarter or month.
 *
 * Two searches, run in parallel, both `size: 0` and `request_cache: true`:
 * 1. items: a date_histogram over every item the filters allow (its doc_count is the share_of_items
 *    denominator) holding a `filters` aggregation with one filter per series (count + DKK sum);
 * 2. meetings: the same date_histogram on the meetings index, under the filters a meeting has (municipality,
 *    body, years and dates): the per_meeting denominator, i.e. the meetings held in the bucket.
 * Both histograms share `extended_bounds` (the filtered date range, when the filters fix one), so the series
 * align bucket by bucket, empty buckets included.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { Interval, Normalization, SearchFilters, TrendBucket, TrendMetric, TrendSeries, TrendsResponse } from '../contract.js';
import type { IndexNames } from '../../ingest/index-names.js';
import { TRENDS_MAX_BUCKETS } from '../limits.js';
import { allClauses, andAll, dateBounds } from './filters.js';
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
}

const DATE_FORMAT = 'yyyy-MM-dd';

function seriesFilter(spec: SeriesSpec): estypes.QueryDslQueryContainer {
  return spec.kind === 'topic' ? { term: { topics: spec.value } } : userQuery(spec.value);
}

/** Bucket starts between two ISO dates (inclusive), for the bucket-count check. */
export function bucketCount(from: string, to: string, interval: Interval): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  if (interval === 'year') return ty - fy + 1;
  const months = (ty - fy) * 12 + (tm - fm);
  return interval === 'month' ? months + 1 : Math.floor((tm - 1) / 3) - Math.floor((fm - 1) / 3) + (ty - fy) * 4 + 1;
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

/** The two searches (items, meetings). Throws RangeError when the filters fix a range with too many buckets. */
export function buildTrendsRequests(input: TrendsInput, names: IndexNames): { items: estypes.SearchRequest; meetings: estypes.SearchRequest } {
  const bounds = dateBounds(input.filters);
  if (bounds.from && bounds.to && bucketCount(bounds.from, bounds.to, input.interval) > TRENDS_MAX_BUCKETS) {
    throw new RangeError(`højst ${TRENDS_MAX_BUCKETS} intervaller: vælg et større interval eller et kortere tidsrum`);
  }
  const itemsAggs: Record<string, estypes.AggregationsAggregationContainer> = {
    amount: { sum: { field: 'primaryAmount' } },
  };
  if (input.series.length) {
    itemsAggs.series = {
      filters: { filters: Object.fromEntries(input.series.map((spec) => [spec.key, seriesFilter(spec)])) },
      aggs: { amount: { sum: { field: 'primaryAmount' } } },
    };
  }
  return {
    items: {
      index: names.items,
      request_cache: true,
      size: 0,
      track_total_hits: false,
      query: andAll(allClauses(input.filters)),
      aggs: { buckets: { date_histogram: histogram(input.interval, bounds), aggs: itemsAggs } },
    },
    meetings: {
      index: names.meetings,
      request_cache: true,
      size: 0,
      track_total_hits: false,
      query: andAll(allClauses(meetingFilters(input.filters))),
      aggs: { buckets: { date_histogram: histogram(input.interval, bounds) } },
    },
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
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const months = interval === 'year' ? 12 : interval === 'quarter' ? 3 : 1;
  const end = new Date(Date.UTC(year, month - 1 + months, 0));
  return end.toISOString().slice(0, 10);
}

/** SearchFilters → URL query string pairs, in a stable order (a repeated filter repeats its parameter). */
export function filterParams(filters: SearchFilters): [string, string][] {
  return FILTER_KEYS.flatMap((key) => {
    const value = filters[key];
    if (value === undefined || value === '') return [];
    return (Array.isArray(value) ? value : [value]).map((entry): [string, string] => [key, String(entry)]);
  });
}

/**
 * The search parameters listing exactly the items of one bucket of one series: the series (topic= or q=),
 * every filter, and the bucket's dates intersected with the filter's own dates.
 */
export function drilldownOf(spec: SeriesSpec, filters: SearchFilters, start: string, end: string): string {
  const from = filters.dateFrom && filters.dateFrom > start ? filters.dateFrom : start;
  const to = filters.dateTo && filters.dateTo < end ? filters.dateTo : end;
  const { dateFrom: _from, dateTo: _to, ...rest } = filters;
  const params = new URLSearchParams();
  if (spec.kind === 'topic') params.append('topic', spec.value);
  else params.append('q', spec.value);
  for (const [key, value] of filterParams({ ...rest, dateFrom: from, dateTo: to })) params.append(key, value);
  return params.toString();
}

interface SumAggregate {
  value: number | null;
}
interface SeriesBucket {
  doc_count: number;
  amount: SumAggregate;
}
interface ItemsBucket {
  key_as_string: string;
  doc_count: number;
  amount: SumAggregate;
  series?: { buckets: Record<string, SeriesBucket> };
}
interface MeetingsBucket {
  key_as_string: string;
  doc_count: number;
}

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0;
}

/**
 * The response. Normalisation of the chosen metric:
 * - none: the metric itself (items, or DKK);
 * - per_meeting: the metric divided by the meetings held in the bucket;
 * - share_of_items: items → the series' items over all items in the bucket; amount → the series' DKK over
 *   all DKK in the bucket.
 */
export function trendsResponseOf(
  itemsResponse: estypes.SearchResponse,
  meetingsResponse: estypes.SearchResponse,
  input: TrendsInput,
): TrendsResponse {
  const itemBuckets = ((itemsResponse.aggregations?.buckets as { buckets?: ItemsBucket[] } | undefined)?.buckets ?? []) as ItemsBucket[];
  const meetingBuckets = ((meetingsResponse.aggregations?.buckets as { buckets?: MeetingsBucket[] } | undefined)?.buckets ??
    []) as MeetingsBucket[];
  const meetingsByDate = new Map(meetingBuckets.map((bucket) => [bucket.key_as_string, bucket.doc_count]));
  const denominators = itemBuckets.map((bucket) => ({
    date: bucket.key_as_string,
    meetings: meetingsByDate.get(bucket.key_as_string) ?? 0,
    items: bucket.doc_count,
  }));

  const series: TrendSeries[] = input.series.map((spec) => ({
    key: spec.key,
    label: spec.label,
    kind: spec.kind,
    buckets: itemBuckets.map((bucket, index): TrendBucket => {
      const date = bucket.key_as_string;
      const own = bucket.series?.buckets[spec.key];
      const count = own?.doc_count ?? 0;
      const amountDkk = own?.amount.value ?? 0;
      const value = input.metric === 'amount' ? amountDkk : count;
      let normalized = value;
      if (input.normalize === 'per_meeting') normalized = ratio(value, denominators[index].meetings);
      if (input.normalize === 'share_of_items') {
        normalized = input.metric === 'amount' ? ratio(amountDkk, bucket.amount.value ?? 0) : ratio(count, bucket.doc_count);
      }
      return {
        date,
        label: bucketLabel(date, input.interval),
        count,
        amountDkk,
        normalized,
        drilldown: drilldownOf(spec, input.filters, date, bucketEnd(date, input.interval)),
      };
    }),
  }));

  return {
    interval: input.interval,
    metric: input.metric,
    normalize: input.normalize,
    series,
    denominators,
    tookMs: itemsResponse.took + meetingsResponse.took,
  };
}
