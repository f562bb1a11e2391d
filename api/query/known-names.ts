/**
 * Known names in a user query (systems and organisations of the taxonomy, analyzers/known-names.ts) are
 * searched as written: an unquoted name becomes a quoted phrase, which goes to the unstemmed `.exact` fields.
 * A name the taxonomy only recognises with its exact case ("Teams") must also be one of the item's detected
 * systems, since the lowercase `.exact` fields cannot tell "Teams" from "teams/afdelinger".
 */
import type { estypes } from '@elastic/elasticsearch';
import { knownNameOf, knownNames } from '../../analyzers/known-names.js';
import { escapeRegExp } from '../../analyzers/regexp.js';

/** Where a name may start: the query's start, after a space or operator, or after a negating "-" there. */
const NAME_START = String.raw`(?<=^|[\s(|+]|(?:^|[\s(|+])-)`;
/** Where it may end: the end, a space, "|" or ")"; never inside a longer word, a prefix (Teams*) or "Teams-møde". */
const NAME_END = String.raw`(?=$|[\s|)])`;

let pattern: RegExp | null = null;

function namePattern(): RegExp {
  if (!pattern) {
    const alternatives = knownNames().map((name) => name.words.map(escapeRegExp).join(String.raw`[\s-]+`));
    pattern = new RegExp(`${NAME_START}(?:${alternatives.join('|')})${NAME_END}`, 'giu');
  }
  return pattern;
}

/** `Teams OR "god borgerkontakt"` → `"Teams" OR "god borgerkontakt"`: known names outside quotes, quoted. */
export function quoteKnownNames(query: string): string {
  const parts = query.split('"');
  return parts.map((part, index) => (index % 2 === 1 ? part : part.replace(namePattern(), (name) => `"${name}"`))).join('"');
}

/** Filters for the required phrases that are case-sensitive known names: the item's systems must include them. */
export function caseSensitiveNameFilters(phrases: readonly string[]): estypes.QueryDslQueryContainer[] {
  const names = new Set<string>();
  for (const phrase of phrases) {
    const known = knownNameOf(phrase.split(/[\s-]+/).filter(Boolean));
    if (known?.matchCase) names.add(known.name);
  }
  return [...names].map((name) => ({ term: { systems: name } }));
}

/**
 * `pulje -"Teams"` → `pulje ` and the system "Teams" to exclude: a negated case-sensitive name excludes the
 * items that name the product, not every item with the word ("teams/afdelinger"). Only in a query without OR
 * and grouping, where the negation is certainly of the whole query.
 */
export function liftNegatedNames(query: string): { text: string; excludedSystems: string[] } {
  const parts = query.split('"');
  if (parts.length % 2 === 0 || /[|()]/.test(parts.filter((_, index) => index % 2 === 0).join(' '))) {
    return { text: query, excludedSystems: [] };
  }
  const excludedSystems: string[] = [];
  let text = parts[0];
  for (let index = 1; index < parts.length; index += 2) {
    const known = text.endsWith('-') ? knownNameOf(parts[index].split(/[\s-]+/).filter(Boolean)) : undefined;
    if (known?.matchCase) {
      excludedSystems.push(known.name);
      text = text.slice(0, -1) + parts[index + 1];
    } else {
      text += `"${parts[index]}"${parts[index + 1]}`;
    }
  }
  return { text, excludedSystems };
}
