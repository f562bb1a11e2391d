import type { Client } from '@elastic/elasticsearch';
import { bulkIndex, DEFAULT_BULK_TUNING, type BulkTuning, type DocumentFailure, type PendingDocument } from './bulk-index.js';
import { sha256Hex } from './content-hash.js';
import { buildItemDocument, DEFAULT_ITEM_POLICY, meetingId, toMeetingDocument, type ItemPolicy, type SourceStamp } from './documents.js';
import type { IndexNames } from './index-names.js';
import { createStagingIndices, dropIndices, ensureIndices, promoteIndices, setRefreshInterval } from './indices.js';
import { holdsDocuments, removeUnwritten, type RemovedDocuments } from './mirror.js';
import type { Meeting, ParseConfidence } from './model.js';
import { parseSource } from './parse/source.js';
import { expandInputs, readSource } from './read.js';

export interface FileReport {
  file: string;
  status: 'indexed' | 'failed';
  meetings: number;
  items: number;
  bytes: number;
  layout?: string;
  /** Why the file was skipped, e.g. "EMPTY_FILE: the file is empty". */
  error?: string;
  /** What was repaired while reading, e.g. "NUL_REMOVED: 1 NUL byte removed". */
  notes?: string[];
  /** How sure the reader is of the file's structure: its least certain meeting. */
  confidence?: ParseConfidence;
}

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  items: number;
  bytes: number;
  elapsedMs: number;
  currentFile: string;
}

export interface IngestOptions {
  /** Municipality for files where neither the text nor the case numbers tell. */
  municipality?: string;
  tuning?: BulkTuning;
  /** Closed items' text and the per-item text cap (INDEX_CLOSED_TEXT, MAX_ITEM_TEXT_BYTES). */
  itemPolicy?: ItemPolicy;
  /** Build new indices from these files only and swap the aliases to them at the end (`--reset`). */
  reset?: boolean;
  onProgress?: (progress: IngestProgress) => void;
}

export interface TruncatedItem {
  file: string;
  id: string;
  bytesDropped: number;
}

export interface IngestSummary {
  files: FileReport[];
  meetings: number;
  items: number;
  failures: Array<DocumentFailure & { file: string }>;
  /** Closed items whose body text was left out of the index. */
  closedTextDropped: number;
  /** Items cut to the per-item text cap. */
  truncated: TruncatedItem[];
  /** Documents of earlier runs that the ingested files no longer yield, deleted. */
  removed: RemovedDocuments;
  /** Symlinks that loop (ELOOP), each once; the files behind them were read once. */
  symlinkLoops: string[];
  bytes: number;
  elapsedMs: number;
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    return `${String(error.code)}: ${String(error.message)}`;
  }
  return error instanceof Error ? error.message : String(error);
}

interface FileContext {
  target: IndexNames;
  file: string;
  stamp: SourceStamp;
  policy: ItemPolicy;
  /** Ids of the documents written for the file; null when nothing can be left over to remove (empty indices). */
  written: string[] | null;
  summary: Pick<IngestSummary, 'closedTextDropped' | 'truncated'>;
}

function* documentsOf(meeting: Meeting, context: FileContext): Generator<PendingDocument> {
  const meetingDocument = toMeetingDocument(meeting);
  context.written?.push(meetingDocument.id);
  // The documents are stamped in place: spreading them into new objects is slow in V8 for this many fields.
  yield { index: context.target.meetings, id: meetingDocument.id, source: Object.assign(meetingDocument, context.stamp) };
  for (const item of meeting.items) {
    const { document, closedTextDropped, bytesDropped } = buildItemDocument(meeting, item, context.policy);
    if (closedTextDropped) context.summary.closedTextDropped += 1;
    if (bytesDropped > 0) context.summary.truncated.push({ file: context.file, id: document.id, bytesDropped });
    context.written?.push(document.id);
    yield { index: context.target.items, id: document.id, source: Object.assign(document, context.stamp) };
  }
}

/**
 * Reads, parses and indexes files, directories and globs. A file that cannot be read or parsed is reported
 * by name and skipped; every other file is still indexed.
 */
