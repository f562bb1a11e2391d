import { Hono, type Context } from 'hono';
import type { CaseStep, MoneyItem, SpendingTableResponse, TrendDrilldownResponse, TrendsResponse } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { badRequest } from '../errors.js';
import { ES_OPTIONS } from '../es.js';
import { csvCell, csvRow } from './export.js';
import { MAX_RESULT_WINDOW, TRENDS_BREAKDOWN_DEFAULT, TRENDS_DRILLDOWN_MAX_ITEMS } from '../limits.js';
import type { CountedRow } from '../query/case-counting.js';
import { FIGURE_FIELD, fetchMoneyRows, moneySources, type MoneyMetric, type MoneyRow } from '../query/money-rows.js';
import {
  filtersOf,
  queryValidator,
  spendingTableQuerySchema,
  trendDrilldownQuerySchema,
  trendsQuerySchema,
  type TrendsParams,
} from '../query/params.js';
import { spendingTableOf } from '../query/spending-table.js';
import { meetingRefOf, summaryOf } from '../query/summaries.js';
import { trendMoneyRows } from '../query/money-sums.js';
import { searchTrends } from '../query/trends-search.js';
import {
  bucketLabel,
  checkBucketCount,
  moneyOf,
  moneyPointOf,
  moneyRowsQuery,
  moneySumsInput,
  type SeriesSpec,
  type TrendsInput,
} from '../query/trends.js';
import { taxonomy } from '../taxonomy.js';

export function trendsInputOf(params: TrendsParams, defaultMetric: TrendsInput['metric'] = 'items'): TrendsInput {
  const topics = taxonomy().topics;
  const series: SeriesSpec[] = [];
  for (const id of params.topic ?? []) {
    const topic = topics.find((entry) => entry.id === id);
    if (!topic) throw badRequest('topic', `emnet "${id}" findes ikke (se /api/topics)`);
    series.push({ key: `topic:${id}`, label: topic.label, kind: 'topic', value: id });
  }
  for (const term of params.term ?? []) series.push({ key: `term:${term}`, label: term, kind: 'term', value: term });
  const { topic: _series, ...filters } = filtersOf(params);
  return {
    series,
    filters,
    interval: params.interval ?? 'year',
    metric: params.metric ?? defaultMetric,
    normalize: params.normalize ?? 'none',
    countPer: params.countPer ?? 'case',
    breakdown: params.breakdown ?? 'none',
    top: params.top ?? TRENDS_BREAKDOWN_DEFAULT,
  };
}

/** Too many money rows (fetchMoneyRows' RangeError) is a 400 on `metric`. */
async function tooManyAsBadRequest<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof RangeError) throw badRequest('metric', error.message);
    throw error;
  }
}

async function moneyRows(deps: ApiDeps, input: TrendsInput): Promise<MoneyRow[]> {
  const query = moneyRowsQuery(input);
  return query ? tooManyAsBadRequest(fetchMoneyRows(deps.client, deps.names.items, query, input.metric as MoneyMetric)) : [];
}

async function trendsOf(deps: ApiDeps, input: TrendsInput): Promise<TrendsResponse> {
  try {
    checkBucketCount(input);
  } catch (error) {
    if (error instanceof RangeError) throw badRequest('interval', error.message);
    throw error;
  }
  const money = moneySumsInput(input);
  return searchTrends(deps.client, deps.names, input, async () => (money ? tooManyAsBadRequest(trendMoneyRows(deps.client, deps.names.items, money)) : []));
}

/** A CSV file in the export's format: BOM, semicolons, CRLF. */
function csvFile(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${csvRow(header.map((cell) => csvCell(cell)))}${rows.map((row) => csvRow(row.map((cell) => csvCell(cell, typeof cell !== 'number')))).join('')}`;
}

/**
 * The trends as a table: one row per bucket, one column per series (the normalised value, whole kroner for DKK),
 * then every item once ("alle_punkter", without normalisation and breakdown), meetings and municipalities. A gap is
 * an empty cell.
 */
function trendsCsv(trends: TrendsResponse): string {
  const withTotal = trends.normalize === 'none' && trends.breakdown === 'none' && trends.series.length > 0;
  const money = trends.metric !== 'items';
  const header = ['periode', ...trends.series.map((series) => series.label), ...(withTotal ? ['alle_punkter'] : []), 'møder', 'kommuner'];
  return csvFile(
    header,
    trends.denominators.map((entry, index) => [
      bucketLabel(entry.date, trends.interval),
      ...trends.series.map((series) => series.buckets[index].normalized),
      ...(withTotal ? [entry.meetings ? (money ? entry.amountDkk : entry.items) : null] : []),
      entry.meetings,
      entry.municipalities,
    ]),
  );
}

/** The spending table as CSV: a row per theme and the total row, a column per municipality (or body), then "i_alt". */
function spendingTableCsv(table: SpendingTableResponse): string {
  return csvFile(
    [table.columns.key === 'municipality' ? 'emne / kommune' : 'emne / organ', ...table.columns.values, 'i_alt'],
    [...table.rows, table.total].map((row) => [row.label, ...row.cells.map((cell) => cell.amountDkk), row.total.amountDkk]),
  );
}

function csvResponse(c: Context<AppEnv>, name: string, csv: string) {
  const today = new Date().toISOString().slice(0, 10);
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="referat-radar-${name}-${today}.csv"`);
  return c.body(csv, 200);
}

