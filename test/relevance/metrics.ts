/** Graded relevance metrics over a ranked list of item ids. */
import type { Grade } from './judged-queries.js';

type Judgments = Record<string, Grade>;

/** Discounted cumulative gain of grades in rank order, gain 2^grade − 1. */
function dcg(grades: number[]): number {
  return grades.reduce((sum, grade, rank) => sum + (2 ** grade - 1) / Math.log2(rank + 2), 0);
}

/** nDCG@k: the ranking's DCG over the DCG of the ideal ranking of the judged items; 1 when nothing is relevant. */
export function ndcgAt(k: number, ranked: readonly string[], judgments: Judgments): number {
  const ideal = dcg(
    Object.values(judgments)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 1;
  return dcg(ranked.slice(0, k).map((id) => judgments[id] ?? 0)) / ideal;
}

/** recall@k: the share of the relevant items (grade ≥ 1) among the first k. */
export function recallAt(k: number, ranked: readonly string[], judgments: Judgments): number {
  const relevant = Object.keys(judgments);
  if (relevant.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}
