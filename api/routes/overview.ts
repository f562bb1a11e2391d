import type { estypes } from '@elastic/elasticsearch';
import { Hono } from 'hono';
import type { OverviewResponse } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ES_OPTIONS } from '../es.js';
import { OVERVIEW_LATEST } from '../limits.js';
import { SUMMARY_SOURCE, summariesOf, type SummarySource } from '../query/summaries.js';

/** Decided: an open item with a decision outcome other than "udsat" (postponed). */
const DECIDED: estypes.QueryDslQueryContainer = {
  bool: {
    filter: [{ exists: { field: 'decisionOutcome' } }, { term: { closed: false } }],
    must_not: [{ term: { decisionOutcome: 'udsat' } }],
  },
};

/** GET /api/overview: what the index holds, and the latest decided items. */
export function overviewRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const [items, meetings, latest] = await Promise.all([
      deps.client.search(
        {
          index: deps.names.items,
          size: 0,
          track_total_hits: true,
          request_cache: true,
          aggs: {
            municipalities: { cardinality: { field: 'municipality' } },
            firstYear: { min: { field: 'year' } },
            lastYear: { max: { field: 'year' } },
          },
        },
        ES_OPTIONS,
      ),
      deps.client.count({ index: deps.names.meetings }, ES_OPTIONS),
      deps.client.search<SummarySource>(
        {
          index: deps.names.items,
          query: DECIDED,
          sort: [{ date: { order: 'desc', missing: '_last' } }, { number: 'asc' }, { id: 'asc' }],
          size: OVERVIEW_LATEST,
          _source: SUMMARY_SOURCE,
        },
        ES_OPTIONS,
      ),
    ]);
    const aggs = (items.aggregations ?? {}) as {
      municipalities?: estypes.AggregationsCardinalityAggregate;
      firstYear?: estypes.AggregationsMinAggregate;
      lastYear?: estypes.AggregationsMaxAggregate;
    };
    const total = items.hits.total;
    const body: OverviewResponse = {
      totals: {
        meetings: meetings.count,
        items: typeof total === 'number' ? total : (total?.value ?? 0),
        municipalities: aggs.municipalities?.value ?? 0,
        yearFrom: aggs.firstYear?.value ?? null,
        yearTo: aggs.lastYear?.value ?? null,
      },
      latestDecisions: summariesOf(latest),
    };
    return c.json(body, 200);
  });
}
