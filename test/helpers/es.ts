import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../../scripts/config.js';
import { createClient } from '../../scripts/elasticsearch/client.js';
import { deleteIndices } from '../../ingest/indices.js';
import { indexNames, type IndexNames } from '../../ingest/index-names.js';

/** A client for the test cluster (managed test node, or ES_URL). */
export function testClient() {
  const config = loadConfig();
  return createClient(inject('esUrl'), config.ES_URL ? config : {});
}

/** Index names unique to one test file, so files never share or leak state. */
export function uniqueIndexNames(testFile: string): IndexNames {
  const stem = basename(testFile).replace(/\.test\.ts$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return indexNames(`test-${stem}-${randomBytes(3).toString('hex')}-`);
}

export async function removeTestIndices(names: IndexNames): Promise<void> {
  const client = testClient();
  await deleteIndices(client, names);
  await client.close();
}