async function spendingTable(deps: ApiDeps, params: TrendsParams & { columns?: 'municipality' | 'body' }): Promise<SpendingTableResponse> {
  const input = trendsInputOf(params, 'granted');
  return spendingTableOf(input, await moneyRows(deps, input), params.columns ?? 'municipality');
}

/** The items behind a money point, largest first (at most TRENDS_DRILLDOWN_MAX_ITEMS), read in full. */
async function moneyItems(deps: ApiDeps, counted: CountedRow<MoneyRow>[], metric: MoneyMetric): Promise<MoneyItem[]> {
  const listed = counted.slice(0, TRENDS_DRILLDOWN_MAX_ITEMS);
  const ids = [...new Set(listed.flatMap(({ passed }) => passed.map((step) => step.id)))].slice(0, MAX_RESULT_WINDOW);
  const sources = await moneySources(deps.client, deps.names.items, ids);
  const stepOf = (row: MoneyRow): CaseStep[] => {
    const source = sources.get(row.id);
    return source ? [{ itemId: row.id, meeting: meetingRefOf(source), decisionOutcome: source.decisionOutcome ?? null, value: row.value }] : [];
  };
  return listed.flatMap(({ row, passed }) => {
    const source = sources.get(row.id);
    const figure = source?.[FIGURE_FIELD[metric]];
    if (!source || !figure) return [];
    return [{ item: summaryOf(source), figure, caseNumbers: source.caseNumbers ?? [], passed: passed.flatMap(stepOf) }];
  });
}

/**
 * GET /api/trends: per series (topic or term, or municipality/body) items, granted DKK or savings DKK per year,
 * quarter or month. GET /api/trends/table.csv: the same as a CSV table. GET /api/trends/spending-table(.csv): theme ×
 * municipality or body. GET /api/trends/drilldown: the items behind one money point or table cell.
 */
export function trendsRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>()
    .get('/', queryValidator(trendsQuerySchema), async (c) => {
      const body: TrendsResponse = await trendsOf(deps, trendsInputOf(c.req.valid('query')));
      return c.json(body, 200);
    })
    .get('/table.csv', queryValidator(trendsQuerySchema), async (c) =>
      csvResponse(c, 'tendenser', trendsCsv(await trendsOf(deps, trendsInputOf(c.req.valid('query'))))),
    )
    .get('/spending-table', queryValidator(spendingTableQuerySchema), async (c) => {
      const body: SpendingTableResponse = await spendingTable(deps, c.req.valid('query'));
      return c.json(body, 200);
    })
    .get('/spending-table.csv', queryValidator(spendingTableQuerySchema), async (c) =>
      csvResponse(c, 'udgifter', spendingTableCsv(await spendingTable(deps, c.req.valid('query')))),
    )
    .get('/drilldown', queryValidator(trendDrilldownQuerySchema), async (c) => {
      const params = c.req.valid('query');
      const input = trendsInputOf(params, 'granted');
      const seriesKey = params.series!;
      const date = params.bucket;
      const point = moneyPointOf(input, await moneyRows(deps, input), seriesKey, date);
      if (!point) throw badRequest('series', `serien "${seriesKey}" findes ikke i denne visning`);
      const items = await moneyItems(deps, point.counted, input.metric as MoneyMetric);
      const body: TrendDrilldownResponse = {
        series: { key: seriesKey, label: point.label },
        bucket: date ? { date, label: bucketLabel(date, input.interval) } : null,
        metric: input.metric as MoneyMetric,
        countPer: input.countPer,
        total: moneyOf(point.counted),
        itemCount: point.counted.length,
        items,
      };
      return c.json(body, 200);
    });
}
