/**
 * The fixed query mixes the benchmark replays against the API, as the web UI sends them: every search asks
 * for page 1 of 20 hits, and the API always answers with all facets and highlighted snippets.
 * Changing a mix makes new results incomparable with earlier ones: add a note to the history when you do.
 */

export type SearchKind = 'word' | 'compound' | 'phrase' | 'facet' | 'section' | 'sort';

export interface SearchQuery {
  kind: SearchKind;
  /** Query string for /api/search, without the leading "?". */
  params: string;
}

function qs(entries: Array<[string, string | number]>): string {
  return entries.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`).join('&');
}

const page = (entries: Array<[string, string | number]>) => qs([...entries, ['page', 1], ['size', 20]]);

/** 30 searches: 6 single words, 6 compounds, 5 phrases, 6 with facet filters, 4 section-scoped, 3 sorted by date. */
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
  { kind: 'section', params: page([['q', 'godkendt'], ['section', 'beslutning']]) },
  { kind: 'section', params: page([['q', 'Teams'], ['section', 'sagsfremstilling']]) },
  { kind: 'section', params: page([['q', 'mio'], ['section', 'oekonomi']]) },
  { kind: 'section', params: page([['q', 'indstiller'], ['section', 'indstilling']]) },
  { kind: 'sort', params: page([['sort', 'date_desc']]) },
  { kind: 'sort', params: page([['q', 'Office'], ['sort', 'date_desc']]) },
  { kind: 'sort', params: page([['q', 'budget'], ['sort', 'date_asc'], ['yearFrom', 2015]]) },
];

export type TrendKind = 'topic-2' | 'topic-8' | 'term-2' | 'term-8';

export interface TrendQuery {
  kind: TrendKind;
  interval: 'year' | 'month';
  params: string;
}

const TOPICS_2 = ['telefoni', 'office-samarbejde'];
const TOPICS_8 = ['telefoni', 'office-samarbejde', 'esdh-sagsbehandling', 'digitaliseringsstrategi', 'it-budget-puljer', 'gdpr-informationssikkerhed', 'udbud', 'covid-19'];
const TERMS_2 = ['Teams', '"Skype for Business"'];
const TERMS_8 = ['Teams', '"Skype for Business"', 'ESDH', 'GDPR', 'budget', 'effektiviseringspuljen', 'borgerservice', '"Office 365"'];

function trend(kind: TrendKind, interval: 'year' | 'month', key: 'topic' | 'term', values: string[], normalize: string): TrendQuery {
  return { kind, interval, params: qs([...values.map((value): [string, string] => [key, value]), ['interval', interval], ['metric', 'items'], ['normalize', normalize]]) };
}

/** 8 trend requests: topic and free-term series, 2 and 8 series, yearly and monthly, always normalised. */
export const TRENDS_MIX: readonly TrendQuery[] = [
  trend('topic-2', 'year', 'topic', TOPICS_2, 'share_of_items'),
  trend('topic-2', 'month', 'topic', TOPICS_2, 'share_of_items'),
  trend('topic-8', 'year', 'topic', TOPICS_8, 'per_meeting'),
  trend('topic-8', 'month', 'topic', TOPICS_8, 'share_of_items'),
  trend('term-2', 'year', 'term', TERMS_2, 'share_of_items'),
  trend('term-2', 'month', 'term', TERMS_2, 'per_meeting'),
  trend('term-8', 'year', 'term', TERMS_8, 'share_of_items'),
  trend('term-8', 'month', 'term', TERMS_8, 'share_of_items'),
];

/** The large CSV export: every item (up to the API's row cap), newest first. */
export const EXPORT_PARAMS = qs([['sort', 'date_desc']]);
