/**
 * FirstAgenda publication JSON → one Meeting. This is the agenda JSON that the public portals
 * `dagsordener.<kommune>.dk/api/agenda/dagsorden/<id>` serve: the committee (`Udvalg`), the meeting
 * (`Moede`) and the items (`Dagsordenpunkter`), each with its number, title, case number, attachments and its
 * text as HTML fields (`Felter`) under headings such as Beslutning, Resume, Indstilling and Sagsbeskrivelse.
 */
import { z } from 'zod';
import { canonicalBody } from '../../analyzers/bodies.js';
import { DECISION_HEADING, marksClosed, SECTION_HEADINGS } from '../../analyzers/minutes-vocabulary.js';
import { sha256Hex } from '../content-hash.js';
import { enrichItem, notYetAnalysed } from '../enrich.js';
import { htmlToText } from '../html-text.js';
import type { AgendaItem, Meeting, ParseConfidence, SectionKey, Sections } from '../model.js';
import type { ParseOptions } from './index.js';
import { resolveMunicipality } from './municipality.js';

export type FirstAgendaErrorCode = 'INVALID_JSON' | 'NOT_FIRSTAGENDA';

export class FirstAgendaError extends Error {
  constructor(
    readonly code: FirstAgendaErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'FirstAgendaError';
  }
}

const text = z.string().nullish();
const FIELD = z.object({ Navn: text, Html: text, Tekst: text, Link: text });
const ITEM = z.object({
  Punktnummer: z.union([z.string(), z.number()]).nullish(),
  Navn: z.string(),
  IsOpen: z.boolean().nullish(),
  SagsNummer: text,
  CaseNumber: text,
  Felter: z.array(FIELD).nullish(),
  Bilag: z.array(z.object({ Navn: text })).nullish(),
});
const PUBLICATION = z.object({
  Id: text,
  Udvalg: z.object({ Navn: z.string() }),
  Moede: z.object({
    Dato: z.string(),
    Sted: text,
    Moededeltagere: z.array(z.object({ Name: text, Absent: z.boolean().nullish(), ParticipationCancelled: z.boolean().nullish() })).nullish(),
  }),
  Dagsordenpunkter: z.array(ITEM),
});
type Publication = z.infer<typeof PUBLICATION>;
type PublishedItem = z.infer<typeof ITEM>;

const EXPECTED = 'expected an object with Udvalg.Navn, Moede.Dato and Dagsordenpunkter (the agenda items, each with a Navn)';
/** The portal path the publication is served at, on the host its own links point to. */
const PUBLICATION_PATH = '/api/agenda/dagsorden/';
/** A well-formed publication states its structure outright. */
const CERTAIN: ParseConfidence = { score: 1, level: 'høj', reasons: [] };
/** "2025-08-13T16:30:00+02:00": the local date and time as printed, before the offset. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/;
const MIDNIGHT = '00:00';
const COPENHAGEN_TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' });
const WHITESPACE_RUN = /\s+/g;
/** A section holding only dashes is an empty placeholder in the template, not content. */
const PLACEHOLDER = /^[-–—\s]*$/;

export function readFirstAgenda(json: string, sourceFile: string, options: ParseOptions = {}): Meeting {
  const publication = validPublication(json, sourceFile);
  // IsOpen tells closed items apart only where the publication sets it on some items: Greve's set it false on all.
  const flagsClosedItems = publication.Dagsordenpunkter.some((item) => item.IsOpen === true);
  const items = publication.Dagsordenpunkter.map((published, index) => itemOf(published, index, flagsClosedItems));
  const sourceUrl = options.sourceUrl ?? publicationAddress(publication);
  const printedBody = collapse(publication.Udvalg.Navn);
  const location = collapse(publication.Moede.Sted ?? '') || null;
  const municipality = resolveMunicipality(meetingText(printedBody, location, items), items, options.municipality, sourceUrl);
  return {
    ...municipality,
    body: printedBody ? canonicalBody(printedBody) : null,
    bodyPrinted: printedBody || null,
    kind: items.some((item) => item.decisionText) ? 'referat' : 'dagsorden',
    ...meetingTime(publication.Moede.Dato),
    location,
    attendees: attendeesOf(publication),
    layout: 'firstagenda',
    sourceFile,
    sourceUrl,
    contentHash: options.textHash ?? sha256Hex(json),
    confidence: { ...CERTAIN, reasons: [] },
    items: items.map(enrichItem),
  };
}

