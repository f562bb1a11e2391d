/**
 * The public JSON endpoints of a FirstAgenda Publication portal (docs/harvest.md says which shapes were
 * verified against real answers and which rest on public descriptions):
 * - GET /api/agenda/udvalgsliste: committees grouped by period, each with its meetings inlined;
 * - GET /api/agenda/soeg/?…moedeDato=<year>&…paging.startIndex=<n>&…paging.limit=<m>: one page of a year's meetings;
 * - GET /api/agenda/dagsorden/<meeting id>: one meeting's agenda with every item's text.
 */
import { z } from 'zod';
import { RequestFailure } from './retry-policy.js';
import type { PortalClient } from './portal-client.js';

export const COMMITTEES_PATH = '/api/agenda/udvalgsliste';
export const agendaPath = (meetingId: string) => `/api/agenda/dagsorden/${encodeURIComponent(meetingId)}`;
export const permalinkPath = (meetingId: string) => `/vis?id=${encodeURIComponent(meetingId)}`;

function searchPath(year: number, startIndex: number, limit: number): string {
  const query = new URLSearchParams({
    'request.kriterie.udvalgId': '',
    'request.kriterie.moedeDato': String(year),
    'request.paging.startIndex': String(startIndex),
    'request.paging.limit': String(limit),
  });
  return `/api/agenda/soeg/?${query}`;
}

const meetingFields = {
  Dato: z.string().nullish(),
  MeetingBeginUtc: z.string().nullish(),
  Navn: z.string().nullish(),
  Afsluttet: z.boolean().nullish(),
  ReleasedDate: z.string().nullish(),
};
const meetingSummary = z.object({ Id: z.string(), ...meetingFields });
const committee = z.object({ Id: z.string(), Navn: z.string(), Moeder: z.array(meetingSummary).nullish() });

const committeesAnswer = z.object({ Udvalg: z.record(z.string(), z.array(committee)) });
const searchAnswer = z.object({
  Dagsordner: z.array(z.object({ Id: z.string(), Moede: z.object(meetingFields), Udvalg: z.object({ Navn: z.string() }) })),
  AntalResultater: z.number().nullish(),
  MoreToBeSearched: z.boolean().nullish(),
});
const agendaAnswer = z.object({ Id: z.string(), Udvalg: z.object({ Navn: z.string() }), Moede: z.object(meetingFields), Dagsordenpunkter: z.array(z.unknown()) });

const EXPECTED = {
  committees: 'JSON {"Udvalg": {"<periode>": [{"Id", "Navn", "Moeder": […]}]}}',
  search: 'JSON {"Dagsordner": [{"Id", "Moede", "Udvalg"}], "MoreToBeSearched"}',
  agenda: 'JSON {"Id", "Udvalg", "Moede", "Dagsordenpunkter": […]}',
};

/** One meeting as the portal lists it; `listing` changes when the portal republishes it (agenda → minutes). */
export interface MeetingRef {
  id: string;
  committee: string;
  /** YYYY-MM-DD as printed by the portal (local time), '' when the portal gives no date. */
  date: string;
  listing: string;
}

/** An answer that is not what a FirstAgenda portal sends; the message names the URL and what was expected. */
export class UnexpectedAnswer extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    expected: string,
  ) {
    super(`${url}: ${reason}; forventede ${expected}`);
    this.name = 'UnexpectedAnswer';
  }
}

function parseAnswer<T>(url: string, body: Buffer, schema: z.ZodType<T>, expected: string): T {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    const start = body.toString('utf8', 0, 200).trimStart();
    throw new UnexpectedAnswer(url, start.startsWith('<') ? 'svarede med HTML, ikke JSON' : 'ugyldig JSON', expected);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new UnexpectedAnswer(url, `uventet form (${parsed.error.issues[0]?.path.join('.') || 'roden'})`, expected);
  return parsed.data;
}

/** Checks that an agenda answer is JSON of the agenda's shape; the raw bytes are what gets archived. */
export function checkAgenda(url: string, body: Buffer): void {
  parseAnswer(url, body, agendaAnswer, EXPECTED.agenda);
}

