import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexNames } from '../../ingest/index-names.js';
import { REPO_ROOT } from '../../scripts/config.js';
import { harvestPortal, type HarvestOptions } from '../../ingest/harvest/harvest.js';
import { ingestArchive } from '../../ingest/harvest/ingest-archive.js';
import { startReplayServer, type ReplayServer } from '../helpers/firstagenda-replay.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';

const names = uniqueIndexNames(import.meta.filename);
const client = testClient();
let server: ReplayServer;
let archiveDir: string;

const options = (): HarvestOptions => ({
  archiveDir,
  client: { delayMs: 0, timeoutMs: 10_000, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 4, maxRetryAfterMs: 1_000, wait: async () => {} } },
});
const agendaRequests = () => server.requests.filter((path) => path.startsWith('/api/agenda/dagsorden/'));

beforeAll(async () => {
  server = await startReplayServer();
  archiveDir = mkdtempSync(join(tmpdir(), 'referat-harvest-e2e-'));
});
afterAll(async () => {
  await server.close();
  rmSync(archiveDir, { recursive: true, force: true });
  await removeTestIndices(names);
  await client.close();
});

describe('harvest → archive → ingest into the real node, then a second run', () => {
  it('archives the five replayed Greve meetings and ingests them', async () => {
    const harvested = await harvestPortal(server.url, options());
    expect(harvested).toMatchObject({ listed: 5, new: 5, failures: [] });
    expect(harvested.archive.pendingIngest()).toHaveLength(5);

    const ingested = await ingestArchive(client, names, harvested.archive);
    expect(ingested?.files.map((file) => file.status)).toEqual(['indexed', 'indexed', 'indexed', 'indexed', 'indexed']);
    expect(ingested?.meetings).toBe(5);
    expect(ingested?.items).toBe(31);
    expect(ingested?.failures).toEqual([]);
    expect(ingested?.removed).toEqual({ items: 0, meetings: 0 });
    expect(harvested.archive.pendingIngest()).toEqual([]);
    expect((await client.count({ index: names.meetings })).count).toBe(5);

    const meetings = await client.search<{ municipality: string; date: string; bodyPrinted: string }>({
      index: names.meetings,
      size: 10,
      sort: [{ date: 'asc' }],
      _source: ['municipality', 'date', 'bodyPrinted'],
    });
    expect(meetings.hits.hits.map((hit) => hit._source)).toEqual([
      { municipality: 'Greve', date: '2022-01-10', bodyPrinted: 'Økonomiudvalget' },
      { municipality: 'Greve', date: '2022-01-14', bodyPrinted: 'Byråd 2022-2025' },
      { municipality: 'Greve', date: '2024-04-17', bodyPrinted: 'Klima-, Teknik- og Miljøudvalget' },
      { municipality: 'Greve', date: '2024-09-09', bodyPrinted: 'Sundheds- og Omsorgsudvalget' },
      { municipality: 'Greve', date: '2025-08-13', bodyPrinted: 'Kultur- og Fritidsudvalget' },
    ]);
  });

  it('a second run fetches nothing new and has nothing to ingest', async () => {
    server.requests.length = 0;
    const again = await harvestPortal(server.url, options());
    expect(again).toMatchObject({ listed: 5, new: 0, changed: 0, unchanged: 5, failures: [] });
    expect(agendaRequests()).toEqual([]);
    expect(await ingestArchive(client, names, again.archive)).toBeNull();
    expect((await client.count({ index: names.meetings })).count).toBe(5);
  });
});

describe('npm run harvest against the replay server', () => {
  const prefix = `test-harvest-cli-${process.pid}-`;
  let cliArchive: string;
  beforeAll(() => {
    cliArchive = mkdtempSync(join(tmpdir(), 'referat-harvest-cli-'));
  });
  afterAll(async () => {
    rmSync(cliArchive, { recursive: true, force: true });
    await removeTestIndices(indexNames(prefix));
  });

  function harvestCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
        ['ingest/harvest/cli.ts', ...args],
        { cwd: REPO_ROOT, env: { ...process.env, ES_URL: inject('esUrl'), ES_INDEX_PREFIX: prefix }, timeout: 120_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it('archives and ingests the replayed meetings, and a second run fetches nothing new', async () => {
    const first = await harvestCommand(server.url, '--archive', cliArchive, '--delay', '0');
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain(`${server.url}: 5 møder · 5 hentet (5 nye, 0 ændrede) · 0 uændrede · 0 fejlede\n`);
    expect(first.stdout).toMatch(/^Færdig: 5 af 5 filer indekseret, 5 møder, 31 punkter/m);
    expect(first.code).toBe(0);

    const second = await harvestCommand(server.url, '--archive', cliArchive, '--delay', '0');
    expect(second.stdout).toBe(
      `${server.url}: 5 møder · 0 hentet (0 nye, 0 ændrede) · 5 uændrede · 0 fejlede\nArkiv: ${join(cliArchive, new URL(server.url).host.replace(':', '_'))}\nIntet nyt at indeksere.\n`,
    );
    expect(second.code).toBe(0);
  });

  it('bad input ends with one line naming the address and what was expected', async () => {
    const result = await harvestCommand('ftp://dagsordener.greve.dk', '--archive', cliArchive);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: ftp://dagsordener.greve.dk: ikke en http(s)-adresse; forventede en portal-adresse som https://dagsordener.<kommune>.dk\n');
  });
});
