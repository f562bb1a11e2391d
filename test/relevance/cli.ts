/**
 * `npm run eval -- search`: indexes the demo corpus and, apart, the real-world minutes (corpus.ts) into throw-away indices of the managed Elasticsearch node
 * (or ES_URL), runs the judged query set through the API and prints nDCG@10 and recall@20 per query, per kind
 * and overall. The indices are removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { indexNames } from '../../ingest/index-names.js';
import { deleteIndices } from '../../ingest/indices.js';
import { loadConfig } from '../../scripts/config.js';
import { indexJudgedCorpora } from './corpus.js';
import { connect } from '../../scripts/elasticsearch/client.js';
import { evaluateSearch, renderEvaluation } from './evaluate.js';

export async function runSearchEval(): Promise<void> {
  const connection = await connect(loadConfig());
  const prefix = `eval-search-${randomBytes(3).toString('hex')}`;
  const indexed = await indexJudgedCorpora(connection.client, (corpus) => indexNames(`${prefix}-${corpus}-`)).catch(async (error: unknown) => {
    await connection.client.close();
    await connection.managed?.release();
    throw error;
  });
  try {
    const failures = indexed.summaries.flatMap((summary) => summary.failures);
    if (failures.length > 0) throw new Error(`${failures.length} documents of the judged corpora were not indexed, e.g. ${failures[0].id}: ${failures[0].reason}`);
    process.stdout.write(`${renderEvaluation(await evaluateSearch(indexed.apps))}\n`);
  } finally {
    for (const names of indexed.names) await deleteIndices(connection.client, names).catch(() => {});
    await connection.client.close();
    await connection.managed?.release();
  }
}
