/**
 * Step 4 of the general reader: the meeting's facts from the lines before its agenda (the header), with
 * fall-backs into the items where headers leave a fact out.
 *  - date: a labelled date ("Mødedato:", "Dato:", "Mødetid:"), else a date on a line that names the meeting
 *    ("Referat fra mødet den …", "Byrådet 22. januar 2024"), else the first date of the header that is not a
 *    publication or upload date, else the date of a decision heading ("Beslutning i Byrådet den 24-04-2019"),
 *    else a day and month ("mødet den 10. december") completed with a year printed apart ("Møde nr.: 12/2018");
 *  - body: the council or committee as printed, from labels ("Udvalg:", "Møde:"), from the phrases that name the
 *    meeting ("Referat fra mødet i …", "… - Referat", "… - 11-01-2021"), from a header line that is a body's name,
 *    else from a decision heading;
 *  - start time, location;
 *  - kind: 'referat' when the document records decisions or calls itself minutes, 'dagsorden' when it calls itself
 *    an agenda and records none.
 */
import { isBodyName } from '../../../analyzers/bodies.js';
import { parseDanishDate, parseDayMonth, parseStartTime } from '../../../analyzers/dates.js';

export interface GenericHeader {
  date: string | null;
  startTime: string | null;
  bodyPrinted: string | null;
  location: string | null;
  /** What the header calls the document, when it says. */
  calledMinutes: boolean;
  calledAgenda: boolean;
  /** Attendance or the agenda's approval recorded in the header ("Fraværende: …", "Godkendelse af dagsorden: Godkendt"). */
  recordsMeeting: boolean;
}

const DATE_LABEL = /^(?:mødedato|dato|mødetid|mødetidspunkt|tidspunkt|starttidspunkt(?:\s+for\s+møde)?|afholdt)\s*:?\s*(.*)$/i;
const NOT_MEETING_DATE = /publi|views|dannet|udskrevet|opdateret|oprettet|download|sluttidspunkt|copyright|©/i;
const MEETING_LINE = /referat|dagsorden|møde|beslutningsprotokol|\bden\b/i;
const PLACE_LABEL = /^(?:mødested|sted|mødelokale|lokale|lokation|møde\s+lokation)\s*:?\s*(.*)$/i;
const TIME_LABEL = /^(?:mødetidspunkt|tidspunkt|mødetid|starttidspunkt(?:\s+for\s+møde)?|kl\.)\s*:?\s*(.*)$/i;
const WEEKDAY = /^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b/i;
const MEETING_NUMBER_YEAR = /møde\s*nr\.?\s*:?\s*\d{1,3}\s*\/\s*((?:19|20)\d{2})/i;

const BODY_LABEL = /^(?:udvalg|møde|mødeforum|forum|organ)\s*:\s*(.*)$/i;
const BODY_PATTERNS: readonly RegExp[] = [
  // "Referat til mødet i Udvalget for Teknik og Miljø den 22. juni 2020", "Møde i Udvalg for …"
  /(?:^|\s)(?:møde(?:t)?)\s+i\s+(.+?)(?=\s+(?:(?:den|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|åben|referat)\b|d\.|kl\.)|\s+\d|\s*\/|\s*$)/i,
  // "Referat fra Økonomiudvalget", "Referat. fra Økonomiudvalget", "Åbent referat. til Økonomiudvalget", "Referat for Økonomiudvalget møde den"
  /referat\.?\s+(?:fra|for|til|af)\s+(?:mødet\s+i\s+|møde\s+i\s+)?(.+?)(?=\s+(?:(?:møde|mødet|den|mandag|tirsdag|onsdag|torsdag|fredag)\b|d\.)|\s+\d|\s*[.,]|\s*$)/i,
  // "Byrådet - Referat fra mødet", "Økonomiudvalg: Referat af mødet", "Erhvervsudvalget. Referat.", "Kommunalbestyrelsen - Referat"
  /^(.+?)\s*[-–:.]\s*(?:godkendt\s+|åbent\s+)?(?:referat|dagsorden|beslutningsprotokol)\b/i,
  // "Økonomi- og Erhvervsudvalget - 22-04-2022", "Byrådet 22. januar 2024"
  /^(.+?)\s*[-–]?\s+\d{1,2}(?:[-./]\d{1,2}[-./]\d{4}|\.\s*\p{L}+\s+\d{4})\s*$/iu,
  // "Referat Økonomiudvalget torsdag den 23. januar", "Referat byrådet 31. oktober 2018", "Referat Byrådet Møde nr."
  /^(?:referat|dagsorden)\.?\s+(.+?)(?=\s+(?:(?:den|møde|mandag|tirsdag|onsdag|torsdag|fredag)\b|d\.)|\s+\d|\s*[.,]|\s*$)/i,
];
/** "Beslutning i Kommunalbestyrelsen den 17-01-2018" → the body, when the header names none. */
const DECISION_BODY = /^beslutning\s+(?:i\s+|på\s+)?(.+?)\s+den\b/i;
const LEADING_PUNCTUATION = /^[\s\-–:.,]+|[\s\-–:.,]+$/g;

