/**
 * The user's query → Elasticsearch's `simple_query_string`, which never throws on bad syntax.
 *
 * Syntax (documented in the README):
 *   skype teams          every word must match (default_operator: and), stemmed: "puljen" finds "pulje"
 *   "Office 365"         an exact phrase, matched against the unstemmed `.exact` fields only
 *   -budget              must not match
 *   skype OR teams       either (OR is rewritten to simple_query_string's `|`)
 *   strat*               prefix (bounded: see boundPrefixes)
 *   ( )                  grouping
 *
 * Unquoted words are matched term by term across all fields (title, the sections and the compound parts in
 * `parts.*`), so in a two-word query one word may match a section and the other only a compound part:
 * "pulje" finds "effektiviseringspuljen" through `parts.*`.
 *
 * Phrases: `quote_field_suffix: '.exact'` sends a phrase to the unstemmed `.exact` subfields, but for a field
 * without one (`parts.*`) Elasticsearch falls back to the field itself, where "Office-pakken" is the stemmed
 * parts "office pakke". So every phrase the query requires (not negated, outside OR and grouping) is also a
 * filter on the `.exact` fields alone: `"Office pakke"` does not find "Office-pakken".
 *
 * Known names (systems and organisations of the taxonomy) are phrases even unquoted: `Teams` searches the
 * unstemmed text, so it does not find "team strategi" (api/query/known-names.ts).
 */
import type { estypes } from '@elastic/elasticsearch';
import { SECTION_KEYS } from '../../analyzers/index-settings.js';
import type { SectionKey } from '../../ingest/model.js';
import { EXPENSIVE_QUERY_WORDS, MAX_PREFIX_TERMS, MIN_PREFIX_CHARS } from '../limits.js';
import { caseSensitiveNameFilters, liftNegatedNames, quoteKnownNames } from './known-names.js';

/** Field boosts: title strongest, then the decision and the recommendation, compound parts weakest. */
const SECTION_BOOSTS: Partial<Record<SectionKey, number>> = { beslutning: 2, indstilling: 1.5 };
const TITLE_BOOST = 3;
const PARTS_BOOST = 0.5;
/** A compound of the title ("IT-promillepuljen" for "pulje") outranks a mention in the body. */
const TITLE_PARTS_BOOST = 2;

/** A query needs a letter or digit to have something to match. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** The operators the user may use; FUZZY, NEAR and SLOP are off (`~` is no Danish search habit, and costly). */
const FLAGS = 'AND|OR|NOT|PREFIX|PHRASE|PRECEDENCE|ESCAPE|WHITESPACE';

const EXACT_SUFFIX = '.exact';

function boosted(field: string, boost: number): string {
  return boost === 1 ? field : `${field}^${boost}`;
}

/** The fields (with boosts) a query searches: everything, or one section and its compound parts. */
export function searchFields(section?: SectionKey): string[] {
  if (section) return [`sections.${section}`, boosted(`parts.${section}`, PARTS_BOOST)];
  return [
    boosted('title', TITLE_BOOST),
    ...SECTION_KEYS.map((key) => boosted(`sections.${key}`, SECTION_BOOSTS[key] ?? 1)),
    boosted('parts.title', TITLE_PARTS_BOOST),
    ...SECTION_KEYS.map((key) => boosted(`parts.${key}`, PARTS_BOOST)),
  ];
}

/**
 * What the highlighter should look for in one field: each word and phrase of the query that the field holds by
 * itself, as the search query matches it there (a word's parts all in the field, a phrase in its `.exact` field).
 * Without it the highlighter tries the whole query, over twenty fields, on every highlighted field of every hit:
 * at a million items that was 15 of a search's 16 ms. Null for a query with OR or grouping, whose words cannot be
 * taken one by one; the search query is highlighted then.
 */
export function fieldHighlightQuery(query: string | undefined, field: string): estypes.QueryDslQueryContainer | null {
  return fieldHighlightQueries(query)(field);
}

