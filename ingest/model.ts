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

/**
 * How the meeting was read: one of the three demo layouts, the general reader ('generic') that reads
 * minutes of any publishing system, FirstAgenda publication JSON ('firstagenda'), or 'unknown' when no
 * agenda structure was found (the whole text becomes one item).
 */
export type DemoLayoutId = 'kalundborg' | 'htk' | 'nordfyns';
export type LayoutId = DemoLayoutId | 'generic' | 'firstagenda' | 'unknown';

/** Minutes record decisions; an agenda (dagsorden) only lists what is to be decided. */
export type DocumentKind = 'referat' | 'dagsorden';

/** How sure the reader is of a meeting's structure: a score in [0, 1], a level, and what lowered it. */
export interface ParseConfidence {
  score: number;
  level: 'høj' | 'middel' | 'lav';
  /** Danish, one short phrase each: "ingen mødedato fundet", "punkter uden titel". */
  reasons: string[];
}

export type CaseType = 'Orientering' | 'Beslutning' | 'Drøftelse';

export type DecisionOutcome =
  | 'godkendt'
  | 'anbefalet'
  | 'udsat'
  | 'drøftet'
  | 'taget til efterretning'
  | 'ikke godkendt'
  | 'andet';

/**
 * What an amount is (analyzers/amounts.ts): a grant (bevilling, tillægs-/anlægsbevilling, reserved or transferred
 * money), a cost (udgift), a saving, an income, a budget frame or pool size, a contract value or estimated total,
 * or something else.
 */
export type AmountRole = 'bevilling' | 'udgift' | 'besparelse' | 'indtaegt' | 'budget' | 'kontraktvaerdi' | 'andet';

/**
 * Money an item decides (analyzers/primary-amount.ts): its value, the class of the amounts it was read from, and
 * the sentence (or enumerated point) that names it.
 */
export interface MoneyFigure {
  value: number;
  class: AmountRole;
  sentence: string;
}

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
  /** The printed item number; where none is printed, the item's position in the meeting (see `numbered`). */
  number: number;
  /** False when the source prints no number for the item and `number` is its position. */
  numbered: boolean;
  /** The page of the source PDF the item starts on, when the source is a PDF. */
  sourcePage?: number;
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
  /**
   * The money the item decides to spend, when its decision went through (godkendt, anbefalet); else null.
   * Set by enrichment (ingest/enrich.ts); the parsers leave it out.
   */
  spending?: MoneyFigure | null;
  /** The saving the item decides, under the same condition; set by enrichment. */
  saving?: MoneyFigure | null;
  topics: string[];
  topicMatches: TopicMatch[];
  systems: string[];
}

export interface Meeting {
  municipality: string | null;
  municipalityCode: string | null;
  /** Where the municipality came from. */
  municipalitySource: 'text' | 'case-number' | 'source-url' | 'cli' | null;
  /** The council or committee under its canonical name ("Byråd 2022-2025" → "Byrådet"). */
  body: string | null;
  /** The body as the document prints it. */
  bodyPrinted: string | null;
  kind: DocumentKind | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  /** HH:MM */
  startTime: string | null;
  location: string | null;
  attendees: string[];
  layout: LayoutId;
  sourceFile: string;
  /** Where the document was published or fetched, when known (a web page, a portal's API address). */
  sourceUrl: string | null;
  contentHash: string;
  confidence: ParseConfidence;
  items: AgendaItem[];
}

export interface ParseResult {
  meetings: Meeting[];
}
