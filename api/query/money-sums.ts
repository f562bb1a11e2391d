/**
 * The money of /api/trends without reading every item that has a figure. Money counts once per case
 * (case-counting.ts), which needs the items one by one only where a case has more than one item in the selection:
 * 1. side by side: the case numbers that two or more money rows share (a terms aggregation, `min_doc_count: 2`),
 *    and the sums of every row's figure per line and bucket (aggregations);
 * 2. the rows holding those case numbers, read one by one (money-rows.ts); their figures are taken out of the sums
 *    again, so each remaining sum is that of the rows that are a case of their own (which count their own figure);
 * 3. each remaining sum becomes one summed row (no case number, so it counts as it is), added to the rows read.
 * The result is the same as counting every row read one by one (test/integration/money-sums.test.ts), at the cost
 * of the shared cases only; the figures are whole kroner (`long`), so taking them out again is exact. Too many
 * shared case numbers for one terms query: every row is read, as before.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import type { Interval } from '../contract.js';
import { ES_OPTIONS } from '../es.js';
import { bucketStart } from './trends.js';
import { FIGURE_FIELD, fetchMoneyRows, type MoneyMetric, type MoneyRow, type NamedFilter } from './money-rows.js';

/** Most case numbers one terms query takes (Elasticsearch's index.max_terms_count). */
const MAX_SHARED_CASE_NUMBERS = 65_536;
/** The first, cheap page of shared case numbers. */
const SHARED_FIRST_PAGE = 1_024;
const DATE_FORMAT = 'yyyy-MM-dd';

export interface MoneySumsInput {
  /** The money rows' query without the series (money-rows.ts moneyQuery with no named series). */
  rows: estypes.QueryDslQueryContainer;
  /** The money rows' query with the series as named queries (what fetchMoneyRows reads). */
  namedRows: estypes.QueryDslQueryContainer;
  /** The lines: their key and filter. */
  lines: NamedFilter[];
  /** The row key every row carries (the "all items" line). */
  allKey: string;
  /** With a breakdown, the field whose values split the lines' sums (municipality or body). */
  splitBy: 'municipality' | 'body' | null;
  metric: MoneyMetric;
  interval: Interval;
  perCase: boolean;
}

type Buckets<T> = { buckets: T[] };
type SumBucket = { key_as_string: string; money: { value: number | null } };
type SplitBucket = { key: string; dates: Buckets<SumBucket> };

function and(query: estypes.QueryDslQueryContainer, clause: estypes.QueryDslQueryContainer): estypes.QueryDslQueryContainer {
  return { bool: { filter: [query, clause] } };
}

/**
 * Case numbers on two or more rows; null when there are more than one terms query can take. The numbers come
 * most frequent first, so a first small page holds all of them unless its last number is still shared; only then
 * is the large page asked for (its cost grows with the page, not with the rows).
 */
async function sharedCaseNumbers(client: Client, index: string, rows: estypes.QueryDslQueryContainer): Promise<string[] | null> {
  for (const size of [SHARED_FIRST_PAGE, MAX_SHARED_CASE_NUMBERS]) {
    const response = await client.search(
      {
        index,
        size: 0,
        track_total_hits: false,
        request_cache: true,
        query: rows,
        aggs: { shared: { terms: { field: 'caseNumbers', min_doc_count: 2, size } } },
      },
      ES_OPTIONS,
    );
    const shared = response.aggregations?.shared as estypes.AggregationsStringTermsAggregate | undefined;
    const buckets = (shared?.buckets ?? []) as estypes.AggregationsStringTermsBucket[];
    if (buckets.length < size) return buckets.map((bucket) => String(bucket.key));
  }
  return null;
}

function sumsRequest(input: MoneySumsInput): estypes.SearchRequest {
  const field = `${FIGURE_FIELD[input.metric]}.value`;
  const dates: estypes.AggregationsAggregationContainer = {
    date_histogram: { field: 'date', calendar_interval: input.interval, format: DATE_FORMAT, min_doc_count: 1 },
    aggs: { money: { sum: { field } } },
  };
  const perLine: estypes.AggregationsAggregationContainer = input.splitBy
    ? { terms: { field: input.splitBy, size: 1_000 }, aggs: { dates } }
    : { date_histogram: dates.date_histogram, aggs: dates.aggs };
  const rows = and(input.rows, { exists: { field } });
  return {
    size: 0,
    track_total_hits: false,
    request_cache: true,
    query: rows,
    aggs: {
      all: dates,
      lines: { filters: { filters: Object.fromEntries(input.lines.map((line) => [line.key, line.filter])) }, aggs: { per: perLine } },
    },
  };
}

