/**
 * The hits-over-time chart of a search: a date histogram of the matching items (facet selections included),
 * per year, or per month when the date filters span at most two years.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { HitsOverTime, HitsOverTimeBucket, SearchFilters } from '../contract.js';
import { andAll, dateBounds, facetClauses } from './filters.js';
import { bucketEnd, bucketLabel } from './trends.js';

/** The longest date range, in days, shown per month. */
const MONTHLY_MAX_DAYS = 2 * 366;
const DAY_MS = 86_400_000;

export function hitsOverTimeInterval(filters: SearchFilters): HitsOverTime['interval'] {
  const { from, to } = dateBounds(filters);
  if (!from || !to) return 'year';
  return (Date.parse(to) - Date.parse(from)) / DAY_MS <= MONTHLY_MAX_DAYS ? 'month' : 'year';
}

/**
 * The aggregation: aggregations ignore `post_filter`, so the facet selections are applied here; the range
 * filters are part of the query already. A monthly histogram spans the whole filtered range.
 */
export function hitsOverTimeAggregation(filters: SearchFilters): estypes.AggregationsAggregationContainer {
  const interval = hitsOverTimeInterval(filters);
  const { from, to } = dateBounds(filters);
  return {
    filter: andAll(Object.values(facetClauses(filters))),
    aggs: {
      dates: {
        date_histogram: {
          field: 'date',
          calendar_interval: interval,
          format: 'yyyy-MM-dd',
          min_doc_count: 0,
          ...(interval === 'month' && from && to ? { extended_bounds: { min: from, max: to } } : {}),
        },
      },
    },
  };
}

type HistogramAggregate = { dates?: estypes.AggregationsDateHistogramAggregate };

export function hitsOverTimeOf(aggregate: HistogramAggregate | undefined, filters: SearchFilters): HitsOverTime {
  const interval = hitsOverTimeInterval(filters);
  const buckets = (aggregate?.dates?.buckets ?? []) as estypes.AggregationsDateHistogramBucket[];
  return {
    interval,
    buckets: buckets.map((bucket): HitsOverTimeBucket => {
      const dateFrom = bucket.key_as_string ?? new Date(bucket.key).toISOString().slice(0, 10);
      return {
        label: bucketLabel(dateFrom, interval),
        dateFrom,
        dateTo: bucketEnd(dateFrom, interval),
        count: bucket.doc_count,
      };
    }),
  };
}