function validPublication(json: string, path: string): Publication {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new FirstAgendaError('INVALID_JSON', path, `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = PUBLICATION.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the top level';
  throw new FirstAgendaError('NOT_FIRSTAGENDA', path, `${path}: not a FirstAgenda agenda: ${EXPECTED} (${where}: ${issue.message})`);
}

function itemOf(published: PublishedItem, index: number, flagsClosedItems: boolean): AgendaItem {
  const title = collapse(published.Navn);
  const printedNumber = Number.parseInt(String(published.Punktnummer ?? ''), 10);
  const numbered = Number.isFinite(printedNumber);
  const { sections, attachments } = sectionsOf(published);
  const caseNumbers = [...new Set([published.SagsNummer, published.CaseNumber].map((value) => value?.trim() ?? '').filter(Boolean))];
  return {
    ...notYetAnalysed(),
    number: numbered ? printedNumber : index + 1,
    numbered,
    title,
    closed: marksClosed(title) || (flagsClosedItems && published.IsOpen === false),
    sections,
    caseNumbers,
    journalNumber: null,
    kleGroup: null,
    documentNumber: null,
    attachments,
    decisionText: sections.beslutning ?? null,
  };
}

/**
 * The item's fields read in order, their text split at the section headings they hold (a field's own name
 * counts as a heading). Text before any heading is the decision when the item has no headed section at all:
 * the portal publishes only the decision of an item whose case is not public. The attachments are the
 * item's Bilag plus the lines of a Bilag section.
 */
function sectionsOf(published: PublishedItem): { sections: Sections; attachments: string[] } {
  const texts = new Map<SectionKey, string[]>();
  const untitled: string[] = [];
  let current: SectionKey | null = null;
  for (const field of published.Felter ?? []) {
    const lines = [collapse(field.Navn ?? ''), ...htmlToText(field.Html ?? field.Tekst ?? '').split('\n')];
    for (const line of lines) {
      const heading = sectionHeading(line);
      if (heading) current = heading;
      else if (current) linesOf(texts, current).push(line);
      else untitled.push(line);
    }
  }
  const leading = texts.size === 0 ? 'beslutning' : 'sagsfremstilling';
  texts.set(leading, [...untitled, '', ...(texts.get(leading) ?? [])]);

  const attachments = unique([...(published.Bilag ?? []).map((bilag) => collapse(bilag.Navn ?? '')), ...(texts.get('bilag') ?? []).map(collapse)]);
  texts.delete('bilag');
  const sections: Sections = {};
  for (const [key, lines] of texts) {
    const section = paragraphs(lines);
    if (!PLACEHOLDER.test(section)) sections[key] = section;
  }
  if (attachments.length > 0) sections.bilag = attachments.join('\n');
  return { sections, attachments };
}

function linesOf(texts: Map<SectionKey, string[]>, key: SectionKey): string[] {
  const lines = texts.get(key) ?? [];
  texts.set(key, lines);
  return lines;
}

function sectionHeading(line: string): SectionKey | null {
  const key = line.replace(/:$/, '').trim().toLowerCase();
  if (key.length === 0) return null;
  return SECTION_HEADINGS.get(key) ?? (/^beslutning\s/.test(key) && DECISION_HEADING.test(line) ? 'beslutning' : null);
}

/** Lines with runs of blank lines collapsed to one, none at either end. */
function paragraphs(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function meetingTime(printed: string): Pick<Meeting, 'date' | 'startTime'> {
  const local = /[zZ]$/.test(printed) ? copenhagenTime(printed) : printed;
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return { date: null, startTime: null };
  return { date: match[1], startTime: match[2] && match[2] !== MIDNIGHT ? match[2] : null };
}

/** A UTC timestamp as Danish local time, "2025-08-13 16:30" → the same shape as the printed local form. */
function copenhagenTime(utc: string): string {
  const instant = new Date(utc);
  return Number.isNaN(instant.getTime()) ? utc : COPENHAGEN_TIME.format(instant).replace(' ', 'T');
}

function attendeesOf(publication: Publication): string[] {
  const present = (publication.Moede.Moededeltagere ?? []).filter((member) => !member.Absent && !member.ParticipationCancelled);
  return unique(present.map((member) => collapse(member.Name ?? '')));
}

/** The address the portal serves the publication at, on the host the publication's own links name. */
function publicationAddress(publication: Publication): string | null {
  const id = publication.Id?.trim();
  if (!id) return null;
  for (const item of publication.Dagsordenpunkter) {
    for (const field of item.Felter ?? []) {
      const origin = httpOrigin(field.Link);
      if (origin) return `${origin}${PUBLICATION_PATH}${encodeURIComponent(id)}`;
    }
  }
  return null;
}

function httpOrigin(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The text the municipality is looked for in: the body, the place and every item. */
function meetingText(body: string, location: string | null, items: readonly AgendaItem[]): string {
  return [body, location ?? '', ...items.flatMap((item) => [item.title, ...Object.values(item.sections)])].join('\n');
}

function collapse(value: string): string {
  return value.replace(WHITESPACE_RUN, ' ').trim();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
