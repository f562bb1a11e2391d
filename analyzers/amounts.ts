/**
 * Money amounts in Danish minutes: running text and the tables inside it.
 *
 * Running text. A number is an amount when a currency unit stands next to it:
 *   "2,7 mio. kr.", "2.708.376 kr.", "105.000 kr", "1,5 mia. kr.", "105 t. kr.", "710 t.kr", "kr. 450.000",
 *   "hhv. 9,0 og 10,4 mio. kr." (the first number borrows its partner's unit), or a bare "0,25 mio." when the
 *   sentence is about money (it says "kr." or one of the role words below).
 *   A number written like a year (1900-2099 without a thousands dot) is never an amount; neither is anything
 *   without a unit (dates, percentages, counts such as "1816 licenser", case and phone numbers).
 *   Amounts are reported per sentence. Sentences end at a line break, or at ".", "!" or "?" followed by a capital
 *   letter, unless the dot belongs to an abbreviation that never ends a sentence ("bl.a.", "jf.", "ca.", "mio.",
 *   "t." …) or to an ordinal ("2. juni"). A sentence that is just a total label and an amount ("I alt: 2.708.376 kr.")
 *   is a total.
 *
 * Tables. Lines with tab characters form a table (single blank lines inside it are skipped); lines right after it
 * that read "label number…" without a tab ("I alt 410") are rows that lost their tab in the PDF extraction.
 * A line that only declares a unit ("1.000 kr. / årets priser 2016 2017") opens a space-separated table whose rows
 * are "label number…" lines (lines ending in ":" are group labels).
 *   - The first row is the header when its only numbers are years.
 *   - Scale: a unit declared in a header cell or the caption ("I 1000 kr.", "1.000 kr.", "t. kr." → 1000,
 *     "mio. kr." → 1 000 000, "Kr." → 1). Without a declaration, a table whose last header cell is a year and whose
 *     values are all integers below 100 000 is in 1.000 kr. when the text around it speaks of "mio. kr." or
 *     "1.000 kr." (HTK writes "0,850 mio. kr." in the case and "850" in the table). Otherwise values are whole kroner.
 *   - Values are cells that hold a number, except in columns headed "Antal", "Punkt", "Nr.", "Stk." or "Pct." and
 *     except year-like cells. Rows labelled "I alt", "Total", "Samlet" or "Sum" are totals.
 *   - Other cells are read as running text ("Budgetaftale … på 2 mio. kr. årligt" inside a table).
 *
 * Roles (classes), decided from the sentence, or for a table cell from its row label, else the table caption, else
 * the header. The first matching role wins:
 *   kontraktvaerdi > budget (money moved into a pool) > bevilling > besparelse > indtaegt > budget > udgift > andet.
 * A contract value or estimated total ("den forventede tekniske kontraktsum … 170 mio. kr.") is no one's spending,
 * even when the sentence also speaks of prices and running costs. Money transferred *into* a pool ("overføres til
 * direktionens udviklingspulje") is a budget move, not a grant. A request names the pool it draws from and the cost
 * it covers ("105.000 kr. fra IT-promillepuljen anvendes til …"), and a saving often names the budget it lands in
 * ("Budgetaftale vedr. besparelse …"). A pool named after savings ("effektiviseringspuljen") is a budget, not a saving.
 */
import type { Amount, AmountRole, SectionKey } from '../ingest/model.js';
import { splitLines } from './lines.js';
import { matchesOf } from './regexp.js';
import { memoByShortText } from './short-text-memo.js';

type AmountSection = SectionKey | 'title';

/** Every class an amount can have, in the order the UI lists them. */
export const AMOUNT_CLASSES = [
  'bevilling',
  'udgift',
  'besparelse',
  'indtaegt',
  'budget',
  'kontraktvaerdi',
  'andet',
] as const satisfies readonly AmountRole[];

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const SPACE = String.raw`[ \u00a0]*`;
const CURRENCY = String.raw`(?:kr\.?|\p{Ll}*kroner|dkk)(?!\p{L})`;
const BIG_MULTIPLIER = String.raw`mio\.?|mill\.?|millioner|mia\.?|milliarder?`;