export function readGenericHeader(lines: readonly string[], headerEnd: number, allLines: readonly string[]): GenericHeader {
  const header = lines.slice(0, headerEnd);
  const headerText = header.filter((line) => line.length > 0).join('\n');
  return {
    date: meetingDate(header, allLines),
    startTime: startTime(header),
    bodyPrinted: bodyName(header) ?? bodyFromDecisions(allLines),
    location: location(header),
    calledMinutes: /referat|beslutningsprotokol|beslutninger fra|vedtagelser|protokol/i.test(headerText.replace(/dagsordener og referater/gi, '')),
    calledAgenda: /dagsorden/i.test(headerText.replace(/dagsordener og referater|godkendelse af dagsorden/gi, '')),
    recordsMeeting: recordsMeeting(header),
  };
}

const RECORDED = /^(?:fraværende|afbud)\s*:?\s*\n?\s*\p{Lu}|^godkendelse af dagsorden\s*:\s*\n\s*godkendt/imu;

/** Attendance or the agenda's approval written down before the items: the meeting has been held and recorded. */
export function recordsMeeting(lines: readonly string[]): boolean {
  return RECORDED.test(lines.filter((line) => line.length > 0).join('\n'));
}

function meetingDate(header: readonly string[], allLines: readonly string[]): string | null {
  for (let index = 0; index < header.length; index++) {
    const label = DATE_LABEL.exec(header[index]);
    if (!label) continue;
    const value = label[1].length > 0 ? label[1] : (header.slice(index + 1).find((line) => line.length > 0 && !DATE_LABEL.test(line)) ?? '');
    const date = parseDanishDate(value) ?? firstDateAfterLabels(header, index);
    if (date) return date;
  }
  for (const line of header) {
    if (MEETING_LINE.test(line) && !NOT_MEETING_DATE.test(line)) {
      const date = parseDanishDate(line);
      if (date) return date;
    }
  }
  for (const line of header) {
    if (NOT_MEETING_DATE.test(line)) continue;
    const date = parseDanishDate(line);
    if (date) return date;
  }
  // A transcript site's download title repeats the document's title, often with the date the page lost.
  for (const line of header) {
    if (!/^download\b/i.test(line)) continue;
    const date = parseDanishDate(line);
    if (date) return date;
  }
  for (const line of allLines) {
    if (!/^beslutning\b/i.test(line)) continue;
    const date = parseDanishDate(line);
    if (date) return date;
  }
  return dayMonthWithYear(header, allLines);
}

/** Labels printed before their values ("Mødedato:\nMødetidspunkt:\n…\nMandag den 16. marts 2015"): the first date below. */
function firstDateAfterLabels(header: readonly string[], from: number): string | null {
  for (let index = from + 1; index < Math.min(header.length, from + 12); index++) {
    if (NOT_MEETING_DATE.test(header[index])) continue;
    const date = parseDanishDate(header[index]);
    if (date) return date;
  }
  return null;
}

function dayMonthWithYear(header: readonly string[], allLines: readonly string[]): string | null {
  const headerText = header.join(' ');
  const year = MEETING_NUMBER_YEAR.exec(headerText)?.[1] ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(headerText)?.[1];
  if (!year) return null;
  for (const line of allLines.slice(0, header.length + 40)) {
    if (!/\bmøde/i.test(line)) continue;
    const date = parseDayMonth(line, Number(year));
    if (date) return date;
  }
  return null;
}

