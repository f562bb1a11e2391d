/**
 * Minutes text → Meeting documents. A file normally holds one meeting; text with several
 * "REFERAT <body> d. dd-mm-yyyy" title lines is split there into one meeting each.
 */
import { createHash } from 'node:crypto';
import { enrichItem } from '../enrich.js';
import type { AgendaItem, LayoutId, Meeting } from '../model.js';
import { readAgenda, type LayoutRules } from './agenda.js';
import { detectLayout } from './detect-layout.js';
import { isMeetingTitle, type MeetingHeader } from './header.js';
import { htk } from './htk.js';
import { buildItem } from './item.js';
import { kalundborg } from './kalundborg.js';
import { resolveMunicipality } from './municipality.js';
import { nordfyns } from './nordfyns.js';
import { readUnknown } from './unknown.js';

export interface ParseOptions {
  /** Used when neither the text nor a case number names the municipality: a name or a kommunekode. */
  municipality?: string;
}

const RULES: Record<Exclude<LayoutId, 'unknown'>, LayoutRules> = { kalundborg, htk, nordfyns };
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
  const { header, items } = layout === 'unknown' ? readUnknown(lines, start, end) : readItems(lines, start, end, RULES[layout]);
  const municipality = resolveMunicipality(text, items, options.municipality);
  return {
    municipality: municipality.municipality,
    body: header.body,
    date: header.date,
    layout,
    municipalityCode: municipality.municipalityCode,
    municipalitySource: municipality.municipalitySource,
    startTime: header.startTime,
    location: header.location,
    attendees: header.attendees,
    sourceFile,
    contentHash: createHash('sha256').update(text).digest('hex'),
    items: items.map(enrichItem),
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
