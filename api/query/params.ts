/**
 * Query-string parameters of search, export and trends, as zod schemas for `zValidator('query', …)`.
 *
 * Hono hands the validator `string` for a parameter given once and `string[]` for a repeated one, so every
 * schema accepts both: repeatable filters (`?municipality=A&municipality=B`) become arrays, single-valued
 * parameters take the last value given. Every failure names its parameter (see `queryValidator`), and no input
 * can reach Elasticsearch in a shape that makes it fail: text is stripped of control characters, the free-text
 * query is truncated to QUERY_MAX_CHARS, numbers and dates are range-checked.
 */
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { SECTION_KEYS } from '../../analyzers/index-settings.js';
import type { Breakdown, CountPer, Interval, Normalization, SearchFilters, SortOrder, TrendMetric } from '../contract.js';
import { badRequest } from '../errors.js';
import type { CaseType, DecisionOutcome, DocumentKind, SectionKey } from '../../ingest/model.js';
import {
  FILTER_VALUE_MAX_CHARS,
  MAX_RESULT_WINDOW,
  MULTI_VALUE_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_MAX_CHARS,
  QUERY_MAX_WORDS,
  TRENDS_BREAKDOWN_MAX,
  TRENDS_MAX_SERIES,
} from '../limits.js';

export const SORT_ORDERS = ['relevance', 'date_desc', 'date_asc', 'amount_desc'] as const satisfies readonly SortOrder[];
export const INTERVALS = ['year', 'quarter', 'month'] as const satisfies readonly Interval[];
export const METRICS = ['items', 'granted', 'savings'] as const satisfies readonly TrendMetric[];
/** Accepted in requests for old permalinks: `amount` is now `granted`. */
const METRIC_ALIASES: Record<string, TrendMetric> = { amount: 'granted' };
export const COUNT_PER = ['case', 'item'] as const satisfies readonly CountPer[];
export const BREAKDOWNS = ['none', 'municipality', 'body'] as const satisfies readonly Breakdown[];
export const NORMALIZATIONS = ['none', 'per_meeting', 'share_of_items'] as const satisfies readonly Normalization[];
export const CASE_TYPES = ['Orientering', 'Beslutning', 'Drøftelse'] as const satisfies readonly CaseType[];
export const DOCUMENT_KINDS = ['referat', 'dagsorden'] as const satisfies readonly DocumentKind[];
export const OUTCOMES = [
  'godkendt',
  'anbefalet',
  'udsat',
  'drøftet',
  'taget til efterretning',
  'ikke godkendt',
  'andet',
] as const satisfies readonly DecisionOutcome[];
export const SECTIONS = SECTION_KEYS satisfies readonly SectionKey[];

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

// ---------------------------------------------------------------------------------------------------------
// Text hygiene

/** C0/C1 control characters (tab, newline … become spaces), lone surrogates, zero-width and bidi controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Emoji and their modifiers: the standard tokenizer indexes them as terms, so one would make an AND query miss. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\ufe0e\ufe0f\u20e3]/gu;

/** Removes control characters and emoji, collapses whitespace, trims. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, ' ').replace(EMOJI, ' ').replace(/\s+/g, ' ').trim();
}

/** The first `max` code points (never half a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** A free-text query: cleaned, then truncated to QUERY_MAX_CHARS and QUERY_MAX_WORDS. */
export function cleanQuery(text: string): string {
  return truncate(cleanText(text), QUERY_MAX_CHARS).trim().split(' ').slice(0, QUERY_MAX_WORDS).join(' ');
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks

const raw = z.union([z.string(), z.array(z.string())]);
const lastOf = (value: string | string[]): string => (Array.isArray(value) ? (value.at(-1) ?? '') : value);
const allOf = (value: string | string[]): string[] => {
  const values = (Array.isArray(value) ? value : [value]).map(cleanText).filter((entry) => entry !== '');
  return [...new Set(values)];
};

/** A parameter given once (the last value wins when repeated), validated by `schema`; empty counts as absent. */
function single<T extends z.ZodType<unknown, string>>(schema: T) {
  return raw
    .transform((value) => lastOf(value).trim() || undefined)
    .pipe(schema.optional())
    .optional();
}

/** A repeatable parameter: blanks dropped, duplicates removed, at most MULTI_VALUE_MAX values. */
function many<T extends z.ZodType<unknown, string>>(item: T) {
  return raw
    .transform(allOf)
    .pipe(z.array(item).max(MULTI_VALUE_MAX, { error: `højst ${MULTI_VALUE_MAX} værdier` }))
    .optional();
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `skal være en af: ${values.join(', ')}` });
}

const filterValue = z.string().max(FILTER_VALUE_MAX_CHARS, { error: `højst ${FILTER_VALUE_MAX_CHARS} tegn` });

