/** What the evaluation measures, grouped by the reader step each metric scores. */

export type Step = 'header' | 'titles' | 'items';

export const STEP_LABELS: Record<Step, string> = {
  header: 'read header',
  titles: 'item boundaries and titles',
  items: 'read each item',
};

export const METRICS = [
  { id: 'date', step: 'header', label: 'meeting date' },
  { id: 'municipality', step: 'header', label: 'municipality' },
  { id: 'body', step: 'header', label: 'body' },
  { id: 'kind', step: 'header', label: 'kind' },
  { id: 'titleRecall', step: 'titles', label: 'title recall' },
  { id: 'titlePrecision', step: 'titles', label: 'title precision' },
  { id: 'numbers', step: 'items', label: 'numbers' },
  { id: 'closed', step: 'items', label: 'closed flags' },
  { id: 'amountRecall', step: 'items', label: 'amount recall' },
  { id: 'amountPrecision', step: 'items', label: 'amount precision' },
] as const satisfies ReadonlyArray<{ id: string; step: Step; label: string }>;

export type MetricId = (typeof METRICS)[number]['id'];

/** hits out of total; a header fact of one document is 0/1 or 1/1. */
export interface Ratio {
  hits: number;
  total: number;
}

export type Scores = Record<MetricId, Ratio>;

/** The ratio as a share, or null when there was nothing to count. */
export function shareOf(ratio: Ratio): number | null {
  return ratio.total === 0 ? null : ratio.hits / ratio.total;
}

/** The micro-average: hits and totals summed over documents. */
export function sumScores(all: readonly Scores[]): Scores {
  const sum = Object.fromEntries(METRICS.map(({ id }) => [id, { hits: 0, total: 0 }])) as Scores;
  for (const scores of all) {
    for (const { id } of METRICS) {
      sum[id].hits += scores[id].hits;
      sum[id].total += scores[id].total;
    }
  }
  return sum;
}

/** The level every metric must reach for issue 9 to be done. */
export const TARGET = 0.95;
