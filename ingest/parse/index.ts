/**
 * Minutes text → Meeting documents. A file normally holds one meeting; text with several
 * "REFERAT <body> d. dd-mm-yyyy" title lines is split there into one meeting each.
 * The three demo layouts keep their own rules; everything else goes to the general reader (generic/), and a text in
 * which no agenda structure is found becomes one item, or is refused when it does not read as minutes at all.
 */
import { sha256Hex } from '../content-hash.js';
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
import { readGeneric, type GenericReading, type Structure } from './generic/read-generic.js';
import { readUnknown } from './unknown.js';

export interface ParseOptions {
  /** Used when neither the text nor a case number names the municipality: a name or a kommunekode. */
  municipality?: string;
  /** Where the document was published or fetched, when the caller knows. */
  sourceUrl?: string;
  /** sha256Hex of the whole text, when the caller has it: a meeting that is the whole text reuses it as its contentHash. */
  textHash?: string;
}

const RULES: Record<DemoLayoutId, LayoutRules> = { kalundborg, htk, nordfyns };
const LINE_BREAK = /\r\n|[\r\n\f]/;

function splitAtLineBreaks(text: string): string[] {
  return text.includes('\r') || text.includes('\f') ? text.split(LINE_BREAK) : text.split('\n');
}

export function parseMinutes(text: string, sourceFile: string, options: ParseOptions = {}): Meeting[] {
  const lines = splitAtLineBreaks(text);
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

/** One meeting's text, where it came from, and the caller's options. */
interface MeetingSource {
  text: string;
  lines: readonly string[];
  start: number;
  end: number;
  sourceFile: string;
  options: ParseOptions;
}

/** What a reader found; `assemble` adds what every meeting carries (municipality, provenance, confidence). */
interface Reading {
  layout: Meeting['layout'];
  bodyPrinted: string | null;
  /** The body's canonical name; the printed name is canonicalised when this is left out. */
  body?: string | null;
  kind: DocumentKind | null;
  header: Pick<Meeting, 'date' | 'startTime' | 'location' | 'attendees'>;
  items: AgendaItem[];
  /** How the items were found, for the confidence; demo layouts and their fixed rules are certain. */
  structure: Structure | 'layout';
  tocBodyMismatches?: number;
}

function parseMeeting(text: string, lines: readonly string[], start: number, end: number, sourceFile: string, options: ParseOptions): Meeting {
  const source: MeetingSource = { text, lines, start, end, sourceFile, options };
  const layout = detectLayout(lines, start, end);
  if (layout !== 'unknown') return assemble(source, readDemoLayout(source, layout));
  const reading = readGeneric(text);
  if (reading.structure !== 'none') return assemble(source, fromGeneric(reading));
  if (!readsAsMinutes(text)) throw new NotMinutesError(sourceFile);
  return assemble(source, readWithoutStructure(source));
}

function assemble(source: MeetingSource, reading: Reading): Meeting {
  const sourceUrl = source.options.sourceUrl ?? null;
  const municipality = resolveMunicipality(source.text, reading.items, source.options.municipality, sourceUrl);
  const confidence =
    reading.structure === 'layout'
      ? CERTAIN
      : confidenceOf({
          structure: reading.structure,
          items: reading.items.length,
          untitledItems: reading.structure === 'none' ? 0 : reading.items.filter((item) => item.title.length === 0).length,
          tocBodyMismatches: reading.tocBodyMismatches ?? 0,
          hasDate: reading.header.date !== null,
          hasBody: reading.bodyPrinted !== null,
          hasMunicipality: municipality.municipality !== null,
        });
  return {
    ...municipality,
    body: reading.body !== undefined ? reading.body : reading.bodyPrinted ? canonicalBody(reading.bodyPrinted) : null,
    bodyPrinted: reading.bodyPrinted,
    kind: reading.kind,
    date: reading.header.date,
    layout: reading.layout,
    startTime: reading.header.startTime,
    location: reading.header.location,
    attendees: reading.header.attendees,
    sourceFile: source.sourceFile,
    sourceUrl,
    contentHash: contentHashOf(source),
    confidence,
    items: reading.items,
  };
}

function contentHashOf(source: MeetingSource): string {
  const wholeText = source.start === 0 && source.end === source.lines.length;
  return (wholeText && source.options.textHash) || sha256Hex(source.text);
}

/** The three demo layouts: their own rules, the body as they print it (their expectations predate canonical names). */
function readDemoLayout(source: MeetingSource, layout: DemoLayoutId): Reading {
  const { header, items } = readItems(source.lines, source.start, source.end, RULES[layout]);
  const enriched = items.map(enrichItem);
  return {
    layout,
    bodyPrinted: header.body,
    body: header.body,
    kind: enriched.some((item) => item.decisionText) ? 'referat' : 'dagsorden',
    header,
    items: enriched,
    structure: 'layout',
  };
}

function fromGeneric(reading: GenericReading): Reading {
  const items = reading.items.map(enrichItem);
  const { header } = reading;
  return {
    layout: 'generic',
    bodyPrinted: header.bodyPrinted,
    kind: kindOf(reading, items),
    header: { ...header, attendees: [] },
    items,
    structure: reading.structure,
    tocBodyMismatches: reading.tocBodyMismatches,
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

/** No agenda structure found: one item holding the text, the header facts where the usual header lines stand. */
function readWithoutStructure(source: MeetingSource): Reading {
  const { header, items } = readUnknown(source.lines, source.start, source.end);
  return {
    layout: 'unknown',
    bodyPrinted: header.body,
    kind: null,
    header,
    items: items.map((item) => ({ ...enrichItem(item), numbered: false })),
    structure: 'none',
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
