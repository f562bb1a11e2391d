/** DKK amounts compared as multisets: each expected value can be matched by one parsed value at most. */

export interface AmountComparison {
  matched: number;
  /** Expected values with no parsed counterpart, in key order. */
  missing: number[];
  /** Indexes into the parsed values of those with no expected counterpart. */
  extra: number[];
}

export function compareAmounts(expected: readonly number[], parsed: readonly number[]): AmountComparison {
  const unmatched = new Map<number, number>();
  for (const value of expected) unmatched.set(value, (unmatched.get(value) ?? 0) + 1);
  const extra: number[] = [];
  parsed.forEach((value, index) => {
    const left = unmatched.get(value) ?? 0;
    if (left > 0) unmatched.set(value, left - 1);
    else extra.push(index);
  });
  const missing: number[] = [];
  for (const value of expected) {
    const left = unmatched.get(value) ?? 0;
    if (left > 0) {
      missing.push(value);
      unmatched.set(value, left - 1);
    }
  }
  return { matched: parsed.length - extra.length, missing, extra };
}
