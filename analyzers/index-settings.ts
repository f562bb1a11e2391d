import type { estypes } from '@elastic/elasticsearch';

/**
 * Index settings and mappings. Only components present in every distribution (the integ-test-zip has no
 * analysis-common): the standard tokenizer and the lowercase, stop and hunspell filters. Decompounding, which
 * the node cannot do, happens in analyzers/decompound.ts and fills the `parts.*` fields.
 *
 * Bump SCHEMA_VERSION whenever settings or mappings change: ingest then builds a new concrete index and
 * swaps the alias over to it. v2: offsets in the postings of highlighted fields, so highlighting does not
 * re-run the hunspell analysis over every hit (measured in the benchmark: about half the search time).
 * v3: sourceHash, the sha256 of the source file's text.
 *     Also v3: the spending and saving figures (value, class, sentence) that the analyses count.
 *     Also v3: sourceUrl, where a meeting's document was published.
 *     Also v3: the general reader's facts: kind (referat/dagsorden, a facet), the body as printed, whether an item's
 *     number is printed, the meeting's confidence, and the PDF page an item starts on.
 * v4: the case numbers' global ordinals are built at refresh (eager), not by the first DKK chart that asks which
 *     cases two items share (measured: 260 ms on the first such chart at 1M items).
 */
export const SCHEMA_VERSION = 4;

export const SECTION_KEYS = [
  'resume',
  'indstilling',
  'sagsfremstilling',
  'beslutning',
  'oekonomi',
  'lovgrundlag',
  'behandling',
  'bilag',
  'sagstype',
] as const;

/** Text fields that get compound parts: the title and every section. */
export const PART_KEYS = ['title', ...SECTION_KEYS] as const;

export const DANISH_ANALYZER = 'danish_text';
export const EXACT_ANALYZER = 'danish_exact';

const analysis: estypes.IndicesIndexSettingsAnalysis = {
  filter: {
    danish_stop: { type: 'stop', stopwords: '_danish_' },
    // The estypes declare the locale aliases (lang, language) as required; Elasticsearch needs only one.
    danish_hunspell: { type: 'hunspell', locale: 'da_DK', dedup: true } as unknown as estypes.AnalysisHunspellTokenFilter,
  },
  analyzer: {
    [DANISH_ANALYZER]: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'danish_stop', 'danish_hunspell'] },
    [EXACT_ANALYZER]: { type: 'custom', tokenizer: 'standard', filter: ['lowercase'] },
  },
};

/** Highlighted text: stemmed, with an unstemmed `.exact` sub-field for quoted phrases. */
const danishText: estypes.MappingProperty = {
  type: 'text',
  analyzer: DANISH_ANALYZER,
  index_options: 'offsets',
  fields: { exact: { type: 'text', analyzer: EXACT_ANALYZER, index_options: 'offsets' } },
};

const facet: estypes.MappingProperty = { type: 'keyword', eager_global_ordinals: true };
const keyword: estypes.MappingProperty = { type: 'keyword' };

function objectOf(keys: readonly string[], property: estypes.MappingProperty): estypes.MappingProperty {
  return { type: 'object', properties: Object.fromEntries(keys.map((key) => [key, property])) };
}

/** The facts of a meeting: on the meeting's document, and copied onto each of its items (ItemDocument). */
const meetingFacts: Record<string, estypes.MappingProperty> = {
  municipality: facet,
  municipalityCode: keyword,
  body: facet,
  bodyPrinted: { type: 'keyword', index: false },
  kind: facet,
  date: { type: 'date', format: 'strict_date' },
  year: { type: 'integer' },
  startTime: { type: 'keyword', index: false },
  layout: keyword,
  sourceFile: keyword,
  sourceUrl: { type: 'keyword', index: false },
  /** sha256 of the source file's text. */
  sourceHash: keyword,
};

/** A MoneyFigure: counted and grouped by value and class; the sentence is only shown. */
const moneyFigure: estypes.MappingProperty = {
  properties: { value: { type: 'long' }, class: keyword, sentence: { type: 'keyword', index: false, doc_values: false } },
};

export const itemsMappings: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  _meta: { schemaVersion: SCHEMA_VERSION },
  properties: {
    id: keyword,
    meetingId: keyword,
    ...meetingFacts,
    // Only displayed with an item; on the meeting it is searchable text.
    location: { type: 'keyword', index: false },
    number: { type: 'integer' },
    numbered: { type: 'boolean' },
    sourcePage: { type: 'integer', index: false },
    title: {
      ...danishText,
      fields: { ...(danishText.fields as object), keyword: { type: 'keyword', ignore_above: 512 } },
    },
    titleSuggest: { type: 'completion', analyzer: 'simple', max_input_length: 100 },
    closed: { type: 'boolean' },
    caseType: facet,
    caseNumbers: { type: 'keyword', eager_global_ordinals: true },
    journalNumber: keyword,
    kleGroup: facet,
    documentNumber: keyword,
    attachments: { type: 'text', analyzer: DANISH_ANALYZER },
    sections: objectOf(SECTION_KEYS, danishText),
    parts: objectOf(PART_KEYS, { type: 'text', analyzer: DANISH_ANALYZER }),
    decisionOutcome: facet,
    amounts: { type: 'object', enabled: false },
    primaryAmount: { type: 'long' },
    spending: moneyFigure,
    saving: moneyFigure,
    hasAmount: { type: 'boolean' },
    topics: facet,
    topicMatches: { type: 'object', enabled: false },
    systems: facet,
    tokenCount: { type: 'integer' },
  },
};

export const meetingsMappings: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  _meta: { schemaVersion: SCHEMA_VERSION },
  properties: {
    id: keyword,
    ...meetingFacts,
    municipalitySource: keyword,
    location: { type: 'text', analyzer: DANISH_ANALYZER },
    attendees: { type: 'text', analyzer: EXACT_ANALYZER, fields: { keyword: keyword } },
    contentHash: keyword,
    confidence: {
      properties: { score: { type: 'float' }, level: keyword, reasons: { type: 'keyword', index: false, doc_values: false } },
    },
    itemCount: { type: 'integer' },
  },
};

export function indexSettings(): estypes.IndicesIndexSettings {
  // One replica as soon as the cluster has a second data node to hold it (docs/operations-http.md), none before.
  return { number_of_shards: 1, auto_expand_replicas: '0-1', analysis };
}
