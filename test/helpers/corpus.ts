import { toItemDocument, type ItemDocument } from '../../ingest/documents.js';
import type { IndexNames } from '../../ingest/index-names.js';
import type { Meeting } from '../../ingest/model.js';
import { parseSource } from '../../ingest/parse/source.js';
import { ingest, type IngestSummary } from '../../ingest/pipeline.js';
import { expandInputs, readSource } from '../../ingest/read.js';
import { DEMO_CORPUS_DIR } from '../../scripts/config.js';
import { testClient } from './es.js';

export { DEMO_CORPUS_DIR };
/** Agenda items in the demo corpus: 46 in the five Direktionen minutes, 31 in the five Greve publications. */
export const DEMO_CORPUS_ITEMS = 77;

/** Indexes the real demo corpus into a test file's own indices. */
export async function indexDemoCorpus(names: IndexNames): Promise<IngestSummary> {
  const client = testClient();
  try {
    return await ingest(client, names, [DEMO_CORPUS_DIR]);
  } finally {
    await client.close();
  }
}

/** An oracle for the API tests: the demo corpus's meetings, read and parsed as ingest does (not read back from the index). */
export async function corpusMeetings(): Promise<Meeting[]> {
  const { files } = await expandInputs([DEMO_CORPUS_DIR]);
  const meetings: Meeting[] = [];
  for (const file of files) meetings.push(...parseSource(await readSource(file), file));
  return meetings;
}

/** The items of those meetings, as the documents ingest stores. */
export function corpusDocuments(meetings: Meeting[]): ItemDocument[] {
  return meetings.flatMap((meeting) => meeting.items.map((item) => toItemDocument(meeting, item)));
}