const integerText = (what: string) => z.string().trim().regex(/^\d{1,9}$/, { error: `skal være ${what}` }).transform(Number);

const year = integerText('et årstal').pipe(
  z.number().min(YEAR_MIN, { error: `skal ligge mellem ${YEAR_MIN} og ${YEAR_MAX}` }).max(YEAR_MAX, {
    error: `skal ligge mellem ${YEAR_MIN} og ${YEAR_MAX}`,
  }),
);

function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'skal være en dato på formen ÅÅÅÅ-MM-DD' })
  .refine(isCalendarDate, { error: 'er ikke en gyldig dato' })
  .refine((text) => Number(text.slice(0, 4)) >= YEAR_MIN && Number(text.slice(0, 4)) <= YEAR_MAX, {
    error: `skal ligge mellem ${YEAR_MIN} og ${YEAR_MAX}`,
  });

const booleanText = z.enum(['true', 'false'], { error: 'skal være true eller false' });

/** A boolean filter; given as both true and false (two facet values ticked) it filters nothing. */
const booleanFilter = raw
  .transform(allOf)
  .pipe(z.array(booleanText))
  .transform((values) => (values.length === 1 ? values[0] === 'true' : undefined))
  .optional();

/** KLE main group "85", or a journal number "85.11.06" (optionally with a suffix such as "-G01"). */
const kleCode = z.string().regex(/^\d{2}(?:\.\d{2}){0,2}(?:-[A-ZÆØÅ]\d{2})?$/, {
  error: 'skal være en KLE-hovedgruppe (85) eller et KLE-nummer (85.11.06)',
});

const topicId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, { error: 'skal være et emne-id som "office-samarbejde"' });

/** The free-text query: never rejected, only cleaned and truncated. */
const queryText = raw.transform((value) => cleanQuery(lastOf(value))).optional();

// ---------------------------------------------------------------------------------------------------------
// Shapes

const filterShape = {
  municipality: many(filterValue),
  body: many(filterValue),
  kind: many(oneOf(DOCUMENT_KINDS)),
  topic: many(topicId),
  caseType: many(oneOf(CASE_TYPES)),
  outcome: many(oneOf(OUTCOMES)),
  kle: many(kleCode),
  system: many(filterValue),
  year: many(year),
  yearFrom: single(year),
  yearTo: single(year),
  dateFrom: single(isoDate),
  dateTo: single(isoDate),
  hasAmount: single(booleanText.transform((value) => value === 'true')),
  closed: booleanFilter,
} satisfies Record<keyof SearchFilters, z.ZodType>;

/** Every filter parameter, in a stable order. */
export const FILTER_KEYS = Object.keys(filterShape) as (keyof SearchFilters)[];

type Issue = { path: string; message: string };

/** Cross-parameter checks shared by every schema: ranges must not be reversed. */
function rangeIssues(value: SearchFilters): Issue[] {
  const issues: Issue[] = [];
  if (value.yearFrom !== undefined && value.yearTo !== undefined && value.yearFrom > value.yearTo) {
    issues.push({ path: 'yearTo', message: 'må ikke ligge før yearFrom' });
  }
  if (value.dateFrom && value.dateTo && value.dateFrom > value.dateTo) {
    issues.push({ path: 'dateTo', message: 'må ikke ligge før dateFrom' });
  }
  return issues;
}

function addIssues(ctx: z.RefinementCtx, issues: Issue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
}

const searchShape = {
  ...filterShape,
  q: queryText,
  section: single(oneOf(SECTIONS)),
  sort: single(oneOf(SORT_ORDERS)),
};

export const searchQuerySchema = z
  .object({
    ...searchShape,
    page: single(
      integerText('et helt tal').pipe(z.number().min(1, { error: 'skal være 1 eller mere' }).max(MAX_RESULT_WINDOW, { error: 'er for stor' })),
    ),
    size: single(
      integerText('et helt tal').pipe(
        z.number().min(1, { error: `skal ligge mellem 1 og ${PAGE_SIZE_MAX}` }).max(PAGE_SIZE_MAX, { error: `skal ligge mellem 1 og ${PAGE_SIZE_MAX}` }),
      ),
    ),
  })
  .superRefine((value, ctx) => {
    addIssues(ctx, rangeIssues(value));
    const size = value.size ?? PAGE_SIZE_DEFAULT;
    if ((value.page ?? 1) * size > MAX_RESULT_WINDOW) {
      addIssues(ctx, [{ path: 'page', message: `kun de første ${MAX_RESULT_WINDOW} resultater kan bladres igennem` }]);
    }
  });

/** Export: the search parameters without paging (the export has every row, up to EXPORT_MAX_ROWS). */
export const exportQuerySchema = z.object(searchShape).superRefine((value, ctx) => addIssues(ctx, rangeIssues(value)));

