/** Cell formatting shared by the evaluation's tables (GitHub-flavoured Markdown, so a note can quote them). */
import { markdownTable } from 'markdown-table';
import { shareOf, type Ratio } from './metrics.js';

export function table(header: string[], rows: string[][], align?: Array<'l' | 'r' | 'c'>): string {
  return markdownTable([header, ...rows].map((row) => row.map(cell)), { align });
}

/** One line, with the pipe escaped so it cannot split the cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
}

export function mark(right: boolean | null): string {
  return right === null ? '' : right ? '✓' : '✗';
}

/** "0.83" */
export function share(ratio: Ratio): string {
  const value = shareOf(ratio);
  return value === null ? '–' : value.toFixed(2);
}

/** "5/6", or "–" with nothing to count. */
export function fraction(ratio: Ratio): string {
  return ratio.total === 0 ? '–' : `${ratio.hits}/${ratio.total}`;
}