/** A number standing alone, tried (sticky) where a digit stands. */
const NUMBER_AT = new RegExp(String.raw`(?<![\d.,\p{L}])(?:${NUMBER})(?!\d|[.,]\d)`, 'uy');
/** "kr.", "mio. kr.", "t. kr.", "t.kr" right after a number. */
const UNIT_AFTER = new RegExp(String.raw`${SPACE}(?:(${BIG_MULTIPLIER}|t\.?|tusinde?)${SPACE})?${CURRENCY}`, 'iuy');
/** "mio." without "kr." right after a number, or after "kr. 1,5". */
const BARE_MULTIPLIER_AFTER = new RegExp(String.raw`${SPACE}(${BIG_MULTIPLIER})(?!\p{L})`, 'iuy');
/** "kr." right before a number, as in "kr. 450.000". */
const CURRENCY_BEFORE = new RegExp(String.raw`(?<!\p{L})kr\.?${SPACE}$`, 'iu');
const HHV_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:hhv\.|henholdsvis)${SPACE}$`, 'iu');
const PARTNER_AFTER = new RegExp(String.raw`${SPACE}og${SPACE}(?:${NUMBER})(?!\d|[.,]\d)`, 'iuy');

const YEAR_LIKE = /^(?:19|20)\d{2}$/;
const TOTAL_LABEL = /^(?:[-–•·]\s*)?(?:i alt|total|samlet|sum)(?!\p{L})/iu;
const TOTAL_PREFIX = /^(?:[-–•·]\s*)?(?:i alt|total|samlet|sum)\s*:?\s*$/iu;
const MONEY_WORD = new RegExp(String.raw`(?<!\p{L})${CURRENCY}`, 'iu');
const NON_VALUE_COLUMN = /^(?:antal|punkt|nr\.?|stk\.?|pct\.?|procent|%)$/iu;

const UNIT = String.raw`(?<mult>1\.?000|t\.?|tusinde?|mio\.?)?\s*${CURRENCY}`;
/** A header cell or line that declares the table's unit: "I 1000 kr.", "Kr.", "1.000 kr. / årets priser 2016 2017". */
const UNIT_DECLARATION = new RegExp(
  String.raw`^(?:i\s+)?\(?${UNIT}\)?(?:\s*\/.*|(?:\s+\**(?:19|20)\d{2}\**)+)?\s*$`,
  'iu',
);
/** A unit declared inside a caption: "Beløb i 1.000 kr.", "(mio. kr.)". */
const UNIT_IN_CAPTION = new RegExp(
  String.raw`(?:(?<!\p{L})i\s+|\()(?<mult>1\.?000|t\.?|tusinde?|mio\.?)\s*(?:kr|dkk)(?!\p{L})`,
  'iu',
);
/** Every currency word has a k ("kr.", "kroner", "DKK"): a line without one declares no unit. */
const MAY_NAME_CURRENCY = /k/iu;
const SPEAKS_OF_THOUSANDS = /mio\.?\s*kr|1\.000\s*kr/iu;
const ENDS_IN_DIGIT = /\d$/;
const SPACE_ROW = new RegExp(String.raw`^(?<label>.*\p{L}.*?)[ \u00a0]+(?<values>(?:${NUMBER})(?:[ \u00a0]+(?:${NUMBER}))*)$`, 'u');

const ROLE_WORDS: ReadonlyArray<readonly [AmountRole, RegExp]> = [
  [
    'kontraktvaerdi',
    /kontrakt(?:sum|værdi|beløb)|kontraktens\s+(?:samlede\s+)?værdi|anslåede?\s+(?:samlede?\s+)?(?:værdi|anskaffelsessum)|udbudsværdi/iu,
  ],
  ['budget', /overfør\p{L}*\s+til\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]*pulje/iu],
  [
    'bevilling',
    /bevil[gl]|ansøg|(?<!\p{L})søge[rs](?!\p{L})|(?<!\p{L})anvendes(?!\p{L})|overfør|reserver|(?<!\p{L})afsæt(?:tes|ter)(?!\p{L})|(?<!\p{L})afsat(?!\p{L})|ramme til/iu,
  ],
  [
    'besparelse',
    /besparelse|gevinst|(?<!\p{L})spare[rst]?(?!\p{L})|effektivisering(?!s?pulje)|reduk|reduc|mindreudgift/iu,
  ],
  ['indtaegt', /indtægt|indtjening|(?<!\p{L})salg(?:et|s)?\s+af|(?<!\p{L})refusion|(?<!\p{L})tilskud/iu],
  ['budget', /budget|pulje|rådighedsbeløb/iu],
  ['udgift', /udgift|(?<!\p{L})koste[rt]?(?!\p{L})|(?<!\p{L})pris|betal|omkostning|honorar|medfinansier/iu],
];

/** Abbreviations whose dot never ends a sentence. */
const NEVER_SENTENCE_FINAL = new Set([
  'bl.a', 'jf', 'ca', 'fx', 'f.eks', 'evt', 'pkt', 'nr', 'hhv', 'vedr', 'inkl', 'pga', 'ifm', 'ift', 'ifht', 'iht',
  'mht', 'dvs', 'kl', 'd', 'pr', 'stk', 'mio', 'mia', 'mill', 't', 'm.fl', 'mv', 'm.v', 'tlf', 'obs', 'el', 'lign',
  'max', 'min',
]);

const DANISH_NUMBER = /^(-|−)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/u;

export function parseDanishNumber(s: string): number | null {
  // Most cells and numbers are plain digits ("2016", "450"): the same value without the pattern.
  if (isPlainDigits(s)) return Number(s);
  const match = DANISH_NUMBER.exec(s.trim());
  if (!match) return null;
  const [, minus, whole, fraction] = match;
  const value = Number(`${whole.replaceAll('.', '')}.${fraction ?? '0'}`);
  return minus ? -value : value;
}

/** 1 to 15 ASCII digits and nothing else: Number() reads them exactly as the pattern would. */
function isPlainDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Digits as the patterns here read them (\d is ASCII only, also with the u flag). */
const HAS_DIGIT = /\d/;

/** A line that goes on an amount wrapped by the layout: "97,1" at the end of a line, "mio. kr." at the start of this one. */
const WRAPPED_UNIT_START = /^[ \u00a0]*(?=(?:mio|mia|mill|kr|t\.)\.?[ \u00a0])/iu;

/** The lines of `text`, an amount wrapped before its unit joined again with one space ("97,1 mio. kr."). */
function linesOf(text: string): string[] {
  const lines = splitLines(text);
  for (let i = 0; i + 1 < lines.length; ) {
    const kept = withoutTrailingSpaces(lines[i]);
    if (endsInDigit(kept) && WRAPPED_UNIT_START.test(lines[i + 1])) {
      lines[i] = `${kept} ${lines[i + 1].replace(WRAPPED_UNIT_START, '')}`;
      lines.splice(i + 1, 1);
    } else i++;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}

/** `line` without the spaces and no-break spaces at its end. */
function withoutTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

function endsInDigit(line: string): boolean {
  return isDigit(line.charCodeAt(line.length - 1));
}

/** An ASCII digit, what \d matches. */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function extractAmounts(text: string, section: AmountSection): Amount[] {
  // Every amount, in running text or in a table, is written with digits.
  if (!HAS_DIGIT.test(text)) return [];
  const lines = linesOf(text);
  const amounts: Amount[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.includes('\t')) {
      const table = readTabTable(lines, i);
      amounts.push(...tableAmounts(table, text, section));
      i = table.end;
    } else if (MAY_NAME_CURRENCY.test(line) && UNIT_DECLARATION.test(clean(line))) {
      const table = readSpaceTable(lines, i);
      amounts.push(...tableAmounts(table, text, section));
      i = table.end;
    } else {
      // An amount is written with digits: most lines hold none and need no sentence splitting.
      if (HAS_DIGIT.test(line)) {
        for (const sentence of splitSentences(line)) if (HAS_DIGIT.test(sentence)) amounts.push(...textAmounts(sentence, section));
      }
      i++;
    }
  }
  return amounts;
}

/** Row labels, captions and headers recur from table to table. */
const classifyRole = memoByShortText((text): AmountRole | null => ROLE_WORDS.find(([, words]) => words.test(text))?.[0] ?? null);

function clean(cell: string): string {
  // Most cells have no markup to remove.
  if (!cell.includes('<') && !cell.includes('*')) return cell.trim();
  return cell.replace(/<\/?[a-z]+>/giu, '').replaceAll('**', '').trim();
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

// ---------------------------------------------------------------- running text

const SENTENCE_END = /[.!?](?=[ \u00a0]+["“(]?\p{Lu})/gu;

function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of matchesOf(SENTENCE_END, line)) {
    const cut = end.index + 1;
    if (end[0] === '.' && !dotEndsSentence(line.slice(start, end.index))) continue;
    sentences.push(line.slice(start, cut).trim());
    start = cut;
  }
  sentences.push(line.slice(start).trim());
  return sentences.filter((sentence) => sentence !== '');
}

function dotEndsSentence(textBeforeDot: string): boolean {
  const word = lastWord(textBeforeDot).replace(/^\(/u, '').toLowerCase();
  if (/^\d{1,2}$/u.test(word)) return false;
  return !NEVER_SENTENCE_FINAL.has(word);
}

const WHITESPACE = /\s/;

/** The text after the last whitespace (what /\S*$/ matches), found from the end instead of tried at every position. */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !WHITESPACE.test(text[start - 1])) start--;
  return text.slice(start);
}

const MINUS_BEFORE = /(?:^|[\s(:])[-−]$/u;
const ENGLISH_THOUSANDS = /^\d{1,3},\d{3}$/;

/** The role words of a sentence, classified once and only when an amount needs them. */
type SentenceRole = () => AmountRole | null;

function sentenceRole(sentence: string): SentenceRole {
  let role: AmountRole | null | undefined;
  return () => (role === undefined ? (role = classifyRole(sentence)) : role);
}

function textAmounts(sentence: string, section: AmountSection): Amount[] {
  const amounts: Amount[] = [];
  const roleOf = sentenceRole(sentence);
  for (let at = nextDigit(sentence, 0); at < sentence.length; at = nextDigit(sentence, at)) {
    NUMBER_AT.lastIndex = at;
    const match = NUMBER_AT.exec(sentence);
    if (!match) {
      // Inside a run of digits a digit stands before every position: no number starts there.
      at = endOfDigits(sentence, at);
      continue;
    }
    const digits = match[0];
    const start = at;
    const end = start + digits.length;
    at = end;
    if (YEAR_LIKE.test(digits)) continue;
    const found = readUnit(sentence, start, end, roleOf);
    if (!found) continue;
    // "-4.000 kr." keeps its sign; "100,000 kr." is an English thousands separator (øre have two decimals).
    const negative = isMinus(sentence.charCodeAt(start - 1)) && MINUS_BEFORE.test(sentence.slice(0, start));
    const number = found.multiplier === 1 && ENGLISH_THOUSANDS.test(digits) ? Number(digits.replace(',', '')) : parseDanishNumber(digits)!;
    amounts.push({
      value: Math.round((negative ? -number : number) * found.multiplier),
      text: sentence.slice(found.start, found.end),
      sentence,
      section,
      role: roleOf() ?? 'andet',
      ...(TOTAL_PREFIX.test(sentence.slice(0, found.start)) ? { isTotal: true } : {}),
    });
  }
  return amounts;
}

/** The position of the first digit at or after `from`; the text's length when there is none. */
function nextDigit(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isDigit(text.charCodeAt(at))) at++;
  return at;
}

function endOfDigits(text: string, from: number): number {
  let at = from;
  while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  return at;
}

function isMinus(code: number): boolean {
  return code === 0x2d || code === 0x2212;
}

/** Whether the text before `start` may end in "kr.", as CURRENCY_BEFORE asks: before its spaces and a dot stands an "r". */
function mayEndInCurrency(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 0x2e) end--;
  const code = text.charCodeAt(end - 1);
  return code === 0x72 || code === 0x52;
}

interface UnitMatch {
  multiplier: number;
  /** Span of the amount's raw text in the sentence. */
  start: number;
  end: number;
}

/** A sticky pattern matched at `at`. */
function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function readUnit(sentence: string, start: number, end: number, roleOf: SentenceRole): UnitMatch | null {
  // The patterns *_AFTER match right after the number (sticky), *_BEFORE at the end of the text before it.
  const unit = execAt(UNIT_AFTER, sentence, end);
  if (unit) return { multiplier: multiplierOf(unit[1]), start, end: end + unit[0].length };

  const currency = mayEndInCurrency(sentence, start) ? CURRENCY_BEFORE.exec(sentence.slice(0, start)) : null;
  if (currency) {
    const multiplier = execAt(BARE_MULTIPLIER_AFTER, sentence, end);
    return {
      multiplier: multiplierOf(multiplier?.[1]),
      start: start - currency[0].length,
      end: end + (multiplier?.[0].length ?? 0),
    };
  }

  const bare = execAt(BARE_MULTIPLIER_AFTER, sentence, end);
  if (bare && speaksOfMoney(sentence, roleOf)) return { multiplier: multiplierOf(bare[1]), start, end: end + bare[0].length };

  const partner = execAt(PARTNER_AFTER, sentence, end);
  if (partner && HHV_BEFORE.test(sentence.slice(0, start))) {
    const partnerEnd = end + partner[0].length;
    const partnerUnit = readUnit(sentence, partnerEnd - partner[0].replace(/^\D*/u, '').length, partnerEnd, roleOf);
    if (partnerUnit) return { multiplier: partnerUnit.multiplier, start, end: partnerUnit.end };
  }
  return null;
}

function speaksOfMoney(sentence: string, roleOf: SentenceRole): boolean {
  return MONEY_WORD.test(sentence) || roleOf() !== null;
}

function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase();
  if (w.startsWith('mia') || w.startsWith('milliard')) return 1_000_000_000;
  if (w.startsWith('mi')) return 1_000_000;
  return 1000;
}

// ---------------------------------------------------------------- tables

interface Table {
  caption: string;
  header: string[];
  rows: string[][];
  /** Scale declared by the table itself; null when the table declares none. */
  declaredScale: number | null;
  /** Index of the first line after the table. */
  end: number;
}

function readTabTable(lines: string[], start: number): Table {
  let end = start;
  const rows: string[][] = [];
  for (let i = start; i < lines.length; i++) {
    if (lines[i].includes('\t')) {
      rows.push(lines[i].split('\t').map(clean));
      end = i + 1;
    } else if (!isBlank(lines[i])) break;
  }
  const header = isHeaderRow(rows[0]) ? rows.shift()! : [];
  const columns = Math.max(header.length, ...rows.map((row) => row.length));
  for (let i = end; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    const row = spaceRow(lines[i], columns - 1);
    if (!row) break;
    rows.push([row[0], ...Array<string>(Math.max(0, columns - row.length)).fill(''), ...row.slice(1)]);
    end = i + 1;
  }
  const caption = captionBefore(lines, start);
  return { caption, header, rows, declaredScale: declaredScale(header, caption), end };
}

function readSpaceTable(lines: string[], start: number): Table {
  const headerLine = clean(lines[start]);
  const rows: string[][] = [];
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = clean(lines[i]);
    const row = spaceRow(line, Infinity);
    if (row) rows.push(row);
    else if (line !== '' && !line.endsWith(':')) break;
    end = i + 1;
  }
  const caption = captionBefore(lines, start);
  return { caption, header: [headerLine], rows, declaredScale: declaredScale([headerLine], caption), end };
}

/** "Rest, ikke disponeret 461 2.354" → ["Rest, ikke disponeret", "461", "2.354"]. */
function spaceRow(line: string, maxValues: number): string[] | null {
  if (line.includes('\t')) return null;
  const cleaned = clean(line);
  // A row ends in a number: the pattern, which backtracks a lot, is tried only then.
  if (!ENDS_IN_DIGIT.test(cleaned)) return null;
  const match = SPACE_ROW.exec(cleaned);
  if (!match?.groups) return null;
  const label = match.groups.label.trim();
  const values = match.groups.values.split(/[ \u00a0]+/u);
  if (/[.;,:]$/u.test(label) || values.length > maxValues || values.every((v) => YEAR_LIKE.test(v))) return null;
  return [label, ...values];
}

function isHeaderRow(row: string[] | undefined): boolean {
  return row !== undefined && row.every((cell) => parseDanishNumber(cell) === null || YEAR_LIKE.test(cell));
}

function captionBefore(lines: string[], start: number): string {
  let i = start - 1;
  while (i >= 0 && isBlank(lines[i])) i--;
  return i >= 0 && !lines[i].includes('\t') ? clean(lines[i]) : '';
}

function declaredScale(header: string[], caption: string): number | null {
  for (const cell of header) {
    const unit = UNIT_DECLARATION.exec(cell);
    if (unit) return multiplierOf(unit.groups?.mult);
  }
  const inCaption = UNIT_IN_CAPTION.exec(caption);
  return inCaption ? multiplierOf(inCaption.groups?.mult) : null;
}

function tableAmounts(table: Table, surroundingText: string, section: AmountSection): Amount[] {
  const isValueCell = (cell: string, column: number) =>
    parseDanishNumber(cell) !== null && !YEAR_LIKE.test(cell) && !NON_VALUE_COLUMN.test(table.header[column] ?? '');
  const valueCells = table.rows.flatMap((row) => row.filter(isValueCell));
  const scale = table.declaredScale ?? inferredScale(table.header, valueCells, surroundingText);
  const tableRole = classifyRole(table.caption) ?? classifyRole(table.header.join(' '));

  const cellAmounts = table.rows.flatMap((row) => {
    const label = textCells(row).join(' ');
    const sentence = row.filter((cell) => cell !== '').join(' | ');
    const role = classifyRole(label) ?? tableRole ?? 'andet';
    const isTotal = textCells(row).some((cell) => TOTAL_LABEL.test(cell));
    return row.filter(isValueCell).map(
      (cell): Amount => ({ value: Math.round(parseDanishNumber(cell)! * scale), text: cell, sentence, section, role, scale, isTotal }),
    );
  });
  const amountsInTextCells = [table.header, ...table.rows]
    .flatMap(textCells)
    .filter((cell) => !UNIT_DECLARATION.test(cell))
    .flatMap((cell) => textAmounts(cell, section));
  return [...cellAmounts, ...amountsInTextCells];
}

function textCells(row: string[]): string[] {
  return row.filter((cell) => cell !== '' && parseDanishNumber(cell) === null);
}

function inferredScale(header: string[], valueCells: string[], surroundingText: string): number {
  const lastHeaderCell = header.filter((cell) => cell !== '').at(-1) ?? '';
  const smallIntegers =
    valueCells.length > 0 && valueCells.every((cell) => !cell.includes(',') && Math.abs(parseDanishNumber(cell)!) < 100_000);
  return YEAR_LIKE.test(lastHeaderCell) && smallIntegers && SPEAKS_OF_THOUSANDS.test(surroundingText) ? 1000 : 1;
}
