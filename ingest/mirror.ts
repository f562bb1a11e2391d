/**
 * Re-ingest mirrors the files: every document carries its source file, so after a run the documents of its
 * files that the run did not write (removed items, a meeting whose date was corrected) are deleted. Going by
 * the ids written rather than by a run id keeps two ingests of the same file at once from deleting each
 * other's documents.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import type { IndexNames } from './index-names.js';

export interface RemovedDocuments {
  items: number;
  meetings: number;
}

/**
 * Whether the indices hold any document. A run into empty indices has nothing to mirror: every document in them
 * afterwards was written by a run that is still going, so the search for leftovers is skipped (at a million items
 * in 100,000 files it took about 45 s).
 */
export async function holdsDocuments(client: Client, names: IndexNames): Promise<boolean> {
  const { count } = await client.count({ index: [names.items, names.meetings] });
  return count > 0;
}

/** Files per search: each adds one clause with the ids its file yielded. */
const FILES_PER_QUERY = 100;

function unwritten(written: ReadonlyMap<string, readonly string[]>): estypes.QueryDslQueryContainer[] {
  return [...written].map(([file, ids]) => ({ bool: { filter: [{ term: { sourceFile: file } }], must_not: [{ ids: { values: [...ids] } }] } }));
}

/**
 * Deletes the documents of each file that are not among the ids the run wrote for it; call it after the run's
 * refresh. Search and bulk delete rather than `_delete_by_query`, which the integ-test-zip node lacks.
 */
export async function removeUnwritten(client: Client, names: IndexNames, written: ReadonlyMap<string, readonly string[]>): Promise<RemovedDocuments> {
  const removed: RemovedDocuments = { items: 0, meetings: 0 };
  const clauses = unwritten(written);
  const concrete = new Set<string>();
  for (let start = 0; start < clauses.length; start += FILES_PER_QUERY) {
    const query: estypes.QueryDslQueryContainer = { bool: { should: clauses.slice(start, start + FILES_PER_QUERY), minimum_should_match: 1 } };
    for (const kind of ['items', 'meetings'] as const) {
      for await (const page of client.helpers.scrollSearch({ index: names[kind], query, size: 1000, _source: false })) {
        const hits = page.body.hits.hits;
        if (hits.length === 0) continue;
        const result = await client.bulk({ operations: hits.map((hit) => ({ delete: { _index: hit._index, _id: hit._id! } })) });
        removed[kind] += result.items.filter((item) => item.delete?.result === 'deleted').length;
        for (const hit of hits) concrete.add(hit._index);
      }
    }
  }
  if (concrete.size > 0) await client.indices.refresh({ index: [...concrete] });
  return removed;
}
