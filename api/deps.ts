import type { Client } from '@elastic/elasticsearch';
import type { Logger } from 'pino';
import type { IndexNames } from '../ingest/index-names.js';

/** What the API needs from the outside world; tests pass their own (real client, unique indices). */
export interface ApiDeps {
  client: Client;
  names: IndexNames;
  esUrl: string;
  logger: Logger;
  /** Allowed CORS origins; CORS is off when empty. */
  corsOrigins?: string[];
  /** Built web bundle to serve at /, if any. */
  staticDir?: string;
  /** KLE code → title, only from a file the user supplies (KLE_TITLES_FILE). */
  kleTitles?: Map<string, string>;
}
