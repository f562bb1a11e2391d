/** The overall and the per-file table of an evaluation. */
import type { DocumentEvaluation, Evaluation } from './evaluate.js';
import { METRICS, STEP_LABELS, TARGET, shareOf } from './metrics.js';
import { fraction, mark, share, table } from './table.js';

export function renderOverall(evaluation: Evaluation): string {
  const rows = METRICS.map(({ id, step, label }) => {
    const ratio = evaluation.overall[id];
    const value = shareOf(ratio);
    return [STEP_LABELS[step], label, share(ratio), `${ratio.hits} / ${ratio.total}`, value === null ? '' : mark(value >= TARGET)];
  });
  return table(['step', 'metric', 'score', 'hits / total', `≥ ${TARGET}`], rows, ['l', 'l', 'r', 'r', 'c']);
}

const FILE_COLUMNS = ['file', 'municipality', 'date', 'mun.', 'body', 'kind', 'titles R', 'titles P', 'numbers', 'closed', 'amounts R', 'amounts P', 'layout', 'confidence'];

export const FILE_TABLE_LEGEND =
  `Per file. ${STEP_LABELS.header}: date, mun., body, kind (✓/✗) · ${STEP_LABELS.titles}: titles R/P · ` +
  `${STEP_LABELS.items}: numbers, closed (of matched items), amounts R/P. Counts are hits/total.`;

export function renderFiles(documents: readonly DocumentEvaluation[]): string {
  return table(FILE_COLUMNS, documents.map(fileRow), ['l', 'l', 'c', 'c', 'c', 'c', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l']);
}

function fileRow({ entry, meetings, error, score }: DocumentEvaluation): string[] {
  const { scores } = score;
  const first = meetings[0];
  return [
    entry.file,
    entry.municipality,
    mark(scores.date.hits === 1),
    mark(scores.municipality.hits === 1),
    mark(scores.body.hits === 1),
    mark(scores.kind.hits === 1),
    fraction(scores.titleRecall),
    fraction(scores.titlePrecision),
    fraction(scores.numbers),
    fraction(scores.closed),
    fraction(scores.amountRecall),
    fraction(scores.amountPrecision),
    error ? 'error' : (first?.layout ?? '–'),
    first?.confidence?.level ?? '–',
  ];
}

/** The documents the reader could not read or parse, one line each. */
export function renderErrors(documents: readonly DocumentEvaluation[]): string {
  return documents.flatMap((document) => (document.error ? [`- ${document.error}`] : [])).join('\n');
}
