/**
 * Counting money once per case. Real cases travel Direktion → udvalg → Økonomiudvalg → Byråd under the same case
 * number and with the same amount; adding up the items would count one grant three or four times.
 *
 * Items that share a case number (directly, or through a chain of items with several case numbers) are one case.
 * A case counts once, at its last decision in the rows given: that item's own figure, in that item's bucket. When
 * the last decision postponed or rejected the case (a row without a figure), the case counts nothing. An item
 * without a case number is a case of its own.
 */
import type { CountPer } from '../contract.js';

export interface CaseRow {
  id: string;
  date: string | null;
  caseNumbers: string[];
  /** The row's own figure for the metric; null for a decision that stops the case (udsat, ikke godkendt). */
  value: number | null;
}

export interface CountedRow<R extends CaseRow> {
  /** The item whose figure counts, and where (its date). */
  row: R & { value: number };
  /** Every row of the case, oldest first, the counted one last; [row] when counting per item. */
  passed: R[];
}

function hasValue<R extends CaseRow>(row: R): row is R & { value: number } {
  return row.value !== null;
}

export function countRows<R extends CaseRow>(rows: R[], countPer: CountPer): CountedRow<R>[] {
  if (countPer === 'item') return rows.filter(hasValue).map((row) => ({ row, passed: [row] }));
  return casesOf(rows).flatMap((steps) => {
    const last = steps.at(-1)!;
    return hasValue(last) ? [{ row: last, passed: steps }] : [];
  });
}

/** Rows grouped into cases, each oldest first (date, then id). */
export function casesOf<R extends CaseRow>(rows: R[]): R[][] {
  const parent = rows.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]];
    return index;
  };
  const firstWithNumber = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const caseNumber of row.caseNumbers) {
      const other = firstWithNumber.get(caseNumber);
      if (other === undefined) firstWithNumber.set(caseNumber, index);
      else parent[root(index)] = root(other);
    }
  });
  const groups = new Map<number, R[]>();
  rows.forEach((row, index) => {
    const key = root(index);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  });
  return [...groups.values()].map((steps) => steps.sort(byDecisionOrder));
}

function byDecisionOrder(a: CaseRow, b: CaseRow): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);
}
