/**
 * The API's response shapes. The routes return exactly these types, so the Hono RPC client in web/ infers
 * them; web/ may also import them directly (types only). Never duplicate them elsewhere.
 */
import type { Amount, CaseType, DecisionOutcome, DocumentKind, MoneyFigure, SectionKey, TopicMatch } from '../ingest/model.js';

export type SortOrder = 'relevance' | 'date_desc' | 'date_asc' | 'amount_desc';
export type Interval = 'year' | 'quarter' | 'month';
/**
 * items: number of items; granted: DKK of the spending figures (money decided and approved); savings: DKK of the
 * saving figures. `amount` is the former name of `granted`, still accepted in requests.
 */
export type TrendMetric = 'items' | 'granted' | 'savings';
/** How money is counted: once per case, at its last decision in the selection (default), or once per item. */
export type CountPer = 'case' | 'item';
/** One series per municipality or per body (top N and "Øvrige") instead of one per topic or term. */
export type Breakdown = 'none' | 'municipality' | 'body';
export type Normalization = 'none' | 'per_meeting' | 'share_of_items';

/** Facet names; each is also the filter parameter it narrows (closed: values "true"/"false"). */
export const FACET_FIELDS = ['municipality', 'body', 'kind', 'year', 'topic', 'caseType', 'outcome', 'kle', 'system', 'closed'] as const;
export type FacetName = (typeof FACET_FIELDS)[number];

/** Query parameters shared by search, trends and export (multi-value filters repeat the parameter). */
export interface SearchFilters {
  municipality?: string[];
  body?: string[];
  /** Document kind: "referat" (records decisions) or "dagsorden" (agenda). */
  kind?: DocumentKind[];
  topic?: string[];
  caseType?: string[];
  outcome?: string[];
  /** KLE main group ("85") or full code ("85.11.06"). */
  kle?: string[];
  system?: string[];
  year?: number[];
  yearFrom?: number;
  yearTo?: number;
  dateFrom?: string;
  dateTo?: string;
  hasAmount?: boolean;
  closed?: boolean;
}

export interface MeetingRef {
  id: string;
  municipality: string | null;
  body: string | null;
  date: string | null;
}

export interface SearchHit {
  id: string;
  number: number;
  title: string;
  /** Title with <mark> highlights, HTML-escaped everywhere else. */
  titleHtml: string;
  closed: boolean;
  meeting: MeetingRef;
  topics: string[];
  systems: string[];
  caseType: CaseType | null;
  caseNumbers: string[];
  primaryAmount: number | null;
  decisionOutcome: DecisionOutcome | null;
  /** HTML fragments: <mark> around matches, every other character escaped. */
  snippets: { section: SectionKey | 'title'; html: string }[];
  score: number | null;
}

export interface FacetValue {
  value: string;
  /** Danish display label (topic label, outcome text); equals value when there is none. */
  label: string;
  count: number;
  selected: boolean;
}

export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  /** True when total is a lower bound ("mere end"). */
  totalIsLowerBound: boolean;
  tookMs: number;
  /** True when Elasticsearch stopped at its time limit (or a shard failed): hits, total and facets may be incomplete. */
  partial: boolean;
  page: number;
  size: number;
  pages: number;
  sort: SortOrder;
  facets: Record<FacetName, FacetValue[]>;
  /**
   * True when the facet counts and the histogram are estimates from a random sample of the matches (a search with
   * more than 10,000 matches in a large archive): shown as "ca.". The hits and `total` are always exact.
   */
  facetsApproximate: boolean;
  /** When the query found few items: a corrected query from the index's own words, and how many it finds. */
  suggestion: QuerySuggestion | null;
  /** The matching items per period, for the hits-over-time chart. */
  histogram: HitsOverTime;
}

/**
 * Matching items per year, or per month when the date filters span at most two years; oldest first, empty
 * periods between the first and the last included (count 0).
 */
export interface HitsOverTime {
  interval: 'year' | 'month';
  buckets: HitsOverTimeBucket[];
}

export interface HitsOverTimeBucket {
  /** "2020" or "2020-06". */
  label: string;
  /** The period's first and last day (YYYY-MM-DD): the dateFrom/dateTo that narrow a search to it. */
  dateFrom: string;
  dateTo: string;
  count: number;
}

export interface QuerySuggestion {
  /** The corrected query ("digitalisering" for "digitalisring"). */
  text: string;
  hits: number;
}

/** A bucket without meetings is a gap: `count`, `amountDkk` and `normalized` are null there, never 0. */
export interface TrendBucket {
  /** Bucket start, ISO date (YYYY-MM-DD). */
  date: string;
  /** Display label: "2020", "2020 K2", "2020-06". */
  label: string;
  /** Items of the series in the bucket. */
  count: number | null;
  /** DKK of the money metric (granted or savings), counted as `countPer` says; null for the items metric. */
  amountDkk: number | null;
  /** The value of the chosen metric after normalisation. */
  normalized: number | null;
  /** Search parameters (URL query string, no leading "?") listing exactly the items behind `count`. */
  drilldown: string;
  /**
   * For the money metrics: the parameters of /api/trends/drilldown listing exactly the items behind `amountDkk`
   * (case counting cannot be expressed as a search). null for the items metric.
   */
  moneyDrilldown: string | null;
}

export interface TrendSeries {
  key: string;
  label: string;
  /** 'other' is the "Øvrige" series of a breakdown: every value outside the top N. */
  kind: 'topic' | 'term' | 'municipality' | 'body' | 'other';
  buckets: TrendBucket[];
}

