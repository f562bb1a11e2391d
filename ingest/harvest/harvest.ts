/**
 * Harvests one portal into its archive: lists the meetings, then fetches, one at a time, each agenda the
 * archive lacks or whose listing changed (a conditional request, so an unchanged agenda costs a 304). A
 * meeting that fails is reported and the rest are harvested; a second run fetches only what is new.
 */
import { sha256Hex } from '../content-hash.js';
import { Archive, type ArchivedMeeting } from './archive.js';
import { agendaPath, checkAgenda, COMMITTEES_PATH, listMeetings, permalinkPath, UnexpectedAnswer, type MeetingRef } from './firstagenda-api.js';
import { DEFAULT_CLIENT_OPTIONS, PortalClient, portalOrigin, type ClientOptions } from './portal-client.js';
import { RequestFailure } from './retry-policy.js';

export interface HarvestOptions {
  archiveDir: string;
  from?: string;
  to?: string;
  bodies?: string[];
  /** List what would be fetched; fetch and write nothing. */
  dryRun?: boolean;
  /** Ask for every archived agenda again (conditionally), also where the listing did not change. */
  recheck?: boolean;
  /** Meetings per page of the portal's search. */
  pageSize?: number;
  client?: Partial<ClientOptions>;
  signal?: AbortSignal;
  onListed?: (meetings: number) => void;
  onMeeting?: (progress: HarvestProgress) => void;
}

export type MeetingOutcome = 'new' | 'changed' | 'unchanged' | 'failed';

export interface HarvestProgress {
  done: number;
  total: number;
  meeting: MeetingRef;
  outcome: MeetingOutcome;
}

export interface HarvestFailure {
  meeting: MeetingRef;
  reason: string;
}

export interface HarvestSummary {
  portal: string;
  archive: Archive;
  listed: number;
  new: number;
  changed: number;
  unchanged: number;
  failures: HarvestFailure[];
  /** Dry run: the meetings a real run would fetch. */
  wouldFetch: MeetingRef[];
  /** Stopped by the signal before every meeting was considered. */
  interrupted: boolean;
}

export const DEFAULT_PAGE_SIZE = 100;

export async function harvestPortal(address: string, options: HarvestOptions): Promise<HarvestSummary> {
  const origin = portalOrigin(address);
  const client = new PortalClient(origin, { ...DEFAULT_CLIENT_OPTIONS, ...options.client, signal: options.signal });
  const meetings = await listMeetings(client, { ...options, pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE }).catch((error: unknown) => {
    if (error instanceof RequestFailure) throw new UnexpectedAnswer(error.url, error.reason, `en FirstAgenda-portal, der svarer på ${COMMITTEES_PATH}`);
    throw error;
  });
  const archive = await Archive.open(options.archiveDir, origin);
  const summary: HarvestSummary = {
    portal: origin.origin,
    archive,
    listed: meetings.length,
    new: 0,
    changed: 0,
    unchanged: 0,
    failures: [],
    wouldFetch: [],
    interrupted: false,
  };
  options.onListed?.(meetings.length);

  for (const [index, meeting] of meetings.entries()) {
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    let outcome: MeetingOutcome;
    const known = archive.get(meeting.id);
    if (known?.listing === meeting.listing && !options.recheck) {
      outcome = 'unchanged';
    } else if (options.dryRun) {
      summary.wouldFetch.push(meeting);
      continue;
    } else {
      try {
        outcome = await fetchAgenda(client, archive, meeting, known);
      } catch (error) {
        if (options.signal?.aborted) {
          summary.interrupted = true;
          break;
        }
        if (!(error instanceof RequestFailure || error instanceof UnexpectedAnswer)) throw error;
        summary.failures.push({ meeting, reason: error.reason });
        outcome = 'failed';
      }
    }
    if (outcome !== 'failed') summary[outcome] += 1;
    options.onMeeting?.({ done: index + 1, total: meetings.length, meeting, outcome });
  }
  return summary;
}

async function fetchAgenda(client: PortalClient, archive: Archive, meeting: MeetingRef, known: ArchivedMeeting | undefined): Promise<MeetingOutcome> {
  const response = await client.get(agendaPath(meeting.id), known?.etag);
  const listed = { committee: meeting.committee, date: meeting.date, listing: meeting.listing };
  if (response.status === 304 && known) {
    await archive.save({ ...known, ...listed });
    return 'unchanged';
  }
  checkAgenda(response.url, response.body);
  const record: ArchivedMeeting = {
    id: meeting.id,
    url: response.url,
    permalink: client.url(permalinkPath(meeting.id)),
    ...listed,
    fetchedAt: new Date().toISOString(),
    sha256: sha256Hex(response.body),
    etag: response.etag,
    lastModified: response.lastModified,
    ingestedSha256: known?.ingestedSha256 ?? null,
  };
  if (known?.sha256 === record.sha256) {
    await archive.save(record);
    return 'unchanged';
  }
  await archive.save(record, response.body);
  return known ? 'changed' : 'new';
}
