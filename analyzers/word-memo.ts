/**
 * A bounded memo of a value per word, looked up by the word's place in the text it stands in: a word seen before
 * costs a hash and a comparison of its characters, not a slice of the text and a Map lookup.
 */
import { ownCopy } from './word-chars.js';

export interface WordEntry<V> {
  /** The word, a string of its own (not a slice that keeps the text it was cut from alive). */
  word: string;
  value: V;
}

const INITIAL_CAPACITY = 1 << 12;

/** The hash of a word is WORD_HASH_START, then wordHashStep with each of its characters (codes), in order. */
export const WORD_HASH_START = 0x811c9dc5;

export function wordHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function hashOf(text: string, start: number, end: number): number {
  let hash = WORD_HASH_START;
  for (let at = start; at < end; at++) hash = wordHashStep(hash, text.charCodeAt(at));
  return hash;
}

function sameWord(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

export class WordMemo<V> {
  private hashes = new Int32Array(INITIAL_CAPACITY);
  private entries: Array<WordEntry<V> | undefined> = new Array(INITIAL_CAPACITY).fill(undefined);
  private size = 0;

  /** `valueOf(word)` is computed once per word until the memo holds `maxSize` words, then it starts afresh. */
  constructor(
    private readonly valueOf: (word: string) => V,
    private readonly maxSize: number,
  ) {}

  /** The entry of text.slice(start, end), whose hash the caller may have computed while reading it. */
  entry(text: string, start: number, end: number, hash = hashOf(text, start, end)): WordEntry<V> {
    const length = end - start;
    const mask = this.entries.length - 1;
    let slot = hash & mask;
    for (let found = this.entries[slot]; found; found = this.entries[slot]) {
      if (this.hashes[slot] === hash && found.word.length === length && sameWord(found.word, text, start)) return found;
      slot = (slot + 1) & mask;
    }
    const word = ownCopy(text.slice(start, end));
    const entry = { word, value: this.valueOf(word) };
    this.add(hash, entry);
    return entry;
  }

  private add(hash: number, entry: WordEntry<V>): void {
    if (this.size >= this.maxSize) this.reset(INITIAL_CAPACITY);
    else if (2 * (this.size + 1) > this.entries.length) this.reset(2 * this.entries.length);
    const mask = this.entries.length - 1;
    let slot = hash & mask;
    while (this.entries[slot]) slot = (slot + 1) & mask;
    this.entries[slot] = entry;
    this.hashes[slot] = hash;
    this.size++;
  }

  /** An empty table of `capacity` slots, holding the current words again unless the memo is full. */
  private reset(capacity: number): void {
    const { entries, hashes } = this;
    const keep = this.size < this.maxSize;
    this.entries = new Array(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.size = 0;
    if (!keep) return;
    for (let slot = 0; slot < entries.length; slot++) {
      const entry = entries[slot];
      if (entry) this.add(hashes[slot], entry);
    }
  }
}
