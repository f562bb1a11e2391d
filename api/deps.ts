import type { Client } from '@elastic/elasticsearch';
import type { Logger } from 'pino';
import type { IndexNames } from '../ingest/index-names.js';
import type { ExpensiveSearches } from './expensive-searches.js';

/** What the API needs from the outside world; tests pass their own (real client, unique indices). */
export interface ApiDeps {
  client: Client;
  names: IndexNames;
  logger: Logger;
  /** Host names the app answers to (ALLOWED_HOSTS); the loopback names when not given. */
  allowedHosts?: readonly string[];
  /** Where users reach the UI (PUBLIC_URL), for absolute links (CSV export, feeds); else the request's own origin. */
  publicUrl?: string;
  /** Folders whose ingested files /api/sources may serve (SOURCE_ROOTS); the demo corpus when not given. */
  sourceRoots?: readonly string[];
  /** The instance opted in to closed items' text (INDEX_CLOSED_TEXT): sources holding it are served too. */
  closedTextPublic?: boolean;
  /** Allowed CORS origins; CORS is off when empty. */
  corsOrigins?: string[];
  /** Built web bundle to serve at /, if any. */
  staticDir?: string;
  /** The queue of expensive searches (api/expensive-searches.ts); each app makes its own when not given. */
  expensiveSearches?: ExpensiveSearches;
  /**
   * When search facets are counted on a sample (api/facet-sampling.ts): about `sampleItems` items of a large index
   * (FACET_SAMPLE_ITEMS), for searches with at least `exactBelow` matches (TRACK_TOTAL_HITS_UP_TO). Tests set
   * both low to see sampling on a small index.
   */
  facetSampling?: { sampleItems: number; exactBelow: number };
  /** KLE code → title, only from a file the user supplies (KLE_TITLES_FILE). */
  kleTitles?: Map<string, string>;
}
