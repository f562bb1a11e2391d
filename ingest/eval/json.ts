/** The evaluation as machine-readable JSON (`npm run eval -- --json`). */
import type { DocumentEvaluation, Evaluation } from './evaluate.js';
import { METRICS, shareOf, type Scores } from './metrics.js';
import { parsedItems } from './score.js';

function withShares(scores: Scores) {
  return Object.fromEntries(METRICS.map(({ id }) => [id, { ...scores[id], share: shareOf(scores[id]) }]));
}

function fileJson({ entry, path, meetings, error, score }: DocumentEvaluation) {
  return {
    file: entry.file,
    municipality: entry.municipality,
    parsed: path,
    error,
    meetings: meetings.length,
    layout: meetings[0]?.layout ?? null,
    confidence: meetings[0]?.confidence ?? null,
    scores: withShares(score.scores),
  };
}

export function evaluationJson(evaluation: Evaluation) {
  return {
    dir: evaluation.dir,
    documents: evaluation.documents.length,
    overall: withShares(evaluation.overall),
    files: evaluation.documents.map(fileJson),
  };
}

/** One document with its header facts, the item alignment and the amount differences. */
export function documentJson(document: DocumentEvaluation) {
  const items = parsedItems(document.meetings);
  const { header, rows, amounts } = document.score;
  return {
    ...fileJson(document),
    header,
    items: rows.map((row) => {
      const parsed = row.parsed === null ? null : items[row.parsed];
      return {
        key: row.key === null ? null : document.entry.items[row.key],
        parsed: parsed && { number: parsed.number, numbered: parsed.numbered, title: parsed.title, closed: parsed.closed },
        numberRight: row.numberRight,
        closedRight: row.closedRight,
      };
    }),
    amounts,
  };
}
