import { Hono } from 'hono';
import type { MeetingDetail } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { notFound } from '../errors.js';
import { ES_OPTIONS } from '../es.js';
import { MEETING_MAX_ITEMS } from '../limits.js';
import type { MeetingDocument } from '../../ingest/documents.js';
import { SUMMARY_SOURCE, summariesOf, type SummarySource } from '../query/summaries.js';

/** GET /api/meetings/:id: a meeting's facts and its agenda items in order. */
export function meetingRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/:id', async (c) => {
    const id = c.req.param('id');
    const [found, items] = await Promise.all([
      deps.client.search<MeetingDocument>({ index: deps.names.meetings, query: { ids: { values: [id] } }, size: 1 }, ES_OPTIONS),
      deps.client.search<SummarySource>(
        {
          index: deps.names.items,
          query: { term: { meetingId: id } },
          sort: [{ number: 'asc' }],
          size: MEETING_MAX_ITEMS,
          _source: SUMMARY_SOURCE,
        },
        ES_OPTIONS,
      ),
    ]);
    const meeting = found.hits.hits[0]?._source;
    if (!meeting) throw notFound('Mødet');
    const body: MeetingDetail = {
      id: meeting.id,
      municipality: meeting.municipality,
      municipalityCode: meeting.municipalityCode ?? null,
      body: meeting.body,
      date: meeting.date,
      startTime: meeting.startTime ?? null,
      location: meeting.location ?? null,
      attendees: meeting.attendees ?? [],
      layout: meeting.layout,
      sourceFile: meeting.sourceFile,
      items: summariesOf(items),
    };
    return c.json(body, 200);
  });
}
