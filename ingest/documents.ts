import { PART_KEYS, SECTION_KEYS } from '../analyzers/index-settings.js';
import { compoundParts } from '../analyzers/decompound.js';
import type { AgendaItem, Meeting } from './model.js';

/** An agenda item as stored in the items index: the item plus its meeting's facts, denormalised. */
export interface ItemDocument extends Omit<AgendaItem, 'decisionText'> {
  id: string;
  meetingId: string;
  municipality: string | null;
  municipalityCode: string | null;
  body: string | null;
  date: string | null;
  year: number | null;
  startTime: string | null;
  location: string | null;
  layout: Meeting['layout'];
  sourceFile: string;
  parts: Partial<Record<(typeof PART_KEYS)[number], string>>;
  titleSuggest: { input: string[] };
  hasAmount: boolean;
  tokenCount: number;
}

export interface MeetingDocument extends Omit<Meeting, 'items'> {
  id: string;
  year: number | null;
  itemCount: number;
}

/** Lowercase ASCII words joined by '-', Danish letters spelt out (æ → ae, ø → oe, å → aa). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Stable: the same meeting re-ingested gets the same id, so its documents are updated, never duplicated. */
export function meetingId(meeting: Pick<Meeting, 'municipality' | 'date' | 'body' | 'contentHash'>): string {
  return [
    slug(meeting.municipality ?? 'ukendt'),
    meeting.date ?? meeting.contentHash.slice(0, 12),
    slug(meeting.body ?? 'ukendt'),
  ].join('-');
}

export function itemId(meetingIdentifier: string, itemNumber: number): string {
  return `${meetingIdentifier}-${itemNumber}`;
}

const WORD = /[\p{L}\p{N}]+/gu;

function countTokens(texts: Array<string | undefined>): number {
  let count = 0;
  for (const text of texts) if (text) count += text.match(WORD)?.length ?? 0;
  return count;
}

function partsOf(item: AgendaItem): ItemDocument['parts'] {
  const parts: ItemDocument['parts'] = {};
  const title = compoundParts(item.title);
  if (title) parts.title = title;
  for (const key of SECTION_KEYS) {
    const text = item.sections[key];
    const found = text ? compoundParts(text) : '';
    if (found) parts[key] = found;
  }
  return parts;
}

export function toItemDocument(meeting: Meeting, item: AgendaItem): ItemDocument {
  const id = meetingId(meeting);
  const { decisionText: _inBeslutningSection, ...fields } = item;
  return {
    ...fields,
    id: itemId(id, item.number),
    meetingId: id,
    municipality: meeting.municipality,
    municipalityCode: meeting.municipalityCode,
    body: meeting.body,
    date: meeting.date,
    year: meeting.date ? Number(meeting.date.slice(0, 4)) : null,
    startTime: meeting.startTime,
    location: meeting.location,
    layout: meeting.layout,
    sourceFile: meeting.sourceFile,
    parts: partsOf(item),
    titleSuggest: { input: item.title ? [item.title] : [] },
    hasAmount: item.primaryAmount !== null,
    tokenCount: countTokens([item.title, ...Object.values(item.sections)]),
  };
}

export function toMeetingDocument(meeting: Meeting): MeetingDocument {
  const { items, ...facts } = meeting;
  return {
    ...facts,
    id: meetingId(meeting),
    year: meeting.date ? Number(meeting.date.slice(0, 4)) : null,
    itemCount: items.length,
  };
}
