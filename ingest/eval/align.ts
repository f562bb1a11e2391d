/**
 * One-to-one, in-order matching of the key's items with the parsed items: a longest common subsequence
 * (jsdiff's Myers diff) under the matching rule of `itemsMatch`.
 */
import { diffArrays } from 'diff';
import type { AgendaItem } from '../model.js';
import type { KeyItem } from './key.js';
import { normaliseTitle } from './normalise.js';

/** One row of the alignment, in document order: a matched pair, a missed key item or an extra parsed item. */
export interface AlignmentRow {
  key: number | null;
  parsed: number | null;
}

interface Token {
  position: number;
  /** Normalised; null for a key item of a layout that prints no titles. */
  title: string | null;
  number: number | null;
}

/**
 * Key token `expected` matches parsed token `actual` when their normalised titles are equal. A key item
 * without titles (`title: null`) matches the parsed item at the same position; a number printed without a
 * title (`title: ""`) matches a parsed item with that number and an empty title.
 */
function itemsMatch(expected: Token, actual: Token): boolean {
  if (expected.title === null) return expected.position === actual.position;
  if (expected.title === '') return actual.title === '' && actual.number === expected.number;
  return expected.title === actual.title;
}

export function alignItems(keyItems: readonly KeyItem[], parsedItems: readonly AgendaItem[]): AlignmentRow[] {
  const expected = keyItems.map((item, position): Token => ({
    position,
    title: item.title === null ? null : normaliseTitle(item.title),
    number: item.number,
  }));
  const actual = parsedItems.map((item, position): Token => ({ position, title: normaliseTitle(item.title), number: item.number }));

  const rows: AlignmentRow[] = [];
  let nextKey = 0;
  let nextParsed = 0;
  for (const change of diffArrays(expected, actual, { comparator: itemsMatch })) {
    for (let step = 0; step < change.value.length; step++) {
      if (change.removed) rows.push({ key: nextKey++, parsed: null });
      else if (change.added) rows.push({ key: null, parsed: nextParsed++ });
      else rows.push({ key: nextKey++, parsed: nextParsed++ });
    }
  }
  return rows;
}
