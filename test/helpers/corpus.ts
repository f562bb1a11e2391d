import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toItemDocument, type ItemDocument } from '../../ingest/documents.js';
import type { IndexNames } from '../../ingest/index-names.js';
import type { Meeting } from '../../ingest/model.js';
import { parseMinutes } from '../../ingest/parse/index.js';
import { ingest, type IngestSummary } from '../../ingest/pipeline.js';
import { DEMO_CORPUS_DIR } from '../../scripts/config.js';
import { testClient } from './es.js';

export { DEMO_CORPUS_DIR };
/** Agenda items in the demo corpus. */
export const DEMO_CORPUS_ITEMS = 46;

/** Indexes the real demo corpus into a test file's own indices. */
export async function indexDemoCorpus(names: IndexNames): Promise<IngestSummary> {
  const client = testClient();
  try {
    return await ingest(client, names, [DEMO_CORPUS_DIR]);
  } finally {
    await client.close();
  }
}

/** An oracle for the API tests: the demo corpus's meetings, parsed directly (not read back from the index). */
export function corpusMeetings(): Meeting[] {
  return readdirSync(DEMO_CORPUS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => parseMinutes(readFileSync(join(DEMO_CORPUS_DIR, file), 'utf8'), file));
}

/** The items of those meetings, as the documents ingest stores. */
export function corpusDocuments(meetings: Meeting[] = corpusMeetings()): ItemDocument[] {
  return meetings.flatMap((meeting) => meeting.items.map((item) => toItemDocument(meeting, item)));
}
