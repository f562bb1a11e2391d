/**
 * Item headings: the numbering styles of Danish agenda items, whatever system printed them.
 *   "Punkt 5: Title", "Punkt 5 Title", "Pkt. 5 Title", "Sag nr. 74 Title", "Sag 74: Title", "• 242. Title", "5. Title", "5) Title", "5.Title",
 *   "38Title", "236 Title", " 1.  1. Title" (number printed twice), "34." alone (title on a following line),
 *   "ØU-55/07-O Title" (committee-coded number).
 * A heading is 'strong' when its form cannot be ordinary text (a keyword, a bullet, a committee code, a doubled
 * number); a bare "N. Title" is 'weak' and needs support from its surroundings (see boundaries.ts).
 */

export interface ItemHeading {
  number: number;
  /** Empty when the line holds the number alone. */
  title: string;
  strength: 'strong' | 'weak';
}

const BULLET = /^[•◦▪·*]\s*/;
const KEYWORD = /^(?:punkt|pkt\.?|sag\s*nr\.?|dagsordenspunkt)\s*(\d{1,4})\b\s*[:.,\-–]?\s*(.*)$/i;
/** "Sag 12: Title" (without "nr." the number must be followed by a colon or a dot). */
const CASE_KEYWORD = /^sag\s+(\d{1,4})\s*[:.]\s*(.*)$/i;
const COMMITTEE_CODED = /^\p{Lu}{1,5}\s*-\s*(\d{1,4})\s*\/\s*\d{2}(?:\s*-\s*\p{Lu}(?!\p{L}))?\s*[:.\-–]?\s*(.*)$/u;
const DOUBLED = /^(\d{1,4})\.\s+(\d{1,4})\.\s+(\S.*)$/;
const DOTTED = /^(\d{1,4})[.)]\s*(\S.*)$/;
const SPACED = /^(\d{1,4})\s+(\S.*)$/;
const GLUED = /^(\d{1,4})(\p{Lu}\p{Ll}.*)$/u;
const NUMBER_ONLY = /^(\d{1,4})\.?$/;

/** A title starts like a title: a letter, a quote or bracket, or a number that opens a phrase ("1. behandling", "17 nye"). */
const TITLE_START = /^(?:[\p{L}"“”'«(§]|\d+\.?\s+\p{L})/u;
/** "5. juni 2020", "31. marts": a date, not an item. */
const DATE_START = /^(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b/i;
/** Units and counts after a number ("12 mio. kr.", "5 m2", "3 stk."). */
const UNIT_START = /^(?:mio|mia|kr|t\.|pct|procent|%|stk|m2|m²|km|timer|dage|uger|måneder|år|personer|børn|elever|medlemmer)\b/i;
const LOWERCASE_START = /^\p{Ll}/u;

export function readItemHeading(line: string): ItemHeading | null {
  const bulleted = BULLET.test(line);
  const text = bulleted ? line.replace(BULLET, '') : line;
  if (!/^[\dPpSsDd\p{Lu}]/u.test(text)) return null;

  const keyword = KEYWORD.exec(text) ?? CASE_KEYWORD.exec(text);
  if (keyword) return heading(keyword[1], keyword[2], 'strong');
  const coded = COMMITTEE_CODED.exec(text);
  if (coded) return heading(coded[1], coded[2], 'strong');
  const doubled = DOUBLED.exec(text);
  if (doubled && doubled[1] === doubled[2]) return heading(doubled[1], doubled[3], 'strong');

  const only = NUMBER_ONLY.exec(text);
  if (only) return isYear(only[1]) ? null : heading(only[1], '', bulleted ? 'strong' : 'weak');

  const match = DOTTED.exec(text) ?? SPACED.exec(text) ?? GLUED.exec(text);
  if (!match) return null;
  const [, number, title] = match;
  if (!TITLE_START.test(title) || DATE_START.test(title) || UNIT_START.test(title)) return null;
  if (isYear(number) && !text.startsWith(`${number}.`)) return null;
  return heading(number, title, bulleted ? 'strong' : 'weak');
}

function heading(number: string, title: string, strength: ItemHeading['strength']): ItemHeading {
  return { number: Number(number), title: title.trim(), strength };
}

function isYear(number: string): boolean {
  return /^(?:19|20)\d{2}$/.test(number);
}

/** Titles that read as running text rather than a heading: "at …" recommendations, lower-case starts. */
export function looksLikeBodyText(title: string): boolean {
  return /^at\s/i.test(title) || LOWERCASE_START.test(title);
}
