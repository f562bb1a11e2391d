import { join } from 'node:path';
import type { IndexNames } from '../../ingest/index-names.js';
import { ingest, type IngestSummary } from '../../ingest/pipeline.js';
import { REPO_ROOT } from '../../scripts/config.js';
import { testClient } from './es.js';

export const DEMO_CORPUS_DIR = join(REPO_ROOT, 'corpus', 'demo');

/** Indexes the real demo corpus into a test file's own indices. */
export async function indexDemoCorpus(names: IndexNames): Promise<IngestSummary> {
  const client = testClient();
  try {
    return await ingest(client, names, [DEMO_CORPUS_DIR]);
  } finally {
    await client.close();
  }
}
