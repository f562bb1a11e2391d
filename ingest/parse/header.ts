/**
 * The meeting header printed before the agenda items:
 *   REFERAT Direktionen d. 02-06-2020
 *   Mødedato Tirsdag d. 02. juni 2020 kl. 11:30
 *   Mødested Skype-møde
 *   Mødedeltagere Lars Holte, Jørgen Lerhard, Kathrine Seier Skastrup (sekretær)
 * Attendees are split on commas (and a final "og"); a role in parentheses such as "(sekretær)" is dropped
 * so the same person is counted once across meetings.
 */
import { parseDanishDate, parseStartTime } from '../../analyzers/dates.js';

export interface MeetingHeader {
  body: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  attendees: string[];
}

export function emptyHeader(): MeetingHeader {
  return { body: null, date: null, startTime: null, location: null, attendees: [] };
}

/** "REFERAT Direktionen 2021 d. 21-04-2021": the body, then an optional year, then the date. */
const MEETING_TITLE = /^REFERAT\s+(.+?)(?:\s+d\.\s*(\d{1,2}[-./]\d{1,2}[-./]\d{4}))?\s*$/;
const TRAILING_YEAR = /\s+(?:19|20)\d{2}$/;
const MEETING_DATE = /^Mødedato\s*:?\s+(.+)$/i;
const MEETING_PLACE = /^Mødested\s*:?\s+(.+)$/i;
const ATTENDEES = /^(?:Mødedeltagere|Deltagere)\s*:?\s+(.+)$/i;
const ATTENDEE_SEPARATOR = /\s*,\s*|\s+og\s+/;
const ROLE = /\s*\([^)]*\)/g;

/** True for the title line that opens a meeting's minutes; a file holding several meetings is split there. */
export function isMeetingTitle(line: string): boolean {
  const match = MEETING_TITLE.exec(line);
  return match !== null && match[2] !== undefined;
}

/** Reads one header line into the header; lines that are not header facts are ignored. */
export function readHeaderLine(header: MeetingHeader, line: string): void {
  const title = MEETING_TITLE.exec(line);
  if (title) {
    header.body ??= title[1].replace(TRAILING_YEAR, '');
    if (title[2]) header.date ??= parseDanishDate(title[2]);
    return;
  }
  const date = MEETING_DATE.exec(line);
  if (date) {
    header.date ??= parseDanishDate(date[1]);
    header.startTime ??= parseStartTime(date[1]);
    return;
  }
  const place = MEETING_PLACE.exec(line);
  if (place) {
    header.location ??= place[1].trim();
    return;
  }
  const attendees = ATTENDEES.exec(line);
  if (attendees && header.attendees.length === 0) {
    header.attendees = attendees[1]
      .replace(ROLE, '')
      .split(ATTENDEE_SEPARATOR)
      .map((name) => name.trim())
      .filter((name) => name.length > 0);
  }
}
