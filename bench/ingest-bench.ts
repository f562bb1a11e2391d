/**
 * Ingest measurements:
 * - parse + enrich without Elasticsearch (read, parseSource, toItemDocument/toMeetingDocument timed apart),
 *   writing the prepared documents to an NDJSON file on the side (not timed);
 * - the raw baseline: helpers.bulk of those prepared documents into fresh indices with the same settings.
 */
import type { Client } from '@elastic/elasticsearch';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { BulkTuning } from '../ingest/bulk-index.js';
import { toItemDocument, toMeetingDocument } from '../ingest/documents.js';
import type { IndexNames } from '../ingest/index-names.js';
import { deleteIndices, ensureIndices, setRefreshInterval } from '../ingest/indices.js';
import { parseSource } from '../ingest/parse/source.js';
import { expandInputs, readSource, type SourceText } from '../ingest/read.js';

export interface ParseBenchResult {
  files: number;
  meetings: number;
  items: number;
  bytes: number;
  unknownLayouts: number;
  failedFiles: number;
  readMs: number;
  parseMs: number;
  documentsMs: number;
  /** JSON.stringify of the documents (the bulk helper's serialisation). */
  serializeMs: number;
  /** Parse + enrich (parseSource) alone. */
  parseMBps: number;
  parseItemsPerSec: number;
  /** Read + parse + enrich + building and serialising the index documents: the work ingest does per file. */
  prepareMBps: number;
  prepareItemsPerSec: number;
  itemDocs: number;
  meetingDocs: number;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function benchParse(filesDir: string, ndjsonPath: string, onProgress?: (items: number) => void): Promise<ParseBenchResult> {
  const { files } = await expandInputs([filesDir]);
  const out = createWriteStream(ndjsonPath);
  const result = { files: files.length, meetings: 0, items: 0, bytes: 0, unknownLayouts: 0, failedFiles: 0, readMs: 0, parseMs: 0, documentsMs: 0, serializeMs: 0, itemDocs: 0, meetingDocs: 0 };
  for (const file of files) {
    let t = performance.now();
    let source: SourceText;
    try {
      source = await readSource(file);
    } catch {
      result.failedFiles++;
      continue;
    }
    result.readMs += performance.now() - t;
    result.bytes += Buffer.byteLength(source.text);

    t = performance.now();
    const meetings = parseSource(source, file);
    result.parseMs += performance.now() - t;

    t = performance.now();
    const documents: Array<{ i: 'm' | 'i'; document: { id: string } }> = [];
    for (const meeting of meetings) {
      documents.push({ i: 'm', document: toMeetingDocument(meeting) });
      for (const item of meeting.items) documents.push({ i: 'i', document: toItemDocument(meeting, item) });
    }
    result.documentsMs += performance.now() - t;

    t = performance.now();
    const lines = documents.map(({ document }) => JSON.stringify(document));
    result.serializeMs += performance.now() - t;
    documents.forEach(({ i, document }, index) => (lines[index] = `${JSON.stringify({ i, id: document.id })}\n${lines[index]}`));

    for (const meeting of meetings) {
      result.meetings++;
      result.items += meeting.items.length;
      if (meeting.layout === 'unknown') result.unknownLayouts++;
    }
    result.meetingDocs += meetings.length;
    result.itemDocs += meetings.reduce((sum, meeting) => sum + meeting.items.length, 0);
    await write(out, `${lines.join('\n')}\n`);
    if (result.meetings % 1000 === 0) onProgress?.(result.items);
  }
  out.end();
  await once(out, 'finish');
  const mb = result.bytes / 1e6;
  const prepareMs = result.readMs + result.parseMs + result.documentsMs + result.serializeMs;
  return {
    ...result,
    parseMBps: round2((mb * 1000) / result.parseMs),
    parseItemsPerSec: Math.round((result.items * 1000) / result.parseMs),
    prepareMBps: round2((mb * 1000) / prepareMs),
    prepareItemsPerSec: Math.round((result.items * 1000) / prepareMs),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

interface Prepared {
  index: string;
  id: string;
  /** The document's JSON, sent as is. */
  source: string;
  item: boolean;
}

async function* preparedDocuments(ndjsonPath: string, names: IndexNames, limit = Infinity): AsyncGenerator<Prepared> {
  const lines = createInterface({ input: createReadStream(ndjsonPath), crlfDelay: Infinity });
  let meta: { i: 'm' | 'i'; id: string } | null = null;
  let count = 0;
  for await (const line of lines) {
    if (meta === null) {
      meta = JSON.parse(line) as { i: 'm' | 'i'; id: string };
      continue;
    }
    if (count++ >= limit) break;
    yield { index: meta.i === 'i' ? names.items : names.meetings, id: meta.id, source: line, item: meta.i === 'i' };
    meta = null;
  }
  lines.close();
}

export interface RawBulkResult {
  items: number;
  documents: number;
  failed: number;
  elapsedMs: number;
  itemsPerSec: number;
}

/**
 * helpers.bulk of the prepared documents into fresh indices (same settings and mappings as ingest), refresh
 * off during the load and restored after, with a final refresh, as ingest does.
 */
export async function rawBulk(
  client: Client,
  names: IndexNames,
  ndjsonPath: string,
  tuning: BulkTuning,
  limitDocuments = Infinity,
  onProgress?: (items: number, elapsedMs: number) => void,
): Promise<RawBulkResult> {
  await deleteIndices(client, names);
  await ensureIndices(client, names);
  let items = 0;
  let failed = 0;
  const started = performance.now();
  await setRefreshInterval(client, names, '-1');
  try {
    const stats = await client.helpers.bulk<Prepared>({
      datasource: preparedDocuments(ndjsonPath, names, limitDocuments),
      flushBytes: tuning.flushBytes,
      concurrency: tuning.concurrency,
      retries: 2,
      onDocument(document) {
        if (document.item && ++items % 50_000 === 0) onProgress?.(items, performance.now() - started);
        return [{ index: { _index: document.index, _id: document.id } }, document.source as unknown as Prepared];
      },
      onDrop() {
        failed++;
      },
    });
    await setRefreshInterval(client, names, null);
    await client.indices.refresh({ index: [names.items, names.meetings] });
    const elapsedMs = performance.now() - started;
    return { items, documents: stats.successful, failed, elapsedMs, itemsPerSec: Math.round((items * 1000) / elapsedMs) };
  } catch (error) {
    await setRefreshInterval(client, names, null).catch(() => {});
    throw error;
  }
}
