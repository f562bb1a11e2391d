/**
 * Letters and digits ([\p{L}\p{N}]) looked up by character code instead of matched by a Unicode regex: the
 * analyzers that walk every word of every item (tokens, topics, compound parts) do so several times faster,
 * without a match object per word.
 */

/** 1 for each UTF-16 code unit that `charClass` (a one-character regex with the u flag) matches, else 0; surrogates are 0. */
export function bmpTable(charClass: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = charClass.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

/** 1 for a letter or digit of the Basic Multilingual Plane, by UTF-16 code unit; 0 otherwise (surrogates too). */
export const BMP_WORD_CHARS = bmpTable(/^[\p{L}\p{N}]$/u);

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * The UTF-16 length of the letter or digit at `at` (1, or 2 for one outside the BMP written as a surrogate pair),
 * or 0 when the character there is none: what /[\p{L}\p{N}]/u matches at that position.
 */
export function wordCharLength(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return BMP_WORD_CHARS[code];
  const codePoint = text.codePointAt(at)!;
  return codePoint > 0xffff && WORD_CHAR.test(String.fromCodePoint(codePoint)) ? 2 : 0;
}

/** How many runs of letters and digits `text` holds: text.match(/[\p{L}\p{N}]+/gu).length, without the array. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; ) {
    const length = wordCharLength(text, at);
    if (length > 0 && !inWord) count++;
    inWord = length > 0;
    at += length || 1;
  }
  return count;
}

/**
 * A copy of a word cut from a longer text, for the key of a long-lived cache: V8 keeps the whole text alive behind
 * a slice of 13 characters or more, and a cache of words would keep every text they were cut from.
 */
export function ownCopy(word: string): string {
  return Buffer.from(word, 'utf16le').toString('utf16le');
}
