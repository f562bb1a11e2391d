/**
 * The document model: what ingest produces, what the index stores and what the API returns.
 * One module, imported by ingest/, api/ and web/ (types only in web/).
 */

/** Normalised section keys. Danish headings per layout map onto these (see analyzers/sections.ts). */
export type SectionKey =
  | 'resume' // Resume og sagens baggrund / Baggrund / Sagens baggrund / Sagens kerne
  | 'indstilling' // Indstilling / Indstillinger
  | 'sagsfremstilling'
  | 'beslutning' // Beslutning … / Direktionens møde den …:
  | 'oekonomi' // Økonomi / Økonomiske konsekvenser / Økonomiske oplysninger
  | 'lovgrundlag'
  | 'behandling'
  | 'bilag'
  | 'sagstype';

export type Sections = Partial<Record<SectionKey, string>>;

export type LayoutId = 'kalundborg' | 'htk' | 'nordfyns' | 'unknown';

export type CaseType = 'Orientering' | 'Beslutning' | 'Drøftelse';

export type DecisionOutcome =
  | 'godkendt'
  | 'anbefalet'
  | 'udsat'
  | 'drøftet'
  | 'taget til efterretning'
  | 'ikke godkendt'
  | 'andet';

export type AmountRole = 'bevilling' | 'besparelse' | 'budget' | 'udgift' | 'andet';

export interface Amount {
  /** Value in whole DKK. */
  value: number;
  /** The raw text as printed, e.g. "2,7 mio. kr." or a table cell "850" (with its scale in `scale`). */
  text: string;
  /** The sentence (or table row) the amount stands in. */
  sentence: string;
  section: SectionKey | 'title';
  role: AmountRole;
  /** Multiplier applied from a table header such as "I 1000 kr."; 1 for running text. */
  scale?: number;
  /** True for a table's "I alt"/"Total" row: shown, but never counted twice in primaryAmount. */
  isTotal?: boolean;
}

export interface TopicMatch {
  topic: string;
  term: string;
  section: SectionKey | 'title';
  count: number;
}

export interface AgendaItem {
  number: number;
  title: string;
  closed: boolean;
  sections: Sections;
  caseType: CaseType | null;
  caseNumbers: string[];
  journalNumber: string | null;
  /** KLE main group, e.g. "85" for "85.11.06". */
  kleGroup: string | null;
  documentNumber: string | null;
  attachments: string[];
  decisionText: string | null;
  decisionOutcome: DecisionOutcome | null;
  amounts: Amount[];
  primaryAmount: number | null;
  topics: string[];
  topicMatches: TopicMatch[];
  systems: string[];
}

export interface Meeting {
  municipality: string | null;
  municipalityCode: string | null;
  /** Where the municipality came from. */
  municipalitySource: 'text' | 'case-number' | 'cli' | null;
  body: string | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  /** HH:MM */
  startTime: string | null;
  location: string | null;
  attendees: string[];
  layout: LayoutId;
  sourceFile: string;
  contentHash: string;
  items: AgendaItem[];
}

export interface ParseResult {
  meetings: Meeting[];
}