function summedRow(key: string, date: string, value: number, split: { field: 'municipality' | 'body' | null; value: string | null }): MoneyRow {
  return {
    id: `sum:${key}:${split.value ?? ''}:${date}`,
    date,
    caseNumbers: [],
    value,
    municipality: split.field === 'municipality' ? split.value : null,
    body: split.field === 'body' ? split.value : null,
    series: [key],
  };
}

const sumKey = (line: string, split: string | null, date: string) => `${line}\u0000${split ?? ''}\u0000${date}`;

/** What the rows read added to each sum (line, split value, bucket), to be taken out of it again. */
function readSums(input: MoneySumsInput, read: MoneyRow[]): Map<string, number> {
  const sums = new Map<string, number>();
  const add = (key: string, value: number) => sums.set(key, (sums.get(key) ?? 0) + value);
  for (const row of read) {
    if (row.value === null || !row.date) continue;
    const date = bucketStart(row.date, input.interval);
    const split = input.splitBy ? row[input.splitBy] : null;
    for (const line of row.series) {
      if (line === input.allKey) add(sumKey(line, null, date), row.value);
      else if (!input.splitBy || split !== null) add(sumKey(line, split, date), row.value);
    }
  }
  return sums;
}

function summedRows(input: MoneySumsInput, response: estypes.SearchResponse, read: MoneyRow[]): MoneyRow[] {
  const taken = readSums(input, read);
  const rowsOfDates = (key: string, dates: Buckets<SumBucket> | undefined, split: { field: 'municipality' | 'body' | null; value: string | null }) =>
    (dates?.buckets ?? []).flatMap((bucket) => {
      const value = (bucket.money.value ?? 0) - (taken.get(sumKey(key, split.value, bucket.key_as_string)) ?? 0);
      return value ? [summedRow(key, bucket.key_as_string, value, split)] : [];
    });
  const aggregations = (response.aggregations ?? {}) as Record<string, unknown>;
  const rows = rowsOfDates(input.allKey, aggregations.all as Buckets<SumBucket>, { field: null, value: null });
  const lines = (aggregations.lines as { buckets: Record<string, { per: Buckets<SumBucket> | Buckets<SplitBucket> }> } | undefined)?.buckets ?? {};
  for (const [key, line] of Object.entries(lines)) {
    if (!input.splitBy) rows.push(...rowsOfDates(key, line.per as Buckets<SumBucket>, { field: null, value: null }));
    else for (const split of (line.per as Buckets<SplitBucket>).buckets) rows.push(...rowsOfDates(key, split.dates, { field: input.splitBy, value: split.key }));
  }
  return rows;
}

/**
 * The money rows of a trends request: the rows of shared cases as read, every other row summed per line and bucket.
 * Every row carries `allKey` when it belongs to the "all items" line.
 */
export async function trendMoneyRows(client: Client, index: string, input: MoneySumsInput): Promise<MoneyRow[]> {
  const withAll = (rows: MoneyRow[]) => rows.map((row) => ({ ...row, series: [...row.series, input.allKey] }));
  const readShared = async () => {
    const shared = input.perCase ? await sharedCaseNumbers(client, index, input.rows) : [];
    if (shared === null) return { all: true, rows: await fetchMoneyRows(client, index, input.namedRows, input.metric) };
    return { all: false, rows: shared.length ? await fetchMoneyRows(client, index, and(input.namedRows, { terms: { caseNumbers: shared } }), input.metric) : [] };
  };
  const [read, sums] = await Promise.all([readShared(), client.search({ index, ...sumsRequest(input) }, ES_OPTIONS)]);
  const rows = withAll(read.rows);
  return read.all ? rows : [...rows, ...summedRows(input, sums, rows)];
}