/** fieldHighlightQuery for every field of one query, the query read once. */
export function fieldHighlightQueries(query: string | undefined): (field: string) => estypes.QueryDslQueryContainer | null {
  const terms = highlightTerms(query);
  return (field) => {
    if (!terms) return null;
    const stemmed = field.endsWith(EXACT_SUFFIX) ? field.slice(0, -EXACT_SUFFIX.length) : field;
    const should = terms.map((term) => ({
      simple_query_string: { query: term, fields: [stemmed], default_operator: 'and', quote_field_suffix: EXACT_SUFFIX, flags: FLAGS, lenient: true, analyze_wildcard: false },
    }));
    return { bool: { should } } as estypes.QueryDslQueryContainer;
  };
}

/** The positive words and quoted phrases of a query without OR and grouping; null when there is none or it has those. */
function highlightTerms(query: string | undefined): string[] | null {
  const text = query?.trim() ?? '';
  if (!hasUserQuery(text)) return null;
  const parts = rewriteForSearch(text).text.split('"');
  if (hasAlternatives(parts)) return null;
  const terms: string[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      if (!parts[index - 1].endsWith('-') && SEARCHABLE.test(part)) terms.push(`"${part}"`);
      return;
    }
    for (const word of part.split(/[\s+]+/)) if (!word.startsWith('-') && SEARCHABLE.test(word)) terms.push(word);
  });
  return terms.length ? terms : null;
}

/** The unstemmed fields a phrase must match. */
export function exactFields(section?: SectionKey): string[] {
  if (section) return [`sections.${section}.exact`];
  return ['title.exact', ...SECTION_KEYS.map((key) => `sections.${key}.exact`)];
}

/**
 * The phrases a (rewritten) query requires: quoted, not negated, in a query without OR and grouping (where
 * a phrase might be one alternative of several). Empty when there are none or the query is not that simple.
 */
export function requiredPhrases(rewritten: string): string[] {
  const parts = rewritten.split('"');
  if (hasAlternatives(parts)) return [];
  const phrases: string[] = [];
  for (let index = 1; index < parts.length; index += 2) {
    const before = parts[index - 1];
    const phrase = parts[index].trim();
    if (phrase && !before.endsWith('-') && SEARCHABLE.test(phrase)) phrases.push(phrase);
  }
  return phrases;
}

/**
 * Does the query hold a quoted phrase (searched in the `.exact` fields) and words outside quotes (the stemmed
 * fields)? Known names ("Teams", "Office 365") count as phrases, as userQuery searches them (known-names.ts).
 */
export function queryParts(query: string | undefined): { phrases: boolean; words: boolean } {
  const parts = quoteKnownNames(query ?? '').split('"');
  return { phrases: parts.length > 2, words: SEARCHABLE.test(outsideQuotes(parts)) || !query };
}

/** The text outside quotes of a query split at its quotes. */
function outsideQuotes(parts: string[]): string {
  return parts.filter((_, index) => index % 2 === 0).join(' ');
}

/** Does a query (split at its quotes) hold OR or grouping outside quotes, so a word may be one alternative of several? */
function hasAlternatives(parts: string[]): boolean {
  return /[|()]/.test(outsideQuotes(parts));
}

/** The query as it is searched: operators rewritten, prefixes bounded, known names quoted, negated names lifted out. */
function rewriteForSearch(text: string): { text: string; excludedSystems: string[] } {
  return liftNegatedNames(quoteKnownNames(shape(text).text));
}

/**
 * Rewrites the words OR, AND and NOT outside quotes to `|`, `+` and `-`. Lowercase "or"/"and"/"not" stay
 * words. A trailing unbalanced quote is closed, so `"Office 365` is the phrase the user began.
 */
export function rewriteOperators(query: string): string {
  return mapOutsideQuotes(query, (part) =>
    part
      .replace(/(^|\s)OR(?=\s|$)/g, '$1|')
      .replace(/(^|\s)AND(?=\s|$)/g, '$1+')
      .replace(/(^|\s)NOT\s+(?=\S)/g, '$1-'),
  );
}

