/**
 * Step 3 of the general reader: where the items start in the body of the minutes (outside tables of contents).
 * A strong heading starts an item. A weak one ("12. Title") starts an item only with support: the table of contents
 * lists it, a section heading or case number follows it, a case number precedes it, or it is one of a run of
 * consecutive numbers. Numbers lower than the current item's are the item's own numbered lists, unless the table
 * of contents lists them. Group headings ("Lukkede sager") mark the items below them closed.
 */
import { classifyGenericHeading } from '../../../analyzers/sections.js';
import { CLOSED_GROUP, FUNCTION_WORDS, marksClosed, OPEN_GROUP, TOC_CAPTION } from '../../../analyzers/minutes-vocabulary.js';
import { caseLineAbove, isCaseLine } from './case-lines.js';
import { nextNonBlank, previousNonBlank } from './lines.js';
import { looksLikeBodyText, readItemHeading, type ItemHeading } from './headings.js';
import { firstPhrase } from './run-together.js';
import type { Toc } from './toc.js';
import { TitleIndex } from './titles.js';

export interface BodyItem {
  number: number;
  title: string;
  /** Line of the heading. */
  line: number;
  /** First line of the item's text (after the heading and a title printed on its own line). */
  textStart: number;
  inClosedGroup: boolean;
  /** False for items found without a printed number (their number is their position). */
  numbered?: boolean;
}

const SUPPORT_REACH = 6;
const MAX_TITLE_LENGTH = 250;
const LONG_TITLE = 150;
const HEADER_LABEL = /^[\p{L} .]{2,30}:\s/u;
/** One title over a case number is no pattern; two are. */
const MIN_UNNUMBERED_ITEMS = 2;

export function findBodyItems(lines: readonly string[], tocs: readonly Toc[]): BodyItem[] {
  const tocOf = (index: number) => tocs.find((toc) => index >= toc.start && index < toc.end);
  const inToc = (index: number) => tocOf(index) !== undefined;
  const tocEntries = new TitleIndex(tocs.flatMap((toc) => toc.entries), (entry) => entry.number, (entry) => entry.title);
  const items: BodyItem[] = [];
  let closedGroup = false;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.length === 0) continue;
    // A one-entry "table" ("Punkt Titel" / "88 Title") whose entry opens the item's sections is the item's heading.
    const toc = tocOf(index);
    if (toc && !(toc.entries.length === 1 && readItemHeading(line) && followedBySection(lines, index))) continue;
    // A group heading marks the items under it; an empty one ("Lukkede Punkter" with nothing listed) marks none.
    if (CLOSED_GROUP.test(line)) closedGroup = readItemHeading(lines[nextNonBlank(lines, index + 1)] ?? '') !== null;
    else if (OPEN_GROUP.test(line)) closedGroup = false;
    if (TOC_CAPTION.test(line)) continue;

    const read = readItemHeading(line);
    if (!read) continue;
    // A transcript runs a strong heading on into the item's text: keep the title it opens with.
    const heading = read.strength === 'strong' && runsOn(read.title) ? { ...read, title: firstPhrase(read.title) } : read;
    const current = items.at(-1);
    const listed = tocEntries.withNumber(heading.number) !== undefined || tocEntries.withTitle(heading.title) !== undefined;
    if (!accepts(lines, index, heading, current, listed)) continue;

    let title = heading.title;
    let start = index;
    let textStart = index + 1;
    if (title.length === 0) {
      const next = nextNonBlank(lines, index + 1);
      const previous = previousNonBlank(lines, index - 1);
      if (next !== -1 && readsAsTitle(lines[next])) {
        title = lines[next];
        textStart = next + 1;
      } else if (previous > (current?.line ?? -1) && previous !== -1 && readsAsTitle(lines[previous]) && (!current || previous > current.textStart)) {
        // The title printed above its number: "Godkendelse af dagsorden" / "Punkt 1" / "Beslutning".
        title = lines[previous];
        start = previous;
      }
    }
    // A title wrapped onto the next line (PDF text): "… ny daginstitution i" / "Nordbyen og …".
    while (textStart < lines.length && wrapsOnto(title, lines[textStart])) title = `${title} ${lines[textStart++]}`;
    items.push({ number: heading.number, title, line: start, textStart, inClosedGroup: closedGroup });
  }
  return items.length > 0 || tocs.length > 0 ? items : unnumberedItems(lines, inToc);
}

/** The title goes on in the next line: it ends with a joining word or mark, or the next line starts in lower case. */
function wrapsOnto(title: string, next: string): boolean {
  if (title.length === 0 || next.length === 0 || next.length > MAX_TITLE_LENGTH || !readsAsContinuation(next)) return false;
  const lastWord = title.split(/\s+/).at(-1)!.toLowerCase();
  if (FUNCTION_WORDS.has(lastWord) || /[,\-–]$/.test(title)) return true;
  // A lower-case line that is no sentence ("ombygning af køkkenet", not "der var ingen meddelelser.").
  return /^\p{Ll}/u.test(next) && !/[.:!?]$/.test(next) && next.length <= WRAPPED_LINE_MAX;
}

function readsAsContinuation(line: string): boolean {
  return classifyGenericHeading(line) === null && !isCaseLine(line) && readItemHeading(line) === null && !LABEL_LINE.test(line) && !/^at\s/i.test(line);
}