/** Per bucket: what the numbers rest on. */
export interface TrendCoverage {
  date: string;
  /** Meetings held in the bucket (under the meeting filters). */
  meetings: number;
  /** Municipalities with a meeting in the bucket. */
  municipalities: number;
  /** Items under the filters. */
  items: number;
  /** Money metrics: all DKK in the bucket under the filters, every case once (the share-of-amount denominator). */
  amountDkk: number | null;
}

export interface TrendsResponse {
  interval: Interval;
  metric: TrendMetric;
  normalize: Normalization;
  countPer: CountPer;
  breakdown: Breakdown;
  series: TrendSeries[];
  /** Per bucket date: the denominators used for normalisation, and the coverage. */
  denominators: TrendCoverage[];
  tookMs: number;
}

/** One meeting a case passed, within the selection. */
export interface CaseStep {
  itemId: string;
  meeting: MeetingRef;
  decisionOutcome: DecisionOutcome | null;
  /** The step's own figure for the metric, when it has one. */
  value: number | null;
}

/** An item behind a money point, with the figure counted for it. */
export interface MoneyItem {
  item: ItemSummary;
  figure: MoneyFigure;
  caseNumbers: string[];
  /** Counting per case: every meeting of the case in the selection, oldest first (this item last). */
  passed: CaseStep[];
}

/** A cell of the spending table: its DKK and the /api/trends/drilldown parameters listing exactly its items. */
export interface SpendingCell {
  amountDkk: number;
  moneyDrilldown: string;
}

export interface SpendingTableRow {
  key: string;
  label: string;
  cells: SpendingCell[];
  total: SpendingCell;
}

/**
 * GET /api/trends/spending-table: theme × municipality (or body) over the whole selection. The `total` row counts
 * every case once, whatever its themes, so it is not the sum of the rows when an item has several themes.
 */
export interface SpendingTableResponse {
  metric: Exclude<TrendMetric, 'items'>;
  countPer: CountPer;
  columns: { key: 'municipality' | 'body'; values: string[] };
  rows: SpendingTableRow[];
  total: SpendingTableRow;
}

/** GET /api/trends/drilldown: exactly the items behind one money point, largest first; `total` equals the point. */
export interface TrendDrilldownResponse {
  series: { key: string; label: string };
  /** null: every bucket (a cell of the spending table). */
  bucket: { date: string; label: string } | null;
  metric: Exclude<TrendMetric, 'items'>;
  countPer: CountPer;
  total: number;
  /** Items behind the point; `items` lists the largest 500 of them. */
  itemCount: number;
  items: MoneyItem[];
}

export interface ItemDetail {
  id: string;
  number: number;
  title: string;
  closed: boolean;
  meeting: MeetingRef & { location: string | null; startTime: string | null };
  sections: Partial<Record<SectionKey, string>>;
  caseType: CaseType | null;
  caseNumbers: string[];
  journalNumber: string | null;
  kleGroup: string | null;
  /** KLE title, only when the user configured KLE_TITLES_FILE. */
  kleTitle: string | null;
  documentNumber: string | null;
  attachments: string[];
  decisionText: string | null;
  decisionOutcome: DecisionOutcome | null;
  amounts: Amount[];
  primaryAmount: number | null;
  topics: { id: string; label: string; matches: TopicMatch[] }[];
  systems: string[];
  previous: { id: string; number: number; title: string } | null;
  next: { id: string; number: number; title: string } | null;
  source: SourceRef;
}

/** The document an item was read from. */
export interface SourceRef {
  /** The file's name. */
  file: string;
  /** Where the document was published (a web page, a portal's address), when known. */
  url: string | null;
  /**
   * The API path serving the ingested file (/api/sources/:meetingId), or null when it is not served: the file
   * is gone or outside the source roots, or it holds closed items' text.
   */
  href: string | null;
  /** The page of the PDF the item starts on; `href` then opens the document at that page. */
  page: number | null;
}

/** The items most like one item, from other municipalities (GET /api/items/:id/similar). */
export interface SimilarItemsResponse {
  items: ItemSummary[];
}

export interface ItemSummary {
  id: string;
  number: number;
  title: string;
  closed: boolean;
  caseType: CaseType | null;
  decisionOutcome: DecisionOutcome | null;
  decisionText: string | null;
  primaryAmount: number | null;
  topics: string[];
  meeting: MeetingRef;
}

export interface MeetingDetail {
  id: string;
  municipality: string | null;
  municipalityCode: string | null;
  body: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  attendees: string[];
  layout: string;
  sourceFile: string;
  items: ItemSummary[];
}

export interface CaseThread {
  caseNumber: string;
  /** Oldest first. */
  items: ItemSummary[];
}

export interface TopicInfo {
  id: string;
  label: string;
  terms: string[];
  count: number;
}

export interface TopicsResponse {
  taxonomyVersion: number;
  topics: TopicInfo[];
}

export interface Suggestion {
  text: string;
  /** A system is picked as the `system` filter, a topic as the `topic` filter; titles and organisations as text. */
  kind: 'title' | 'system' | 'organisation' | 'topic';
  /** For topics: the topic id to filter by. */
  topic?: string;
}

export interface SuggestResponse {
  suggestions: Suggestion[];
}

export interface OverviewResponse {
  totals: { meetings: number; items: number; municipalities: number; yearFrom: number | null; yearTo: number | null };
  latestDecisions: ItemSummary[];
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  api: { version: string; uptimeSeconds: number };
  /** Status and version only: the cluster's address (and any credentials in it) never leaves the server. */
  elasticsearch: { status: 'green' | 'yellow' | 'red' | 'unreachable'; version: string | null };
  index: { items: number | null; meetings: number | null };
}

export interface ErrorResponse {
  error: { status: number; message: string; parameter?: string; requestId?: string };
}
