import { describe, expect, it } from 'vitest';
import { forEachHashedWord } from '../../analyzers/hyphenated-words.js';
import { countWords, ownCopy, wordCharLength } from '../../analyzers/word-chars.js';

/** Texts with the characters a table lookup could get wrong: letters outside the BMP, lone surrogates, hyphens, digits of other scripts. */
const TEXTS = [
  '',
  'Ansøgning til effektiviseringspuljen',
  'it-promillepuljen, IT--budget og -puljen- samt 2.000 kr.',
  'Beløb i 𝐀lt: 𝟙𝟚 mio. (𝔇anske 𝔟ogstaver)',
  'lone \ud835 high and \udc00 low surrogates, \ud835\udc00 a pair',
  'tal: ٣٤ ² ½ Ⅻ 十',
  'Høje-Taastrup Kommunes Byråd – ÆØÅ æøå İstanbul Σίσυφος',
  '😀 emoji-ord 😀x x😀 a-😀-b',
  '- - a-b-c- -d e--f',
];

describe('word characters by table', () => {
  it.each(TEXTS)('counts the words of %j as /[\\p{L}\\p{N}]+/gu does', (text) => {
    expect(countWords(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
  });

  it.each(TEXTS)('finds the hyphenated words of %j as /[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*/gu does', (text) => {
    const words: string[] = [];
    forEachHashedWord(text, (start, end) => words.push(text.slice(start, end)));
    expect(words).toEqual(text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
  });

  it('measures a letter outside the BMP as two code units, and anything else as none', () => {
    expect(wordCharLength('a', 0)).toBe(1);
    expect(wordCharLength('𝐀', 0)).toBe(2);
    expect(wordCharLength('😀', 0)).toBe(0);
    expect(wordCharLength('\ud835', 0)).toBe(0);
    expect(wordCharLength('-', 0)).toBe(0);
    expect(wordCharLength('a', 1)).toBe(0);
  });

  it.each(TEXTS)('copies %j to the letter', (text) => {
    expect(ownCopy(text)).toBe(text);
  });
});
