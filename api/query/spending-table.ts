/**
 * The spending table: one row per theme (series), one column per municipality or body, each cell the DKK the
 * theme's items decided there over the whole selection, counted as in the trends (once per case, or per item).
 * The total row counts every case once. Every cell carries the drill-down that lists exactly its items.
 */
import type { SearchFilters, SpendingCell, SpendingTableResponse, SpendingTableRow } from '../contract.js';
import type { CountedRow } from './case-counting.js';
import type { MoneyMetric, MoneyRow } from './money-rows.js';
import { ALL_SERIES_KEY, countedLines, moneyDrilldownsOf, moneyOf, type TrendsInput } from './trends.js';

export type TableColumns = SpendingTableResponse['columns']['key'];

export function spendingTableOf(input: TrendsInput, rows: MoneyRow[], columns: TableColumns): SpendingTableResponse {
  const lines = countedLines(input, rows).map((line) => ({ ...line, counted: [...line.money.values()].flat() }));
  const all = lines.find((line) => line.key === ALL_SERIES_KEY)!;
  const valueOf = (entry: CountedRow<MoneyRow>) => entry.row[columns];
  const totals = new Map<string, number>();
  for (const entry of all.counted) {
    const value = valueOf(entry);
    if (value !== null) totals.set(value, (totals.get(value) ?? 0) + entry.row.value);
  }
  const values = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b, 'da'));
  const cellOf = (key: string, counted: CountedRow<MoneyRow>[], filters: SearchFilters): SpendingCell => ({
    amountDkk: moneyOf(counted),
    moneyDrilldown: moneyDrilldownsOf(input, key, filters)(),
  });
  const rowOf = (line: (typeof lines)[number]): SpendingTableRow => ({
    key: line.key,
    label: line.label,
    cells: values.map((value) =>
      cellOf(
        line.key,
        line.counted.filter((entry) => valueOf(entry) === value),
        { ...input.filters, [columns]: [value] },
      ),
    ),
    total: cellOf(line.key, line.counted, input.filters),
  });
  return {
    metric: input.metric as MoneyMetric,
    countPer: input.countPer,
    columns: { key: columns, values },
    rows: lines.filter((line) => line !== all).map(rowOf),
    total: rowOf(all),
  };
}
