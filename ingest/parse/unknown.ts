/**
 * Minutes in a layout we do not know: one item, number 1, titled by the first non-empty line, with all
 * the text in `sagsfremstilling`; header facts are still read where the usual header lines occur.
 */
import type { AgendaItem } from '../model.js';
import { emptyCaseFacts } from './case-facts.js';
import { emptyHeader, readHeaderLine, type MeetingHeader } from './header.js';
import { buildItem } from './item.js';

/** The header, when there is one, sits at the top. */
const HEADER_REACH = 40;

export function readUnknown(lines: readonly string[], start: number, end: number): { header: MeetingHeader; items: AgendaItem[] } {
  const header = emptyHeader();
  let title = '';
  const body: string[] = [];
  for (let index = start; index < end; index++) {
    const line = lines[index].trimEnd();
    if (index - start < HEADER_REACH) readHeaderLine(header, line.trimStart());
    if (title === '' && line.trim().length > 0) title = line.trim();
    body.push(line);
  }
  const item = buildItem(
    { number: 1, printedTitle: title, blocks: [{ heading: null, headingLine: '', lines: body }] },
    emptyCaseFacts(),
  );
  return { header, items: [{ ...item, closed: false, title }] };
}
