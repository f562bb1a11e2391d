/**
 * Keys of a term's first word, and a filter of the words of a text that may be some term's first word: a word
 * the filter lets through still has its candidate terms looked up and verified, one it stops has none, so most
 * words cost a few character reads and no lookup.
 */

/** How many characters at a word's start (or end) select the candidate terms for it. */
export const KEY_LENGTH = 3;

/**
 * A small-integer key from the first (or last) KEY_LENGTH characters of text.slice(start, end); shorter words use
 * what they have. Different words may share a key: candidates are always verified.
 */
export function affixKeyIn(text: string, start: number, end: number, fromEnd: boolean): number {
  const length = end - start;
  if (length >= KEY_LENGTH) {
    // The loop below for KEY_LENGTH = 3, unrolled: the key stays below 2^30.
    return fromEnd
      ? (text.charCodeAt(end - 1) * 31 + text.charCodeAt(end - 2)) * 31 + text.charCodeAt(end - 3)
      : (text.charCodeAt(start) * 31 + text.charCodeAt(start + 1)) * 31 + text.charCodeAt(start + 2);
  }
  let key = length;
  for (let i = 0; i < length; i++) {
    key = (key * 31 + text.charCodeAt(fromEnd ? end - 1 - i : start + i)) & 0x3fffffff;
  }
  return key;
}

export function affixKey(word: string, fromEnd: boolean): number {
  return affixKeyIn(word, 0, word.length, fromEnd);
}

const KEY_SLOTS = 1 << 16;
const KEY_MASK = KEY_SLOTS - 1;
const NO_SPANS: readonly number[] = [];

export class FirstWordFilter {
  /**
   * By head key (modulo KEY_SLOTS): the length of the shortest first word with that key, 0 for none. A word fits a
   * first word only when it is at least as long. Likewise by tail key.
   */
  private readonly heads = new Uint8Array(KEY_SLOTS);
  private readonly tails = new Uint8Array(KEY_SLOTS);
  /** Words that fit any first word that holds them ("*pulje*", "it*"). */
  private readonly inner: string[] = [];
  private passesAll = false;

  addHead(word: string): void {
    addShortest(this.heads, affixKey(word, false), word.length);
  }

  addTail(word: string): void {
    addShortest(this.tails, affixKey(word, true), word.length);
  }

  addInnerWord(word: string): void {
    if (word === '') this.passesAll = true;
    else this.inner.push(word);
  }

  /** Whether text.slice(start, end) has the head or tail key of some first word no longer than it (inner words aside). */
  mayStart(text: string, start: number, end: number): boolean {
    const length = end - start;
    if (this.passesAll) return true;
    const head = this.heads[affixKeyIn(text, start, end, false) & KEY_MASK];
    if (head !== 0 && length >= head) return true;
    const tail = this.tails[affixKeyIn(text, start, end, true) & KEY_MASK];
    return tail !== 0 && length >= tail;
  }

  /** Where the inner words stand in `text`: start and end pairs, flat, by start. */
  innerSpans(text: string): readonly number[] {
    let spans: number[] | null = null;
    let wordsFound = 0;
    for (const word of this.inner) {
      let at = text.indexOf(word);
      if (at < 0) continue;
      wordsFound++;
      for (; at >= 0; at = text.indexOf(word, at + 1)) (spans ??= []).push(at, at + word.length);
    }
    // Each word's spans come in order; those of several words are merged.
    return !spans ? NO_SPANS : wordsFound === 1 ? spans : byStart(spans);
  }
}

function addShortest(shortest: Uint8Array, key: number, length: number): void {
  const slot = key & KEY_MASK;
  // At least 1, so that 0 means none; at most 255, which still bounds the length from below.
  const bound = Math.max(1, Math.min(255, length));
  if (shortest[slot] === 0 || bound < shortest[slot]) shortest[slot] = bound;
}

function byStart(spans: number[]): number[] {
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < spans.length; k += 2) pairs.push([spans[k], spans[k + 1]]);
  return pairs.sort((a, b) => a[0] - b[0]).flat();
}

/**
 * Whether a word ending at `end` holds one of `spans` (from innerSpans): those from pair `from` on, which the caller has
 * advanced past the spans starting before the word.
 */
export function holdsSpan(spans: readonly number[], from: number, end: number): boolean {
  for (let k = from; k < spans.length && spans[k] < end; k += 2) if (spans[k + 1] <= end) return true;
  return false;
}
