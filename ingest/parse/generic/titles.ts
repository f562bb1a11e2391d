/** Comparing item titles printed twice (table of contents and heading, heading and a repeat below it). */
import { normaliseTitle } from '../title.js';

const MIN_PREFIX = 8;


/** Equal, or one is the start of the other (a title cut by the page or run on into the item's text). */
export function sameTitle(a: string, b: string): boolean {
  const left = normaliseTitle(a);
  const right = normaliseTitle(b);
  return left.length > 0 && right.length > 0 && sameNormalised(left, right);
}

/**
 * Entries looked up by number, or by a title that sameTitle() accepts, in constant time per lookup: titles that
 * sameTitle() pairs share their first MIN_PREFIX normalised characters (or are equal when shorter).
 */
export class TitleIndex<T> {
  private readonly byNumber = new Map<number, T[]>();
  private readonly byPrefix = new Map<string, Array<{ entry: T; title: string }>>();

  constructor(
    entries: Iterable<T>,
    private readonly numberOf: (entry: T) => number | null,
    private readonly titleOf: (entry: T) => string,
  ) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: T): void {
    const number = this.numberOf(entry);
    if (number !== null) push(this.byNumber, number, entry);
    const title = normaliseTitle(this.titleOf(entry));
    if (title.length > 0) push(this.byPrefix, title.slice(0, MIN_PREFIX), { entry, title });
  }

  withNumber(number: number, accept: (entry: T) => boolean = () => true): T | undefined {
    return this.byNumber.get(number)?.find(accept);
  }

  withTitle(title: string, accept: (entry: T) => boolean = () => true): T | undefined {
    const normalised = normaliseTitle(title);
    if (normalised.length === 0) return undefined;
    return this.byPrefix.get(normalised.slice(0, MIN_PREFIX))?.find((candidate) => accept(candidate.entry) && sameNormalised(candidate.title, normalised))?.entry;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sameNormalised(left: string, right: string): boolean {
  if (left === right) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.length >= MIN_PREFIX && longer.startsWith(shorter);
}
