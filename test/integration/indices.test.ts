import { afterAll, describe, expect, it } from 'vitest';
import { indexSettings, itemsMappings, SCHEMA_VERSION } from '../../analyzers/index-settings.js';
import { toItemDocument } from '../../ingest/documents.js';
import { ensureIndices } from '../../ingest/indices.js';
import { parseMinutes } from '../../ingest/parse/index.js';
import { corpusText } from '../helpers/files.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';

const names = uniqueIndexNames(import.meta.filename);
const client = testClient();
afterAll(async () => {
  await removeTestIndices(names);
  await client.close();
});

describe('versioned indices behind aliases', () => {
  it('moves the documents of an index with an older schema into a new one and swaps the alias', async () => {
    const old = `${names.items}-v${SCHEMA_VERSION - 1}-1`;
    await client.indices.create({
      index: old,
      settings: indexSettings(),
      mappings: { ...itemsMappings, _meta: { schemaVersion: SCHEMA_VERSION - 1 } },
      aliases: { [names.items]: { is_write_index: true } },
    });
    const [meeting] = parseMinutes(corpusText('002'), '002.txt');
    const operations = meeting.items.flatMap((item) => {
      const document = toItemDocument(meeting, item);
      return [{ index: { _index: names.items, _id: document.id } }, document];
    });
    await client.bulk({ operations, refresh: true });

    await ensureIndices(client, names);

    const aliased = Object.keys(await client.indices.getAlias({ name: names.items }));
    expect(aliased).toHaveLength(1);
    expect(aliased[0]).toMatch(new RegExp(`^${names.items}-v${SCHEMA_VERSION}-\\d+$`));
    expect(await client.indices.exists({ index: old })).toBe(false);
    expect((await client.count({ index: names.items })).count).toBe(8);
    const item = await client.get<{ title: string }>({ index: names.items, id: 'kalundborg-2018-11-05-direktionen-2' });
    expect(item._source?.title).toBe('Status - ESDH-projektet');
  });

  it('leaves an index of the current schema alone', async () => {
    const before = Object.keys(await client.indices.getAlias({ name: names.items }));
    await ensureIndices(client, names);
    expect(Object.keys(await client.indices.getAlias({ name: names.items }))).toEqual(before);
  });
});
