/**
 * The words of a text as /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\/gu finds them: runs of letters and digits, joined by
 * single hyphens ("it-promillepuljen"). Each comes with the number of runs it joins and its WordMemo hash, computed
 * on the way, so a memo lookup needs no second pass over the word.
 */
import { BMP_WORD_CHARS, wordCharLength } from './word-chars.js';
import { WORD_HASH_START, wordHashStep } from './word-memo.js';

const HYPHEN = 0x2d;

export function forEachHashedWord(text: string, visit: (start: number, end: number, runs: number, hash: number) => void): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    let code = text.charCodeAt(at);
    if (BMP_WORD_CHARS[code] === 0 && wordCharLength(text, at) === 0) {
      at++;
      continue;
    }
    const start = at;
    let hash = WORD_HASH_START;
    let runs = 1;
    for (;;) {
      if (BMP_WORD_CHARS[code] === 1) {
        hash = wordHashStep(hash, code);
        at++;
      } else if (code >= 0xd800 && code <= 0xdbff && wordCharLength(text, at) === 2) {
        hash = wordHashStep(wordHashStep(hash, code), text.charCodeAt(at + 1));
        at += 2;
      } else if (code === HYPHEN && wordCharLength(text, at + 1) > 0) {
        hash = wordHashStep(hash, code);
        at++;
        runs++;
      } else break;
      if (at >= length) break;
      code = text.charCodeAt(at);
    }
    visit(start, at, runs, hash);
  }
}
