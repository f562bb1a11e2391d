import type { estypes } from '@elastic/elasticsearch';
import type { ItemSummary, MeetingRef } from '../contract.js';
import type { ItemDocument } from '../../ingest/documents.js';
import { SUMMARY_DECISION_CHARS } from '../limits.js';
import { plainText } from './clean-text.js';
import { excerpt } from './html.js';

/** What an ItemSummary reads from _source. */
export const SUMMARY_SOURCE = [
  'id',
  'number',
  'title',
  'closed',
  'caseType',
  'decisionOutcome',
  'sections.beslutning',
  'primaryAmount',
  'topics',
  'meetingId',
  'municipality',
  'body',
  'date',
];

export type SummarySource = Pick<
  ItemDocument,
  'id' | 'number' | 'title' | 'closed' | 'caseType' | 'decisionOutcome' | 'primaryAmount' | 'topics' | 'meetingId' | 'municipality' | 'body' | 'date'
> & { sections?: { beslutning?: string } };

/** The meeting of an item document, from the meeting facts the document carries. */
export function meetingRefOf(source: Pick<ItemDocument, 'meetingId' | 'municipality' | 'body' | 'date'>): MeetingRef {
  return { id: source.meetingId, municipality: source.municipality, body: source.body, date: source.date };
}

/** An item in a list (meeting, case thread, overview); the decision text shortened to SUMMARY_DECISION_CHARS. */
export function summaryOf(source: SummarySource): ItemSummary {
  const decision = source.sections?.beslutning;
  return {
    id: source.id,
    number: source.number,
    title: plainText(source.title),
    closed: source.closed,
    caseType: source.caseType ?? null,
    decisionOutcome: source.decisionOutcome ?? null,
    decisionText: decision ? excerpt(plainText(decision), SUMMARY_DECISION_CHARS) : null,
    primaryAmount: source.primaryAmount ?? null,
    topics: source.topics ?? [],
    meeting: meetingRefOf(source),
  };
}

export function summariesOf(response: estypes.SearchResponse<SummarySource>): ItemSummary[] {
  return response.hits.hits.flatMap((hit) => (hit._source ? [summaryOf(hit._source)] : []));
}
