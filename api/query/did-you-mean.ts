/**
 * "Mente du …?": when a query finds few items, a corrected query from the index's own vocabulary. Each plain
 * word of the query (no operators, quotes or wildcards) is replaced by
 *   - the canonical name when it is another spelling of a known name ("office365" → "Office 365"), else
 *   - the best term suggestion (Elasticsearch's term suggester, up to two edits) over the unstemmed title and
 *     sections ("digitalisring" → "digitalisering").
 * The correction is offered only when it finds more items than the query did, under the same filters.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { knownNameOf } from '../../analyzers/known-names.js';
import type { QuerySuggestion, SearchFilters } from '../contract.js';
import { ES_OPTIONS } from '../es.js';
import type { SectionKey } from '../../ingest/model.js';
import { allClauses } from './filters.js';
import { exactFields, userQuery } from './user-query.js';

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
/** Shorter words have too many neighbours at two edits; longer ones are no word. */
const MIN_WORD_CHARS = 4;
const MAX_WORD_CHARS = 40;

type TermOption = { text: string; score: number; freq: number };

/** The best correction of each misspelt word, over every field's term suggestions. */
function bestOptions(suggest: estypes.SearchResponse['suggest']): Map<string, TermOption> {
  const best = new Map<string, TermOption>();
  for (const entries of Object.values(suggest ?? {})) {
    for (const entry of entries) {
      const options = (Array.isArray(entry.options) ? entry.options : [entry.options]) as TermOption[];
      for (const option of options) {
        const current = best.get(entry.text);
        if (!current || option.score > current.score || (option.score === current.score && option.freq > current.freq)) {
          best.set(entry.text, option);
        }
      }
    }
  }
  return best;
}

async function termCorrections(client: Client, index: string, words: string[], section?: SectionKey): Promise<{ options: Map<string, TermOption>; took: number }> {
  if (words.length === 0) return { options: new Map(), took: 0 };
  const term = (field: string): estypes.SearchTermSuggester => ({
    field,
    suggest_mode: 'popular',
    max_edits: 2,
    min_word_length: MIN_WORD_CHARS,
    size: 1,
    sort: 'score',
  });
  const suggest = Object.fromEntries(exactFields(section).map((field, i) => [`field${i}`, { text: words.join(' '), term: term(field) }]));
  const response = await client.search({ index, size: 0, track_total_hits: false, suggest }, ES_OPTIONS);
  return { options: bestOptions(response.suggest), took: response.took };
}

/** The corrected query, or null when no word needs (or has) a correction; and Elasticsearch's `took` for it. */
export async function correctedQuery(client: Client, index: string, query: string, section?: SectionKey): Promise<{ text: string | null; took: number }> {
  const tokens = query.trim().split(/\s+/);
  const corrections = new Map<string, string>();
  const toSuggest: string[] = [];
  for (const token of tokens) {
    if (!PLAIN_WORD.test(token) || token.length < MIN_WORD_CHARS || token.length > MAX_WORD_CHARS) continue;
    const known = knownNameOf([token]);
    if (known && known.name.toLowerCase() !== token.toLowerCase()) corrections.set(token, known.name);
    else if (!known) toSuggest.push(token.toLowerCase());
  }
  const { options, took } = await termCorrections(client, index, toSuggest, section);
  for (const token of tokens) {
    const option = options.get(token.toLowerCase());
    if (option && !corrections.has(token)) corrections.set(token, option.text);
  }
  if (corrections.size === 0) return { text: null, took };
  return { text: tokens.map((token) => corrections.get(token) ?? token).join(' '), took };
}

/**
 * A better query than `query` when there is one: it finds more than `total` items under the same filters. Also
 * Elasticsearch's `took` over the searches it ran.
 */
export async function didYouMean(
  client: Client,
  index: string,
  input: { q: string; section?: SectionKey; filters: SearchFilters; total: number },
): Promise<{ suggestion: QuerySuggestion | null; tookMs: number }> {
  const { text, took } = await correctedQuery(client, index, input.q, input.section);
  if (!text) return { suggestion: null, tookMs: took };
  const counted = await client.search(
    {
      index,
      size: 0,
      track_total_hits: true,
      query: { bool: { must: [userQuery(text, input.section)], filter: allClauses(input.filters) } },
    },
    ES_OPTIONS,
  );
  const hits = typeof counted.hits.total === 'number' ? counted.hits.total : (counted.hits.total?.value ?? 0);
  return { suggestion: hits > input.total ? { text, hits } : null, tookMs: took + counted.took };
}
