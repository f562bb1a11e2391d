/**
 * Step 1 of the general reader: the noise of real sources out, one logical line per array entry.
 *  - HTML left in the text (yumpu transcripts: "<strong>Referat</strong><br />") and entities;
 *  - non-breaking and zero-width spaces, soft hyphens;
 *  - letter-spaced text ("R E F E R A T  F R A") joined into words;
 *  - widget labels glued to titles by web viewers ("Godkendelse af dagsordenÅbn/luk punkt");
 *  - PDF-to-text transcripts that print each page as one paragraph starting with its page number
 *    ("2 Indholdsfortegnelse 1. Godkendelse …"): the page number is dropped and the page is cut before the
 *    headings and labels that start a line in the original (see splitJoinedPage).
 *  - page furniture of PDF text: "Side 3 af 12" lines, and running headers and footers (a short line with a date or a
 *    page number that repeats on every page).
 * Lines are trimmed; blank lines stay as "" so block boundaries survive.
 */
import { decodeHTML } from 'entities';
import { LINE_LABELS, SITE_CHROME, TOC_HEADING_WORDS } from '../../../analyzers/minutes-vocabulary.js';

const LINE_BREAK = /\r\n|[\r\n\f\u2028\u2029]/;
const SPACES = /[\u00a0\u2007\u202f\t]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\ufeff]/g;
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const BREAK_TAG = /<br\s*\/?>/gi;
/** A tag cut off by the end of an excerpt: "…etablering af<br /". */
const CUT_TAG = /<\/?[a-z]*\s*\/?$/i;
const ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;
const WIDGET_LABELS = /\s*(?:Åbn\/luk punkt|Vis\/skjul|Læs mere|Fold ud)\s*$/i;

/** A page of a joined transcript: its number, then at least this much text. */
const JOINED_PAGE = /^(\d{1,3}) (\S.{60,})$/;
const LONG_PAGE = 300;
/** Once pages are known to be joined, any paragraph that starts with the next page number is the next page. */
const PAGE_START = /^(\d{1,3}) (\S.*)$/;

/** An item heading run into the word before it by a web page's extracted text: "Referat9. Frigivelse af …". */
const GLUED_HEADING = /(?<=\p{Ll})(?=\d{1,3}\.\s+\p{Lu}\p{Ll})/gu;

/** A table-of-contents heading run into its first entry: "Indholdsfortegnelse1. Fraværende". */
const GLUED_TOC_HEADING = new RegExp(String.raw`^(${TOC_HEADING_WORDS.join('|')})(?=\d)`);

export function cleanText(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(LINE_BREAK)) {
    for (const part of withoutMarkup(raw).replace(GLUED_TOC_HEADING, '$1\n').replace(GLUED_HEADING, '\n').split('\n')) {
      const line = cleanLine(part);
      lines.push(SITE_CHROME.test(line) ? '' : line);
    }
  }
  return withoutPageFurniture(splitJoinedPages(lines));
}

const PAGE_NUMBER_LINE = /^(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?$/i;
/** Running headers carry a date or a page number: "Økonomiudvalget 12-12-2012", "Lejre Kommune Side 3". */
const RUNNING_HEADER_MARK = /\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\bside\s+\d/i;
const RUNNING_HEADER_REPEATS = 3;
const RUNNING_HEADER_MAX_LENGTH = 100;

function withoutPageFurniture(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.length > 0 && line.length <= RUNNING_HEADER_MAX_LENGTH && RUNNING_HEADER_MARK.test(line)) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return lines.map((line) => (PAGE_NUMBER_LINE.test(line) || (counts.get(line) ?? 0) >= RUNNING_HEADER_REPEATS ? '' : line));
}

function withoutMarkup(line: string): string {
  let text = line;
  if (text.includes('<')) text = text.replace(/\s*<br\s*\/?>\s*$/i, '').replace(BREAK_TAG, '\n').replace(TAG, ' ').replace(CUT_TAG, '');
  if (text.includes('&') && ENTITY.test(text)) text = decodeHTML(text);
  return text;
}

function cleanLine(line: string): string {
  const text = line.replace(INVISIBLE, '').replace(SPACES, ' ');
  return joinLetterSpacing(text).replace(WIDGET_LABELS, '').replace(/ {2,}/g, ' ').trim();
}

/** "R E F E R A T  F R A  M Ø D E T" → "REFERAT FRA MØDET": single letters, words apart by two or more spaces. */
function joinLetterSpacing(line: string): string {
  const trimmed = line.trim();
  if (!/^(?:\S ){3,}\S/u.test(trimmed)) return line;
  const words = trimmed.split(/ {2,}/);
  const letterSpaced = words.every((word) => /^(?:\S )*\S$/u.test(word));
  return letterSpaced ? words.map((word) => word.replace(/ /g, '')).join(' ') : line;
}

/**
 * A transcript whose pages are joined into paragraphs "1 …", "2 …", "3 …" (page numbers rising from 1) is cut
 * back into lines. Applies only when the first pages follow each other in order and at least one is a long
 * paragraph (a list of numbered titles also rises by one, but from its first item's number, in short lines).
 */
function splitJoinedPages(lines: string[]): string[] {
  const pages = lines.map((line) => JOINED_PAGE.exec(line));
  const numbers = pages.filter((page) => page !== null).map((page) => Number(page[1]));
  const rising = numbers.filter((number, index) => index > 0 && number === numbers[index - 1] + 1).length;
  const long = pages.some((page) => page !== null && page[2].length >= LONG_PAGE);
  if (numbers[0] !== 1 || rising < 1 || !long) return lines;
  let expected = 1;
  return lines.flatMap((line) => {
    const page = PAGE_START.exec(line);
    if (!page || Number(page[1]) !== expected) return [line];
    expected++;
    return ['', ...splitJoinedPage(page[2]), ''];
  });
}

const LABEL_START = new RegExp(String.raw`\s(?=(?:${LINE_LABELS.join('|')})(?![\p{L}]))|(?<=(?<!\p{L})\p{Lu}{4,}|(?<!\p{L})Side \d{1,3})\s(?=\d{1,3}\.\s+[\p{Lu}"“])|\s(?=\p{Lu}{1,5}-\d{1,4}\/\d{2}(?:-[A-ZÆØÅ])?\s)`, 'gu');
const TOC_START = new RegExp(String.raw`(?:^|\s)(?:${TOC_HEADING_WORDS.join('|')})(?:\s*:)?(?=\s|$)`, 'iu');

/**
 * One joined page back into lines: a table-of-contents heading and what follows it become two lines (the entries
 * stay run together; the table-of-contents step segments them); elsewhere the page is cut before the labels that
 * open a line in minutes ("Sagsnr.:", "Beslutning", "Indstilling" …) and before an item number "N. " at the
 * start of the page.
 */
export function splitJoinedPage(page: string): string[] {
  const toc = TOC_START.exec(page);
  if (toc) {
    const before = page.slice(0, toc.index).trim();
    const heading = toc[0].trim();
    const after = page.slice(toc.index + toc[0].length).trim();
    return [...(before ? splitAtLabels(before) : []), heading, after].filter((line) => line.length > 0);
  }
  return splitAtLabels(page);
}

function splitAtLabels(text: string): string[] {
  return text
    .split(LABEL_START)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
