/**
 * Step 2 of the general reader: tables of contents. A table starts at a heading ("Indholdsfortegnelse",
 * "Sagsoversigt"), a column caption ("Pkt. Tekst", "Punkt Titel", "Punkter til dagsorden Side") or a group heading
 * ("Åbne", "Lukkede sager") followed by entries, and runs while lines read as entries:
 *   "313 Title", "1. Title ........ 3", "01." with the title on the next line, titles wrapped over lines,
 *   group headings in between ("Lukkede" marks the entries below it closed), or one run of text (run-together.ts).
 */
import {
  CLOSED_GROUP,
  FUNCTION_WORDS,
  OPEN_GROUP,
  TOC_CAPTION,
  TOC_HEADING_WORDS,
  TOC_TRAILER,
} from '../../../analyzers/minutes-vocabulary.js';
import { isCaseLine } from './case-lines.js';
import { nextNonBlank } from './lines.js';
import { readItemHeading } from './headings.js';
import { segmentRun, splitNumbered } from './run-together.js';

export interface TocEntry {
  number: number | null;
  title: string;
  /** Listed under a "Lukkede …" heading. */
  inClosedGroup: boolean;
  /** The line the entry starts on. */
  line: number;
}

export interface Toc {
  entries: TocEntry[];
  /** First and last line (exclusive) the table spans. */
  start: number;
  end: number;
}

const TOC_HEADING = new RegExp(String.raw`^(?:${TOC_HEADING_WORDS.join('|')})\b(?:\s*:)?(?:\s+side)?$`, 'i');
const LEADERS_AND_PAGE = /\s*(?:\.{2,}|…+)\s*\d{0,3}\s*$/;
const TRAILING_PAGE = /\s+\d{1,3}$/;
/** A committee group heading inside a table: "Fra Undervisningsudvalget", "DIVERSE SAGER", "ØKONOMIUDVALGETS SAGER". */
const GROUP_LABEL = /^(?:fra\s+\p{L}[\p{L}\- ]{2,60}|[\p{Lu}\d\- ,.]{4,80})$/u;
const RUN_MIN_LENGTH = 120;
/** A line "1. A 2. B 3. C" is a table of contents without a heading from this many entries. */
const MIN_NUMBERED_RUN = 3;
/** A page break inside a table leaves a few blank lines (and the page's furniture, removed when cleaning). */
const MAX_BLANKS_INSIDE = 6;

export function findTocs(lines: readonly string[]): Toc[] {
  const tocs: Toc[] = [];
  for (let index = 0; index < lines.length; index++) {
    const run = lines[index].length >= RUN_MIN_LENGTH && /^\d{1,3}\.\s/.test(lines[index]) ? splitNumbered(lines[index]) : null;
    if (run && run.length >= MIN_NUMBERED_RUN) {
      tocs.push({ entries: run.map((entry) => ({ ...entry, inClosedGroup: entry.inClosedGroup ?? false, line: index })), start: index, end: index + 1 });
      continue;
    }
    if (!opensToc(lines, index)) continue;
    const toc = readToc(lines, index);
    if (toc.entries.length > 0) {
      tocs.push(toc);
      index = toc.end - 1;
    }
  }
  return tocs;
}

function opensToc(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  if (line.length === 0 || line.length > 60) return false;
  if (TOC_HEADING.test(line) || TOC_CAPTION.test(line)) return true;
  if (!OPEN_GROUP.test(line) && !CLOSED_GROUP.test(line)) return false;
  const next = nextNonBlank(lines, index + 1);
  if (next === -1) return false;
  const following = lines[next];
  return readItemHeading(following) !== null || OPEN_GROUP.test(following) || CLOSED_GROUP.test(following);
}

