/** The text normalisation that title and body comparisons share. */

const HTML_TAG = /<[^>]*>/g;
/** \s covers NBSP (U+00A0) and the other Unicode spaces. */
const WHITESPACE_RUN = /\s+/g;
/** A dot leader (two or more dots, or an ellipsis) with an optional page number, at the end. */
const DOT_LEADER_AND_PAGE = /\s*(?:\.{2,}|…)[\s.…]*\d*$/;
const TRAILING_PUNCTUATION = /[\s.:…]+$/;

/** Whitespace runs (line breaks, NBSPs) → one space, trimmed, lower-cased. */
export function normaliseText(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim().toLowerCase();
}

/**
 * A title as compared: HTML tags dropped, whitespace collapsed, lower-cased, and trailing dot leaders,
 * page numbers and punctuation (`.`, `:`, `…`) removed. Closure markers such as "(Lukket)" stay.
 */
export function normaliseTitle(title: string): string {
  return normaliseText(title.replace(HTML_TAG, ' ')).replace(DOT_LEADER_AND_PAGE, '').replace(TRAILING_PUNCTUATION, '');
}
