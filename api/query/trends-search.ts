/**
 * The searches behind /api/trends, in order: the histograms (items, meetings) beside the money rows; for a
 * breakdown, then the best values' own histograms (trends.ts buildBreakdownRequests). Throws RangeError when the
 * filters fix too many buckets.
 */
import type { Client } from '@elastic/elasticsearch';
import type { TrendsResponse } from '../contract.js';
import { ES_OPTIONS } from '../es.js';
import type { IndexNames } from '../../ingest/index-names.js';
import type { MoneyRow } from './money-rows.js';
import { breakdownCountsOf, breakdownRanking, buildBreakdownRequests, buildTrendsRequests, trendsResponseOf, type TrendsInput } from './trends.js';

/** `moneyRows`: the money rows of the request (none for the items metric), read beside the histograms. */
export async function searchTrends(client: Client, names: IndexNames, input: TrendsInput, moneyRows: () => Promise<MoneyRow[]>): Promise<TrendsResponse> {
  const requests = buildTrendsRequests(input, names);
  const [items, meetings, rows] = await Promise.all([client.search(requests.items, ES_OPTIONS), client.search(requests.meetings, ES_OPTIONS), moneyRows()]);
  if (input.breakdown === 'none') return trendsResponseOf(items, meetings, rows, input);
  const ranked = breakdownRanking(input, items, meetings, rows);
  const top = ranked.slice(0, input.top);
  let second = null;
  if (top.length) {
    const values = buildBreakdownRequests(input, names, top);
    const [valueItems, valueMeetings] = await Promise.all([client.search(values.items, ES_OPTIONS), client.search(values.meetings, ES_OPTIONS)]);
    second = { items: valueItems, meetings: valueMeetings };
  }
  return trendsResponseOf(items, meetings, rows, input, breakdownCountsOf(ranked, { items, meetings }, second));
}
