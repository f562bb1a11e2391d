/**
 * Highlighting words that match only inside a compound: "promille" finds "IT-promillepuljen" through the
 * compound parts (`parts.*`), which hold base forms and cannot be highlighted.
 *  - In the title and in the section fragments the highlighter returns, the response marks every word that
 *    contains a query word's base form itself (markStemWords). An earlier version gave the highlighter a wildcard
 *    query (`*promille*`) over the title instead; at a million items that walked the title's whole term
 *    dictionary on every search (about 9 ms of a 27 ms search, 2026-12-01).
 *  - The response marks a hyphenated compound whole ("IT-promillepuljen").
 */
import { stemOf } from '../../analyzers/decompound.js';
import { quoteKnownNames } from './known-names.js';
import { rewriteOperators } from './user-query.js';

/** Shorter base forms would mark too much ("it" in every "kvalitet"); longer ones are no word part. */
const MIN_PART_CHARS = 4;
const MAX_PART_CHARS = 40;
const WORD = /^[\p{L}\p{N}]+$/u;

/** The base forms of the unquoted, not negated words of a query: `pulje -Teams "Office 365" strat*` → ["pulje", "strat"]. */
export function positiveWordStems(query: string): string[] {
  const parts = quoteKnownNames(rewriteOperators(query)).split('"');
  const stems = new Set<string>();
  parts.forEach((part, index) => {
    if (index % 2 === 1) return;
    for (const token of part.split(/[\s|+()]+/)) {
      if (!token || token.startsWith('-')) continue;
      for (const word of token.replace(/\*$/, '').split('-')) {
        if (!WORD.test(word)) continue;
        const stem = stemOf(word);
        if (stem.length >= MIN_PART_CHARS && stem.length <= MAX_PART_CHARS) stems.add(stem);
      }
    }
  });
  return [...stems];
}

const WORD_CHARS = String.raw`[\p{L}\p{N}]+`;
const HEAD_BEFORE_MARK = new RegExp(String.raw`((?:${WORD_CHARS}-)+)<mark>`, 'gu');
const TAIL_AFTER_MARK = new RegExp(String.raw`</mark>((?:-${WORD_CHARS})+)`, 'gu');

/** `IT-<mark>promillepuljen</mark>` → `<mark>IT-promillepuljen</mark>`: a mark covers the whole hyphenated word. */
export function markWholeWords(html: string): string {
  if (!html.includes('-<mark>') && !html.includes('</mark>-')) return html;
  return html.replace(HEAD_BEFORE_MARK, '<mark>$1').replace(TAIL_AFTER_MARK, '$1</mark>').replace(/<\/mark>-<mark>/g, '-');
}

const TAG_OR_TEXT = /(<[^>]*>)|([^<]+)/g;
/** A word of running text, hyphenated compounds whole ("IT-promillepuljen"). */
export const WORD_IN_TEXT = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Does the word, lowercased, contain one of the stems? */
export function containsStem(word: string, stems: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return stems.some((stem) => lower.includes(stem));
}

const OPEN_MARK = '<mark>';
const CLOSE_MARK = '</mark>';

/**
 * Could a word outside the marks contain a stem? False only when every place a stem occurs lies inside a mark, so
 * markStemWords has nothing to do (the common case: the highlighter marked the word already).
 */
function stemOutsideMarks(html: string, stems: readonly string[]): boolean {
  const lower = html.toLowerCase();
  for (const stem of stems) {
    for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
      const open = lower.lastIndexOf(OPEN_MARK, at);
      if (open < 0 || lower.lastIndexOf(CLOSE_MARK, at) > open) return true;
    }
  }
  return false;
}

/**
 * Marks, in escaped highlighter HTML, the words outside marks that contain one of the stems ("pulje" in
 * "effektiviseringspuljen"). Text inside an existing <mark> is left alone.
 */
export function markStemWords(html: string, stems: readonly string[]): string {
  if (!stemOutsideMarks(html, stems)) return html;
  let insideMark = false;
  return html.replace(TAG_OR_TEXT, (whole, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      if (/^<mark\b/i.test(tag)) insideMark = true;
      else if (/^<\/mark>/i.test(tag)) insideMark = false;
      return tag;
    }
    if (insideMark || !text) return whole;
    return text.replace(WORD_IN_TEXT, (word) => (containsStem(word, stems) ? `<mark>${word}</mark>` : word));
  });
}
