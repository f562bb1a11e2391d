type LineMatcher = string | RegExp;

/** The text of a demo file by its number prefix, e.g. "004". */
export { corpusText as corpusFile } from '../helpers/files.js';

/** The text of agenda item n: from its "Punkt n:" line up to the next "Punkt …:" line. */
export function agendaItem(fileText: string, n: number): string {
  return between(fileText, new RegExp(`^Punkt ${n}:`), /^Punkt \d+:/);
}

/**
 * The lines strictly between the first line matching `start` and the next line matching `end`
 * (to the end of the text without `end`). A string matches a line equal to it after trimming.
 */
export function between(text: string, start: LineMatcher, end?: LineMatcher): string {
  const lines = text.split('\n');
  const from = lines.findIndex((line) => matches(line, start));
  if (from < 0) throw new Error(`no line matching ${String(start)}`);
  const rest = lines.slice(from + 1);
  const to = end === undefined ? -1 : rest.findIndex((line) => matches(line, end));
  // Only blank lines are stripped: a leading tab marks an empty first table cell.
  return (to < 0 ? rest : rest.slice(0, to)).join('\n').replace(/^\s*\n|\n\s*$/g, '');
}

function matches(line: string, matcher: LineMatcher): boolean {
  return typeof matcher === 'string' ? line.trim() === matcher : matcher.test(line);
}
