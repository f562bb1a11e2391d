import { describe, expect, it } from 'vitest';
import { affixKey } from '../../analyzers/first-words.js';
import { forEachHashedWord } from '../../analyzers/hyphenated-words.js';
import { matchesOf } from '../../analyzers/regexp.js';
import { WORD_HASH_START, wordHashStep } from '../../analyzers/word-memo.js';

const TEXTS = [
  '',
  'Ansøgning til effektiviseringspuljen',
  'it-promillepuljen, IT--budget og -puljen- samt 2.000 kr.',
  'Beløb i 𝐀lt: 𝟙𝟚 mio. (𝔇anske 𝔟ogstaver)',
  'lone \ud835 high and \udc00 low surrogates, \ud835\udc00 a pair, a-\ud835',
  'Høje-Taastrup Kommunes Byråd – ÆØÅ æøå İstanbul Σίσυφος',
  '😀 emoji-ord 😀x x😀 a-😀-b',
  '- - a-b-c- -d e--f',
];

function hashOf(word: string): number {
  let hash = WORD_HASH_START;
  for (let at = 0; at < word.length; at++) hash = wordHashStep(hash, word.charCodeAt(at));
  return hash;
}

describe('hashed hyphenated words', () => {
  it.each(TEXTS)('finds the words of %j as the pattern does, each with its runs and its memo hash', (text) => {
    const words = text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
    const expected = words.map((word): [string, number, number] => [word, word.split('-').length, hashOf(word)]);
    const found: Array<[string, number, number]> = [];
    forEachHashedWord(text, (start, end, runs, hash) => found.push([text.slice(start, end), runs, hash]));
    expect(found).toEqual(expected);
  });
});

describe('affix keys', () => {
  it('keys words of three characters or more as the general rule does', () => {
    const general = (word: string, fromEnd: boolean) => {
      let key = word.length < 3 ? word.length : 0;
      for (let i = 0; i < Math.min(3, word.length); i++) key = (key * 31 + word.charCodeAt(fromEnd ? word.length - 1 - i : i)) & 0x3fffffff;
      return key;
    };
    for (const word of ['', 'a', 'it', 'med', 'pulje', '\uffff\uffff\uffff', 'æøå-x']) {
      expect(affixKey(word, false)).toBe(general(word, false));
      expect(affixKey(word, true)).toBe(general(word, true));
    }
  });
});

describe('matchesOf', () => {
  it.each([
    [/a|b/g, 'abcab'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\d+/g, 'no digits'],
  ])('lists the matches of %s in %j as matchAll does', (regex, text) => {
    const expected = [...text.matchAll(regex)].map((match) => [match.index, match[0]]);
    expect(matchesOf(regex, text).map((match) => [match.index, match[0]])).toEqual(expected);
    expect(regex.lastIndex).toBe(0);
  });
});
