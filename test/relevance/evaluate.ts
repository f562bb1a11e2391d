/**
 * Runs the judged query set through the search API (`app.request`, as the UI asks: page 1, 20 hits, relevance
 * order) and scores each ranking. A query that finds nothing but gets a "Mente du …?" suggestion is scored
 * on the suggestion's results: the one click the UI offers.
 */
import type { SearchResponse } from '../../api/contract.js';
import { JUDGED_QUERIES, type JudgedCorpus, type JudgedQuery, type QueryKind } from './judged-queries.js';
import { ndcgAt, recallAt } from './metrics.js';

export const NDCG_DEPTH = 10;
export const RECALL_DEPTH = 20;

export interface Requestable {
  request(url: string): Response | Promise<Response>;
}

export interface QueryScore {
  query: string;
  kind: QueryKind;
  /** The query whose results were scored: the query itself or its suggested correction. */
  scored: string;
  ndcg: number;
  recall: number;
  ranked: string[];
}

export interface SearchEvaluation {
  queries: QueryScore[];
  ndcg: number;
  recall: number;
  byKind: Record<string, { queries: number; ndcg: number; recall: number }>;
}

async function search(app: Requestable, query: string): Promise<SearchResponse> {
  const response = await app.request(`/api/search?${new URLSearchParams({ q: query, size: String(RECALL_DEPTH) })}`);
  if (response.status !== 200) throw new Error(`search for ${JSON.stringify(query)} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as SearchResponse;
}

async function scoreQuery(app: Requestable, judged: JudgedQuery): Promise<QueryScore> {
  let result = await search(app, judged.query);
  let scored = judged.query;
  if (result.total === 0 && result.suggestion) {
    scored = result.suggestion.text;
    result = await search(app, scored);
  }
  const ranked = result.hits.map((hit) => hit.id);
  return {
    query: judged.query,
    kind: judged.kind,
    scored,
    ndcg: ndcgAt(NDCG_DEPTH, ranked, judged.judgments),
    recall: recallAt(RECALL_DEPTH, ranked, judged.judgments),
    ranked,
  };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The API over each judged corpus: the demo corpus, and the real-world minutes (corpus.ts). */
export type CorpusApps = Record<JudgedCorpus, Requestable>;

export async function evaluateSearch(apps: CorpusApps, judged: JudgedQuery[] = JUDGED_QUERIES): Promise<SearchEvaluation> {
  const queries: QueryScore[] = [];
  for (const query of judged) queries.push(await scoreQuery(apps[query.corpus ?? 'demo'], query));
  const byKind: SearchEvaluation['byKind'] = {};
  for (const kind of new Set(queries.map((query) => query.kind))) {
    const ofKind = queries.filter((query) => query.kind === kind);
    byKind[kind] = { queries: ofKind.length, ndcg: mean(ofKind.map((q) => q.ndcg)), recall: mean(ofKind.map((q) => q.recall)) };
  }
  return { queries, ndcg: mean(queries.map((q) => q.ndcg)), recall: mean(queries.map((q) => q.recall)), byKind };
}

const fixed = (value: number) => value.toFixed(3);

/** The evaluation as a Markdown report: per query, per kind, overall. */
export function renderEvaluation(evaluation: SearchEvaluation): string {
  const rows = evaluation.queries.map(
    (q) => `| ${q.query.replace(/\|/g, '\\|')} | ${q.kind} | ${q.scored === q.query ? '' : q.scored} | ${fixed(q.ndcg)} | ${fixed(q.recall)} |`,
  );
  const kinds = Object.entries(evaluation.byKind).map(([kind, s]) => `| ${kind} | ${s.queries} | ${fixed(s.ndcg)} | ${fixed(s.recall)} |`);
  return [
    `| query | kind | scored as | nDCG@${NDCG_DEPTH} | recall@${RECALL_DEPTH} |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `| kind | queries | nDCG@${NDCG_DEPTH} | recall@${RECALL_DEPTH} |`,
    '| --- | --- | --- | --- |',
    ...kinds,
    '',
    `Overall, ${evaluation.queries.length} queries: nDCG@${NDCG_DEPTH} ${fixed(evaluation.ndcg)}, recall@${RECALL_DEPTH} ${fixed(evaluation.recall)}`,
  ].join('\n');
}
