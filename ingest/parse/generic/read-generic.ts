/**
 * The general minutes reader: a pipeline of small steps, each scored by `npm run eval`.
 *   1. clean the text (clean.ts)
 *   2. find the tables of contents (toc.ts)
 *   3. find the item boundaries in the body (boundaries.ts)
 *   4. read the header (meeting-header.ts)
 *   5. read each item: join table-of-contents entries with their bodies, split the body into sections (this file)
 * Where a layout prints no item headings at all, items are the blocks that open with a status label ("Åben") or,
 * failing that, one item holding the sections of the text.
 */
import { parseDanishDate } from '../../../analyzers/dates.js';
import { marksClosed } from '../../../analyzers/minutes-vocabulary.js';
import { classifyGenericHeading, type SectionHeading } from '../../../analyzers/sections.js';
import type { AgendaItem } from '../../model.js';
import type { Block } from '../agenda.js';
import { emptyCaseFacts, type CaseFacts } from '../case-facts.js';
import { buildItem } from '../item.js';
import { resemblesTitle } from '../title.js';
import { isBodyName } from '../../../analyzers/bodies.js';
import { findBodyItems, readsAsTitle, type BodyItem } from './boundaries.js';
import { addCaseLine, caseLineAbove, isCaseLine } from './case-lines.js';
import { cleanText } from './clean.js';
import { readGenericHeader, recordsMeeting, type GenericHeader } from './meeting-header.js';
import { findTocs, type Toc, type TocEntry } from './toc.js';
import { sameTitle, TitleIndex } from './titles.js';

export type Structure = 'headings' | 'status-labels' | 'sections-only' | 'none';

export interface GenericReading {
  header: GenericHeader;
  items: AgendaItem[];
  structure: Structure;
  /** Body items that no table-of-contents entry listed, and entries without a body, when both exist. */
  tocBodyMismatches: number;
}

interface Draft {
  number: number | null;
  title: string;
  closed: boolean;
  /** Line of first appearance, for the printed order. */
  order: number;
  body: { start: number; end: number } | null;
}

const INLINE_SECTION = /^([\p{L} ]{4,40}):\s+(\S.*)$/u;
const STATUS_LABEL = /^(?:åben|åbent(?:\s+punkt)?|åben\s+sag|lukket)$/i;
const STATUS_REACH = 3;
const PREAMBLE_REACH = 4;

export function readGeneric(text: string): GenericReading {
  const lines = cleanText(text);
  const tocs = findTocs(lines);
  const bodyItems = findBodyItems(lines, tocs);
  let structure: Structure = 'headings';
  let drafts = mergeTocAndBody(tocs, bodyItems, lines);
  // A heading with one entry under it is no table of contents to hold the body against.
  let mismatches = tocs.some((toc) => toc.entries.length > 1) && bodyItems.length > 0 ? countMismatches(tocs, bodyItems) : 0;

  if (drafts.length === 0) {
    drafts = statusLabelItems(lines);
    structure = drafts.length > 0 ? 'status-labels' : 'none';
  }
  if (drafts.length === 0) {
    drafts = sectionOnlyItems(lines);
    if (drafts.length > 0) structure = 'sections-only';
  }
  const headerEnd = Math.min(
    lines.length,
    ...tocs.map((toc) => toc.start),
    ...drafts.map((draft) => draft.body?.start ?? draft.order).map((line) => precedingCaseLine(lines, line)),
  );
  const header = readGenericHeader(lines, headerEnd, lines);
  const firstBody = Math.min(lines.length, ...bodyItems.map((item) => item.line));
  header.recordsMeeting ||= recordsMeeting(lines.slice(0, firstBody));
  const items = drafts.map((draft, index) => toAgendaItem(draft, index, lines));
  header.date ??= dateOfAgendaApproval(items);
  if (structure !== 'headings') mismatches = 0;
  return { header, items, structure, tocBodyMismatches: mismatches };
}

/**
 * One list in printed order: table-of-contents entries first where they come first, each joined with the body
 * item that has its number (or, where numbers are missing, its title); body items no entry lists follow where
 * they stand.
 */
