import { basename } from 'node:path';
import type { estypes } from '@elastic/elasticsearch';
import { Hono } from 'hono';
import type { Amount } from '../../ingest/model.js';
import type { ItemDetail, SimilarItemsResponse } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { notFound } from '../errors.js';
import { ES_OPTIONS } from '../es.js';
import { MEETING_MAX_ITEMS, SIMILAR_ITEMS_MAX } from '../limits.js';
import type { ItemDocument } from '../../ingest/documents.js';
import { plainText } from '../query/clean-text.js';
import { meetingRefOf, SUMMARY_SOURCE, summariesOf, type SummarySource } from '../query/summaries.js';
import { sourceHref, sourceVerdict } from '../source-files.js';
import { kleTitleOf, topicLabel } from '../taxonomy.js';

type Sibling = Pick<ItemDocument, 'id' | 'number' | 'title'>;

/** What an item is about and what was decided: the title, the summary, the recommendation and the decision. */
const SIMILAR_FIELDS = ['title', 'sections.resume', 'sections.indstilling', 'sections.beslutning'];

/** The item's document without its index-only fields; a 404 when there is none. */
async function findItem(deps: ApiDeps, id: string): Promise<ItemDocument> {
  const found = await deps.client.search<ItemDocument>(
    { index: deps.names.items, query: { ids: { values: [id] } }, size: 1, _source: { excludes: ['parts', 'titleSuggest'] } },
    ES_OPTIONS,
  );
  const item = found.hits.hits[0]?._source;
  if (!item) throw notFound('Punktet');
  return item;
}

function plainSections(sections: ItemDocument['sections'] = {}): ItemDetail['sections'] {
  return Object.fromEntries(Object.entries(sections).map(([key, text]) => [key, plainText(text ?? '')]));
}

function plainAmount(amount: Amount): Amount {
  return { ...amount, text: plainText(amount.text), sentence: plainText(amount.sentence) };
}

/**
 * The items most like this one by title and decision (`more_like_this`), from other municipalities (other
 * meetings when the municipality is unknown); open items only, so no closed title stands in for content.
 */
function similarQuery(item: ItemDocument, index: string): estypes.QueryDslQueryContainer {
  const elsewhere: estypes.QueryDslQueryContainer[] = [{ term: { meetingId: item.meetingId } }];
  if (item.municipality) elsewhere.push({ term: { municipality: item.municipality } });
  return {
    bool: {
      must: [
        {
          more_like_this: {
            fields: SIMILAR_FIELDS,
            like: [{ _index: index, _id: item.id }],
            // A corpus of a few thousand items has few repeated terms: every term counts.
            min_term_freq: 1,
            min_doc_freq: 1,
            max_query_terms: 40,
            minimum_should_match: '5%',
          },
        },
      ],
      // Sharing topics and systems counts too: "omlægning fra Skype til Teams" is like "Valg af ny Office pakke".
      should: [{ terms: { topics: item.topics ?? [] } }, { terms: { systems: item.systems ?? [] } }],
      must_not: elsewhere,
      filter: [{ term: { closed: false } }],
    },
  };
}

/** GET /api/items/:id: one agenda item with its full text, its neighbours in the meeting and its topics. */
export function itemRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>()
    .get('/:id/similar', async (c) => {
      const item = await findItem(deps, c.req.param('id'));
      const similar = await deps.client.search<SummarySource>(
        { index: deps.names.items, query: similarQuery(item, deps.names.items), size: SIMILAR_ITEMS_MAX, _source: SUMMARY_SOURCE },
        ES_OPTIONS,
      );
      const body: SimilarItemsResponse = { items: summariesOf(similar) };
      return c.json(body, 200);
    })
    .get('/:id', async (c) => {
      const item = await findItem(deps, c.req.param('id'));

      // The source check may read and parse the file (once per version): side by side with the siblings' search.
      const [siblings, source] = await Promise.all([
        deps.client.search<Sibling>(
          {
            index: deps.names.items,
            query: { term: { meetingId: item.meetingId } },
            sort: [{ number: 'asc' }],
            size: MEETING_MAX_ITEMS,
            _source: ['id', 'number', 'title'],
          },
          ES_OPTIONS,
        ),
        sourceVerdict(item.sourceFile, deps),
      ]);
      const ordered = siblings.hits.hits.flatMap((hit) => (hit._source ? [hit._source] : []));
      const previous = ordered.filter((other) => other.number < item.number).at(-1) ?? null;
      const next = ordered.find((other) => other.number > item.number) ?? null;
      const brief = (other: Sibling | null) => (other ? { id: other.id, number: other.number, title: plainText(other.title) } : null);

      const body: ItemDetail = {
        id: item.id,
        number: item.number,
        title: plainText(item.title),
        closed: item.closed,
        meeting: { ...meetingRefOf(item), location: item.location ?? null, startTime: item.startTime ?? null },
        sections: plainSections(item.sections),
        caseType: item.caseType ?? null,
        caseNumbers: item.caseNumbers ?? [],
        journalNumber: item.journalNumber ?? null,
        kleGroup: item.kleGroup ?? null,
        kleTitle: kleTitleOf(item.journalNumber ?? item.kleGroup, deps.kleTitles),
        documentNumber: item.documentNumber ?? null,
        attachments: (item.attachments ?? []).map(plainText),
        decisionText: item.sections?.beslutning ? plainText(item.sections.beslutning) : null,
        decisionOutcome: item.decisionOutcome ?? null,
        amounts: (item.amounts ?? []).map(plainAmount),
        primaryAmount: item.primaryAmount ?? null,
        topics: (item.topics ?? []).map((topic) => ({
          id: topic,
          label: topicLabel(topic),
          matches: (item.topicMatches ?? []).filter((match) => match.topic === topic),
        })),
        systems: item.systems ?? [],
        previous: brief(previous),
        next: brief(next),
        source: {
          file: basename(item.sourceFile),
          url: item.sourceUrl ?? null,
          href: source.status === 'servable' ? sourceHref(item.meetingId, item.sourcePage) : null,
          page: item.sourcePage ?? null,
        },
      };
      return c.json(body, 200);
    });
}
