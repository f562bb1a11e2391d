/**
 * The second corpus of the judged queries (`corpus: 'realworld'`): the real-world minutes of the parser's dev set,
 * test/fixtures/realworld/docs/006–041 (001–005 are the Greve meetings the demo corpus holds as JSON). Each corpus has
 * its own index, so the demo queries' judgments stay complete.
 */
import { fileURLToPath } from 'node:url';
import type { Client } from '@elastic/elasticsearch';
import pino from 'pino';
import { createApp } from '../../api/app.js';
import type { IndexNames } from '../../ingest/index-names.js';
import { ingest, type IngestSummary } from '../../ingest/pipeline.js';
import { DEMO_CORPUS_DIR } from '../../scripts/config.js';
import type { CorpusApps } from './evaluate.js';
import type { JudgedCorpus } from './judged-queries.js';

const REALWORLD_DOCS = fileURLToPath(new URL('../fixtures/realworld/docs/', import.meta.url));
const FIRST_WEB_DOCUMENT = 6;
const LAST_WEB_DOCUMENT = 41;

export const REALWORLD_INPUTS: string[] = Array.from(
  { length: LAST_WEB_DOCUMENT - FIRST_WEB_DOCUMENT + 1 },
  (_, index) => `${REALWORLD_DOCS}${String(FIRST_WEB_DOCUMENT + index).padStart(3, '0')}.txt`,
);

/** What each judged corpus is ingested from. */
export const CORPUS_INPUTS = { demo: [DEMO_CORPUS_DIR], realworld: REALWORLD_INPUTS } as const;

/** Each judged corpus ingested into its own indices, and the API over each (for evaluateSearch). */
export async function indexJudgedCorpora(client: Client, namesOf: (corpus: JudgedCorpus) => IndexNames): Promise<{ apps: CorpusApps; names: IndexNames[]; summaries: IngestSummary[] }> {
  const corpora = (['demo', 'realworld'] as const).map((corpus) => ({ corpus, names: namesOf(corpus) }));
  const summaries: IngestSummary[] = [];
  for (const { corpus, names } of corpora) summaries.push(await ingest(client, names, [...CORPUS_INPUTS[corpus]]));
  const appOver = (index: number) => createApp({ client, names: corpora[index].names, logger: pino({ level: 'silent' }) });
  return { apps: { demo: appOver(0), realworld: appOver(1) }, names: corpora.map(({ names }) => names), summaries };
}