function mergeTocAndBody(tocs: readonly Toc[], bodyItems: readonly BodyItem[], lines: readonly string[]): Draft[] {
  const drafts: Draft[] = uniqueEntries(tocs).map(fromEntry);
  const index = new TitleIndex(drafts, (draft) => draft.number, (draft) => draft.title);
  const bound = new Set<Draft>();
  bodyItems.forEach((item, position) => {
    const end = bodyEnd(bodyItems, position, tocs, lines);
    const body = { start: item.textStart, end };
    const match =
      (item.numbered === false ? undefined : index.withNumber(item.number, (draft) => !bound.has(draft))) ??
      index.withTitle(item.title, (draft) => !bound.has(draft) && draft.number === null);
    if (match) {
      bound.add(match);
      if (item.numbered !== false) match.number ??= item.number;
      if (match.title.length === 0) match.title = item.title;
      match.closed ||= item.inClosedGroup || marksClosed(item.title);
      match.body = body;
      return;
    }
    const draft: Draft = {
      number: item.numbered === false ? null : item.number,
      title: item.title,
      closed: item.inClosedGroup || marksClosed(item.title),
      order: item.line,
      body,
    };
    bound.add(draft);
    drafts.push(draft);
  });
  return drafts.sort((a, b) => a.order - b.order);
}

