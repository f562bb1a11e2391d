import type { Client } from '@elastic/elasticsearch';
import { bulkIndex, DEFAULT_BULK_TUNING, type BulkTuning, type DocumentFailure, type PendingDocument } from './bulk-index.js';
import { meetingId, toItemDocument, toMeetingDocument } from './documents.js';
import type { IndexNames } from './index-names.js';
import { ensureIndices, setRefreshInterval } from './indices.js';
import type { Meeting } from './model.js';
import { parseMinutes } from './parse/index.js';
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
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary {
  files: FileReport[];
  meetings: number;
  items: number;
  failures: Array<DocumentFailure & { file: string }>;
  bytes: number;
  elapsedMs: number;
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    return `${String(error.code)}: ${String(error.message)}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function* documentsOf(meeting: Meeting, names: IndexNames): Generator<PendingDocument> {
  const meetingDocument = toMeetingDocument(meeting);
  yield { index: names.meetings, id: meetingDocument.id, source: meetingDocument };
  for (const item of meeting.items) {
    const itemDocument = toItemDocument(meeting, item);
    yield { index: names.items, id: itemDocument.id, source: itemDocument };
  }
}

/**
 * Reads, parses and indexes files, directories and globs. A file that cannot be read or parsed is reported
 * by name and skipped; every other file is still indexed.
 */
export async function ingest(client: Client, names: IndexNames, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const { files, missing } = await expandInputs(inputs);
  const reports: FileReport[] = missing.map((path) => ({ file: path, status: 'failed', meetings: 0, items: 0, bytes: 0, error: 'NOT_FOUND: no such file or directory' }));
  const fileOfMeeting = new Map<string, string>();
  const progress: IngestProgress = { filesDone: 0, filesTotal: files.length, items: 0, bytes: 0, elapsedMs: 0, currentFile: '' };

  async function* documents(): AsyncGenerator<PendingDocument> {
    for (const file of files) {
      progress.currentFile = file;
      const report: FileReport = { file, status: 'indexed', meetings: 0, items: 0, bytes: 0 };
      let meetings: Meeting[] = [];
      try {
        const source = await readSource(file);
        report.bytes = Buffer.byteLength(source.text);
        meetings = parseMinutes(source.text, file, { municipality: options.municipality });
      } catch (error) {
        Object.assign(report, { status: 'failed', error: describeError(error) });
      }
      reports.push(report);
      for (const meeting of meetings) {
        fileOfMeeting.set(meetingId(meeting), file);
        report.meetings += 1;
        report.items += meeting.items.length;
        report.layout = meeting.layout;
        yield* documentsOf(meeting, names);
      }
      progress.filesDone += 1;
      progress.items += report.items;
      progress.bytes += report.bytes;
      progress.elapsedMs = performance.now() - started;
      options.onProgress?.({ ...progress });
    }
  }

  await ensureIndices(client, names);
  await setRefreshInterval(client, names, '-1');
  let result;
  try {
    result = await bulkIndex(client, documents(), options.tuning ?? DEFAULT_BULK_TUNING);
  } finally {
    await setRefreshInterval(client, names, null);
  }
  await client.indices.refresh({ index: [names.items, names.meetings] });

  const failures = result.failures.map((failure) => ({
    ...failure,
    file: fileOfMeeting.get(failure.id) ?? fileOfMeeting.get(failure.id.replace(/-\d+$/, '')) ?? '?',
  }));
  return {
    files: reports,
    meetings: reports.reduce((sum, report) => sum + report.meetings, 0),
    items: reports.reduce((sum, report) => sum + report.items, 0),
    failures,
    bytes: progress.bytes,
    elapsedMs: performance.now() - started,
  };
}
