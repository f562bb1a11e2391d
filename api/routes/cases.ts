import { Hono } from 'hono';
import type { CaseThread } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { badRequest, notFound } from '../errors.js';
import { ES_OPTIONS } from '../es.js';
import { CASE_MAX_ITEMS, FILTER_VALUE_MAX_CHARS } from '../limits.js';
import { cleanText } from '../query/params.js';
import { SUMMARY_SOURCE, summariesOf, type SummarySource } from '../query/summaries.js';

/**
 * GET /api/cases/:caseNumber: every item carrying the case number, across meetings, oldest first.
 * Case numbers may hold a slash ("15/26452"): both /api/cases/15%2F26452 and /api/cases/15/26452 work.
 */
export function caseRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/:caseNumber{.+}', async (c) => {
    const caseNumber = cleanText(c.req.param('caseNumber'));
    if (!caseNumber || caseNumber.length > FILTER_VALUE_MAX_CHARS) throw badRequest('caseNumber', `skal være 1 til ${FILTER_VALUE_MAX_CHARS} tegn`);
    const items = await deps.client.search<SummarySource>(
      {
        index: deps.names.items,
        query: { term: { caseNumbers: caseNumber } },
        sort: [{ date: { order: 'asc', missing: '_last' } }, { number: 'asc' }, { id: 'asc' }],
        size: CASE_MAX_ITEMS,
        _source: SUMMARY_SOURCE,
      },
      ES_OPTIONS,
    );
    if (items.hits.hits.length === 0) throw notFound(`Sagen ${caseNumber}`);
    const body: CaseThread = { caseNumber, items: summariesOf(items) };
    return c.json(body, 200);
  });
}