function meetingRef(id: string, committeeName: string, fields: z.infer<z.ZodObject<typeof meetingFields>>): MeetingRef {
  const date = (fields.Dato ?? fields.MeetingBeginUtc ?? '').slice(0, 10);
  const listing = JSON.stringify([date, committeeName, fields.Navn ?? null, fields.Afsluttet ?? null, fields.ReleasedDate ?? null]);
  return { id, committee: committeeName, date, listing };
}

export interface ListingOptions {
  from?: string;
  to?: string;
  /** Committee names or parts of names, case-insensitive; none means every committee. */
  bodies?: string[];
  pageSize: number;
}

/**
 * Every meeting of the portal within the options, from the committee list and from paging through the
 * portal's meeting search year by year (each found once, by id). A portal without the search endpoint
 * (404) is listed from the committee list alone.
 */
export async function listMeetings(client: PortalClient, options: ListingOptions): Promise<MeetingRef[]> {
  const committeesUrl = client.url(COMMITTEES_PATH);
  const answer = parseAnswer(committeesUrl, (await client.get(COMMITTEES_PATH)).body, committeesAnswer, EXPECTED.committees);
  const committees = Object.values(answer.Udvalg).flat();
  const names = [...new Set(committees.map((entry) => entry.Navn))];
  const wanted = committeeFilter(names, options.bodies, committeesUrl);

  const found = new Map<string, MeetingRef>();
  for (const entry of committees) {
    for (const meeting of entry.Moeder ?? []) if (!found.has(meeting.Id)) found.set(meeting.Id, meetingRef(meeting.Id, entry.Navn, meeting));
  }
  for (const year of yearsToSearch([...found.values()], options)) {
    for await (const meeting of searchYear(client, year, options)) if (!found.has(meeting.id)) found.set(meeting.id, meeting);
  }

  return [...found.values()]
    .filter((meeting) => wanted(meeting.committee) && withinDates(meeting.date, options))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

async function* searchYear(client: PortalClient, year: number, options: ListingOptions): AsyncGenerator<MeetingRef> {
  const seen = new Set<string>();
  for (let startIndex = 0; ; ) {
    const path = searchPath(year, startIndex, options.pageSize);
    let body: Buffer;
    try {
      body = (await client.get(path)).body;
    } catch (error) {
      if (error instanceof RequestFailure && error.reason === 'HTTP 404' && startIndex === 0) return;
      throw error;
    }
    const page = parseAnswer(client.url(path), body, searchAnswer, EXPECTED.search);
    const fresh = page.Dagsordner.filter((row) => !seen.has(row.Id));
    for (const row of fresh) {
      seen.add(row.Id);
      yield meetingRef(row.Id, row.Udvalg.Navn, row.Moede);
    }
    startIndex += page.Dagsordner.length;
    const more = page.MoreToBeSearched ?? (page.AntalResultater != null && startIndex < page.AntalResultater);
    if (!more || fresh.length === 0) return;
  }
}

function yearsToSearch(inlined: MeetingRef[], options: ListingOptions): number[] {
  const years = inlined.map((meeting) => Number(meeting.date.slice(0, 4))).filter((year) => year > 0);
  const thisYear = new Date().getFullYear();
  const first = options.from ? Number(options.from.slice(0, 4)) : Math.min(thisYear, ...years);
  const last = options.to ? Number(options.to.slice(0, 4)) : Math.max(thisYear, ...years);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

function withinDates(date: string, { from, to }: ListingOptions): boolean {
  if (!from && !to) return true;
  return date !== '' && (!from || date >= from) && (!to || date <= to);
}

function committeeFilter(names: string[], bodies: string[] | undefined, url: string): (name: string) => boolean {
  if (!bodies?.length) return () => true;
  const contains = (name: string, body: string) => name.toLocaleLowerCase('da').includes(body.toLocaleLowerCase('da'));
  const unmatched = bodies.filter((body) => !names.some((name) => contains(name, body)));
  if (unmatched.length) throw new UnexpectedAnswer(url, `intet udvalg hedder ${unmatched.map((body) => `"${body}"`).join(', ')}`, `et af: ${names.join(', ')}`);
  return (name) => bodies.some((body) => contains(name, body));
}
