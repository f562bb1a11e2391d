/**
 * `npm run eval -- search`: indexes the demo corpus into throw-away indices of the managed Elasticsearch node
 * (or ES_URL), runs the judged query set through the API and prints nDCG@10 and recall@20 per query, per kind
 * and overall. The indices are removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createApp } from '../../api/app.js';
import { indexNames } from '../../ingest/index-names.js';
import { deleteIndices } from '../../ingest/indices.js';
import { ingest } from '../../ingest/pipeline.js';
import { DEMO_CORPUS_DIR, loadConfig } from '../../scripts/config.js';
import { connect } from '../../scripts/elasticsearch/client.js';
import { evaluateSearch, renderEvaluation } from './evaluate.js';

export async function runSearchEval(): Promise<void> {
  const connection = await connect(loadConfig());
  const names = indexNames(`eval-search-${randomBytes(3).toString('hex')}-`);
  try {
    const summary = await ingest(connection.client, names, [DEMO_CORPUS_DIR]);
    if (summary.failures.length > 0) {
      const [first] = summary.failures;
      throw new Error(`${summary.failures.length} documents of the demo corpus were not indexed, e.g. ${first.id}: ${first.reason}`);
    }
    const app = createApp({ client: connection.client, names, logger: pino({ level: 'silent' }) });
    process.stdout.write(`${renderEvaluation(await evaluateSearch(app))}\n`);
  } finally {
    await deleteIndices(connection.client, names).catch(() => {});
    await connection.client.close();
    await connection.managed?.release();
  }
}
