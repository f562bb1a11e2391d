/** Scores one document's reading against its key entry. */
import type { AgendaItem, Amount, Meeting } from '../model.js';
import { alignItems, type AlignmentRow } from './align.js';
import { compareAmounts, type AmountComparison } from './amounts.js';
import type { KeyEntry, KeyItem } from './key.js';
import type { Ratio, Scores } from './metrics.js';
import { normaliseText } from './normalise.js';

export type HeaderFactId = 'date' | 'municipality' | 'body' | 'kind';

export interface HeaderFact {
  id: HeaderFactId;
  expected: string | null;
  parsed: string | null;
  right: boolean;
}

/** An alignment row with, for a matched pair, whether the number and the closed flag are right. */
export interface ScoredRow extends AlignmentRow {
  numberRight: boolean | null;
  closedRight: boolean | null;
}

export interface DocumentScore {
  scores: Scores;
  header: HeaderFact[];
  rows: ScoredRow[];
  amounts: AmountComparison;
}

/** Every item of every meeting the reader found in the document, in order. */
export function parsedItems(meetings: readonly Meeting[]): AgendaItem[] {
  return meetings.flatMap((meeting) => meeting.items);
}

/** Every amount of those items, in order, with the item it belongs to. */
export function parsedAmounts(items: readonly AgendaItem[]): Array<{ amount: Amount; item: AgendaItem }> {
  return items.flatMap((item) => item.amounts.map((amount) => ({ amount, item })));
}

/** A document that yields several meetings is scored on the first meeting's header and on all their items. */
export function scoreDocument(entry: KeyEntry, meetings: readonly Meeting[]): DocumentScore {
  const header = headerFacts(entry, meetings[0]);
  const items = parsedItems(meetings);
  const rows = alignItems(entry.items, items).map((row): ScoredRow => {
    if (row.key === null || row.parsed === null) return { ...row, numberRight: null, closedRight: null };
    const [expected, parsed] = [entry.items[row.key], items[row.parsed]];
    return { ...row, numberRight: numberIsRight(expected, parsed), closedRight: expected.closed === parsed.closed };
  });
  const matched = rows.filter((row) => row.numberRight !== null);
  const amounts = compareAmounts(entry.amounts_dkk, parsedAmounts(items).map(({ amount }) => amount.value));
  const headerScores = Object.fromEntries(header.map((fact) => [fact.id, { hits: Number(fact.right), total: 1 }])) as Record<HeaderFactId, Ratio>;
  return {
    scores: {
      ...headerScores,
      titleRecall: { hits: matched.length, total: entry.items.length },
      titlePrecision: { hits: matched.length, total: items.length },
      numbers: { hits: matched.filter((row) => row.numberRight).length, total: matched.length },
      closed: { hits: matched.filter((row) => row.closedRight).length, total: matched.length },
      amountRecall: { hits: amounts.matched, total: entry.amounts_dkk.length },
      amountPrecision: { hits: amounts.matched, total: amounts.matched + amounts.extra.length },
    },
    header,
    rows,
    amounts,
  };
}

/** A key number of null means "not printed": the reader must say so with `numbered: false`. */
function numberIsRight(expected: KeyItem, parsed: AgendaItem): boolean {
  if (expected.number === null) return parsed.numbered === false;
  return parsed.numbered !== false && parsed.number === expected.number;
}

/** Without a meeting every fact is wrong, even where the key says null. */
function headerFacts(entry: KeyEntry, meeting: Meeting | undefined): HeaderFact[] {
  const caseless = (value: string | null) => (value === null ? null : normaliseText(value));
  const facts: Array<Omit<HeaderFact, 'right'> & { compare?: (value: string | null) => string | null }> = [
    { id: 'date', expected: entry.meeting_date, parsed: meeting?.date ?? null },
    { id: 'municipality', expected: entry.municipality, parsed: meeting?.municipality ?? null, compare: caseless },
    { id: 'body', expected: entry.body, parsed: meeting?.bodyPrinted ?? null, compare: caseless },
    { id: 'kind', expected: entry.kind, parsed: meeting?.kind ?? null },
  ];
  return facts.map(({ id, expected, parsed, compare = (value) => value }) => ({
    id,
    expected,
    parsed,
    right: meeting !== undefined && compare(expected) === compare(parsed),
  }));
}
