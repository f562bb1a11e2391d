/** The versioned indices behind the aliases when ingests race, and `ingest --reset` under searches. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { itemId, meetingId } from '../../ingest/documents.js';
import type { IndexNames } from '../../ingest/index-names.js';
import { parseMinutes } from '../../ingest/parse/index.js';
import { ingest } from '../../ingest/pipeline.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';
import { corpusText } from '../helpers/files.js';

const client = testClient();
const dir = mkdtempSync(join(tmpdir(), 'referat-lifecycle-'));
const kalundborg = join(dir, 'kalundborg.txt');
const htk = join(dir, 'htk.txt');
writeFileSync(kalundborg, corpusText('002'));
writeFileSync(htk, corpusText('004'));
const used: IndexNames[] = [];
afterAll(async () => {
  for (const names of used) await removeTestIndices(names);
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

function freshNames(label: string): IndexNames {
  const names = uniqueIndexNames(`${import.meta.filename}-${label}`);
  used.push(names);
  return names;
}

/** Concrete index → is it the alias's write index, for every index named `<alias>-v*`. */
async function indicesBehind(alias: string): Promise<Record<string, boolean | undefined>> {
  const indices = await client.indices.get({ index: `${alias}-v*`, allow_no_indices: true });
  return Object.fromEntries(Object.entries(indices).map(([index, settings]) => [index, settings.aliases?.[alias]?.is_write_index]));
}

describe('two first ingests into a fresh prefix at once', () => {
  it.each([1, 2, 3])('both succeed, into one index per alias that is its write index (round %i)', async (round) => {
    const names = freshNames(`race-${round}`);
    const [first, second] = await Promise.all([ingest(client, names, [kalundborg]), ingest(client, names, [kalundborg])]);
    for (const summary of [first, second]) {
      expect(summary.failures).toEqual([]);
      expect(summary.items).toBe(8);
    }
    for (const alias of [names.items, names.meetings]) expect(Object.values(await indicesBehind(alias))).toEqual([true]);
    expect((await client.count({ index: names.items })).count).toBe(8);
  });
});

describe('ingest --reset', () => {
  const names = freshNames('reset');

  it('serves the old index until the new one is complete, then swaps the alias', async () => {
    await ingest(client, names, [kalundborg]);
    const before = await indicesBehind(names.items);
    const countsDuringReset: Array<Promise<number>> = [];
    const summary = await ingest(client, names, [htk], {
      reset: true,
      onProgress: () => countsDuringReset.push(client.count({ index: names.items }).then((result) => result.count)),
    });
    expect(summary.items).toBe(8);
    expect(await Promise.all(countsDuringReset)).toEqual([8]);

    const after = await indicesBehind(names.items);
    expect(Object.values(after)).toEqual([true]);
    expect(Object.keys(after)).not.toEqual(Object.keys(before));
    const [meeting] = parseMinutes(corpusText('004'), htk);
    const ids = await client.search<{ id: string }>({ index: names.items, size: 20, _source: ['id'], sort: [{ number: 'asc' }] });
    expect(ids.hits.hits.map((hit) => hit._source!.id)).toEqual(meeting.items.map((item) => itemId(meetingId(meeting), item.number)));
    expect((await client.count({ index: names.meetings })).count).toBe(1);
  });

  it('keeps the old indices when every file fails', async () => {
    const before = await indicesBehind(names.items);
    const garbage = join(dir, 'garbage.txt');
    writeFileSync(garbage, Buffer.from(corpusText('002'), 'utf16le'));
    const summary = await ingest(client, names, [garbage], { reset: true });
    expect(summary.files).toMatchObject([{ status: 'failed' }]);
    expect(await indicesBehind(names.items)).toEqual(before);
    expect((await client.count({ index: names.items })).count).toBe(8);
  });
});
