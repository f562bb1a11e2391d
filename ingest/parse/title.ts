// The distance module alone: natural's index also loads storage back-ends that print to stdout.
import { LevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';

/** Item titles: the closed marker ("Lukket: Rammeaftale SYMB", "Lukket") and the title repeated in the body. */

const CLOSED = /^lukket\b/i;
const CLOSED_PREFIX = /^lukket\s*:\s*/i;

export function splitClosedTitle(printed: string): { title: string; closed: boolean } {
  const trimmed = printed.trim();
  if (!CLOSED.test(trimmed)) return { title: trimmed, closed: false };
  return { title: trimmed.replace(CLOSED_PREFIX, '') || 'Lukket', closed: true };
}

const TRAILING_PUNCTUATION = /[\s.:…]+$/;
const WHITESPACE_RUN = /\s+/g;

/** A title for comparing: lower case, one space between words, no closing dots, colons or ellipsis. */
export function normaliseTitle(text: string): string {
  return text.toLowerCase().replace(WHITESPACE_RUN, ' ').replace(TRAILING_PUNCTUATION, '').trim();
}

/**
 * True when a line is the item title printed again, allowing for small typing differences between the
 * agenda heading and the body ("Økonomifølgning 07-12-2015" / "Økonomiopfølgning 07-12-2015").
 */
export function resemblesTitle(line: string, title: string): boolean {
  const a = normaliseTitle(line);
  const b = normaliseTitle(title);
  if (a === b) return true;
  const allowed = Math.max(2, Math.floor(Math.max(a.length, b.length) / 10));
  return Math.abs(a.length - b.length) <= allowed && LevenshteinDistance(a, b) <= allowed;
}