function startTime(header: readonly string[]): string | null {
  for (let index = 0; index < header.length; index++) {
    const line = header[index];
    const labelled = TIME_LABEL.exec(line);
    if (labelled) {
      const value = labelled[1] || header[index + 1] || '';
      const time = parseStartTime(`kl. ${value.replace(/^kl\.?\s*/i, '')}`);
      if (time) return time;
    }
    const inline = parseStartTime(line);
    if (inline && !NOT_MEETING_DATE.test(line)) return inline;
  }
  return null;
}

function location(header: readonly string[]): string | null {
  for (let index = 0; index < header.length; index++) {
    const place = PLACE_LABEL.exec(header[index]);
    if (!place) continue;
    const value = place[1].trim() || header[index + 1]?.trim() || '';
    if (value.length > 0 && !/:$/.test(value)) return value;
  }
  return null;
}

function bodyName(header: readonly string[]): string | null {
  for (let index = 0; index < header.length; index++) {
    const label = BODY_LABEL.exec(header[index]);
    if (!label) continue;
    const value = (label[1].trim() || header[index + 1] || '').trim();
    if (isBodyName(value)) return value;
  }
  const joined = header.filter((line) => line.length > 0).join(' ');
  for (const line of [...header.filter((line) => line.length > 0), joined]) {
    const found = bodyInLine(line);
    if (found) return found;
  }
  return bodyBeforeDateLine(header) ?? bodyAtLineStart(header);
}

function bodyInLine(line: string): string | null {
  if (isBodyName(line)) return line.trim();
  for (const pattern of BODY_PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const candidate = withoutMunicipality(match[1].replace(LEADING_PUNCTUATION, '').trim());
    if (!isBodyName(candidate)) continue;
    const period = PERIOD_AFTER.exec(line.slice(match.index + match[0].length));
    return period ? `${candidate}${period[0].trimEnd()}` : candidate;
  }
  // A title line of parts: "Beslutninger fra mødet. Torsdag kl Ordinært møde. Økonomiudvalget".
  return line.split(PART_SEPARATOR).map((part) => withoutMunicipality(part.trim())).find(isBodyName) ?? null;
}

const PART_SEPARATOR = /[.:]\s+|\s+[-–]\s+/;

/**
 * "Egebjerg Kommune Kommunalbestyrelsen", "Tårnby Kommunes Økonomiudvalg", "År 2014-2017 Teknik- og Miljøudvalget"
 * → the body alone.
 */
function withoutMunicipality(phrase: string): string {
  return phrase.replace(/^(?:\p{Lu}[\p{L}-]*\s+)+kommunes?\.?\s+/iu, '').replace(/^(?:år\s+)?(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\s+/iu, '');
}

/** The election period printed after a body's name: "Kommunalbestyrelsen 2018-21". */
const PERIOD_AFTER = /^\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}(?!\d)/;

/** A short name line right before the meeting's weekday-and-date line ("Forebyggelse og Idræt" / "Mandag den 30-04-2018"). */
function bodyBeforeDateLine(header: readonly string[]): string | null {
  const filled = header.filter((line) => line.length > 0);
  for (let index = 1; index < filled.length; index++) {
    if (!WEEKDAY.test(filled[index]) || !parseDanishDate(filled[index])) continue;
    const candidate = filled[index - 1];
    if (/^\p{Lu}[\p{L} ,\-–]{2,60}$/u.test(candidate) && candidate.split(' ').length <= 6) return candidate;
  }
  return null;
}

/** A table row that starts with the body's name ("Byrådet Byrådet Vis medlemmer …"): the shortest leading name. */
function bodyAtLineStart(header: readonly string[]): string | null {
  for (const line of header) {
    const words = line.split(/\s+/);
    for (let count = 1; count <= Math.min(6, words.length - 1); count++) {
      const candidate = words.slice(0, count).join(' ');
      if (isBodyName(candidate)) return candidate;
    }
  }
  return null;
}

function bodyFromDecisions(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match = DECISION_BODY.exec(line);
    if (match && isBodyName(match[1])) return match[1];
  }
  return null;
}
