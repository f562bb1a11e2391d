/**
 * The web UI's only door to the API: Hono's typed RPC client over the API's own route types (`ApiType`,
 * imported as a type only, so no server code reaches the bundle). Every call takes an AbortSignal so a page
 * can cancel what it no longer needs; failures become an ApiError with the HTTP status.
 */
import { hc, type ClientResponse } from 'hono/client';
import type { ApiType } from '../../api/app.js';
import type { ErrorResponse } from '../../api/contract.js';

/** An API failure with its HTTP status (0 when the network itself failed). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }

  /** 503 (and gateway errors): Elasticsearch is down or overloaded. */
  get unavailable(): boolean {
    return this.status === 503 || this.status === 502 || this.status === 504;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const client = hc<ApiType>(`${location.origin}/api`, { headers: { accept: 'application/json' } });

type Query = Record<string, string | string[]>;

/** URLSearchParams (repeated parameters included) as the record hc expects. */
function toQuery(params: URLSearchParams): Query {
  const query: Query = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

/** The JSON body of a successful response, or an ApiError carrying the API's own message. */
async function json<T>(request: Promise<ClientResponse<T, number, string>>): Promise<T> {
  let response: ClientResponse<T, number, string>;
  try {
    response = await request;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'Kunne ikke få forbindelse til serveren.');
  }
  if (!response.ok) {
    let body: Partial<ErrorResponse> | null = null;
    try {
      body = (await response.json()) as Partial<ErrorResponse>;
    } catch {
      // Not JSON (a proxy's error page): fall back to the status line.
    }
    throw new ApiError(
      response.status,
      body?.error?.message ?? `Serveren svarede ${response.status} ${response.statusText}`.trim(),
      body?.error?.parameter,
    );
  }
  return (await response.json()) as T;
}

const init = (signal?: AbortSignal) => ({ init: { signal } });

export const api = {
  search: (params: URLSearchParams, signal?: AbortSignal) => json(client.search.$get({ query: toQuery(params) }, init(signal))),
  trends: (params: URLSearchParams, signal?: AbortSignal) => json(client.trends.$get({ query: toQuery(params) }, init(signal))),
  trendDrilldown: (params: URLSearchParams, signal?: AbortSignal) =>
    json(client.trends.drilldown.$get({ query: toQuery(params) }, init(signal))),
  spendingTable: (params: URLSearchParams, signal?: AbortSignal) =>
    json(client.trends['spending-table'].$get({ query: toQuery(params) }, init(signal))),
  item: (id: string, signal?: AbortSignal) => json(client.items[':id'].$get({ param: { id: encodeURIComponent(id) } }, init(signal))),
  similarItems: (id: string, signal?: AbortSignal) =>
    json(client.items[':id'].similar.$get({ param: { id: encodeURIComponent(id) } }, init(signal))),
  meeting: (id: string, signal?: AbortSignal) =>
    json(client.meetings[':id'].$get({ param: { id: encodeURIComponent(id) } }, init(signal))),
  /** Case numbers contain "/" (15/26452): encoded, so they stay one path segment. */
  caseThread: (caseNumber: string, signal?: AbortSignal) =>
    json(client.cases[':caseNumber{.+}'].$get({ param: { caseNumber: encodeURIComponent(caseNumber) } }, init(signal))),
  topics: (signal?: AbortSignal) => json(client.topics.$get(undefined, init(signal))),
  suggest: (prefix: string, signal?: AbortSignal) => json(client.suggest.$get({ query: { prefix } }, init(signal))),
  overview: (signal?: AbortSignal) => json(client.overview.$get(undefined, init(signal))),
};

/** The trends table as CSV, for the same parameters as the chart. */
export function trendsCsvUrl(params: URLSearchParams): string {
  const url = client.trends['table.csv'].$url({ query: toQuery(params) });
  return url.pathname + url.search;
}

/** The spending table (theme × municipality) as CSV. */
export function spendingTableCsvUrl(params: URLSearchParams): string {
  const url = client.trends['spending-table.csv'].$url({ query: toQuery(params) });
  return url.pathname + url.search;
}

/** The CSV export for the same filters as a search (page and size left out: the export has everything). */
export function exportCsvUrl(params: URLSearchParams): string {
  const query = new URLSearchParams(params);
  query.delete('page');
  query.delete('size');
  const url = client['export.csv'].$url({ query: toQuery(query) });
  return url.pathname + url.search;
}

/** The Atom feed of a search: its newest items (paging and order have no meaning there). */
export function feedUrl(params: URLSearchParams): string {
  const query = new URLSearchParams(params);
  for (const name of ['page', 'size', 'sort']) query.delete(name);
  const url = client['feed.atom'].$url({ query: toQuery(query) });
  return url.pathname + url.search;
}
