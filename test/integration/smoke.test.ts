import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DANISH_ANALYZER, EXACT_ANALYZER } from '../../analyzers/index-settings.js';
import { ensureIndices } from '../../ingest/indices.js';
import { serverVersion } from '../../scripts/elasticsearch/client.js';
import { ELASTICSEARCH_VERSION } from '../../scripts/elasticsearch/version.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';

const names = uniqueIndexNames(import.meta.filename);
const client = testClient();

async function tokens(text: string, analyzer: string): Promise<string[]> {
  const result = await client.indices.analyze({ index: names.items, analyzer, text });
  return (result.tokens ?? []).map((token) => token.token);
}

describe('the real Elasticsearch node', () => {
  beforeAll(async () => {
    await ensureIndices(client, names);
  });
  afterAll(async () => {
    await removeTestIndices(names);
    await client.close();
  });

  it('runs the pinned version', async () => {
    expect(await serverVersion(client)).toBe(ELASTICSEARCH_VERSION);
  });

  it('stems Danish with the hunspell da_DK dictionary', async () => {
    expect(await tokens('kommunerne', DANISH_ANALYZER)).toContain('kommune');
    expect(await tokens('Bevillingerne til strategien', DANISH_ANALYZER)).toEqual(['bevilling', 'strategi']);
  });

  it('keeps Skype and Teams searchable, and stop words out', async () => {
    const analysed = await tokens('Skype og Teams', DANISH_ANALYZER);
    expect(analysed).toContain('skype');
    expect(analysed).toContain('team');
    expect(analysed).not.toContain('og');
    expect(await tokens('Skype og Teams', EXACT_ANALYZER)).toEqual(['skype', 'og', 'teams']);
  });
});
