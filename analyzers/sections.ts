/**
 * Danish section headings per minutes layout, mapped onto the normalised SectionKey.
 * Only a whole line that is one of the layout's known headings starts a section; sub-headings inside a
 * section ("Implementeringsplan", "Scenarie 1: …") stay part of the section text.
 */
import type { DemoLayoutId, LayoutId, SectionKey } from '../ingest/model.js';
import { parseDanishDate } from './dates.js';
import { DECISION_HEADING, SECTION_HEADINGS } from './minutes-vocabulary.js';

export interface SectionHeading {
  key: SectionKey;
  /** ISO date of the meeting a decision heading names ("Beslutning Direktionen den 21-12-2016"), else null. */
  decisionDate: string | null;
}

type ItemLayout = DemoLayoutId;

const PLAIN_HEADINGS: Record<ItemLayout, ReadonlyMap<string, SectionKey>> = {
  kalundborg: new Map([
    ['sagstype', 'sagstype'],
    ['resume og sagens baggrund', 'resume'],
    ['indstilling', 'indstilling'],
    ['indstillinger', 'indstilling'],
    ['behandling', 'behandling'],
    ['sagsfremstilling', 'sagsfremstilling'],
    ['økonomiske konsekvenser', 'oekonomi'],
    ['bilag', 'bilag'],
  ]),
  htk: new Map([
    ['baggrund', 'resume'],
    ['indstilling', 'indstilling'],
    ['indstillinger', 'indstilling'],
    ['beslutning', 'beslutning'],
    ['sagsfremstilling', 'sagsfremstilling'],
    ['økonomi', 'oekonomi'],
    ['bilag', 'bilag'],
  ]),
  nordfyns: new Map([
    ['sagens kerne', 'resume'],
    ['sagens baggrund', 'resume'],
    ['baggrund', 'resume'],
    ['indstilling', 'indstilling'],
    ['indstillinger', 'indstilling'],
    ['økonomiske oplysninger', 'oekonomi'],
    ['lovgrundlag', 'lovgrundlag'],
    ['beslutning', 'beslutning'],
    ['bilag', 'bilag'],
  ]),
};

/** "21-12-2016", "7.12.2015", "2. juni 2020", "2. jun. 2020". */
const DATE = String.raw`\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*\p{L}+\.?\s+\d{4}`;
/** "Beslutning Direktionen den 21-12-2016", "BESLUTNING DIREKTIONEN DEN 07-12-2015", "Beslutning i Økonomiudvalget den 3. maj 2021". */
const DECISION_BY_BODY = new RegExp(String.raw`^beslutning\s+(?:i\s+|på\s+)?\p{L}[\p{L}\- ]{0,60}?\s+den\s+(${DATE})\s*:?$`, 'iu');
/** "Direktionens møde den 2. juni 2020:" */
const MEETING_DECISION = new RegExp(String.raw`^\p{L}[\p{L}\- ]{0,60}?s\s+møde\s+den\s+(${DATE})\s*:$`, 'iu');

interface DecisionHeading {
  /** A cheap test that rules out most lines before the pattern runs. */
  mayMatch(line: string): boolean;
  pattern: RegExp;
}

const DECISION_HEADINGS: Record<ItemLayout, readonly DecisionHeading[]> = {
  kalundborg: [{ mayMatch: (line) => line.endsWith(':'), pattern: MEETING_DECISION }],
  htk: [{ mayMatch: startsWithBeslutning, pattern: DECISION_BY_BODY }],
  nordfyns: [{ mayMatch: startsWithBeslutning, pattern: DECISION_BY_BODY }],
};

function startsWithBeslutning(line: string): boolean {
  return line.length > 10 && line.slice(0, 10).toLowerCase() === 'beslutning';
}

/** Decision headings are short; longer lines are never looked at. */
const MAX_HEADING_LENGTH = 90;
const LONGEST_PLAIN_HEADING = Math.max(...Object.values(PLAIN_HEADINGS).flatMap((headings) => [...headings.keys()].map((heading) => heading.length)));
const WHITESPACE_RUN = /\s+/g;

/** "Indstilling:", "INDSTILLING", "Sagens  kerne" → the lookup key. */
function plainHeadingKey(line: string): string {
  const withoutColon = line.endsWith(':') ? line.slice(0, -1).trimEnd() : line;
  return withoutColon.replace(WHITESPACE_RUN, ' ').toLowerCase();
}

/** The first characters of the headings of each map: a line starting with none of them (lowercased) is none. */
const firstCharacters = new WeakMap<ReadonlyMap<string, SectionKey>, ReadonlySet<string>>();

/** The section a trimmed line is the plain heading of, in `headings`. */
function plainHeading(headings: ReadonlyMap<string, SectionKey>, trimmed: string): SectionKey | undefined {
  let firsts = firstCharacters.get(headings);
  if (!firsts) firstCharacters.set(headings, (firsts = new Set([...headings.keys()].map((heading) => heading[0]))));
  // Lowercasing a line's first character alone gives the first character of the lowercased line.
  return firsts.has(trimmed[0].toLowerCase()[0]) ? headings.get(plainHeadingKey(trimmed)) : undefined;
}

/**
 * Classifies one line: a known section heading of the layout (with the decision date for decision
 * headings), or null for ordinary text. Case-insensitive.
 */
export function classifyHeading(line: string, layout: LayoutId): SectionHeading | null {
  if (layout === 'unknown') return null;
  if (layout === 'generic' || layout === 'firstagenda') return classifyGenericHeading(line);
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING_LENGTH) return null;

  if (trimmed.length <= LONGEST_PLAIN_HEADING + 1) {
    const key = plainHeading(PLAIN_HEADINGS[layout], trimmed);
    if (key) return { key, decisionDate: null };
  }
  for (const { mayMatch, pattern } of DECISION_HEADINGS[layout]) {
    if (!mayMatch(trimmed)) continue;
    const match = pattern.exec(trimmed);
    const decisionDate = match ? parseDanishDate(match[1]) : null;
    if (decisionDate) return { key: 'beslutning', decisionDate };
  }
  return null;
}

const BULLET = /^[•◦▪·*]\s*/;
const LONGEST_GENERIC_HEADING = Math.max(...[...SECTION_HEADINGS.keys()].map((heading) => heading.length));

/**
 * Section headings of any publishing system ("Resumé", "INDSTILLING:", "• Sagsfremstilling", "Forventet sagsgang",
 * "Beslutning i Byrådet den 24-04-2019", "BESLUTNING I ØKONOMIUDVALGET den 07-03-2016").
 */
export function classifyGenericHeading(line: string): SectionHeading | null {
  const trimmed = line.trim().replace(BULLET, '');
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING_LENGTH) return null;
  if (trimmed.length <= LONGEST_GENERIC_HEADING + 1) {
    const key = plainHeading(SECTION_HEADINGS, trimmed);
    if (key) return { key, decisionDate: null };
  }
  if (!startsWithBeslutning(trimmed)) return null;
  const decision = DECISION_HEADING.exec(trimmed);
  if (!decision) return null;
  return { key: 'beslutning', decisionDate: decision[1] ? parseDanishDate(decision[1]) : null };
}