/** Applies `rewrite` to the parts of a query outside quotes; a trailing unbalanced quote is closed. */
function mapOutsideQuotes(query: string, rewrite: (part: string) => string): string {
  const parts = query.split('"');
  if (parts.length % 2 === 0) parts.push('');
  return parts.map((part, index) => (index % 2 === 1 ? part : rewrite(part))).join('"');
}

/** A prefix term: its stem up to the `*`, which ends it (whitespace, an operator or the end follows). */
const PREFIX_TERM = /([^\s+|()"*]*)\*+(?=$|[\s+|()])/g;

function lettersAndDigits(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * Bounds prefix expansion: the first MAX_PREFIX_TERMS prefix terms whose stem has at least MIN_PREFIX_CHARS
 * letters or digits keep their `*`; every other one is searched as the plain word (`a*` as `a`).
 */
export function boundPrefixes(rewritten: string): { text: string; prefixTerms: number } {
  let prefixTerms = 0;
  const text = mapOutsideQuotes(rewritten, (part) =>
    part.replace(PREFIX_TERM, (_match, stem: string) => {
      if (lettersAndDigits(stem) < MIN_PREFIX_CHARS || prefixTerms >= MAX_PREFIX_TERMS) return stem;
      prefixTerms++;
      return `${stem}*`;
    }),
  );
  return { text, prefixTerms };
}

/** Operators rewritten, prefixes bounded. */
function shape(query: string): { text: string; prefixTerms: number } {
  return boundPrefixes(rewriteOperators(query));
}

/**
 * Whether a query is expensive: it keeps a prefix term after bounding, or has more than
 * EXPENSIVE_QUERY_WORDS words. Expensive searches get cheaper highlighting and share a few slots
 * (api/expensive-searches.ts) so that they cannot starve the cheap ones.
 */
export function isExpensiveQuery(query: string | undefined): boolean {
  const text = query?.trim() ?? '';
  if (!hasUserQuery(text)) return false;
  const { text: shaped, prefixTerms } = shape(text);
  const words = shaped.split(/\s+/).filter((word) => SEARCHABLE.test(word)).length;
  return prefixTerms > 0 || words > EXPENSIVE_QUERY_WORDS;
}

/** True when the query has something to match: a letter or digit. Operators alone (`-`, `"`, `OR`) do not count. */
export function hasUserQuery(query: string | undefined): boolean {
  return Boolean(query && SEARCHABLE.test(query.replace(/(^|\s)(?:OR|AND|NOT)(?=\s|$)/g, ' ')));
}

/** The query clause for a user query; match_all when the query is empty or holds nothing to match. */
export function userQuery(query: string | undefined, section?: SectionKey): estypes.QueryDslQueryContainer {
  const text = query?.trim() ?? '';
  if (!hasUserQuery(text)) return { match_all: {} };
  const { text: rewritten, excludedSystems } = rewriteForSearch(text);
  const main: estypes.QueryDslQueryContainer = hasUserQuery(rewritten)
    ? {
        simple_query_string: {
          query: rewritten,
          fields: searchFields(section),
          default_operator: 'and',
          quote_field_suffix: EXACT_SUFFIX,
          flags: FLAGS,
          lenient: true,
          analyze_wildcard: false,
        },
      }
    : { match_all: {} };
  const mustNot: estypes.QueryDslQueryContainer[] = excludedSystems.map((name) => ({ term: { systems: name } }));
  const phrases = requiredPhrases(rewritten);
  if (phrases.length === 0) return mustNot.length ? { bool: { must: [main], must_not: mustNot } } : main;
  const exact: estypes.QueryDslQueryContainer = {
    simple_query_string: {
      query: phrases.map((phrase) => `"${phrase.replace(/\\/g, '')}"`).join(' '),
      fields: exactFields(section),
      default_operator: 'and',
      flags: 'PHRASE|WHITESPACE',
      lenient: true,
    },
  };
  const filter = [exact, ...caseSensitiveNameFilters(phrases)];
  return { bool: { must: [main], filter, ...(mustNot.length ? { must_not: mustNot } : {}) } };
}
