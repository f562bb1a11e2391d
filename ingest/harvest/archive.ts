/**
 * The local archive of one portal: each meeting's agenda exactly as fetched (`agendas/<id>.json`) and a
 * sidecar (`meta/<id>.json`) saying where and when it was fetched, its SHA-256 and ETag, and which version
 * was ingested. Every file is written under a temporary name and renamed, so an interrupted run leaves no
 * half-written file; when an agenda changes, the earlier version is kept in `previous/`.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ArchivedMeeting {
  id: string;
  /** The agenda's API address, and the portal's page for people. */
  url: string;
  permalink: string;
  committee: string;
  date: string;
  fetchedAt: string;
  sha256: string;
  etag: string | null;
  lastModified: string | null;
  /** The portal's listing entry when fetched (see MeetingRef.listing). */
  listing: string;
  /** SHA-256 of the version last ingested into Elasticsearch. */
  ingestedSha256: string | null;
}

const TEMPORARY = /\.tmp-\d+$/;

/** `https://dagsordener.greve.dk` → `dagsordener.greve.dk`; a port becomes `_<port>`. */
export function archiveFolderName(origin: URL): string {
  return origin.host.replace(':', '_');
}

/** Meeting ids are GUIDs; anything else is made safe as a file name. */
const fileStem = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

async function writeAtomically(path: string, data: string | Buffer): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

export class Archive {
  private constructor(
    readonly dir: string,
    private readonly meetings: Map<string, ArchivedMeeting>,
  ) {}

  static async open(root: string, origin: URL): Promise<Archive> {
    const archive = new Archive(join(root, archiveFolderName(origin)), new Map());
    for (const folder of ['agendas', 'meta']) {
      for (const name of await archive.list(folder)) if (TEMPORARY.test(name)) await rm(join(archive.dir, folder, name));
    }
    for (const name of await archive.list('meta')) {
      const meeting = JSON.parse(await readFile(join(archive.dir, 'meta', name), 'utf8')) as ArchivedMeeting;
      if (existsSync(archive.agendaFile(meeting.id))) archive.meetings.set(meeting.id, meeting);
    }
    return archive;
  }

  private async list(folder: string): Promise<string[]> {
    return existsSync(join(this.dir, folder)) ? readdir(join(this.dir, folder)) : [];
  }

  get(id: string): ArchivedMeeting | undefined {
    return this.meetings.get(id);
  }

  agendaFile(id: string): string {
    return join(this.dir, 'agendas', `${fileStem(id)}.json`);
  }

  /** Records a meeting; with `body`, first stores the agenda (keeping a replaced version in previous/). */
  async save(meeting: ArchivedMeeting, body?: Buffer): Promise<void> {
    for (const folder of ['agendas', 'meta', 'previous']) await mkdir(join(this.dir, folder), { recursive: true });
    if (body) {
      const earlier = this.meetings.get(meeting.id);
      const file = this.agendaFile(meeting.id);
      if (earlier && earlier.sha256 !== meeting.sha256) {
        await copyFile(file, join(this.dir, 'previous', `${fileStem(meeting.id)}@${earlier.sha256.slice(0, 12)}.json`));
      }
      await writeAtomically(file, body);
    }
    await writeAtomically(join(this.dir, 'meta', `${fileStem(meeting.id)}.json`), `${JSON.stringify(meeting, null, 2)}\n`);
    this.meetings.set(meeting.id, meeting);
  }

  /** Archived agendas whose current version has not been ingested yet, oldest meeting first. */
  pendingIngest(): ArchivedMeeting[] {
    return [...this.meetings.values()]
      .filter((meeting) => meeting.ingestedSha256 !== meeting.sha256)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  }

  async markIngested(id: string): Promise<void> {
    const meeting = this.meetings.get(id);
    if (meeting) await this.save({ ...meeting, ingestedSha256: meeting.sha256 });
  }
}
