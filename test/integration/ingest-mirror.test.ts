/** Re-ingest mirrors the files: what a file no longer yields is deleted in the same run, and nothing else. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ingest } from '../../ingest/pipeline.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';
import { corpusText } from '../helpers/files.js';

const names = uniqueIndexNames(import.meta.filename);
const client = testClient();
const dir = mkdtempSync(join(tmpdir(), 'referat-mirror-'));
const file = join(dir, 'kalundborg-2018-11-05.txt');
const neighbour = join(dir, 'htk.txt');
afterAll(async () => {
  await removeTestIndices(names);
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

const original = corpusText('002');
/** Item 8 ("Eventuelt") removed, from the table of contents and the body. */
const withoutItem8 = original.replace(/^Eventuelt\.+\t\d+\n/m, '').replace(/^Punkt 8: Eventuelt[\s\S]*$/m, '');
/** The meeting moved from 5 to 6 November 2018 (a corrected date). */
const movedTo6th = withoutItem8.replace('d. 05-11-2018', 'd. 06-11-2018').replace('d. 05. november 2018', 'd. 06. november 2018');

async function idsIn(index: string): Promise<string[]> {
  const result = await client.search<{ id: string }>({ index, size: 100, _source: ['id'], sort: [{ id: 'asc' }] });
  return result.hits.hits.map((hit) => hit._source!.id);
}

/** The paths of the Elasticsearch requests `run` makes (a scroll is the search for leftovers). */
async function withRequestPaths<T>(run: () => Promise<T>): Promise<{ result: T; paths: string[] }> {
  const paths: string[] = [];
  const request = client.transport.request.bind(client.transport);
  const spy = vi.spyOn(client.transport, 'request').mockImplementation((params, options) => {
    paths.push(params.path);
    return request(params, options as never);
  });
  try {
    return { result: await run(), paths };
  } finally {
    spy.mockRestore();
  }
}

const items = (meeting: string, numbers: number[]) => numbers.map((number) => `${meeting}-${number}`);
const HTK_ITEMS = 8;

describe('re-ingesting a changed file', () => {
  it('indexes the file and its neighbour, without looking for leftovers in the empty indices', async () => {
    writeFileSync(file, original);
    writeFileSync(neighbour, corpusText('004'));
    const { result: summary, paths } = await withRequestPaths(() => ingest(client, names, [file, neighbour]));
    expect(paths.some((path) => path.includes('scroll'))).toBe(false);
    expect(summary.items).toBe(8 + HTK_ITEMS);
    expect(summary.removed).toEqual({ items: 0, meetings: 0 });
    expect((await idsIn(names.items)).filter((id) => id.startsWith('kalundborg'))).toEqual(
      items('kalundborg-2018-11-05-direktionen', [1, 2, 3, 4, 5, 6, 7, 8]),
    );
  });

  it('deletes an item the file no longer has', async () => {
    writeFileSync(file, withoutItem8);
    const { result: summary, paths } = await withRequestPaths(() => ingest(client, names, [file]));
    expect(paths.some((path) => path.includes('scroll'))).toBe(true);
    expect(summary.items).toBe(7);
    expect(summary.removed).toEqual({ items: 1, meetings: 0 });
    expect((await idsIn(names.items)).filter((id) => id.startsWith('kalundborg'))).toEqual(
      items('kalundborg-2018-11-05-direktionen', [1, 2, 3, 4, 5, 6, 7]),
    );
    expect((await client.count({ index: names.items })).count).toBe(7 + HTK_ITEMS);
  });

  it('keeps only the new meeting and its items when the date is corrected', async () => {
    writeFileSync(file, movedTo6th);
    const summary = await ingest(client, names, [file]);
    expect(summary.removed).toEqual({ items: 7, meetings: 1 });
    expect((await idsIn(names.items)).filter((id) => id.startsWith('kalundborg'))).toEqual(
      items('kalundborg-2018-11-06-direktionen', [1, 2, 3, 4, 5, 6, 7]),
    );
    expect((await idsIn(names.meetings)).filter((id) => id.startsWith('kalundborg'))).toEqual(['kalundborg-2018-11-06-direktionen']);
    expect((await client.count({ index: names.items })).count).toBe(7 + HTK_ITEMS);
    expect((await client.count({ index: names.meetings })).count).toBe(2);
  });

  it('stamps every document with its file and the hash of the file text', async () => {
    const result = await client.search<{ sourceFile: string; sourceHash: string }>({
      index: [names.items, names.meetings],
      size: 100,
      query: { term: { sourceFile: file } },
      _source: ['sourceFile', 'sourceHash'],
    });
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(movedTo6th).digest('hex');
    expect(result.hits.hits.map((hit) => hit._source)).toEqual(Array.from({ length: 8 }, () => ({ sourceFile: file, sourceHash: hash })));
  });

  it('loses nothing when the file can no longer be read', async () => {
    writeFileSync(file, Buffer.from(movedTo6th, 'utf16le'));
    const summary = await ingest(client, names, [file]);
    expect(summary.files).toMatchObject([{ status: 'failed', error: expect.stringMatching(/^BINARY_FILE: /) }]);
    expect(summary.removed).toEqual({ items: 0, meetings: 0 });
    expect((await client.count({ index: names.items })).count).toBe(7 + HTK_ITEMS);
    expect((await client.count({ index: names.meetings })).count).toBe(2);
  });
});
