/** A read source file → its meetings: FirstAgenda JSON through its own reader, every other text through parseMinutes. */
import type { Meeting } from '../model.js';
import type { SourceText } from '../read.js';
import { readFirstAgenda } from './firstagenda.js';
import { parseMinutes, type ParseOptions } from './index.js';
import { withPdfPages } from './pdf-pages.js';

export function parseSource(source: SourceText, file: string, options: ParseOptions = {}): Meeting[] {
  const withAddress = { ...options, sourceUrl: options.sourceUrl ?? source.sourceUrl };
  if (source.format === 'firstagenda-json') return [readFirstAgenda(source.text, file, withAddress)];
  const meetings = parseMinutes(source.text, file, withAddress);
  return source.format === 'pdf' ? withPdfPages(source.text, meetings) : meetings;
}