/** Atom feed: the search parameters without paging (the feed lists the newest FEED_MAX_ENTRIES items). */
export const feedQuerySchema = exportQuerySchema;

const { topic: _topicFilter, ...trendFilterShape } = filterShape;

/**
 * Trends: every search filter except `topic`, which here names the series (each `topic` and each `term` is one
 * line in the chart).
 */
const trendsShape = z.object({
  ...trendFilterShape,
  topic: many(topicId),
  term: raw
    .transform((value) => (Array.isArray(value) ? value : [value]).map(cleanQuery).filter((entry) => entry !== ''))
    .transform((values) => [...new Set(values)])
    .optional(),
  interval: single(oneOf(INTERVALS)),
  metric: single(z.string().transform((value) => METRIC_ALIASES[value] ?? value).pipe(oneOf(METRICS))),
  normalize: single(oneOf(NORMALIZATIONS)),
  countPer: single(oneOf(COUNT_PER)),
  breakdown: single(oneOf(BREAKDOWNS)),
  top: single(
    integerText('et helt tal').pipe(
      z.number().min(1, { error: `skal ligge mellem 1 og ${TRENDS_BREAKDOWN_MAX}` }).max(TRENDS_BREAKDOWN_MAX, {
        error: `skal ligge mellem 1 og ${TRENDS_BREAKDOWN_MAX}`,
      }),
    ),
  ),
});

type TrendsShape = z.output<typeof trendsShape>;

function trendsIssues(value: TrendsShape): Issue[] {
  const issues = rangeIssues(value);
  const series = (value.topic?.length ?? 0) + (value.term?.length ?? 0);
  if (series > TRENDS_MAX_SERIES) {
    issues.push({ path: value.term?.length ? 'term' : 'topic', message: `højst ${TRENDS_MAX_SERIES} serier (topic og term tilsammen)` });
  }
  if (value.breakdown && value.breakdown !== 'none' && series > 1) {
    issues.push({ path: 'breakdown', message: 'en opdeling på kommune eller organ kræver højst ét emne eller søgeord' });
  }
  return issues;
}

export const trendsQuerySchema = trendsShape.superRefine((value, ctx) => addIssues(ctx, trendsIssues(value)));

/** /api/trends/drilldown: the trends parameters plus the series key and the bucket's start date (none: every bucket). */
export const trendDrilldownQuerySchema = trendsShape
  .extend({
    series: single(filterValue),
    bucket: single(isoDate),
  })
  .superRefine((value, ctx) => {
    addIssues(ctx, trendsIssues(value));
    if (!value.series) addIssues(ctx, [{ path: 'series', message: 'mangler (fx topic:esdh-sagsbehandling)' }]);
    if (value.metric === 'items') addIssues(ctx, [{ path: 'metric', message: 'skal være granted eller savings' }]);
  });

export const suggestQuerySchema = z.object({
  prefix: raw.transform((value) => cleanText(lastOf(value))).optional(),
});

export type SearchParams = z.output<typeof searchQuerySchema>;
export type ExportParams = z.output<typeof exportQuerySchema>;
export type FeedParams = z.output<typeof feedQuerySchema>;
export type TrendsParams = z.output<typeof trendsQuerySchema>;
export type TrendDrilldownParams = z.output<typeof trendDrilldownQuerySchema>;
/** The spending table: the trends parameters (a money metric) and what its columns are. */
export const SPENDING_TABLE_COLUMNS = ['municipality', 'body'] as const;
export const spendingTableQuerySchema = trendsShape.extend({ columns: single(oneOf(SPENDING_TABLE_COLUMNS)) }).superRefine((value, ctx) => {
  addIssues(ctx, trendsIssues(value));
  if (value.breakdown && value.breakdown !== 'none') addIssues(ctx, [{ path: 'breakdown', message: 'en tabel har emnerne som rækker: ingen opdeling' }]);
  if (value.metric === 'items') addIssues(ctx, [{ path: 'metric', message: 'skal være granted eller savings' }]);
});

/** The filters (SearchFilters) out of a parsed parameter object. */
export function filtersOf(params: SearchFilters): SearchFilters {
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) (filters as Record<string, unknown>)[key] = value;
  }
  return filters;
}

/**
 * `zValidator('query', schema)` whose failures are 400s naming the first offending parameter
 * ({"error": {"status": 400, "parameter": "sort", "message": "Ugyldig parameter \"sort\": skal være en af: …"}}).
 */
export function queryValidator<T extends z.ZodType>(schema: T) {
  return zValidator('query', schema, (result) => {
    if (result.success) return;
    const [issue] = result.error.issues;
    const parameter = issue?.path.length ? String(issue.path[0]) : 'query';
    throw badRequest(parameter, issue?.message ?? 'ugyldig værdi');
  });
}
