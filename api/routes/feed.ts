import { Hono } from 'hono';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ES_OPTIONS } from '../es.js';
import { FEED_MAX_ENTRIES } from '../limits.js';
import { ATOM_CONTENT_TYPE, atomFeed, type FeedItem } from '../query/atom-feed.js';
import { allClauses } from '../query/filters.js';
import { feedQuerySchema, filtersOf, queryValidator, type FeedParams } from '../query/params.js';
import { SUMMARY_SOURCE, summaryOf, type SummarySource } from '../query/summaries.js';
import { plainText } from '../query/clean-text.js';
import { userQuery } from '../query/user-query.js';
import { publicOrigin } from '../public-url.js';

/** "Referat Radar: »Teams« · Kalundborg · 2020" */
function feedTitle(params: FeedParams): string {
  const parts: string[] = [];
  if (params.q) parts.push(`»${params.q}«`);
  for (const values of [params.municipality, params.body, params.system, params.year, params.topic]) parts.push(...(values ?? []).map(String));
  return parts.length ? `Referat Radar: ${parts.join(' · ')}` : 'Referat Radar: nyeste punkter';
}

/** The full decision of an open item; a closed item's text is never read. */
function feedItemOf(source: SummarySource): FeedItem {
  const summary = summaryOf(source);
  const decision = source.sections?.beslutning;
  return { ...summary, decisionText: !source.closed && decision ? plainText(decision) : null };
}

/** GET /api/feed.atom: the newest items matching a search (same parameters), as an Atom feed. */
export function feedRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/', queryValidator(feedQuerySchema), async (c) => {
    const params = c.req.valid('query');
    const response = await deps.client.search<SummarySource>(
      {
        index: deps.names.items,
        query: { bool: { must: [userQuery(params.q, params.section)], filter: allClauses(filtersOf(params)) } },
        sort: [{ date: { order: 'desc', missing: '_last' } }, { meetingId: 'asc' }, { number: 'asc' }, { id: 'asc' }],
        size: FEED_MAX_ENTRIES,
        _source: SUMMARY_SOURCE,
      },
      ES_OPTIONS,
    );
    const origin = publicOrigin(deps.publicUrl, c.req.url);
    const query = new URL(c.req.url).search;
    const xml = atomFeed({
      title: feedTitle(params),
      selfUrl: `${origin}/api/feed.atom${query}`,
      searchUrl: `${origin}/sog${query}`,
      origin,
      items: response.hits.hits.flatMap((hit) => (hit._source ? [feedItemOf(hit._source)] : [])),
      now: new Date(),
    });
    return c.body(xml, 200, { 'Content-Type': ATOM_CONTENT_TYPE });
  });
}
