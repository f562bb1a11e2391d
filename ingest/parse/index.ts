/**
 * Minutes text → Meeting documents. A file normally holds one meeting; text with several
 * "REFERAT <body> d. dd-mm-yyyy" title lines is split there into one meeting each.
 * The three demo layouts keep their own rules; everything else goes to the general reader (generic/), and a text in
 * which no agenda structure is found becomes one item, or is refused when it does not read as minutes at all.
 */
import { createHash } from 'node:crypto';
import { enrichItem } from '../enrich.js';
import { canonicalBody } from '../../analyzers/bodies.js';
import type { AgendaItem, DemoLayoutId, DocumentKind, Meeting } from '../model.js';
import { readAgenda, type LayoutRules } from './agenda.js';
import { detectLayout } from './detect-layout.js';
import { isMeetingTitle, type MeetingHeader } from './header.js';
import { htk } from './htk.js';
import { buildItem } from './item.js';
import { kalundborg } from './kalundborg.js';
import { resolveMunicipality } from './municipality.js';
import { nordfyns } from './nordfyns.js';
import { CERTAIN, confidenceOf } from './generic/confidence.js';
import { readGeneric, type GenericReading } from './generic/read-generic.js';
import { readUnknown } from './unknown.js';

export interface ParseOptions {
  /** Used when neither the text nor a case number names the municipality: a name or a kommunekode. */
  municipality?: string;
  /** Where the document was published or fetched, when the caller knows. */
  sourceUrl?: string;
}

const RULES: Record<DemoLayoutId, LayoutRules> = { kalundborg, htk, nordfyns };
const LINE_BREAK = /\r\n|[\r\n\f]/;

export function parseMinutes(text: string, sourceFile: string, options: ParseOptions = {}): Meeting[] {
  const lines = text.split(LINE_BREAK);
  const starts = meetingStarts(lines);
  if (starts.length <= 1) return [parseMeeting(text, lines, 0, lines.length, sourceFile, options)];
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? lines.length;
    const from = index === 0 ? 0 : start;
    return parseMeeting(lines.slice(from, end).join('\n'), lines, from, end, sourceFile, options);
  });
}

function meetingStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (line.startsWith('REFERAT') && isMeetingTitle(line.trim())) starts.push(index);
  });
  return starts;
}

function parseMeeting(text: string, lines: readonly string[], start: number, end: number, sourceFile: string, options: ParseOptions): Meeting {
  const layout = detectLayout(lines, start, end);
  const contentHash = createHash('sha256').update(text).digest('hex');
  const sourceUrl = options.sourceUrl ?? null;
  if (layout !== 'unknown') {
    const { header, items } = readItems(lines, start, end, RULES[layout]);
    const municipality = resolveMunicipality(text, items, options.municipality, sourceUrl);
    const enriched = items.map(enrichItem);
    return {
      ...municipality,
      body: header.body,
      bodyPrinted: header.body,
      kind: enriched.some((item) => item.decisionText) ? 'referat' : 'dagsorden',
      date: header.date,
      layout,
      startTime: header.startTime,
      location: header.location,
      attendees: header.attendees,
      sourceFile,
      sourceUrl,
      contentHash,
      confidence: CERTAIN,
      items: enriched,
    };
  }
  const reading = readGeneric(text);
  if (reading.structure === 'none') return readWithoutStructure(text, lines, start, end, sourceFile, options, contentHash);
  const items = reading.items.map(enrichItem);
  const municipality = resolveMunicipality(text, items, options.municipality, sourceUrl);
  const { header } = reading;
  return {
    ...municipality,
    body: header.bodyPrinted ? canonicalBody(header.bodyPrinted) : null,
    bodyPrinted: header.bodyPrinted,
    kind: kindOf(reading, items),
    date: header.date,
    layout: 'generic',
    startTime: header.startTime,
    location: header.location,
    attendees: [],
    sourceFile,
    sourceUrl,
    contentHash,
    confidence: confidenceOf({
      structure: reading.structure,
      items: items.length,
      untitledItems: items.filter((item) => item.title.length === 0).length,
      tocBodyMismatches: reading.tocBodyMismatches,
      hasDate: header.date !== null,
      hasBody: header.bodyPrinted !== null,
      hasMunicipality: municipality.municipality !== null,
    }),
    items,
  };
}

