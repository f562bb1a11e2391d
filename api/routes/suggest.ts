import type { estypes } from '@elastic/elasticsearch';
import { Hono } from 'hono';
import type { Suggestion, SuggestResponse } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ES_OPTIONS } from '../es.js';
import { SUGGEST_MAX, SUGGEST_PREFIX_MAX_CHARS } from '../limits.js';
import { plainText } from '../query/clean-text.js';
import { queryValidator, suggestQuerySchema, truncate } from '../query/params.js';
import { organisationNames } from '../../analyzers/known-names.js';
import { taxonomy } from '../taxonomy.js';
import { escapeRegExp } from '../../analyzers/regexp.js';

/** Suggestions of each kind before the list is topped up from whatever kind has more. */
const PER_KIND = 3;
/** System names looked at (the facet's values). */
const SYSTEMS_CONSIDERED = 500;

/** Case-insensitive: does a word of `text` (or the text itself) start with `prefix`? */
export function prefixMatcher(prefix: string): (text: string) => boolean {
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(prefix.toLowerCase())}`, 'u');
  return (text) => pattern.test(text.toLowerCase());
}

/** Topics whose label or one of whose terms matches the prefix. */
function topicSuggestions(matches: (text: string) => boolean): Suggestion[] {
  return taxonomy()
    .topics.filter((topic) => matches(topic.label) || [...topic.terms, ...topic.caseSensitiveTerms].some((term) => matches(term.replace(/\*/g, ''))))
    .map((topic) => ({ text: topic.label, kind: 'topic' as const, topic: topic.id }));
}

/** Up to PER_KIND of each kind first (topics, systems, titles), then topped up in the same order. */
function merge(groups: Suggestion[][]): Suggestion[] {
  const seen = new Set<string>();
  const result: Suggestion[] = [];
  const add = (suggestion: Suggestion) => {
    const key = `${suggestion.kind}:${suggestion.text.toLowerCase()}`;
    if (result.length >= SUGGEST_MAX || seen.has(key)) return;
    seen.add(key);
    result.push(suggestion);
  };
  for (const group of groups) group.slice(0, PER_KIND).forEach(add);
  for (const group of groups) group.forEach(add);
  return result;
}

/**
 * GET /api/suggest?prefix=: completions for the search box from three sources, case-insensitive: topic labels
 * and terms (taxonomy), system and organisation names (the `systems` field) and item titles (the `titleSuggest` completion
 * field, which matches from the start of a title). One Elasticsearch request.
 */
export function suggestRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/', queryValidator(suggestQuerySchema), async (c) => {
    const prefix = truncate(c.req.valid('query').prefix ?? '', SUGGEST_PREFIX_MAX_CHARS);
    if (!prefix) return c.json({ suggestions: [] } satisfies SuggestResponse, 200);
    const matches = prefixMatcher(prefix);

    const response = await deps.client.search(
      {
        index: deps.names.items,
        size: 0,
        track_total_hits: false,
        aggs: { systems: { terms: { field: 'systems', size: SYSTEMS_CONSIDERED } } },
        suggest: { titles: { prefix, completion: { field: 'titleSuggest', size: SUGGEST_MAX, skip_duplicates: true } } },
      },
      ES_OPTIONS,
    );
    const systemBuckets = (response.aggregations?.systems as estypes.AggregationsStringTermsAggregate | undefined)?.buckets;
    const organisations = new Set(organisationNames());
    const systems: Suggestion[] = (Array.isArray(systemBuckets) ? systemBuckets : [])
      .map((bucket) => String(bucket.key))
      .filter(matches)
      .map((text) => ({ text, kind: organisations.has(text) ? 'organisation' : 'system' }));
    const titleOptions = response.suggest?.titles?.[0]?.options;
    const titles: Suggestion[] = (Array.isArray(titleOptions) ? titleOptions : []).map((option) => ({ text: plainText(option.text), kind: 'title' }));

    const body: SuggestResponse = { suggestions: merge([topicSuggestions(matches), systems, titles]) };
    return c.json(body, 200);
  });
}
