import { describe, expect, it } from 'vitest';
import { curveTable, newestPerSize } from '../../bench/curve.js';
import type { BenchResult } from '../../bench/report.js';

const latency = (p50: number, p95: number) => ({ n: 10, p50, p95, p99: p95, mean: p50, min: p50, max: p95 });

function result(items: number, startedAt: string, revision: string, p95: number): BenchResult {
  return {
    startedAt,
    git: { revision, dirty: false },
    corpus: { items },
    search: {
      c1: { all: latency(p95 / 2, p95), took: latency(5, 9), overhead: latency(2.5, 4), bytes: latency(21_500, 30_000) },
      c8: { all: latency(p95, p95 * 2) },
      firstPass: { all: latency(p95, p95 + 10) },
    },
    trends: { cold: { all: latency(40, 90) }, warm: { all: latency(5, 12) } },
    ingest: { pipeline: { itemsPerSec: 2_000 }, ratio: 0.81 },
    footprint: { index: { bytesPerItem: 2_100 }, node: { heapUsedBytes: 2.5e9, rssBytes: 5.2e9 } },
    targets: [{ pass: true }, { pass: false }],
  } as unknown as BenchResult;
}

describe('the scaling curve', () => {
  const results = [
    result(100_000, '2026-12-01T19:00:00Z', 'abc1234', 30),
    result(1_000_000, '2026-12-01T19:30:00Z', 'abc1234', 45),
    result(100_000, '2026-12-01T18:00:00Z', 'abc1234', 99),
    result(10_000, '2026-12-01T19:10:00Z', 'old0000', 20),
  ];

  it('takes the newest run of each size, smallest first, of one revision when asked', () => {
    expect(newestPerSize(results).map((r) => [r.corpus.items, r.startedAt])).toEqual([
      [10_000, '2026-12-01T19:10:00Z'],
      [100_000, '2026-12-01T19:00:00Z'],
      [1_000_000, '2026-12-01T19:30:00Z'],
    ]);
    expect(newestPerSize(results, 'abc1234').map((r) => r.corpus.items)).toEqual([100_000, 1_000_000]);
  });

  it('prints one column per size and one row per measure', () => {
    const table = curveTable(newestPerSize(results, 'abc1234')).split('\n');
    expect(table[0]).toBe('| measure | 100k items | 1M items |');
    expect(table).toContain('| search p50 / p95, concurrency 1 (ms) | 15 / 30 | 23 / 45 |');
    expect(table).toContain('| search answer p50 (kB) | 21.5 | 21.5 |');
    expect(table).toContain('| Elasticsearch heap used / RSS (GB) | 2.5 / 5.2 | 2.5 / 5.2 |');
    expect(table).toContain('| targets failed | 1 of 2 | 1 of 2 |');
  });
});