export async function ingest(client: Client, names: IndexNames, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const { files, missing, loops } = await expandInputs(inputs);
  const reports: FileReport[] = missing.map((path) => ({ file: path, status: 'failed', meetings: 0, items: 0, bytes: 0, error: 'NOT_FOUND: no such file or directory' }));
  const fileOfMeeting = new Map<string, string>();
  const progress: IngestProgress = { filesDone: 0, filesTotal: files.length, items: 0, bytes: 0, elapsedMs: 0, currentFile: '' };
  const tallies: FileContext['summary'] = { closedTextDropped: 0, truncated: [] };
  const writtenByFile = new Map<string, string[]>();
  const policy = options.itemPolicy ?? DEFAULT_ITEM_POLICY;
  const target = options.reset ? await createStagingIndices(client, names) : names;

  async function* documents(): AsyncGenerator<PendingDocument> {
    for (const file of files) {
      progress.currentFile = file;
      const report: FileReport = { file, status: 'indexed', meetings: 0, items: 0, bytes: 0 };
      let meetings: Meeting[] = [];
      let sourceHash = '';
      try {
        const source = await readSource(file);
        report.bytes = Buffer.byteLength(source.text);
        if (source.notes?.length) report.notes = source.notes;
        sourceHash = sha256Hex(source.text);
        meetings = parseSource(source, file, { municipality: options.municipality, textHash: sourceHash });
      } catch (error) {
        Object.assign(report, { status: 'failed', error: describeError(error) });
      }
      reports.push(report);
      // A file that yields nothing (it failed, or parses to no meeting) keeps what it had indexed before.
      const written: string[] | null = mirror ? [] : null;
      if (written && meetings.length > 0) writtenByFile.set(file, written);
      for (const meeting of meetings) {
        fileOfMeeting.set(meetingId(meeting), file);
        report.meetings += 1;
        report.items += meeting.items.length;
        report.layout = meeting.layout;
        if (!report.confidence || meeting.confidence.score < report.confidence.score) report.confidence = meeting.confidence;
        yield* documentsOf(meeting, { target, file, stamp: { sourceHash }, policy, written, summary: tallies });
      }
      progress.filesDone += 1;
      progress.items += report.items;
      progress.bytes += report.bytes;
      progress.elapsedMs = performance.now() - started;
      options.onProgress?.({ ...progress });
    }
  }

  if (!options.reset) await ensureIndices(client, names);
  // Only documents of an earlier run can be left over, so a run into empty indices has nothing to mirror.
  const mirror = !options.reset && (await holdsDocuments(client, names));
  let result;
  try {
    await setRefreshInterval(client, target, '-1');
    try {
      result = await bulkIndex(client, documents(), options.tuning ?? DEFAULT_BULK_TUNING);
    } finally {
      await setRefreshInterval(client, target, null);
    }
    await client.indices.refresh({ index: [target.items, target.meetings] });
  } catch (error) {
    if (options.reset) await dropIndices(client, target);
    throw error;
  }

  const failures = result.failures.map((failure) => ({
    ...failure,
    file: fileOfMeeting.get(failure.id) ?? fileOfMeeting.get(failure.id.replace(/-\d+$/, '')) ?? '?',
  }));
  const meetings = reports.reduce((sum, report) => sum + report.meetings, 0);
  let removed: RemovedDocuments = { items: 0, meetings: 0 };
  if (options.reset) {
    // A reset whose files all failed keeps the old indices: nothing is lost to bad input.
    if (meetings > 0) await promoteIndices(client, names, target);
    else await dropIndices(client, target);
  } else if (mirror) {
    for (const failure of failures) writtenByFile.delete(failure.file);
    removed = await removeUnwritten(client, names, writtenByFile);
  }
  return {
    files: reports,
    meetings,
    items: reports.reduce((sum, report) => sum + report.items, 0),
    failures,
    ...tallies,
    removed,
    symlinkLoops: loops,
    bytes: progress.bytes,
    elapsedMs: performance.now() - started,
  };
}
