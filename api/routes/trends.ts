import { Hono } from 'hono';
import type { TrendsResponse } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { badRequest } from '../errors.js';
import { ES_OPTIONS } from '../es.js';
import { filtersOf, queryValidator, trendsQuerySchema } from '../query/params.js';
import { buildTrendsRequests, trendsResponseOf, type SeriesSpec } from '../query/trends.js';
import { taxonomy } from '../taxonomy.js';

/** GET /api/trends: per series (topic or term) items or DKK per year, quarter or month. */
export function trendsRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/', queryValidator(trendsQuerySchema), async (c) => {
    const params = c.req.valid('query');
    const topics = taxonomy().topics;
    const series: SeriesSpec[] = [];
    for (const id of params.topic ?? []) {
      const topic = topics.find((entry) => entry.id === id);
      if (!topic) throw badRequest('topic', `emnet "${id}" findes ikke (se /api/topics)`);
      series.push({ key: `topic:${id}`, label: topic.label, kind: 'topic', value: id });
    }
    for (const term of params.term ?? []) series.push({ key: `term:${term}`, label: term, kind: 'term', value: term });

    const { topic: _series, ...filters } = filtersOf(params);
    const input = {
      series,
      filters,
      interval: params.interval ?? 'year',
      metric: params.metric ?? 'items',
      normalize: params.normalize ?? 'none',
    };
    let requests;
    try {
      requests = buildTrendsRequests(input, deps.names);
    } catch (error) {
      if (error instanceof RangeError) throw badRequest('interval', error.message);
      throw error;
    }
    const [items, meetings] = await Promise.all([
      deps.client.search(requests.items, ES_OPTIONS),
      deps.client.search(requests.meetings, ES_OPTIONS),
    ]);
    const body: TrendsResponse = trendsResponseOf(items, meetings, input);
    return c.json(body, 200);
  });
}
