import { Hono } from 'hono';
import type { Sections } from '../../ingest/model.js';
import type { SearchHit, SearchResponse } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ES_OPTIONS } from '../es.js';
import { ExpensiveSearches } from '../expensive-searches.js';
import { FEW_HITS, PAGE_SIZE_DEFAULT } from '../limits.js';
import { positiveWordStems } from '../query/compound-highlight.js';
import { compoundSnippet, unmarkedHits } from '../query/compound-snippets.js';
import { didYouMean } from '../query/did-you-mean.js';
import { filtersOf, queryValidator, searchQuerySchema } from '../query/params.js';
import { buildFacetsRequest, buildHitsRequest } from '../query/search-request.js';
import { multiSearch } from '../query/multi-search.js';
import { FacetSampler } from '../facet-sampling.js';
import { hasUserQuery, isExpensiveQuery } from '../query/user-query.js';
import { searchResponseOf, totalOf, type FacetCounts, type HitSource } from '../query/search-response.js';
import { facetLabels } from '../taxonomy.js';

/**
 * GET /api/search: hits, facets and paging for a query and filters; a corrected query when it finds few.
 * The hits and the facets are two searches sent together (api/query/multi-search.ts): the facets one has no hits,
 * so Elasticsearch's request cache can answer it again, and in a large archive it counts a sample
 * (api/facet-sampling.ts) unless the hits show that the matches are few enough to count exactly.
 */
export function searchRoutes(deps: ApiDeps) {
  const expensiveSearches = deps.expensiveSearches ?? new ExpensiveSearches();
  const facetSampler = new FacetSampler(deps.client, deps.names.items, deps.facetSampling);
  return new Hono<AppEnv>().get('/', queryValidator(searchQuerySchema), async (c) => {
    const params = c.req.valid('query');
    const filters = filtersOf(params);
    const page = params.page ?? 1;
    const size = params.size ?? PAGE_SIZE_DEFAULT;
    const sort = params.sort ?? 'relevance';
    const input = { q: params.q, section: params.section, sort, page, size, filters };
    const expensive = isExpensiveQuery(params.q);
    const sampling = await facetSampler.sampling();
    const { responses, took } = await expensiveSearches.run(expensive, () =>
      multiSearch<HitSource>(deps.client, deps.names.items, [buildHitsRequest(input), buildFacetsRequest(input, sampling)]),
    );
    const [hits, sampled] = responses;
    // What the hits leave to do (exact facet counts, a corrected query) needs only the hits: asked side by side.
    const total = totalOf(hits);
    const countExactly = sampling !== null && facetSampler.countsExactly(hits.hits.total);
    const correcting = Boolean(params.q && hasUserQuery(params.q) && total < FEW_HITS);
    const [exact, corrected] = await Promise.all([
      countExactly ? deps.client.search({ index: deps.names.items, ...buildFacetsRequest(input, null) }, ES_OPTIONS) : null,
      correcting ? didYouMean(deps.client, deps.names.items, { q: params.q!, section: params.section, filters, total }) : null,
    ]);
    const facetCounts: FacetCounts = exact ? { response: exact, sampled: false } : { response: sampled, sampled: sampling !== null };
    const tookMs = took + (exact?.took ?? 0) + (corrected?.tookMs ?? 0);
    const markStems = params.q && !expensive ? positiveWordStems(params.q) : [];
    const body: SearchResponse = searchResponseOf(hits, facetCounts, { page, size, sort, filters, labels: facetLabels(deps.kleTitles), markStems, tookMs });
    body.tookMs += await addCompoundSnippets(deps, body.hits, markStems);
    body.suggestion = corrected?.suggestion ?? null;
    return c.json(body, 200);
  });
}

/**
 * Snippets for the hits that matched only inside a compound deep in a section (api/query/compound-snippets.ts).
 * Returns Elasticsearch's `took` of the search it needed (0 when none).
 */
async function addCompoundSnippets(deps: ApiDeps, hits: SearchHit[], stems: readonly string[]): Promise<number> {
  const unmarked = stems.length > 0 ? unmarkedHits(hits) : [];
  if (unmarked.length === 0) return 0;
  const found = await deps.client.search<{ id: string; sections?: Sections }>(
    { index: deps.names.items, query: { ids: { values: unmarked.map((hit) => hit.id) } }, size: unmarked.length, _source: ['id', 'sections'] },
    ES_OPTIONS,
  );
  const sectionsOf = new Map(found.hits.hits.map((hit) => [hit._source!.id, hit._source!.sections ?? {}]));
  for (const hit of unmarked) {
    const snippet = compoundSnippet(sectionsOf.get(hit.id) ?? {}, stems);
    if (snippet) hit.snippets = [snippet, ...hit.snippets.filter((other) => other.section !== snippet.section)];
  }
  return found.took;
}
