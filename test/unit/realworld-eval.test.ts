import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_SET_DIR, evaluate, type Evaluation } from '../../ingest/eval/evaluate.js';
import { METRICS, shareOf, type MetricId } from '../../ingest/eval/metrics.js';

/**
 * The least the reader must reach on the real-world dev set (test/fixtures/realworld, `npm run eval`):
 * the achieved overall figures rounded down to 0.05. Raise them when the reader improves.
 */
export const REALWORLD_FLOORS: Record<MetricId, number> = {
  date: 1,
  municipality: 1,
  body: 1,
  kind: 1,
  titleRecall: 0.95,
  titlePrecision: 0.95,
  numbers: 0.95,
  closed: 1,
  amountRecall: 1,
  amountPrecision: 0.95,
};

describe('the reader on the real-world dev set', () => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluate(DEV_SET_DIR);
  });

  it('reads and parses all 41 documents without an error', () => {
    expect(evaluation.documents).toHaveLength(41);
    expect(evaluation.documents.filter((document) => document.error !== null).map((document) => document.error)).toEqual([]);
  });

  it('counts every keyed item, amount and document', () => {
    const { overall } = evaluation;
    expect([overall.titleRecall.total, overall.amountRecall.total, overall.date.total]).toEqual([347, 75, 41]);
  });

  it.each(METRICS)('$label (step: $step) reaches its floor', ({ id }) => {
    expect(shareOf(evaluation.overall[id]) ?? 0).toBeGreaterThanOrEqual(REALWORLD_FLOORS[id]);
  });
});
