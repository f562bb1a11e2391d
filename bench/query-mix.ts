/**
 * The fixed query mixes the benchmark replays against the API, as the web UI sends them: every search asks
 * for page 1 of 20 hits, and the API always answers with all facets and highlighted snippets.
 * Changing a mix makes new results incomparable with earlier ones: add a note to the history when you do.
 */

export type SearchKind = 'word' | 'compound' | 'phrase' | 'facet' | 'section' | 'sort' | 'spelling';

export interface SearchQuery {
  kind: SearchKind;
  /** Query string for /api/search, without the leading "?". */
  params: string;
}

function qs(entries: Array<[string, string | number]>): string {
  return entries.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`).join('&');
}

const page = (entries: Array<[string, string | number]>) => qs([...entries, ['page', 1], ['size', 20]]);

/**
 * 34 searches: 6 single words, 8 compounds, 5 phrases, 7 with facet filters, 4 section-scoped, 3 sorted by date,
 * 2 misspelt. Since 2026-12-01 the mix also holds the query kinds of the search-quality and spending work: words
 * found only inside compounds (`pulje`, `promille`: the compound snippets), misspellings (did-you-mean, which
 * runs its own searches when a query finds few items), the known-name system filter and a spending-figure filter.
 */
export const SEARCH_MIX: readonly SearchQuery[] = [
  { kind: 'word', params: page([['q', 'budget']]) },
  { kind: 'word', params: page([['q', 'Teams']]) },
  { kind: 'word', params: page([['q', 'Skype']]) },
  { kind: 'word', params: page([['q', 'ESDH']]) },
  { kind: 'word', params: page([['q', 'GDPR']]) },
  { kind: 'word', params: page([['q', 'borgerservice']]) },
  { kind: 'compound', params: page([['q', 'effektiviseringspuljen']]) },
  { kind: 'compound', params: page([['q', 'telefoniløsning']]) },
  { kind: 'compound', params: page([['q', 'it-promillepuljen']]) },
  { kind: 'compound', params: page([['q', 'kontorpakke']]) },
  { kind: 'compound', params: page([['q', 'digitaliseringsstrategi']]) },
  { kind: 'compound', params: page([['q', 'økonomiopfølgning']]) },
  { kind: 'compound', params: page([['q', 'pulje']]) },
  { kind: 'compound', params: page([['q', 'promille']]) },
  { kind: 'phrase', params: page([['q', '"Skype for Business"']]) },
  { kind: 'phrase', params: page([['q', '"Office 365"']]) },
  { kind: 'phrase', params: page([['q', '"fælles udbud"']]) },
  { kind: 'phrase', params: page([['q', '"nyt ESDH-system"']]) },
  { kind: 'phrase', params: page([['q', '"god borgerkontakt"']]) },
  { kind: 'facet', params: page([['q', 'budget'], ['municipality', 'Aarhus']]) },
  { kind: 'facet', params: page([['q', 'Teams'], ['year', 2021]]) },
  { kind: 'facet', params: page([['topic', 'telefoni'], ['caseType', 'Beslutning']]) },
  { kind: 'facet', params: page([['q', 'udbud'], ['outcome', 'godkendt'], ['yearFrom', 2016], ['yearTo', 2020]]) },
  { kind: 'facet', params: page([['system', 'Teams'], ['body', 'Direktionen']]) },
  { kind: 'facet', params: page([['q', 'licenser'], ['municipality', 'København'], ['municipality', 'Odense'], ['kle', '85']]) },
  { kind: 'facet', params: page([['q', 'Teams'], ['hasAmount', 'true'], ['sort', 'amount_desc']]) },
  { kind: 'section', params: page([['q', 'godkendt'], ['section', 'beslutning']]) },
  { kind: 'section', params: page([['q', 'Teams'], ['section', 'sagsfremstilling']]) },
  { kind: 'section', params: page([['q', 'mio'], ['section', 'oekonomi']]) },
  { kind: 'section', params: page([['q', 'indstiller'], ['section', 'indstilling']]) },
  { kind: 'sort', params: page([['sort', 'date_desc']]) },
  { kind: 'sort', params: page([['q', 'Office'], ['sort', 'date_desc']]) },
  { kind: 'sort', params: page([['q', 'budget'], ['sort', 'date_asc'], ['yearFrom', 2015]]) },
  { kind: 'spelling', params: page([['q', 'digitalisring']]) },
  { kind: 'spelling', params: page([['q', 'telefonii']]) },
];

export type TrendKind = 'topic-2' | 'topic-8' | 'term-2' | 'term-8' | 'breakdown' | 'dkk-8' | 'dkk-breakdown';

export interface TrendQuery {
  kind: TrendKind;
  interval: 'year' | 'month';
  params: string;
}

const TOPICS_2 = ['telefoni', 'office-samarbejde'];
const TOPICS_8 = ['telefoni', 'office-samarbejde', 'esdh-sagsbehandling', 'digitaliseringsstrategi', 'it-budget-puljer', 'gdpr-informationssikkerhed', 'udbud', 'covid-19'];
const TERMS_2 = ['Teams', '"Skype for Business"'];
const TERMS_8 = ['Teams', '"Skype for Business"', 'ESDH', 'GDPR', 'budget', 'effektiviseringspuljen', 'borgerservice', '"Office 365"'];

function trend(
  kind: TrendKind,
  interval: 'year' | 'month',
  key: 'topic' | 'term',
  values: string[],
  normalize: string,
  extra: Array<[string, string]> = [['metric', 'items']],
): TrendQuery {
  return { kind, interval, params: qs([...values.map((value): [string, string] => [key, value]), ['interval', interval], ...extra, ['normalize', normalize]]) };
}

const BY_MUNICIPALITY: Array<[string, string]> = [['metric', 'items'], ['breakdown', 'municipality'], ['top', '10']];
const DKK: Array<[string, string]> = [['metric', 'granted']];
const DKK_BY_MUNICIPALITY: Array<[string, string]> = [['metric', 'granted'], ['breakdown', 'municipality'], ['top', '10']];

/**
 * 13 trend requests: topic and free-term series, 2 and 8 series, yearly and monthly, normalised; since 2026-12-01
 * also the per-municipality breakdown (top 10 and "Øvrige") of a topic and a term, and the DKK measure (money
 * granted, counted once per case) for 8 topics and per municipality.
 */
export const TRENDS_MIX: readonly TrendQuery[] = [
  trend('topic-2', 'year', 'topic', TOPICS_2, 'share_of_items'),
  trend('topic-2', 'month', 'topic', TOPICS_2, 'share_of_items'),
  trend('topic-8', 'year', 'topic', TOPICS_8, 'per_meeting'),
  trend('topic-8', 'month', 'topic', TOPICS_8, 'share_of_items'),
  trend('term-2', 'year', 'term', TERMS_2, 'share_of_items'),
  trend('term-2', 'month', 'term', TERMS_2, 'per_meeting'),
  trend('term-8', 'year', 'term', TERMS_8, 'share_of_items'),
  trend('term-8', 'month', 'term', TERMS_8, 'share_of_items'),
  trend('breakdown', 'year', 'topic', ['digitaliseringsstrategi'], 'per_meeting', BY_MUNICIPALITY),
  trend('breakdown', 'month', 'term', ['Teams'], 'share_of_items', BY_MUNICIPALITY),
  trend('dkk-8', 'year', 'topic', TOPICS_8, 'none', DKK),
  trend('dkk-8', 'month', 'topic', TOPICS_8, 'share_of_items', DKK),
  trend('dkk-breakdown', 'year', 'topic', ['esdh-sagsbehandling'], 'none', DKK_BY_MUNICIPALITY),
];

/** The large CSV export: every item (up to the API's row cap), newest first. */
export const EXPORT_PARAMS = qs([['sort', 'date_desc']]);
