/** A failure of the managed node that the user can act on; printed as one line, never as a stack trace. */
export class ElasticsearchSetupError extends Error {
  override name = 'ElasticsearchSetupError';
}

export const ALTERNATIVES =
  'Alternatively run `docker compose up` (see README) or point ES_URL at an existing cluster.';
