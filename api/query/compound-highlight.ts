/**
 * Highlighting words that match only inside a compound: "promille" finds "IT-promillepuljen" through the
 * compound parts (`parts.*`), which hold base forms and cannot be highlighted. So the highlighter gets a
 * query of its own that also marks every indexed word containing the query word's base form (`*promille*`;
 * hunspell leaves such compounds whole), and the response marks a hyphenated compound whole ("IT-promillepuljen").
 */
import type { estypes } from '@elastic/elasticsearch';
import { stemOf } from '../../analyzers/decompound.js';
import type { SectionKey } from '../../ingest/model.js';
import { quoteKnownNames } from './known-names.js';
import { exactFields, rewriteOperators, userQuery } from './user-query.js';

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

/** The query the highlighter marks with: the user's query, plus whole words containing a query word's base form. */
export function highlightQuery(query: string | undefined, section?: SectionKey): estypes.QueryDslQueryContainer | undefined {
  const stems = query ? positiveWordStems(query) : [];
  if (stems.length === 0) return undefined;
  const insideWords: estypes.QueryDslQueryContainer = {
    query_string: {
      query: stems.map((stem) => `*${stem}*`).join(' '),
      // Both the stemmed fields and their `.exact` subfields, so every fragment the highlighter picks shows them.
      fields: exactFields(section).flatMap((field) => [field, field.replace(/\.exact$/, '')]),
      allow_leading_wildcard: true,
      analyze_wildcard: false,
      default_operator: 'or',
    },
  };
  return { bool: { should: [userQuery(query, section), insideWords] } };
}

const WORD_CHARS = String.raw`[\p{L}\p{N}]+`;
const HEAD_BEFORE_MARK = new RegExp(String.raw`((?:${WORD_CHARS}-)+)<mark>`, 'gu');
const TAIL_AFTER_MARK = new RegExp(String.raw`</mark>((?:-${WORD_CHARS})+)`, 'gu');

/** `IT-<mark>promillepuljen</mark>` → `<mark>IT-promillepuljen</mark>`: a mark covers the whole hyphenated word. */
export function markWholeWords(html: string): string {
  return html.replace(HEAD_BEFORE_MARK, '<mark>$1').replace(TAIL_AFTER_MARK, '$1</mark>').replace(/<\/mark>-<mark>/g, '-');
}
