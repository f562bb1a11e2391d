import type { Client } from '@elastic/elasticsearch';

/** A document bound for one index. */
export interface PendingDocument {
  index: string;
  id: string;
  source: object;
}

export interface DocumentFailure {
  id: string;
  index: string;
  reason: string;
}

export interface BulkTuning {
  flushBytes: number;
  concurrency: number;
}

/** From the benchmark's sweep on 2 cores (bench/results): 5 MB × 4 was the fastest, 5 MB × 2 about 20 % slower. */
export const DEFAULT_BULK_TUNING: BulkTuning = { flushBytes: 5_000_000, concurrency: 4 };

export interface BulkResult {
  indexed: number;
  failures: DocumentFailure[];
  bytes: number;
}

/**
 * Streams documents into Elasticsearch with the client's bulk helper. A failed document is reported by id
 * (the caller knows which file and item that is) instead of aborting the run.
 */
export async function bulkIndex(
  client: Client,
  documents: AsyncIterable<PendingDocument>,
  tuning: BulkTuning = DEFAULT_BULK_TUNING,
): Promise<BulkResult> {
  const target = new WeakMap<object, PendingDocument>();
  const failures: DocumentFailure[] = [];
  async function* sources() {
    for await (const document of documents) {
      target.set(document.source, document);
      yield document.source;
    }
  }
  const stats = await client.helpers.bulk<object>({
    datasource: sources(),
    flushBytes: tuning.flushBytes,
    concurrency: tuning.concurrency,
    retries: 2,
    onDocument(source) {
      const document = target.get(source)!;
      return { index: { _index: document.index, _id: document.id } };
    },
    onDrop(dropped) {
      const action = (dropped.operation as { index?: { _id?: string; _index?: string } }).index;
      failures.push({
        id: action?._id ?? '?',
        index: action?._index ?? '?',
        reason: `${dropped.error?.type ?? `status ${dropped.status}`}: ${dropped.error?.reason ?? 'unknown'}`,
      });
    },
  });
  return { indexed: stats.successful, failures, bytes: stats.bytes };
}
