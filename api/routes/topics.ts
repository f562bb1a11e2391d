import type { estypes } from '@elastic/elasticsearch';
import { Hono } from 'hono';
import type { TopicsResponse } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ES_OPTIONS } from '../es.js';
import { taxonomy } from '../taxonomy.js';

/** GET /api/topics: the taxonomy's topics in taxonomy order, each with its number of items. */
export function topicRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const { version, topics } = taxonomy();
    const response = await deps.client.search(
      {
        index: deps.names.items,
        size: 0,
        track_total_hits: false,
        request_cache: true,
        aggs: { topics: { terms: { field: 'topics', size: Math.max(topics.length, 1) * 2 } } },
      },
      ES_OPTIONS,
    );
    const buckets = (response.aggregations?.topics as estypes.AggregationsStringTermsAggregate | undefined)?.buckets;
    const counts = new Map((Array.isArray(buckets) ? buckets : []).map((bucket) => [String(bucket.key), bucket.doc_count]));
    const body: TopicsResponse = {
      taxonomyVersion: version,
      topics: topics.map((topic) => ({
        id: topic.id,
        label: topic.label,
        terms: [...topic.terms, ...topic.caseSensitiveTerms],
        count: counts.get(topic.id) ?? 0,
      })),
    };
    return c.json(body, 200);
  });
}
