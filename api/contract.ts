/**
 * The API's response shapes. The routes return exactly these types, so the Hono RPC client in web/ infers
 * them; web/ may also import them directly (types only). Never duplicate them elsewhere.
 */
import type { Amount, CaseType, DecisionOutcome, SectionKey, TopicMatch } from '../ingest/model.js';

export type SortOrder = 'relevance' | 'date_desc' | 'date_asc' | 'amount_desc';
export type Interval = 'year' | 'quarter' | 'month';
export type TrendMetric = 'items' | 'amount';
export type Normalization = 'none' | 'per_meeting' | 'share_of_items';

/** Facet names; each is also the filter parameter it narrows (closed: values "true"/"false"). */
export const FACET_FIELDS = ['municipality', 'body', 'year', 'topic', 'caseType', 'outcome', 'kle', 'system', 'closed'] as const;
export type FacetName = (typeof FACET_FIELDS)[number];

/** Query parameters shared by search, trends and export (multi-value filters repeat the parameter). */
export interface SearchFilters {
  municipality?: string[];
  body?: string[];
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
  page: number;
  size: number;
  pages: number;
  sort: SortOrder;
  facets: Record<FacetName, FacetValue[]>;
}

export interface TrendBucket {
  /** Bucket start, ISO date (YYYY-MM-DD). */
  date: string;
  /** Display label: "2020", "2020 K2", "2020-06". */
  label: string;
  count: number;
  amountDkk: number;
  /** The value of the chosen metric after normalisation. */
  normalized: number;
  /** Search parameters (URL query string, no leading "?") listing exactly the items behind this bucket. */
  drilldown: string;
}

export interface TrendSeries {
  key: string;
  label: string;
  kind: 'topic' | 'term';
  buckets: TrendBucket[];
}

export interface TrendsResponse {
  interval: Interval;
  metric: TrendMetric;
  normalize: Normalization;
  series: TrendSeries[];
  /** Per bucket date: the denominators used for normalisation. */
  denominators: { date: string; meetings: number; items: number }[];
  tookMs: number;
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
  kind: 'title' | 'system' | 'topic';
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
  elasticsearch: { status: 'green' | 'yellow' | 'red' | 'unreachable'; version: string | null; url: string };
  index: { items: number | null; meetings: number | null };
}

export interface ErrorResponse {
  error: { status: number; message: string; parameter?: string; requestId?: string };
}
