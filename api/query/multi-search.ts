/**
 * Several searches in one round trip (`_msearch`): Elasticsearch runs them side by side, and the API pays for one
 * request instead of one per search. A search that fails fails the whole call, with its own status, so the one
 * error handler treats it like the error of a single search.
 */
import { errors, type Client, type estypes } from '@elastic/elasticsearch';
import { ES_OPTIONS } from '../es.js';

export interface MultiSearchResult<T> {
  responses: estypes.SearchResponse<T>[];
  /** Elasticsearch's time for the whole call. */
  took: number;
}

/** A request's own `index` wins over the call's. */
function headerAndBody(callIndex: string, request: estypes.SearchRequest): estypes.MsearchRequestItem[] {
  const { request_cache: requestCache, index = callIndex, ...body } = request;
  return [{ index, ...(requestCache === undefined ? {} : { request_cache: requestCache }) }, body as estypes.MsearchMultisearchBody];
}

export async function multiSearch<T>(client: Client, index: string, requests: estypes.SearchRequest[]): Promise<MultiSearchResult<T>> {
  const result = await client.msearch<T>({ searches: requests.flatMap((request) => headerAndBody(index, request)) }, { ...ES_OPTIONS, meta: true });
  const responses = result.body.responses.map((item) => {
    if ('error' in item) throw new errors.ResponseError({ ...result, body: item, statusCode: item.status ?? 500 });
    return item as estypes.SearchResponse<T>;
  });
  return { responses, took: result.body.took };
}
