/**
 * The searches behind /api/trends, in order: the histograms (every item, the meetings, each series or a breakdown's
 * series) in one `_msearch` beside the money rows; for a breakdown, then the best values' own histograms (trends.ts
 * buildBreakdownRequests). Throws RangeError when the filters fix too many buckets.
 */
import type { Client } from '@elastic/elasticsearch';
import type { TrendsResponse } from '../contract.js';
import type { IndexNames } from '../../ingest/index-names.js';
import type { MoneyRow } from './money-rows.js';
import { multiSearch } from './multi-search.js';
import { breakdownCountsOf, breakdownRanking, buildBreakdownRequests, buildTrendsRequests, trendsResponseOf, withSeriesHistograms, type TrendsInput } from './trends.js';

/** `moneyRows`: the money rows of the request (none for the items metric), read beside the histograms. */
export async function searchTrends(client: Client, names: IndexNames, input: TrendsInput, moneyRows: () => Promise<MoneyRow[]>): Promise<TrendsResponse> {
  const requests = buildTrendsRequests(input, names);
  const seriesRequests = requests.breakdown ? [requests.breakdown] : requests.series.map((series) => series.request);
  const [histograms, rows] = await Promise.all([multiSearch(client, names.items, [requests.items, requests.meetings, ...seriesRequests]), moneyRows()]);
  const [allItems, meetings, ...seriesResponses] = histograms.responses;
  if (input.breakdown === 'none') {
    const items = withSeriesHistograms(allItems, requests.series.map((series, index) => ({ key: series.key, response: seriesResponses[index] })));
    return { ...trendsResponseOf(items, meetings, rows, input), tookMs: histograms.took };
  }
  const [series] = seriesResponses;
  const ranked = breakdownRanking(input, series, meetings, rows);
  const top = ranked.slice(0, input.top);
  let second = null;
  let tookMs = histograms.took;
  if (top.length) {
    const values = buildBreakdownRequests(input, names, top);
    const valueSearches = await multiSearch(client, names.items, [values.items, values.meetings]);
    const [valueItems, valueMeetings] = valueSearches.responses;
    second = { items: valueItems, meetings: valueMeetings };
    tookMs += valueSearches.took;
  }
  return { ...trendsResponseOf(allItems, meetings, rows, input, breakdownCountsOf(ranked, { series, meetings }, second)), tookMs };
}