/** The entries of all tables, each item once (a document may print its index twice). */
function uniqueEntries(tocs: readonly Toc[]): TocEntry[] {
  const seen = new Set<string>();
  return tocs
    .flatMap((toc) => toc.entries)
    .filter((entry) => {
      const key = entry.number !== null ? `#${entry.number}` : entry.title;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function fromEntry(entry: TocEntry): Draft {
  return {
    number: entry.number,
    title: entry.title,
    closed: entry.inClosedGroup || marksClosed(entry.title),
    order: entry.line,
    body: null,
  };
}

/** The item's text runs to the next item's heading (less a case number printed above it) or the next table of contents. */
function bodyEnd(bodyItems: readonly BodyItem[], index: number, tocs: readonly Toc[], lines: readonly string[]): number {
  const start = bodyItems[index].line;
  const next = bodyItems[index + 1]?.line ?? lines.length;
  const toc = tocs.find((candidate) => candidate.start > start && candidate.start < next);
  return precedingCaseLine(lines, toc?.start ?? next);
}

/** A case number printed alone above a heading belongs to that heading's item: the item starts there. */
function precedingCaseLine(lines: readonly string[], line: number): number {
  const above = caseLineAbove(lines, line);
  return above === -1 ? line : above;
}

function countMismatches(tocs: readonly Toc[], bodyItems: readonly BodyItem[]): number {
  const entries = uniqueEntries(tocs);
  const entryIndex = new TitleIndex(entries, (entry) => entry.number, (entry) => entry.title);
  const bodyIndex = new TitleIndex(bodyItems, (item) => item.number, (item) => item.title);
  const unlisted = bodyItems.filter((item) => !entryIndex.withNumber(item.number) && !entryIndex.withTitle(item.title)).length;
  // Entries numbered below the last item printed in the body should have a body too; later ones may just be cut off.
  const lastBodyNumber = Math.max(...bodyItems.map((item) => item.number));
  const withoutBody = entries.filter(
    (entry) => entry.number !== null && entry.number < lastBodyNumber && !bodyIndex.withNumber(entry.number) && !bodyIndex.withTitle(entry.title),
  ).length;
  return unlisted + withoutBody;
}

/**
 * The meeting's date as the approval of its agenda states it ("Godkendelse af åben dagsorden for KB den 22. januar
 * 2020"), for headers that print none.
 */
function dateOfAgendaApproval(items: readonly AgendaItem[]): string | null {
  const first = items[0];
  if (!first || !/dagsorden/i.test(first.title)) return null;
  const text = [first.title, ...Object.values(first.sections)].join('\n').slice(0, APPROVAL_REACH);
  return parseDanishDate(text);
}

const APPROVAL_REACH = 400;

/** Items that open with a status label ("Åben") followed by section headings, in layouts that print no titles. */
function statusLabelItems(lines: readonly string[]): Draft[] {
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (!STATUS_LABEL.test(line)) return;
    for (let next = index + 1, seen = 0; next < lines.length && seen < STATUS_REACH; next++) {
      if (lines[next].length === 0) continue;
      seen++;
      if (classifyGenericHeading(lines[next])) {
        starts.push(index);
        return;
      }
    }
  });
  return starts.map((start, index) => ({
    number: null,
    title: '',
    closed: /^lukket$/i.test(lines[start]),
    order: start,
    body: { start: start + 1, end: starts[index + 1] ?? lines.length },
  }));
}

/**
 * Pages whose item headings are not in the text: an item starts at the first section heading and at each repeat of
 * that same heading. A title printed above the first section (a lone item's page: "Første behandling af …") is
 * kept. Needs two headings, or one and such a title.
 */
function sectionOnlyItems(lines: readonly string[]): Draft[] {
  const first = lines.findIndex((line) => classifyGenericHeading(line) !== null);
  if (first === -1) return [];
  const titleLine = lines.slice(0, first).findIndex(readsAsPageTitle);
  const headings = lines.filter((line) => classifyGenericHeading(line) !== null).length;
  if (headings < 2 && titleLine === -1) return [];
  // Each item starts at its first section, or at the case number printed just above it.
  const starts = lines.flatMap((line, index) => (index >= first && line === lines[first] ? [withCaseLineAbove(lines, index)] : []));
  if (titleLine !== -1) starts[0] = titleLine;
  return starts.map((start, index) => ({
    number: null,
    title: index === 0 && titleLine !== -1 ? lines[titleLine] : '',
    closed: false,
    order: start,
    body: { start: index === 0 && titleLine !== -1 ? start + 1 : start, end: starts[index + 1] ?? lines.length },
  }));
}

function withCaseLineAbove(lines: readonly string[], line: number): number {
  const above = caseLineAbove(lines, line, { labelled: true });
  return above === -1 ? line : above;
}

/** A page's title above its sections: a title line of a few words that is no date, body, label or document name. */
function readsAsPageTitle(line: string): boolean {
  return (
    readsAsTitle(line) &&
    line.split(/\s+/).length >= MIN_PAGE_TITLE_WORDS &&
    parseDanishDate(line) === null &&
    !isBodyName(line) &&
    !/^[\p{L} .]{2,30}:\s/u.test(line) &&
    !/(?<!\p{L})(?:referat|dagsorden|kommune|mødested|mødelokale)(?!\p{L})/iu.test(line)
  );
}

const MIN_PAGE_TITLE_WORDS = 3;

const CLOSED_LABEL = /^(?:lukket(?:\s+(?:sag|punkt))?|for\s+lukkede\s+døre)\.?$/i;

/** "Lukket sag" printed as a status label under the heading. */
function closedByLabel(lines: readonly string[], start: number, end: number): boolean {
  for (let index = start, seen = 0; index < end && seen < PREAMBLE_REACH; index++) {
    if (lines[index].length === 0) continue;
    seen++;
    if (CLOSED_LABEL.test(lines[index]) || /(?:^|\s)lukket sag$/i.test(lines[index])) return true;
  }
  return false;
}

function toAgendaItem(draft: Draft, index: number, lines: readonly string[]): AgendaItem {
  const facts = emptyCaseFacts();
  const blocks = draft.body ? readBlocks(lines, draft.body.start, draft.body.end, draft.title, facts) : [];
  if (draft.body) {
    const caseLine = precedingCaseLine(lines, draft.body.start - 1);
    if (caseLine < draft.body.start - 1) addCaseLine(facts, lines[caseLine]);
  }
  const item = buildItem({ number: draft.number ?? index + 1, printedTitle: draft.title, blocks }, facts);
  const closed = draft.closed || (draft.body !== null && closedByLabel(lines, draft.body.start, draft.body.end));
  return { ...item, title: draft.title.replace(/\s+/g, ' ').trim(), closed, numbered: draft.number !== null };
}

/**
 * The item's lines as blocks under their section headings. Case facts and a repeat of the title right under the
 * heading are taken out first.
 */
function readBlocks(lines: readonly string[], start: number, end: number, title: string, facts: CaseFacts): Block[] {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let preamble = 0;
  for (let index = start; index < end; index++) {
    const line = lines[index];
    if (line.length === 0) {
      block?.lines.push('');
      continue;
    }
    if (blocks.length === 0 && preamble < PREAMBLE_REACH) {
      preamble++;
      if (isCaseLine(line)) {
        addCaseLine(facts, line);
        continue;
      }
      if (title.length > 0 && (resemblesTitle(line, title) || sameTitle(line, title))) continue;
    }
    const heading: SectionHeading | null = classifyGenericHeading(line);
    if (heading) {
      block = { heading, headingLine: line, lines: [] };
      blocks.push(block);
      continue;
    }
    // "Beslutning: Godkendt.", "Resumé: …": a section heading with its text on the same line.
    const inline = INLINE_SECTION.exec(line);
    const inlineHeading = inline ? classifyGenericHeading(inline[1]) : null;
    if (inline && inlineHeading) {
      block = { heading: inlineHeading, headingLine: inline[1], lines: [inline[2]] };
      blocks.push(block);
      continue;
    }
    if (block === null) {
      block = { heading: null, headingLine: '', lines: [] };
      blocks.push(block);
    }
    block.lines.push(line);
  }
  return blocks;
}
