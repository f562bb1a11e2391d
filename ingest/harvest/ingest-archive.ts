/**
 * Ingests the archived agendas not yet ingested (this run's and any an interrupted run left behind) through
 * the ordinary ingest pipeline, and records per agenda which version reached Elasticsearch; an agenda with a
 * rejected document stays pending for the next run.
 */
import { resolve } from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import type { IndexNames } from '../index-names.js';
import { ingest, type IngestOptions, type IngestSummary } from '../pipeline.js';
import type { Archive } from './archive.js';

export async function ingestArchive(client: Client, names: IndexNames, archive: Archive, options: IngestOptions = {}): Promise<IngestSummary | null> {
  const pending = archive.pendingIngest();
  if (pending.length === 0) return null;
  const idOfFile = new Map(pending.map((meeting) => [resolve(archive.agendaFile(meeting.id)), meeting.id]));
  const summary = await ingest(client, names, [...idOfFile.keys()], options);
  const rejected = new Set(summary.failures.map((failure) => resolve(failure.file)));
  for (const report of summary.files) {
    const id = idOfFile.get(resolve(report.file));
    if (id && report.status === 'indexed' && !rejected.has(resolve(report.file))) await archive.markIngested(id);
  }
  return summary;
}
