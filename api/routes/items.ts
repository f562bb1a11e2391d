import { Hono } from 'hono';
import type { ItemDetail } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { notFound } from '../errors.js';
import { ES_OPTIONS } from '../es.js';
import { MEETING_MAX_ITEMS } from '../limits.js';
import type { ItemDocument } from '../../ingest/documents.js';
import { meetingRefOf } from '../query/summaries.js';
import { kleTitleOf, topicLabel } from '../taxonomy.js';

type Sibling = Pick<ItemDocument, 'id' | 'number' | 'title'>;

/** GET /api/items/:id: one agenda item with its full text, its neighbours in the meeting and its topics. */
export function itemRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/:id', async (c) => {
    const id = c.req.param('id');
    const found = await deps.client.search<ItemDocument>(
      { index: deps.names.items, query: { ids: { values: [id] } }, size: 1, _source: { excludes: ['parts', 'titleSuggest'] } },
      ES_OPTIONS,
    );
    const item = found.hits.hits[0]?._source;
    if (!item) throw notFound('Punktet');

    const siblings = await deps.client.search<Sibling>(
      {
        index: deps.names.items,
        query: { term: { meetingId: item.meetingId } },
        sort: [{ number: 'asc' }],
        size: MEETING_MAX_ITEMS,
        _source: ['id', 'number', 'title'],
      },
      ES_OPTIONS,
    );
    const ordered = siblings.hits.hits.flatMap((hit) => (hit._source ? [hit._source] : []));
    const previous = ordered.filter((other) => other.number < item.number).at(-1) ?? null;
    const next = ordered.find((other) => other.number > item.number) ?? null;
    const brief = (other: Sibling | null) => (other ? { id: other.id, number: other.number, title: other.title } : null);

    const body: ItemDetail = {
      id: item.id,
      number: item.number,
      title: item.title,
      closed: item.closed,
      meeting: { ...meetingRefOf(item), location: item.location ?? null, startTime: item.startTime ?? null },
      sections: item.sections ?? {},
      caseType: item.caseType ?? null,
      caseNumbers: item.caseNumbers ?? [],
      journalNumber: item.journalNumber ?? null,
      kleGroup: item.kleGroup ?? null,
      kleTitle: kleTitleOf(item.journalNumber ?? item.kleGroup, deps.kleTitles),
      documentNumber: item.documentNumber ?? null,
      attachments: item.attachments ?? [],
      decisionText: item.sections?.beslutning ?? null,
      decisionOutcome: item.decisionOutcome ?? null,
      amounts: item.amounts ?? [],
      primaryAmount: item.primaryAmount ?? null,
      topics: (item.topics ?? []).map((topic) => ({
        id: topic,
        label: topicLabel(topic),
        matches: (item.topicMatches ?? []).filter((match) => match.topic === topic),
      })),
      systems: item.systems ?? [],
      previous: brief(previous),
      next: brief(next),
    };
    return c.json(body, 200);
  });
}
