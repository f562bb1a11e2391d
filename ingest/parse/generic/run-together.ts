/**
 * A table of contents printed as one run of text, as PDF transcripts leave it:
 *   "1. Godkendelse af dagsorden 2. Orientering fra borgmesteren 3. …"          (numbers kept)
 *   "1. Godkendelse af dagsorden Meddelelser Gennemførsel af separering af …"  (numbers stripped)
 * Numbered runs are cut at the expected next number. Runs without numbers are cut where a new title starts: a
 * capitalised word after a word that can end a title, a closure marker ("Lukket - …"), a committee prefix
 * ("TM - …"), or a page reference ("…21"). Words that join ("af", "for", "-", ",") never end a title.
 */
import { isBodyName } from '../../../analyzers/bodies.js';
import { escapeRegExp } from '../../../analyzers/regexp.js';
import { FUNCTION_WORDS, isTitleOpener, TITLE_OPENERS, TOC_TRAILER } from '../../../analyzers/minutes-vocabulary.js';

export interface RunEntry {
  number: number | null;
  title: string;
  /** Listed after a "… for lukkede døre" group heading inside the run. */
  inClosedGroup?: boolean;
}

const LEADING_CAPTION = /^(?:(?:side\s+\d{1,3}|sag\s*nr\.?|punkt(?:er)?(?:\s+nr\.?)?|pkt\.?|nr\.?|til\s+dagsorden|tekst|titel|side)\s+)+/i;
const FIRST_NUMBER = /^(\d{1,3})\s*\.+\s*(?=\S)/;
const PAGE_REFERENCE = /\s*\.{2,}\s*\d{0,3}(?=\s|$)/g;
/** The page number after the last title: "… anlægsbevilling. 25". */
const FINAL_PAGE = /\.?\s+\d{1,3}\s*$/;
const TRAILER_WORD = /\s(?=(?:Bilagsoversigt|Bilagsliste|Underskriftsside|Underskriftsblad|Underskrifter)\b)/;
const COMMITTEE_CODE = /^\p{Lu}{2,4}-?$/u;
const ENDS_JOINING = /[,:\-–/(&]$/;

export function segmentRun(run: string): RunEntry[] {
  let text = run.trim().replace(LEADING_CAPTION, '');
  const trailer = TRAILER_WORD.exec(text);
  if (trailer) text = text.slice(0, trailer.index);
  text = withoutBodyStart(text);

  const numbered = splitNumbered(text);
  if (numbered) return numbered;

  let first: number | null = null;
  const number = FIRST_NUMBER.exec(text);
  if (number) {
    first = Number(number[1]);
    text = text.slice(number[0].length);
  }
  const entries: RunEntry[] = [];
  let closed = false;
  for (const chunk of numberedChunks(text.replace(FINAL_PAGE, ''), first)) {
    // "… i Marstrup LUKKET MØDE 367. Genud…": the closed part starts with the next entry.
    const group = CLOSED_GROUP_TAIL.exec(chunk.text);
    const titles = (group ? chunk.text.slice(0, group.index) : chunk.text)
      .split(PAGE_REFERENCE)
      .flatMap((part) => splitByReading(part.trim()))
      .filter((title) => title.length > 0 && !TOC_TRAILER.test(title));
    titles.forEach((title, index) => entries.push({ number: index === 0 ? chunk.number : null, title, inClosedGroup: closed }));
    if (group) closed = true;
  }
  // A page number glued to the last title: "Vejadgang til Lyfa fra Måløv Byvej15".
  const last = entries.at(-1);
  if (last) last.title = last.title.replace(/(?<=\p{Ll})\d{1,3}$/u, '');
  return entries.map(({ inClosedGroup, ...entry }) => (inClosedGroup ? { ...entry, inClosedGroup } : entry));
}

const CLOSED_GROUP_TAIL = /\s(?:LUKKET MØDE|LUKKEDE PUNKTER|LUKKEDE SAGER|For lukkede døre|Lukkede punkter|Lukkede sager)\s*$/u;

/**
 * A run whose numbers were mostly stripped may still print some ("… Marstrup 367. Genudpegning …"): it is cut
 * there, each chunk starting with its number. Only numbers after the first one, within a meeting's range, count.
 */
function numberedChunks(text: string, first: number | null): Array<{ number: number | null; text: string }> {
  const chunks: Array<{ number: number | null; text: string }> = [{ number: first, text: '' }];
  let rest = text;
  let previous = first ?? 0;
  for (const mark of [...text.matchAll(/\s(\d{1,3})\.\s+(?=\p{Lu}\p{Ll})/gu)]) {
    const value = Number(mark[1]);
    if (first === null || value <= previous || value > first + MAX_ITEMS_PER_MEETING) continue;
    const cut = rest.length - (text.length - mark.index);
    chunks[chunks.length - 1].text = rest.slice(0, cut);
    rest = rest.slice(cut + mark[0].length);
    chunks.push({ number: value, text: '' });
    previous = value;
  }
  chunks[chunks.length - 1].text = rest;
  return chunks;
}

const MAX_ITEMS_PER_MEETING = 150;

/** The body starting on the same page repeats the first entry: "1... Meddelelser … Byvej15 1. Meddelelser". */
function withoutBodyStart(text: string): string {
  const first = /^(\d{1,3})\s*\.+\s*(\S+)/.exec(text);
  if (!first) return text;
  const repeat = new RegExp(String.raw`\s${first[1]}\.\s+${escapeRegExp(first[2])}`).exec(text.slice(first[0].length));
  return repeat ? text.slice(0, first[0].length + repeat.index) : text;
}

/** An item number inside a run: "12. ", "Sag nr. 74 ", "Punkt 5 " before a title. */
const NUMBER_MARK = /(?<=^|\s)(?:(?:sag\s*nr\.?|punkt|pkt\.?)\s*(\d{1,3})\b\.?|(\d{1,3})\.)\s+(?=[\p{Lu}"“(\d]|$)/giu;
/** A page reference in an index: "...19", "....xv", or a bare roman page after the title. */
const PAGE_REFERENCE_TAIL = /\s*(?:\.{2,}|…)\s*(?:\d{1,3}|[ivxlc]{1,6})?(?=\s|$)|\s+[ivxlc]{1,6}$/i;
const CLOSED_GROUP_TEXT = /lukkede\s+døre|lukkede\s+(?:sager|punkter)|lukket\s+dagsorden/i;

/**
 * "1. A 2. B 3. C", "Sag nr. 74 A Sag nr. 75 B", "Til efterretning...i 89. A...i 90. B...ii": cut at the marks whose
 * numbers run on by one from the first; text after an entry's page reference is a group heading ("Til behandling -
 * for lukkede døre") that closes the entries after it. Null when fewer than two entries are found.
 */
export function splitNumbered(text: string): RunEntry[] | null {
  const marks = [...text.matchAll(NUMBER_MARK)].map((match) => ({ number: Number(match[1] ?? match[2]), start: match.index, end: match.index + match[0].length }));
  const chain: typeof marks = [];
  for (const mark of marks) {
    if (chain.length === 0 || mark.number === chain[chain.length - 1].number + 1) chain.push(mark);
    else if (chain.length === 1 && mark.number !== chain[0].number + 1) chain[0] = mark;
  }
  if (chain.length < 2) return null;
  let closed = false;
  return chain.map((mark, index) => {
    const raw = text.slice(mark.end, chain[index + 1]?.start ?? text.length).trim();
    const page = PAGE_REFERENCE_TAIL.exec(raw);
    const title = (page ? raw.slice(0, page.index) : raw).trim();
    const entry: RunEntry = { number: mark.number, title, inClosedGroup: closed };
    if (page && CLOSED_GROUP_TEXT.test(raw.slice(page.index))) closed = true;
    return entry;
  });
}

/** The first title in a text that runs on into what follows it ("Budget på området - 1. møde På baggrund af …"). */
export function firstPhrase(text: string): string {
  return splitByReading(text)[0] ?? text;
}

function splitByReading(text: string): string[] {
  const tokens = text.split(/\s+/).filter((token) => token.length > 0);
  const titles: string[][] = [];
  tokens.forEach((token, index) => {
    if (index === 0 || startsTitle(tokens, index)) titles.push([token]);
    else titles[titles.length - 1].push(token);
  });
  return titles.map((words) => words.join(' '));
}

function startsTitle(tokens: readonly string[], index: number): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  const next = tokens[index + 1];
  const previousLower = previous.toLowerCase();
  const beforePrevious = tokens[index - 2];

  if (/^LUKKET$/.test(current) && next === 'SAG') return false;
  if (/^lukket$/i.test(current) && next !== undefined && /^[-–:]/.test(next)) return previousLower !== '-';
  if (COMMITTEE_CODE.test(current) && (current.endsWith('-') || next === '-' || next === '–')) {
    return !/^lukket$/i.test(previous) && previous !== '-' && previous !== '–';
  }
  if (!/^\p{Lu}/u.test(current)) return false;
  if (FUNCTION_WORDS.has(previousLower) || /^[-–]$/.test(previous)) return false;
  if (ENDS_JOINING.test(previous)) return /,$/.test(previous) && TITLE_OPENERS.has(current.toLowerCase());
  if (/\)$/.test(previous) || /^SAG$/.test(previous)) return true;

  // A committee's name ends titles ("Halvårsregnskab Erhvervsudvalget") and opens none.
  if (isBodyName(current)) return false;
  const previousEndsTitle = !/^\p{Lu}/u.test(previous) || isBodyName(previous);
  if (previousEndsTitle) return isTitleOpener(current) || ((/^\p{Ll}/u.test(previous) || /\d$/.test(previous) || isBodyName(previous)) && isPhraseStart(tokens, index));
  // "- Tårnby Forsyning", "i Jobcentret Etablering": after a name's first word only a common title opener starts a title.
  const previousStartsName = beforePrevious !== undefined && (/^[-–]$/.test(beforePrevious) || FUNCTION_WORDS.has(beforePrevious.toLowerCase()));
  if (previousStartsName) return TITLE_OPENERS.has(current.toLowerCase().replace(/[:.,]$/, ''));
  if (isTitleOpener(current)) return true;
  // A one-word title ("Meddelelser") before a phrase ("Anden egentlige …").
  return isTitleOpener(previous) && (beforePrevious === undefined || !/^\p{Lu}/u.test(beforePrevious)) && isPhraseStart(tokens, index);
}

/**
 * A capitalised word opens a phrase when it, with the capitalised words after it that open no title (a name:
 * "Lars Tegl Rasmussen"), is followed by a lower-case word: "Pulje til …", "Per Nørhave ønsker …".
 */
function isPhraseStart(tokens: readonly string[], index: number): boolean {
  let end = index + 1;
  while (end < tokens.length && /^\p{Lu}\p{Ll}+$/u.test(tokens[end]) && !isTitleOpener(tokens[end])) end++;
  const after = tokens[end];
  return after !== undefined && /^\p{Ll}+[.,]?$/u.test(after);
}
