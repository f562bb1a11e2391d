/**
 * SearchFilters → Elasticsearch filter clauses. Two kinds:
 * - facet filters (one per FacetName): values within a facet are ORed, facets are ANDed. In a search they go
 *   into `post_filter`, so each facet's own counts can ignore its own selection (disjunctive facets);
 * - range filters (yearFrom/yearTo, dateFrom/dateTo, hasAmount): part of the query, they narrow everything.
 */
import type { estypes } from '@elastic/elasticsearch';
import { FACET_FIELDS, type FacetName, type SearchFilters } from '../contract.js';

type Clause = estypes.QueryDslQueryContainer;

/** The indexed field behind each facet. */
export const FACET_INDEX_FIELDS: Record<FacetName, string> = {
  municipality: 'municipality',
  body: 'body',
  kind: 'kind',
  year: 'year',
  topic: 'topics',
  caseType: 'caseType',
  outcome: 'decisionOutcome',
  kle: 'kleGroup',
  system: 'systems',
  closed: 'closed',
};

/** A KLE main group matches kleGroup; a longer code matches that journal number and every code under it. */
function kleClause(codes: string[]): Clause {
  const groups = codes.filter((code) => /^\d{2}$/.test(code));
  const numbers = codes.filter((code) => !/^\d{2}$/.test(code));
  const should: Clause[] = [];
  if (groups.length) should.push({ terms: { kleGroup: groups } });
  for (const code of numbers) {
    should.push({ term: { journalNumber: code } }, { prefix: { journalNumber: `${code}.` } }, { prefix: { journalNumber: `${code}-` } });
  }
  return { bool: { should, minimum_should_match: 1 } };
}

/** The filter clause of one facet, or undefined when nothing in it is selected. */
function facetClause(facet: FacetName, filters: SearchFilters): Clause | undefined {
  if (facet === 'closed') return filters.closed === undefined ? undefined : { term: { closed: filters.closed } };
  if (facet === 'kle') return filters.kle?.length ? kleClause(filters.kle) : undefined;
  const values = filters[facet];
  return values?.length ? { terms: { [FACET_INDEX_FIELDS[facet]]: values } } : undefined;
}

/** The filter clause of each facet that has a selection. */
export function facetClauses(filters: SearchFilters): Partial<Record<FacetName, Clause>> {
  const clauses: Partial<Record<FacetName, Clause>> = {};
  for (const facet of FACET_FIELDS) {
    const clause = facetClause(facet, filters);
    if (clause) clauses[facet] = clause;
  }
  return clauses;
}

/** The range filters: they narrow the hits and every facet alike. */
export function rangeClauses(filters: SearchFilters): Clause[] {
  const clauses: Clause[] = [];
  if (filters.yearFrom !== undefined || filters.yearTo !== undefined) {
    clauses.push({ range: { year: { gte: filters.yearFrom, lte: filters.yearTo } } });
  }
  if (filters.dateFrom || filters.dateTo) {
    clauses.push({ range: { date: { gte: filters.dateFrom, lte: filters.dateTo, format: 'strict_date' } } });
  }
  if (filters.hasAmount !== undefined) clauses.push({ term: { hasAmount: filters.hasAmount } });
  return clauses;
}

/** Every filter as one list of clauses (trends, export: no facets to keep apart). */
export function allClauses(filters: SearchFilters): Clause[] {
  return [...rangeClauses(filters), ...Object.values(facetClauses(filters))];
}

/** `bool.filter` of the clauses, or match_all. */
export function andAll(clauses: Clause[]): Clause {
  return clauses.length ? { bool: { filter: clauses } } : { match_all: {} };
}

/**
 * The date range the filters allow, as ISO dates (either end may be open): the intersection of
 * yearFrom/yearTo, dateFrom/dateTo and the selected years.
 */
export function dateBounds(filters: SearchFilters): { from: string | null; to: string | null } {
  const froms: string[] = [];
  const tos: string[] = [];
  if (filters.yearFrom !== undefined) froms.push(`${filters.yearFrom}-01-01`);
  if (filters.yearTo !== undefined) tos.push(`${filters.yearTo}-12-31`);
  if (filters.dateFrom) froms.push(filters.dateFrom);
  if (filters.dateTo) tos.push(filters.dateTo);
  if (filters.year?.length) {
    froms.push(`${Math.min(...filters.year)}-01-01`);
    tos.push(`${Math.max(...filters.year)}-12-31`);
  }
  return { from: froms.length ? froms.sort().at(-1)! : null, to: tos.length ? tos.sort()[0] : null };
}
