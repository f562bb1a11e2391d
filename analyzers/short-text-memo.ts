/**
 * A bounded memo of a value per short text, for classifiers whose inputs recur word for word (table row labels,
 * "Godkendt."); longer texts, seldom repeated, are computed each time.
 */
import { ownCopy } from './word-chars.js';

const MAX_SHORT_TEXT = 80;
const MAX_CACHED_TEXTS = 10_000;

export function memoByShortText<V>(valueOf: (text: string) => V): (text: string) => V {
  const values = new Map<string, V>();
  return (text) => {
    if (text.length > MAX_SHORT_TEXT) return valueOf(text);
    if (values.has(text)) return values.get(text)!;
    const value = valueOf(text);
    if (values.size >= MAX_CACHED_TEXTS) values.clear();
    // A copy: a key cut from a longer text would keep that text alive.
    values.set(ownCopy(text), value);
    return value;
  };
}
