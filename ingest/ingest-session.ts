/**
 * What an ingesting command needs: a connection to Elasticsearch (the managed node is started when needed and
 * stopped on exit or Ctrl-C), the index names and item policy from the configuration, and a progress bar.
 */
import type { Client } from '@elastic/elasticsearch';
import { loadConfig } from '../scripts/config.js';
import { connect } from '../scripts/elasticsearch/client.js';
import { stopNodeOnExit } from '../scripts/lifecycle.js';
import { itemPolicyOf, type ItemPolicy } from './documents.js';
import { indexNames, type IndexNames } from './index-names.js';
import { progressBar } from './report.js';

export interface IngestSession {
  client: Client;
  names: IndexNames;
  itemPolicy: ItemPolicy;
  bar: ReturnType<typeof progressBar>;
}

export async function withIngestSession<T>(run: (session: IngestSession) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const connection = await connect(config);
  const bar = progressBar();
  const shutdown = stopNodeOnExit(connection.managed, () => bar.stop());
  try {
    return await run({ client: connection.client, names: indexNames(config.ES_INDEX_PREFIX), itemPolicy: itemPolicyOf(config), bar });
  } finally {
    await connection.client.close();
    await shutdown();
  }
}
