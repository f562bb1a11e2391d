/**
 * The second corpus of the judged queries (`corpus: 'realworld'`): the real-world minutes of the parser's dev set,
 * test/fixtures/realworld/docs/006–041 (001–005 are the Greve meetings the demo corpus holds as JSON). Each corpus has
 * its own index, so the demo queries' judgments stay complete.
 */
import { fileURLToPath } from 'node:url';
import { DEMO_CORPUS_DIR } from '../../scripts/config.js';

const REALWORLD_DOCS = fileURLToPath(new URL('../fixtures/realworld/docs/', import.meta.url));
const FIRST_WEB_DOCUMENT = 6;
const LAST_WEB_DOCUMENT = 41;

export const REALWORLD_INPUTS: string[] = Array.from(
  { length: LAST_WEB_DOCUMENT - FIRST_WEB_DOCUMENT + 1 },
  (_, index) => `${REALWORLD_DOCS}${String(FIRST_WEB_DOCUMENT + index).padStart(3, '0')}.txt`,
);

/** What each judged corpus is ingested from. */
export const CORPUS_INPUTS = { demo: [DEMO_CORPUS_DIR], realworld: REALWORLD_INPUTS } as const;
