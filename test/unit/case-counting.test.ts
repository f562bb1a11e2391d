import { describe, expect, it } from 'vitest';
import { casesOf, countRows, type CaseRow } from '../../api/query/case-counting.js';

const row = (id: string, date: string, caseNumbers: string[], value: number | null): CaseRow => ({ id, date, caseNumbers, value });

/** A grant that travels Direktion → Økonomiudvalg → Byråd with the same case number and amount. */
const direktion = row('direktionen-5', '2020-06-02', ['326-2018-1373'], 2_700_000);
const oekonomiudvalg = row('oekonomiudvalget-7', '2020-06-15', ['326-2018-1373'], 2_700_000);
const byraad = row('byraadet-12', '2020-06-29', ['326-2018-1373'], 2_500_000);
const alone = row('direktionen-9', '2020-06-02', [], 150_000);

describe('countRows', () => {
  it('counts a case once, at its last decision, with every meeting it passed', () => {
    const counted = countRows([byraad, alone, direktion, oekonomiudvalg], 'case');
    expect(counted.map((entry) => [entry.row.id, entry.row.value, entry.passed.map((step) => step.id)])).toEqual([
      ['byraadet-12', 2_500_000, ['direktionen-5', 'oekonomiudvalget-7', 'byraadet-12']],
      ['direktionen-9', 150_000, ['direktionen-9']],
    ]);
  });

  it('counts nothing for a case whose last decision postponed or rejected it', () => {
    const rejected = row('byraadet-12', '2020-06-29', ['326-2018-1373'], null);
    expect(countRows([direktion, oekonomiudvalg, rejected], 'case')).toEqual([]);
  });

  it('counts every item with a figure when counting per item', () => {
    const counted = countRows([direktion, oekonomiudvalg, byraad, row('udsat', '2020-07-01', ['x'], null)], 'item');
    expect(counted.map((entry) => [entry.row.id, entry.passed.length])).toEqual([
      ['direktionen-5', 1],
      ['oekonomiudvalget-7', 1],
      ['byraadet-12', 1],
    ]);
  });
});

describe('casesOf', () => {
  it('joins items through any shared case number, oldest first', () => {
    const a = row('a', '2021-01-01', ['1'], 1);
    const b = row('b', '2021-02-01', ['1', '2'], 1);
    const c = row('c', '2020-12-01', ['2'], 1);
    const d = row('d', '2021-03-01', ['3'], 1);
    expect(casesOf([a, b, c, d]).map((steps) => steps.map((step) => step.id))).toEqual([['c', 'a', 'b'], ['d']]);
  });
});
