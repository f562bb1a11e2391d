import { PART_KEYS, SECTION_KEYS } from '../analyzers/index-settings.js';
import { compoundPartsAndWordCount } from '../analyzers/decompound.js';
import { ownCopy } from '../analyzers/word-chars.js';
import type { Config } from '../scripts/config.js';
import { hasClosedText, withoutClosedText } from './closed-items.js';
import { capItemText, DEFAULT_MAX_ITEM_TEXT_BYTES } from './item-size.js';
import type { AgendaItem, Meeting } from './model.js';

/** An agenda item as stored in the items index: the item plus its meeting's facts, denormalised. */
export interface ItemDocument extends Omit<AgendaItem, 'decisionText'> {
  id: string;
  meetingId: string;
  municipality: string | null;
  municipalityCode: string | null;
  body: string | null;
  bodyPrinted: Meeting['bodyPrinted'];
  kind: Meeting['kind'];
  date: string | null;
  year: number | null;
  startTime: string | null;
  location: string | null;
  layout: Meeting['layout'];
  sourceFile: string;
  /** Where the meeting's document was published, when known. */
  sourceUrl: string | null;
  parts: Partial<Record<(typeof PART_KEYS)[number], string>>;
  titleSuggest: { input: string[] };
  hasAmount: boolean;
  tokenCount: number;
}

/** What is known of a document's source file beyond its path, stamped on items and meetings alike. */
export interface SourceStamp {
  /** sha256 of the source file's text. */
  sourceHash: string;
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

/** Slugs of names, which every item of every meeting repeats (municipalities, bodies). */
const nameSlugs = new Map<string, string>();
const MAX_CACHED_SLUGS = 10_000;

function nameSlug(name: string): string {
  let found = nameSlugs.get(name);
  if (found === undefined) {
    if (nameSlugs.size >= MAX_CACHED_SLUGS) nameSlugs.clear();
    nameSlugs.set(ownCopy(name), (found = slug(name)));
  }
  return found;
}

/** Stable: the same meeting re-ingested gets the same id, so its documents are updated, never duplicated. */
export function meetingId(meeting: Pick<Meeting, 'municipality' | 'date' | 'body' | 'contentHash'>): string {
  return [
    nameSlug(meeting.municipality ?? 'ukendt'),
    meeting.date ?? meeting.contentHash.slice(0, 12),
    nameSlug(meeting.body ?? 'ukendt'),
  ].join('-');
}

export function itemId(meetingIdentifier: string, itemNumber: number): string {
  return `${meetingIdentifier}-${itemNumber}`;
}

/** The compound parts of the title and each section, and how many words they hold together. */
function partsAndTokenCount(item: AgendaItem): { parts: ItemDocument['parts']; tokenCount: number } {
  const parts: ItemDocument['parts'] = {};
  const title = compoundPartsAndWordCount(item.title);
  if (title.parts) parts.title = title.parts;
  let tokenCount = title.words;
  for (const key of SECTION_KEYS) {
    const text = item.sections[key];
    if (!text) continue;
    const found = compoundPartsAndWordCount(text);
    if (found.parts) parts[key] = found.parts;
    tokenCount += found.words;
  }
  return { parts, tokenCount };
}

/** What of an item enters the index (the settings INDEX_CLOSED_TEXT and MAX_ITEM_TEXT_BYTES). */
export interface ItemPolicy {
  /** Index the body of closed items too: every user of the instance can then read it. Off by default. */
  indexClosedText: boolean;
  maxItemTextBytes: number;
}

export const DEFAULT_ITEM_POLICY: ItemPolicy = { indexClosedText: false, maxItemTextBytes: DEFAULT_MAX_ITEM_TEXT_BYTES };

export function itemPolicyOf(config: Pick<Config, 'INDEX_CLOSED_TEXT' | 'MAX_ITEM_TEXT_BYTES'>): ItemPolicy {
  return { indexClosedText: config.INDEX_CLOSED_TEXT, maxItemTextBytes: config.MAX_ITEM_TEXT_BYTES };
}

export interface BuiltItemDocument {
  document: ItemDocument;
  /** A closed item's body was left out. */
  closedTextDropped: boolean;
  /** Section text cut off by the per-item cap, in UTF-8 bytes. */
  bytesDropped: number;
}

/** The item's document, after the policy: closed items reduced to what the public agenda shows, text capped. */
export function buildItemDocument(meeting: Meeting, item: AgendaItem, policy: ItemPolicy = DEFAULT_ITEM_POLICY): BuiltItemDocument {
  const keepsClosedText = policy.indexClosedText || !item.closed;
  const visible = keepsClosedText ? item : withoutClosedText(item);
  const { item: capped, bytesDropped } = capItemText(visible, policy.maxItemTextBytes);
  return { document: documentOf(meeting, capped), closedTextDropped: !keepsClosedText && hasClosedText(item), bytesDropped };
}

export function toItemDocument(meeting: Meeting, item: AgendaItem, policy: ItemPolicy = DEFAULT_ITEM_POLICY): ItemDocument {
  return buildItemDocument(meeting, item, policy).document;
}

function documentOf(meeting: Meeting, item: AgendaItem): ItemDocument {
  const id = meetingId(meeting);
  const { decisionText: _inBeslutningSection, ...fields } = item;
  // Set one by one on the copy: V8 builds a new literal with the spread many times slower for this many fields, and
  // Object.assign would turn the copy into a dictionary object, which JSON.stringify serialises slower.
  const document = fields as ItemDocument;
  document.id = itemId(id, item.number);
  document.meetingId = id;
  document.municipality = meeting.municipality;
  document.municipalityCode = meeting.municipalityCode;
  document.body = meeting.body;
  document.bodyPrinted = meeting.bodyPrinted;
  document.kind = meeting.kind;
  document.date = meeting.date;
  document.year = meeting.date ? Number(meeting.date.slice(0, 4)) : null;
  document.startTime = meeting.startTime;
  document.location = meeting.location;
  document.layout = meeting.layout;
  document.sourceFile = meeting.sourceFile;
  document.sourceUrl = meeting.sourceUrl ?? null;
  const { parts, tokenCount } = partsAndTokenCount(item);
  document.parts = parts;
  document.titleSuggest = { input: item.title ? [item.title] : [] };
  document.hasAmount = item.primaryAmount !== null;
  document.tokenCount = tokenCount;
  return document;
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
