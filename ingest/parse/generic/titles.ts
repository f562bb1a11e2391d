/** Comparing item titles printed twice (table of contents and heading, heading and a repeat below it). */
import { CLOSED_IN_TITLE, CLOSED_ONLY } from '../../../analyzers/minutes-vocabulary.js';

const MIN_PREFIX = 8;

export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.:…]+$/, '')
    .trim();
}

/** Equal, or one is the start of the other (a title cut by the page or run on into the item's text). */
export function sameTitle(a: string, b: string): boolean {
  const left = normaliseTitle(a);
  const right = normaliseTitle(b);
  if (left.length === 0 || right.length === 0) return false;
  if (left === right) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.length >= MIN_PREFIX && longer.startsWith(shorter);
}

export function titleMarksClosed(title: string): boolean {
  return CLOSED_ONLY.test(title.trim()) || CLOSED_IN_TITLE.test(title);
}
