/** One document in detail: header facts, the item alignment side by side, and the amounts that differ. */
import type { AgendaItem } from '../model.js';
import type { DocumentEvaluation } from './evaluate.js';
import type { KeyItem } from './key.js';
import { locateTitles } from './locate.js';
import { STEP_LABELS } from './metrics.js';
import { parsedAmounts, parsedItems, type HeaderFactId, type ScoredRow } from './score.js';
import { fraction, mark, table } from './table.js';

const FACT_LABELS: Record<HeaderFactId, string> = { date: 'meeting date', municipality: 'municipality', body: 'body (as printed)', kind: 'kind' };

export function renderDetail(document: DocumentEvaluation): string {
  return [summary(document), headerSection(document), itemSection(document), amountSection(document)].join('\n\n');
}

function summary({ entry, path, meetings, error }: DocumentEvaluation): string {
  const first = meetings[0];
  const confidence = first?.confidence ? `${first.confidence.level} (${first.confidence.score.toFixed(2)}${first.confidence.reasons.map((reason) => `; ${reason}`).join('')})` : '–';
  const lines = [
    `# ${entry.file}: ${[entry.municipality, entry.body ?? '(no body)', entry.meeting_date ?? '(no date)', entry.kind].join(', ')}`,
    `parsed: ${path}`,
    error ? `ERROR: ${error}` : `→ ${meetings.length} meeting(s)${meetings.length > 1 ? ' (header from the first, items of all)' : ''}, layout ${first?.layout ?? '–'}, confidence ${confidence}`,
    `source: ${entry.source_url}`,
    `key note: ${entry.notes}`,
  ];
  return lines.join('\n');
}

function headerSection({ score }: DocumentEvaluation): string {
  const rows = score.header.map((fact) => [FACT_LABELS[fact.id], fact.expected ?? 'null', fact.parsed ?? 'null', mark(fact.right)]);
  return `## ${STEP_LABELS.header}\n\n${table(['fact', 'expected', 'parsed', ''], rows, ['l', 'l', 'l', 'c'])}`;
}

function itemSection({ entry, text, meetings, score }: DocumentEvaluation): string {
  const { scores, rows } = score;
  const items = parsedItems(meetings);
  const keyLines = locateTitles(text, entry.items);
  const heading =
    `## ${STEP_LABELS.titles}: recall ${fraction(scores.titleRecall)}, precision ${fraction(scores.titlePrecision)}` +
    ` · ${STEP_LABELS.items}: numbers ${fraction(scores.numbers)}, closed ${fraction(scores.closed)}`;
  const legend =
    'Rows in document order. "(n)": no number printed, n is the position. Titles as printed; they match when equal after ' +
    'normalisation. "lines": where the start of the key title stands in the parsed file.';
  const body = rows.map((row) => [...itemRow(row, entry.items, items), row.key === null ? '' : keyLines[row.key].join(', ')]);
  const columns = ['', 'key no.', 'key title', 'key closed', 'parsed no.', 'parsed title', 'parsed closed', 'no.', 'closed', 'lines'];
  return `${heading}\n\n${legend}\n\n${table(columns, body, ['l', 'r', 'l', 'c', 'r', 'l', 'c', 'c', 'c', 'l'])}`;
}

function itemRow(row: ScoredRow, keyItems: readonly KeyItem[], items: readonly AgendaItem[]): string[] {
  const expected = row.key === null ? null : keyItems[row.key];
  const parsed = row.parsed === null ? null : items[row.parsed];
  const status = expected && parsed ? '✓' : expected ? '✗ missed' : '✗ extra';
  const keyTitle = expected === null ? '' : expected.title === null ? '(no title printed)' : expected.title === '' ? '(number only)' : expected.title;
  return [
    status,
    expected === null ? '' : (expected.number?.toString() ?? 'null'),
    keyTitle,
    expected?.closed ? 'closed' : '',
    parsed === null ? '' : parsed.numbered === false ? `(${parsed.number})` : String(parsed.number),
    parsed?.title ?? '',
    parsed?.closed ? 'closed' : '',
    mark(row.numberRight),
    mark(row.closedRight),
  ];
}

function amountSection({ meetings, score }: DocumentEvaluation): string {
  const { scores, amounts } = score;
  const heading = `## amounts (${STEP_LABELS.items}): recall ${fraction(scores.amountRecall)}, precision ${fraction(scores.amountPrecision)}`;
  const missing = amounts.missing.length === 0 ? 'missed: none' : `missed (in the key, not parsed): ${amounts.missing.map(kroner).join(' · ')}`;
  if (amounts.extra.length === 0) return `${heading}\n\n${missing}\nextra: none`;
  const found = parsedAmounts(parsedItems(meetings));
  const extraRows = amounts.extra.map((index) => {
    const { amount, item } = found[index];
    return [String(item.number), kroner(amount.value), amount.text, shortened(amount.sentence)];
  });
  return `${heading}\n\n${missing}\nextra (parsed, not in the key):\n\n${table(['item', 'value', 'as printed', 'sentence'], extraRows, ['r', 'r', 'l', 'l'])}`;
}

const SENTENCE_CHARS = 140;

function shortened(text: string): string {
  return text.length > SENTENCE_CHARS ? `${text.slice(0, SENTENCE_CHARS - 1)}…` : text;
}

function kroner(value: number): string {
  return `${value.toLocaleString('da-DK')} kr.`;
}
