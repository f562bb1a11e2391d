import type { TransportRequestOptions } from '@elastic/elasticsearch';
import { ES_MAX_RETRIES, ES_REQUEST_TIMEOUT_MS } from './limits.js';

/**
 * Options for every Elasticsearch call the API makes: a hard time limit, so a hanging node turns into a 503
 * (handleError maps the client's TimeoutError) instead of a request that never ends.
 */
export const ES_OPTIONS = { requestTimeout: ES_REQUEST_TIMEOUT_MS, maxRetries: ES_MAX_RETRIES } satisfies TransportRequestOptions;
