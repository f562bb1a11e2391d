/**
 * Invented decisions for the money tests: one item per meeting, with a case number (or none), an outcome, topics
 * and a granted figure, indexed into a test file's own indices before its tests and removed after them.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { IndexNames } from '../../ingest/index-names.js';
import { ensureIndices } from '../../ingest/indices.js';
import type { DecisionOutcome } from '../../ingest/model.js';
import { removeTestIndices, testClient, uniqueIndexNames } from './es.js';

export interface DecidedItem {
  id: string;
  meetingId: string;
  municipality: string;
  body: string;
  date: string;
  title: string;
  caseNumbers: string[];
  outcome: DecisionOutcome;
  topics: string[];
  /** The granted figure and the sentence it stands in; null for a decision without one. */
  spending: { value: number; sentence: string } | null;
  primaryAmount?: number;
}

export function useDecidedItems(testFile: string, items: () => DecidedItem[]): { client: ReturnType<typeof testClient>; names: IndexNames } {
  const names = uniqueIndexNames(testFile);
  const client = testClient();
  beforeAll(async () => {
    await ensureIndices(client, names);
    const operations = items().flatMap((item) => {
      const common = { municipality: item.municipality, body: item.body, date: item.date, year: Number(item.date.slice(0, 4)) };
      return [
        { index: { _index: names.meetings, _id: item.meetingId } },
        { id: item.meetingId, ...common },
        { index: { _index: names.items, _id: item.id } },
        {
          id: item.id,
          meetingId: item.meetingId,
          ...common,
          number: 1,
          title: item.title,
          closed: false,
          caseNumbers: item.caseNumbers,
          decisionOutcome: item.outcome,
          topics: [...new Set(item.topics)],
          ...(item.primaryAmount === undefined ? {} : { primaryAmount: item.primaryAmount }),
          hasAmount: item.spending !== null || item.primaryAmount !== undefined,
          spending: item.spending ? { value: item.spending.value, class: 'bevilling', sentence: item.spending.sentence } : null,
          saving: null,
        },
      ];
    });
    const response = await client.bulk({ operations, refresh: true });
    expect(response.errors).toBe(false);
  });
  afterAll(async () => {
    await removeTestIndices(names);
    await client.close();
  });
  return { client, names };
}
