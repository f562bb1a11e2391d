import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/prng.js';
import { percentile, rate, summarize } from '../../bench/stats.js';

describe('benchmark statistics', () => {
  it('interpolates percentiles between closest ranks', () => {
    const values = [10, 20, 30, 40, 50];
    expect(percentile(values, 50)).toBe(30);
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 95)).toBeCloseTo(48);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted samples without changing them', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toMatchObject({ n: 5, p50: 3, min: 1, max: 5, mean: 3 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
    expect(summarize([]).n).toBe(0);
  });

  it('gives rates per second', () => {
    expect(rate(1000, 500)).toBe(2000);
    expect(rate(1, 3000)).toBe(0.33);
  });

  it('draws the same numbers from the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(draws);
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(mulberry32(43).next()).not.toBe(draws[0]);
  });
});
