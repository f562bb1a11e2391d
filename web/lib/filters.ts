import type { FacetName, FacetValue } from '../../api/contract.js';
import { formatDate, outcomeLabel, sectionLabel } from '../format.js';
import type { DecisionOutcome } from '../../ingest/model.js';

/** Facets in sidebar order, with their Danish names. */
export const FACETS: { name: FacetName; label: string }[] = [
  { name: 'municipality', label: 'Kommune' },
  { name: 'body', label: 'Organ' },
  { name: 'kind', label: 'Dokument' },
  { name: 'year', label: 'År' },
  { name: 'topic', label: 'Emne' },
  { name: 'caseType', label: 'Sagstype' },
  { name: 'outcome', label: 'Udfald' },
  { name: 'kle', label: 'KLE-gruppe' },
  { name: 'system', label: 'System' },
  { name: 'closed', label: 'Status' },
] satisfies { name: FacetName; label: string }[];

/** Single-valued filters: set by drill-downs from charts and by links, shown as chips. */
export const SCALAR_FILTERS = ['yearFrom', 'yearTo', 'dateFrom', 'dateTo', 'hasAmount', 'section'] as const;

/** Every parameter /api/search understands; anything else in the page URL stays out of the request. */
export const SEARCH_PARAMS = ['q', ...FACETS.map((f) => f.name), ...SCALAR_FILTERS, 'sort', 'page', 'size'];

export const FILTER_LABELS: Record<string, string> = {
  ...Object.fromEntries(FACETS.map((f) => [f.name, f.label])),
  yearFrom: 'Fra år',
  yearTo: 'Til år',
  dateFrom: 'Fra dato',
  dateTo: 'Til dato',
  hasAmount: 'Beløb',
  section: 'Afsnit',
};

/** A filter value as a person reads it. `labelOf` resolves facet labels (topics) when known. */
export function filterValueLabel(name: string, value: string, labelOf?: (name: string, value: string) => string | undefined): string {
  const known = labelOf?.(name, value);
  switch (name) {
    case 'dateFrom':
    case 'dateTo':
      return formatDate(value);
    case 'hasAmount':
      return value === 'true' ? 'Med beløb' : 'Uden beløb';
    case 'closed':
      return value === 'true' ? 'Lukkede punkter' : 'Åbne punkter';
    case 'kind':
      return value === 'dagsorden' ? 'Dagsordener' : 'Referater';
    case 'section':
      return sectionLabel(value);
    case 'kle':
      return known && known !== value ? known : kleLabel(value);
    case 'outcome':
      return known && known !== value ? known : outcomeLabel(value as DecisionOutcome);
    default:
      return known ?? value;
  }
}

/** A KLE code without a configured title: "KLE-hovedgruppe 85", "KLE-nummer 85.02". */
export function kleLabel(code: string): string {
  return /^\d{2}$/.test(code) ? `KLE-hovedgruppe ${code}` : `KLE-nummer ${code}`;
}

/** A facet's values with those selected in the URL marked, and added when the API did not return them. */
export function withSelected(name: FacetName, values: FacetValue[], selected: string[]): FacetValue[] {
  const all = values.map((v) => ({ ...v, selected: v.selected || selected.includes(v.value) }));
  for (const value of selected)
    if (!all.some((v) => v.value === value)) all.push({ value, label: value, count: 0, selected: true });
  if (name === 'year') all.sort((a, b) => b.value.localeCompare(a.value));
  return all;
}

export interface ActiveFilter {
  name: string;
  value: string;
}

export function activeFilters(params: URLSearchParams): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  for (const { name } of FACETS) for (const value of params.getAll(name)) filters.push({ name, value });
  for (const name of SCALAR_FILTERS) {
    const value = params.get(name);
    if (value) filters.push({ name, value });
  }
  return filters;
}

/** The request to /api/search for a page URL: known parameters only, in a stable order. */
export function searchRequestParams(params: URLSearchParams): URLSearchParams {
  const request = new URLSearchParams();
  for (const name of SEARCH_PARAMS) for (const value of params.getAll(name)) if (value !== '') request.append(name, value);
  return request;
}
