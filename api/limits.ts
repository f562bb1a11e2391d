/**
 * Every cap the API enforces, in one place (documented in api/README-section.md).
 * A value over a cap is a 400 naming the parameter, except the free-text query, which is truncated:
 * a pasted 10,000-character text still gets an answer.
 */

/** `q` (search, export) and each `term` (trends): longer input is cut to this many characters after trimming. */
export const QUERY_MAX_CHARS = 1_000;
/** …and to this many space-separated words (each word is a clause on ~20 fields; prefixes are costly). */
export const QUERY_MAX_WORDS = 64;

/** Results per page: `size` defaults to 20; 1..100, anything else is a 400. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

/** Elasticsearch's index.max_result_window: `page * size` beyond it is a 400 naming `page`. */
export const MAX_RESULT_WINDOW = 10_000;

/** Hits are counted exactly up to this number; above it `totalIsLowerBound` is true. */
export const TRACK_TOTAL_HITS_UP_TO = 10_000;

/** Values per facet in a search response (there are 98 Danish municipalities). */
export const FACET_SIZE = 100;

/**
 * Facets of a search with many matches are counted on a random sample of them (api/facet-sampling.ts): about
 * this many items when every item matches. Indexes up to twice this size always get exact counts.
 */
export const FACET_SAMPLE_ITEMS = 100_000;
/** How long the item count behind the sampling probability is reused. */
export const INDEX_SIZE_TTL_MS = 60_000;

/** Values of one repeatable filter parameter (`municipality=a&municipality=b…`). */
export const MULTI_VALUE_MAX = 50;

/** Length of one filter value (a municipality name, a system name …). */
export const FILTER_VALUE_MAX_CHARS = 200;

/** Highlight fragments: characters per fragment and fragments per section. */
export const SNIPPET_FRAGMENT_CHARS = 160;
export const SNIPPET_FRAGMENTS = 2;
/** Sections shown per hit. */
export const SNIPPET_SECTIONS_MAX = 3;
/** The fallback snippet (start of the decision or summary) when nothing is highlighted. */
export const SNIPPET_FALLBACK_CHARS = 200;

/** Series per trends request (`topic` + `term` together). */
export const TRENDS_MAX_SERIES = 8;
/** Buckets per trends request, checked when the date filters fix the range. */
export const TRENDS_MAX_BUCKETS = 600;
/** Series of a breakdown by municipality or body: the top N, the rest as "Øvrige" (default and most). */
export const TRENDS_BREAKDOWN_DEFAULT = 5;
export const TRENDS_BREAKDOWN_MAX = 10;
/** Items with a money figure (or a blocking decision) read per money trends request; over it, a 400. */
export const TRENDS_MONEY_MAX_ITEMS = 500_000;
/** Items listed by one money drill-down, largest first (its total still counts them all). */
export const TRENDS_DRILLDOWN_MAX_ITEMS = 500;

/** Suggestions per `/api/suggest` answer, and the longest prefix looked up. */
export const SUGGEST_MAX = 8;
export const SUGGEST_PREFIX_MAX_CHARS = 100;

/** Rows per CSV export, and the page size of the point-in-time scan behind it. */
export const EXPORT_MAX_ROWS = 50_000;
export const EXPORT_PAGE_SIZE = 1_000;
/** How long Elasticsearch keeps the export's point in time alive between two pages. */
export const EXPORT_KEEP_ALIVE = '1m';

/** Entries of an Atom feed (/api/feed.atom): the newest matching items. */
export const FEED_MAX_ENTRIES = 50;

/** Items listed by one case thread and one meeting. */
export const CASE_MAX_ITEMS = 500;
export const MEETING_MAX_ITEMS = 1_000;

/** Characters of decision text in an item summary (meeting, case and overview lists). */
export const SUMMARY_DECISION_CHARS = 400;

/** Latest decided items on the overview page. */
export const OVERVIEW_LATEST = 8;

/** Every Elasticsearch call of a request: time limit, and retries (a retry would double the wait). */
export const ES_REQUEST_TIMEOUT_MS = 10_000;
export const ES_MAX_RETRIES = 0;

/**
 * The query cost budget. Prefix terms (`digital*`) expand to every indexed word they start, on ~20 fields:
 * at most this many keep their `*` (later ones are searched as plain words), and only with a stem of at
 * least this many letters or digits (`a*` is searched as `a`).
 */
export const MAX_PREFIX_TERMS = 5;
export const MIN_PREFIX_CHARS = 2;
/** A query with any prefix term, or with more words than this, is "expensive" (see EXPENSIVE_SEARCHES_MAX). */
export const EXPENSIVE_QUERY_WORDS = 8;
/** Elasticsearch stops collecting hits of one search after this long and answers with what it has (`partial`). */
export const SEARCH_TIMEOUT = '3s';
/**
 * Expensive searches running at once; more wait in a queue, cheap ones never wait. One leaves the second core
 * of the 2-CPU reference machine to the cheap searches (docs/operations-http.md has the figures for 1 and 2).
 */
export const EXPENSIVE_SEARCHES_MAX = 1;
/** How long an expensive search waits in that queue before it gets a 503. */
export const EXPENSIVE_SEARCH_WAIT_MS = 5_000;

/** Similar items listed on an item page. */
export const SIMILAR_ITEMS_MAX = 5;
/** A search with fewer hits than this gets a "did you mean" suggestion when the index offers a better query. */
export const FEW_HITS = 3;