/** Minutes record decisions; a document that records none and calls itself an agenda is one. */
function kindOf(reading: GenericReading, items: readonly AgendaItem[]): DocumentKind | null {
  if (reading.header.calledMinutes) return 'referat';
  if (items.some((item) => item.decisionText && item.decisionText.trim().length > 0)) return 'referat';
  if (reading.header.calledAgenda) return 'dagsorden';
  return reading.header.recordsMeeting ? 'referat' : null;
}

/**
 * Words of minutes and agendas. A text without agenda structure is still read (as one item) when these occur in it
 * at least once per CHARS_PER_MINUTES_WORD characters; a novel or a spreadsheet export is not minutes.
 */
const MINUTES_WORDS = /(?<!\p{L})(?:dagsorden\p{L}*|referat\p{L}*|beslutning\p{L}*|indstilling\p{L}*|sagsfremstilling|\p{L}*udvalg\p{L}*|byråd\p{L}*|kommunalbestyrelse\p{L}*|\p{L}*bevilling\p{L}*|kommun\p{L}*|budget\p{L}*|forvaltning\p{L}*|notat|sagsnr|sagsnummer|mødedato|mødested|mødetidspunkt|mødedeltagere)(?!\p{L})/giu;
const CHARS_PER_MINUTES_WORD = 20_000;
/** A line with this many field separators is a row of a spreadsheet export. */
const TABLE_ROW = /(?:[;\t,][^;\t,\n]*){3,}/;

function readsAsMinutes(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  if (lines.length > 0 && lines.filter((line) => TABLE_ROW.test(line)).length / lines.length > 0.5) return false;
  const words = text.match(MINUTES_WORDS)?.length ?? 0;
  return words >= Math.max(1, text.length / CHARS_PER_MINUTES_WORD);
}

export class NotMinutesError extends Error {
  readonly code = 'NOT_MINUTES';
  constructor(sourceFile: string) {
    super(`${sourceFile}: not meeting minutes or an agenda (no agenda items, no words of minutes); skipped`);
    this.name = 'NotMinutesError';
  }
}

function readWithoutStructure(
  text: string,
  lines: readonly string[],
  start: number,
  end: number,
  sourceFile: string,
  options: ParseOptions,
  contentHash: string,
): Meeting {
  if (!readsAsMinutes(text)) throw new NotMinutesError(sourceFile);
  const { header, items } = readUnknown(lines, start, end);
  const enriched = items.map((item) => ({ ...enrichItem(item), numbered: false }));
  const municipality = resolveMunicipality(text, enriched, options.municipality, options.sourceUrl ?? null);
  return {
    ...municipality,
    body: header.body ? canonicalBody(header.body) : null,
    bodyPrinted: header.body,
    kind: null,
    date: header.date,
    layout: 'unknown',
    startTime: header.startTime,
    location: header.location,
    attendees: header.attendees,
    sourceFile,
    sourceUrl: options.sourceUrl ?? null,
    contentHash,
    confidence: confidenceOf({
      structure: 'none',
      items: enriched.length,
      untitledItems: 0,
      tocBodyMismatches: 0,
      hasDate: header.date !== null,
      hasBody: header.body !== null,
      hasMunicipality: municipality.municipality !== null,
    }),
    items: enriched,
  };
}

function readItems(lines: readonly string[], start: number, end: number, rules: LayoutRules): { header: MeetingHeader; items: AgendaItem[] } {
  const agenda = readAgenda(lines, start, end, rules);
  const items = agenda.items.map((draft) => {
    const facts = rules.takePreamble(draft);
    return buildItem(draft, facts);
  });
  return { header: agenda.header, items };
}