/** A heading's title that goes on into sentences of the item's text. */
function runsOn(title: string): boolean {
  return title.length > LONG_TITLE || (title.length > RUN_ON_MIN && /\p{Ll}\.(?:\s+\p{Lu}|\s*$)/u.test(title));
}

const RUN_ON_MIN = 60;
const WRAPPED_LINE_MAX = 100;

/** "Beslutningskompetence: KB", "Sagsforløb: BY": a label and a one-word value (not "Beslutningssag: Godkendelse af …"). */
const LABEL_LINE = /^[\p{L} .-]{2,40}:\s*\S+$/u;

/** A line that can be a title: short, capitalised, not a sentence, not a heading or label. */
export function readsAsTitle(line: string): boolean {
  return (
    line.length >= 3 &&
    line.length <= MAX_TITLE_LENGTH &&
    /^[\p{Lu}"“]/u.test(line) &&
    !/[.:;,]$/.test(line) &&
    !LABEL_LINE.test(line) &&
    classifyGenericHeading(line) === null &&
    !isCaseLine(line) &&
    readItemHeading(line) === null
  );
}

/**
 * Minutes that number no items: an item starts at a title line directly followed by its case number
 * ("Godkendelse af dagsorden" / "Sagsnr.: 17/409").
 */
function unnumberedItems(lines: readonly string[], inToc: (index: number) => boolean): BodyItem[] {
  const items: BodyItem[] = [];
  lines.forEach((line, index) => {
    // A header label ("Udvalg: Teknik- og Miljøudvalget") above the first case number is no title.
    if (inToc(index) || !readsAsTitle(line) || HEADER_LABEL.test(line)) return;
    const next = nextNonBlank(lines, index + 1);
    if (next === -1 || next - index > 2 || !isCaseLine(lines[next])) return;
    items.push({ number: items.length + 1, title: line, line: index, textStart: index + 1, inClosedGroup: false, numbered: false });
  });
  return items.length >= MIN_UNNUMBERED_ITEMS ? items : [];
}

function accepts(lines: readonly string[], index: number, heading: ItemHeading, current: BodyItem | undefined, listed: boolean): boolean {
  // "3. Køb af ejendom ........ 3": a table-of-contents line, not a heading.
  if (heading.title.length > MAX_TITLE_LENGTH || /(?:\.{3,}|…)\s*\d*$/.test(heading.title)) return false;
  if (heading.strength === 'strong') return current === undefined || heading.number !== current.number || listed;
  if (heading.title.length > 0 && looksLikeBodyText(heading.title)) return false;
  if (current && heading.number <= current.number && !listed) return false;
  if (current && heading.number === current.number) return false;
  if (listed) return true;
  // "3. Anlæg - hjælpepakke." after "1. …" and "2. …" inside item 2: a list of sentences, not items.
  if (heading.title.endsWith('.') && continuesInnerList(lines, index, current)) return false;
  if (marksClosed(heading.title) || followedBySection(lines, index) || precededByCaseNumber(lines, index)) return true;
  // A page of one item opens with its heading: "2. Godkendelse af dagsordnen" as the first line.
  // (A document's own title, "00 Referat uden bilag - … Kommune", is no item.)
  if (current === undefined && nextNonBlank(lines, 0) === index && heading.number > 0 && heading.title.length > 0) {
    return !/(?<!\p{L})(?:referat|kommune)(?!\p{L})/iu.test(heading.title);
  }
  return inNumberRun(lines, index, heading.number) && !continuesInnerList(lines, index, current);
}

function followedBySection(lines: readonly string[], index: number): boolean {
  let seen = 0;
  for (let next = index + 1; next < lines.length && seen < SUPPORT_REACH; next++) {
    const line = lines[next];
    if (line.length === 0) continue;
    seen++;
    if (classifyGenericHeading(line) || isCaseLine(line) || /^(?:åben|åbent|lukket)(?:\s+(?:sag|punkt))?$/i.test(line)) return true;
    if (readItemHeading(line)) return false;
  }
  return false;
}

function precededByCaseNumber(lines: readonly string[], index: number): boolean {
  return caseLineAbove(lines, index) !== -1;
}

/** "76. A" directly followed by "77. B" (group labels between them allowed), or preceded by "75. …". */
function inNumberRun(lines: readonly string[], index: number, number: number): boolean {
  const neighbour = (from: number, step: 1 | -1): ItemHeading | null => {
    for (let other = from, seen = 0; other >= 0 && other < lines.length && seen < 3; other += step) {
      if (lines[other].length === 0) continue;
      seen++;
      const heading = readItemHeading(lines[other]);
      if (heading) return heading;
    }
    return null;
  };
  const next = neighbour(index + 1, 1);
  const previous = neighbour(index - 1, -1);
  return (next !== null && next.number === number + 1 && !looksLikeBodyText(next.title)) || (previous !== null && previous.number === number - 1 && !looksLikeBodyText(previous.title));
}

/** "1. … 2. … 3. … 4. …" inside item 2: a run whose first number is not above the current item's is the item's own list. */
function continuesInnerList(lines: readonly string[], index: number, current: BodyItem | undefined): boolean {
  if (!current) return false;
  let first = readItemHeading(lines[index])!.number;
  for (let other = index - 1; other > current.line; other--) {
    if (lines[other].length === 0) continue;
    const heading = readItemHeading(lines[other]);
    if (!heading || heading.number !== first - 1) break;
    first = heading.number;
  }
  return first <= current.number;
}

