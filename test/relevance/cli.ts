/**
 * `npm run eval -- search`: indexes the demo corpus and, apart, the real-world minutes (corpus.ts) into throw-away indices of the managed Elasticsearch node
 * (or ES_URL), runs the judged query set through the API and prints nDCG@10 and recall@20 per query, per kind
 * and overall. The indices are removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createApp } from '../../api/app.js';
import { indexNames } from '../../ingest/index-names.js';
import { deleteIndices } from '../../ingest/indices.js';
import { ingest } from '../../ingest/pipeline.js';
import { loadConfig } from '../../scripts/config.js';
import { CORPUS_INPUTS } from './corpus.js';
import { connect } from '../../scripts/elasticsearch/client.js';
import { evaluateSearch, renderEvaluation, type CorpusApps } from './evaluate.js';

export async function runSearchEval(): Promise<void> {
  const connection = await connect(loadConfig());
  const prefix = `eval-search-${randomBytes(3).toString('hex')}`;
  const corpora = (['demo', 'realworld'] as const).map((corpus) => ({ corpus, names: indexNames(`${prefix}-${corpus}-`) }));
  try {
    for (const { corpus, names } of corpora) {
      const summary = await ingest(connection.client, names, [...CORPUS_INPUTS[corpus]]);
      if (summary.failures.length > 0) {
        const [first] = summary.failures;
        throw new Error(`${summary.failures.length} documents of the ${corpus} corpus were not indexed, e.g. ${first.id}: ${first.reason}`);
      }
    }
    const appOver = (index: number) => createApp({ client: connection.client, names: corpora[index].names, logger: pino({ level: 'silent' }) });
    const apps: CorpusApps = { demo: appOver(0), realworld: appOver(1) };
    process.stdout.write(`${renderEvaluation(await evaluateSearch(apps))}\n`);
  } finally {
    for (const { names } of corpora) await deleteIndices(connection.client, names).catch(() => {});
    await connection.client.close();
    await connection.managed?.release();
  }
}