function readToc(lines: readonly string[], start: number): Toc {
  const entries: TocEntry[] = [];
  const raw: string[] = [];
  let closed = CLOSED_GROUP.test(lines[start]);
  let pageColumn = /side\s*$/i.test(lines[start]);
  let pending: TocEntry | null = null;
  let afterGroup = false;
  let blanks = 0;
  let end = start + 1;

  const push = (entry: TocEntry, text: string) => {
    entries.push(entry);
    raw.push(text);
  };

  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.length === 0) {
      if (++blanks > MAX_BLANKS_INSIDE && entries.length > 0) break;
      continue;
    }
    blanks = 0;
    if (TOC_HEADING.test(line) || TOC_CAPTION.test(line)) {
      if (/side\s*$/i.test(line)) pageColumn = true;
      end = index + 1;
      continue;
    }
    if (CLOSED_GROUP.test(line) || OPEN_GROUP.test(line)) {
      closed = CLOSED_GROUP.test(line);
      afterGroup = true;
      end = index + 1;
      continue;
    }
    if (pending) {
      if (readItemHeading(line) === null && !isCaseLine(line)) {
        pending.title = line;
        raw[raw.length - 1] = line;
        pending = null;
        end = index + 1;
        continue;
      }
      pending = null;
    }
    if (entries.length === 0 && line.length >= RUN_MIN_LENGTH) {
      for (const entry of segmentRun(line)) push({ ...entry, inClosedGroup: closed || (entry.inClosedGroup ?? false), line: index }, entry.title);
      end = index + 1;
      break;
    }
    const heading = readItemHeading(line);
    // The numbering going back without a group heading between: the body's first item, not an entry.
    const previousNumber = entries.at(-1)?.number;
    if (heading && previousNumber !== undefined && previousNumber !== null && heading.number <= previousNumber && !afterGroup) break;
    if (heading) afterGroup = false;
    if (heading && !(heading.title === '' && !continuesNumbering(entries, heading.number, lines, index))) {
      const entry: TocEntry = { number: heading.number, title: heading.title, inClosedGroup: closed, line: index };
      push(entry, heading.title);
      if (heading.title === '' && titleFollows(lines, index)) pending = entry;
      end = index + 1;
      continue;
    }
    if (TOC_TRAILER.test(line)) {
      end = index + 1;
      continue;
    }
    const last = entries.at(-1);
    if (last && !pending && continuesTitle(raw[raw.length - 1], line, pageColumn)) {
      raw[raw.length - 1] += ` ${line}`;
      last.title = raw[raw.length - 1];
      end = index + 1;
      continue;
    }
    if (entries.length > 0 && GROUP_LABEL.test(line) && readItemHeading(lines[nextNonBlank(lines, index + 1)] ?? '')) {
      end = index + 1;
      continue;
    }
    break;
  }

  const withPages = pageColumn || raw.filter((text) => LEADERS_AND_PAGE.test(text)).length >= Math.max(2, raw.length / 2);
  for (const entry of entries) entry.title = withoutPageNumber(entry.title, withPages);
  return { entries, start, end };
}

/** A bare number is an entry when it continues the numbering (a title lost or cut); a stray number ends the table. */
function continuesNumbering(entries: readonly TocEntry[], number: number, lines: readonly string[], index: number): boolean {
  const last = entries.at(-1);
  if (!last) return titleFollows(lines, index);
  return last.number !== null && number === last.number + 1;
}

/** The title of a number printed alone stands on the next non-blank line (not another number or a case number). */
function titleFollows(lines: readonly string[], index: number): boolean {
  const next = nextNonBlank(lines, index + 1);
  if (next === -1) return false;
  return readItemHeading(lines[next]) === null && !isCaseLine(lines[next]) && !TOC_TRAILER.test(lines[next]);
}

/** A wrapped title goes on: the entry still lacks its page number, ends with a joining word, or the line starts lower case. */
function continuesTitle(previous: string, line: string, pageColumn: boolean): boolean {
  if (line.length > 200 || /:$/.test(line)) return false;
  const previousHasPage = LEADERS_AND_PAGE.test(previous) || (pageColumn && TRAILING_PAGE.test(previous));
  if (previousHasPage) return false;
  if (LEADERS_AND_PAGE.test(line) || /^(?:\.{2,}|…)/.test(line)) return true;
  const lastWord = previous.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return FUNCTION_WORDS.has(lastWord) || /[,\-–]$/.test(previous) || /^\p{Ll}/u.test(line);
}

function withoutPageNumber(title: string, withPages: boolean): string {
  let text = title.replace(LEADERS_AND_PAGE, '').trim();
  if (withPages) text = text.replace(TRAILING_PAGE, '').trim();
  return text.replace(/\s+/g, ' ');
}
