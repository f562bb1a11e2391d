/**
 * Scores the reader against a hand-checked key (issue 9), without Elasticsearch:
 *   npm run eval [-- --file NNN] [--json] [--dir <folder with key.json and docs/>]
 * The default folder is the real-world dev set in test/fixtures/realworld/.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '../../scripts/run-main.js';
import { DEV_SET_DIR, evaluate, type DocumentEvaluation, type Evaluation } from './evaluate.js';
import { documentJson, evaluationJson } from './json.js';
import { FILE_TABLE_LEGEND, renderErrors, renderFiles, renderOverall } from './render.js';
import { renderDetail } from './render-detail.js';

const USAGE = 'usage: npm run eval [-- --file NNN] [--json] [--dir <folder with key.json and docs/>]';

async function main(): Promise<void> {
  // `npm run eval -- search`: the search relevance evaluation (test/relevance/, docs/relevance.md).
  if (process.argv[2] === 'search') return (await import('../../test/relevance/cli.js')).runSearchEval();
  const { values, positionals } = parseArgs({
    options: { file: { type: 'string' }, json: { type: 'boolean', default: false }, dir: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"; ${USAGE}`);
  const evaluation = await evaluate(values.dir === undefined ? DEV_SET_DIR : resolve(values.dir));

  if (values.file !== undefined) {
    const document = findDocument(evaluation, values.file);
    print(values.json ? JSON.stringify(documentJson(document), null, 2) : renderDetail(document));
  } else if (values.json) {
    print(JSON.stringify(evaluationJson(evaluation), null, 2));
  } else {
    print(summary(evaluation));
  }
}

function summary(evaluation: Evaluation): string {
  const errors = renderErrors(evaluation.documents);
  return [
    `Reader evaluated on ${evaluation.dir}: ${evaluation.documents.length} documents`,
    FILE_TABLE_LEGEND,
    renderFiles(evaluation.documents),
    ...(errors ? ['Not read or not parsed:', errors] : []),
    'Overall (micro-average: items and amounts summed over all files; header facts as a share of documents):',
    renderOverall(evaluation),
  ].join('\n\n');
}

/** "007", "007.txt" or "7" for the key entry 007.txt. */
function findDocument(evaluation: Evaluation, name: string): DocumentEvaluation {
  const stem = (file: string) => file.replace(/\.[^.]*$/, '');
  const wanted = stem(name);
  const found = evaluation.documents.find(({ entry }) => stem(entry.file) === wanted || (/^\d+$/.test(wanted) && Number(stem(entry.file)) === Number(wanted)));
  if (!found) throw new Error(`no key entry for "${name}" in ${evaluation.dir}; files: ${evaluation.documents.map(({ entry }) => entry.file).join(', ')}`);
  return found;
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

runMain(main);
