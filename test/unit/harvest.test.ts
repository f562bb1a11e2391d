import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harvestPortal, type HarvestOptions } from '../../ingest/harvest/harvest.js';
import { retryAfterMs } from '../../ingest/harvest/retry-policy.js';
import { USER_AGENT } from '../../ingest/harvest/portal-client.js';
import { readPortalList } from '../../ingest/harvest/portal-list.js';
import { fixtureAgendas, FIRSTAGENDA_FIXTURES, startReplayServer, type ReplayServer } from '../helpers/firstagenda-replay.js';

const KULTUR = 'cf1acbc8-7e48-4b50-8b43-1b5fa2b7f961';
const SUNDHED = '6db77fa0-9d80-4c8c-bdf2-a5a7e9b43e34';
const BYRAAD = '8b2f1d8b-1257-4858-911b-465533ce6799';
const OEKONOMI = 'e049b9bf-8473-4034-9a27-cd30a5583562';
const KLIMA = '046f602f-3797-423d-a217-e92fc188d1ed';
/** Oldest meeting first, the order the harvester fetches in. */
const ALL_IDS = [OEKONOMI, BYRAAD, KLIMA, SUNDHED, KULTUR];

let server: ReplayServer;
let archiveDir: string;
let waits: number[];

function options(extra: Partial<HarvestOptions> = {}): HarvestOptions {
  return {
    archiveDir,
    client: { delayMs: 0, timeoutMs: 5_000, retry: { retries: 3, minDelayMs: 1, maxDelayMs: 4, maxRetryAfterMs: 60_000, wait: async (ms) => void waits.push(ms) } },
    ...extra,
  };
}

const portalFolder = () => join(archiveDir, new URL(server.url).host.replace(':', '_'));
const archivedIds = () => (existsSync(join(portalFolder(), 'agendas')) ? readdirSync(join(portalFolder(), 'agendas')).map((name) => name.replace(/\.json$/, '')).sort() : []);
const agendaRequests = () => server.requests.filter((path) => path.startsWith('/api/agenda/dagsorden/')).map((path) => path.split('/').pop());

beforeEach(async () => {
  server = await startReplayServer();
  archiveDir = mkdtempSync(join(tmpdir(), 'referat-harvest-'));
  waits = [];
});
afterEach(async () => {
  await server.close();
  rmSync(archiveDir, { recursive: true, force: true });
});

describe('harvesting a FirstAgenda portal (local replay of five real Greve agendas)', () => {
  it('archives every agenda byte for byte, with a sidecar naming the URL, fetch time and hash', async () => {
    const summary = await harvestPortal(server.url, options());
    expect(summary).toMatchObject({ portal: server.url, listed: 5, new: 5, changed: 0, unchanged: 0, failures: [], interrupted: false });
    expect(agendaRequests()).toEqual(ALL_IDS);
    expect(archivedIds()).toEqual([...ALL_IDS].sort());
    for (const [id, bytes] of fixtureAgendas()) {
      expect(readFileSync(join(portalFolder(), 'agendas', `${id}.json`)).equals(bytes)).toBe(true);
    }
    const sidecar = JSON.parse(readFileSync(join(portalFolder(), 'meta', `${KULTUR}.json`), 'utf8'));
    expect(sidecar).toMatchObject({
      id: KULTUR,
      url: `${server.url}/api/agenda/dagsorden/${KULTUR}`,
      permalink: `${server.url}/vis?id=${KULTUR}`,
      committee: 'Kultur- og Fritidsudvalget',
      date: '2025-08-13',
      sha256: createHash('sha256').update(readFileSync(join(FIRSTAGENDA_FIXTURES, 'greve-001.json'))).digest('hex'),
      etag: `"${createHash('sha1').update(readFileSync(join(FIRSTAGENDA_FIXTURES, 'greve-001.json'))).digest('hex')}"`,
      ingestedSha256: null,
    });
    expect(Date.parse(sidecar.fetchedAt)).not.toBeNaN();
  });

  it('names the project in its User-Agent and goes through the anonymous-cookie redirect once', async () => {
    expect(USER_AGENT).toMatch(/^ReferatRadar\/\d+\.\d+\.\d+ \(\+.+; harvests public agendas\)$/);
    await harvestPortal(server.url, options());
    expect(server.requests.filter((path) => path.startsWith('/Home/AnonymousAuthentication'))).toHaveLength(1);
  });

  it('pages through the meeting search year by year when the committee list inlines no meetings', async () => {
    await server.close();
    server = await startReplayServer({ inlineMeetings: false });
    const summary = await harvestPortal(server.url, options({ pageSize: 1, from: '2022-01-01', to: '2025-12-31' }));
    const pages = server.requests
      .filter((path) => path.startsWith('/api/agenda/soeg/'))
      .map((path) => {
        const query = new URLSearchParams(path.split('?')[1]);
        return `${query.get('request.kriterie.moedeDato')}@${query.get('request.paging.startIndex')}+${query.get('request.paging.limit')}`;
      });
    expect(pages).toEqual(['2022@0+1', '2022@1+1', '2023@0+1', '2024@0+1', '2024@1+1', '2025@0+1']);
    expect(summary).toMatchObject({ listed: 5, new: 5 });
    expect(archivedIds()).toEqual([...ALL_IDS].sort());
  });

  it('waits out a 429 Retry-After, then fetches', async () => {
    server.failNext(`/api/agenda/dagsorden/${KLIMA}`, { status: 429, headers: { 'Retry-After': '7' } });
    const summary = await harvestPortal(server.url, options());
    expect(waits).toEqual([7_000]);
    expect(summary).toMatchObject({ new: 5, failures: [] });
    expect(agendaRequests().filter((id) => id === KLIMA)).toHaveLength(2);
  });

  it('retries a 500 and gets the agenda on the next attempt', async () => {
    server.failNext(`/api/agenda/dagsorden/${BYRAAD}`, { status: 500, body: 'Internal Server Error' });
    const summary = await harvestPortal(server.url, options());
    expect(summary).toMatchObject({ new: 5, failures: [] });
    expect(agendaRequests().filter((id) => id === BYRAAD)).toHaveLength(2);
  });

  it('reports a meeting that keeps failing by reason, and harvests the rest', async () => {
    const error = { status: 503 };
    server.failNext(`/api/agenda/dagsorden/${SUNDHED}`, error, error, error, error);
    const summary = await harvestPortal(server.url, options());
    expect(summary.failures.map(({ meeting, reason }) => [meeting.id, reason])).toEqual([[SUNDHED, 'HTTP 503']]);
    expect(summary.new).toBe(4);
    expect(archivedIds()).toEqual(ALL_IDS.filter((id) => id !== SUNDHED).sort());
  });

  it('reports a malformed JSON answer, archives nothing for it, harvests the rest and fetches it next time', async () => {
    server.failNext(`/api/agenda/dagsorden/${OEKONOMI}`, { status: 200, body: '{"Id": "e049b9bf", "Dagsordenpunkter": [' });
    const first = await harvestPortal(server.url, options());
    expect(first.failures.map(({ meeting, reason }) => [meeting.id, reason])).toEqual([[OEKONOMI, 'ugyldig JSON']]);
    expect(first.new).toBe(4);
    expect(archivedIds()).not.toContain(OEKONOMI);

    const second = await harvestPortal(server.url, options());
    expect(second).toMatchObject({ new: 1, unchanged: 4, failures: [] });
    expect(archivedIds()).toContain(OEKONOMI);
  });

  it('reports an agenda of the wrong shape', async () => {
    server.failNext(`/api/agenda/dagsorden/${KLIMA}`, { status: 200, body: '{"Id": "x", "Udvalg": {"Navn": "Y"}, "Moede": {}}' });
    const summary = await harvestPortal(server.url, options());
    expect(summary.failures.map(({ reason }) => reason)).toEqual(['uventet form (Dagsordenpunkter)']);
  });

  it('resumes an interrupted run where it stopped', async () => {
    const controller = new AbortController();
    const first = await harvestPortal(server.url, options({ signal: controller.signal, onMeeting: ({ done }) => done === 2 && controller.abort() }));
    expect(first).toMatchObject({ new: 2, interrupted: true });
    expect(archivedIds()).toEqual([OEKONOMI, BYRAAD].sort());

    server.requests.length = 0;
    const second = await harvestPortal(server.url, options());
    expect(second).toMatchObject({ new: 3, unchanged: 2, interrupted: false });
    expect(agendaRequests()).toEqual([KLIMA, SUNDHED, KULTUR]);
  });

  it('skips unchanged meetings without a request: a second run fetches nothing', async () => {
    await harvestPortal(server.url, options());
    server.requests.length = 0;
    const second = await harvestPortal(server.url, options());
    expect(second).toMatchObject({ listed: 5, new: 0, changed: 0, unchanged: 5, failures: [] });
    expect(agendaRequests()).toEqual([]);
  });

  it('asks with the ETag when a listing changed but the agenda did not: a 304, nothing rewritten', async () => {
    await harvestPortal(server.url, options());
    const sidecarFile = join(portalFolder(), 'meta', `${KLIMA}.json`);
    const sidecar = JSON.parse(readFileSync(sidecarFile, 'utf8'));
    writeFileSync(sidecarFile, JSON.stringify({ ...sidecar, listing: '["an older listing"]' }));
    server.requests.length = 0;
    const second = await harvestPortal(server.url, options());
    expect(second).toMatchObject({ new: 0, changed: 0, unchanged: 5 });
    expect(agendaRequests()).toEqual([KLIMA]);
    expect(JSON.parse(readFileSync(sidecarFile, 'utf8'))).toEqual(sidecar);
    expect(readdirSync(join(portalFolder(), 'previous'))).toEqual([]);
  });

  it('refetches a meeting whose listing changed, keeping the earlier version when the content changed', async () => {
    await harvestPortal(server.url, options());
    const agenda = JSON.parse(readFileSync(join(FIRSTAGENDA_FIXTURES, 'greve-004.json'), 'utf8'));
    agenda.Moede.Navn = 'Referat';
    server.setAgenda(OEKONOMI, Buffer.from(JSON.stringify(agenda)));
    const second = await harvestPortal(server.url, options());
    expect(second).toMatchObject({ new: 0, changed: 1, unchanged: 4 });
    expect(JSON.parse(readFileSync(join(portalFolder(), 'agendas', `${OEKONOMI}.json`), 'utf8')).Moede.Navn).toBe('Referat');
    expect(readdirSync(join(portalFolder(), 'previous'))).toEqual([
      `${OEKONOMI}@${createHash('sha256').update(readFileSync(join(FIRSTAGENDA_FIXTURES, 'greve-004.json'))).digest('hex').slice(0, 12)}.json`,
    ]);
  });

  it('--recheck asks for every archived agenda again and finds a change the listing did not show', async () => {
    await harvestPortal(server.url, options());
    const agenda = JSON.parse(readFileSync(join(FIRSTAGENDA_FIXTURES, 'greve-003.json'), 'utf8'));
    agenda.Dagsordenpunkter[0].Navn = 'Godkendelse af dagsorden (rettet)';
    server.setAgenda(BYRAAD, Buffer.from(JSON.stringify(agenda)));
    server.requests.length = 0;
    expect(await harvestPortal(server.url, options())).toMatchObject({ changed: 0, unchanged: 5 });
    expect(agendaRequests()).toEqual([]);

    const rechecked = await harvestPortal(server.url, options({ recheck: true }));
    expect(rechecked).toMatchObject({ new: 0, changed: 1, unchanged: 4 });
    expect(agendaRequests()).toEqual(ALL_IDS);
  });

  it('--dry-run lists what it would fetch and writes nothing', async () => {
    const summary = await harvestPortal(server.url, options({ dryRun: true }));
    expect(summary.wouldFetch.map((meeting) => meeting.id)).toEqual(ALL_IDS);
    expect(agendaRequests()).toEqual([]);
    expect(existsSync(portalFolder())).toBe(false);
  });

  it('--from/--to and --body narrow the meetings', async () => {
    const summary = await harvestPortal(server.url, options({ from: '2024-01-01', to: '2024-12-31', bodies: ['sundhed', 'KLIMA'] }));
    expect(summary).toMatchObject({ listed: 2, new: 2 });
    expect(agendaRequests()).toEqual([KLIMA, SUNDHED]);
  });
});

describe('bad input ends with one line naming the URL and what was expected; nothing archived is lost', () => {
  it('a --body no committee has', async () => {
    await expect(harvestPortal(server.url, options({ bodies: ['Skoleudvalget'] }))).rejects.toThrow(
      `${server.url}/api/agenda/udvalgsliste: intet udvalg hedder "Skoleudvalget"; forventede et af: Kultur- og Fritidsudvalget, Sundheds- og Omsorgsudvalget, Klima-, Teknik- og Miljøudvalget, Byråd 2022-2025, Økonomiudvalget`,
    );
  });

  it('an unreachable portal, after the archive was filled by an earlier run', async () => {
    await harvestPortal(server.url, options());
    const before = archivedIds();
    const url = server.url;
    await server.close();
    await expect(harvestPortal(url, options())).rejects.toThrow(
      `${url}/api/agenda/udvalgsliste: ingen forbindelse (ECONNREFUSED); forventede en FirstAgenda-portal, der svarer på /api/agenda/udvalgsliste`,
    );
    expect(archivedIds()).toEqual(before);
    server = await startReplayServer();
  });

  it('a web site that is not a portal', async () => {
    const site = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><h1>Velkommen</h1>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    try {
      await expect(harvestPortal(url, options())).rejects.toThrow(
        `${url}/api/agenda/udvalgsliste: svarede med HTML, ikke JSON; forventede JSON {"Udvalg": {"<periode>": [{"Id", "Navn", "Moeder": […]}]}}`,
      );
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });

  it('a 404 where the committee list should be', async () => {
    server.failNext('/api/agenda/udvalgsliste', { status: 404 });
    await expect(harvestPortal(server.url, options())).rejects.toThrow(
      `${server.url}/api/agenda/udvalgsliste: HTTP 404; forventede en FirstAgenda-portal, der svarer på /api/agenda/udvalgsliste`,
    );
  });

  it('a committee list of the wrong shape', async () => {
    server.failNext('/api/agenda/udvalgsliste', { status: 200, body: '{"resultater": [{"id": 1, "navn": "Byråd"}]}' });
    await expect(harvestPortal(server.url, options())).rejects.toThrow(
      `${server.url}/api/agenda/udvalgsliste: uventet form (Udvalg); forventede JSON {"Udvalg": {"<periode>": [{"Id", "Navn", "Moeder": […]}]}}`,
    );
  });

  it('an address that is not a URL', async () => {
    await expect(harvestPortal('ftp://dagsordener.greve.dk', options())).rejects.toThrow(
      'ftp://dagsordener.greve.dk: ikke en http(s)-adresse; forventede en portal-adresse som https://dagsordener.<kommune>.dk',
    );
  });
});

describe('retry and portal-list details', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 12:00:30 GMT', Date.parse('2026-12-01T12:00:00Z'))).toBe(30_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it('a Retry-After beyond the limit fails the meeting instead of waiting', async () => {
    server.failNext(`/api/agenda/dagsorden/${KULTUR}`, { status: 429, headers: { 'Retry-After': '3600' } });
    const summary = await harvestPortal(server.url, options());
    expect(summary.failures.map(({ reason }) => reason)).toEqual(['HTTP 429 (portalen beder om at vente 3600 s)']);
    expect(waits).toEqual([]);
  });

  it('the shipped portal list names a public source for every portal', async () => {
    const portals = await readPortalList('ingest/harvest/portals.yaml');
    expect(portals.map((portal) => [portal.municipality, portal.url])).toEqual([
      ['Greve', 'https://dagsordener.greve.dk'],
      ['Hvidovre', 'https://dagsordener-referater.hvidovre.dk'],
      ['Middelfart', 'https://dagsordener.middelfart.dk'],
    ]);
    for (const portal of portals) expect(portal.source).toMatch(/^github\.com\/[\w-]+\/[\w-]+, \S+/);
  });

  it('a portal list of the wrong shape is refused with the file and entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-portals-'));
    const file = join(dir, 'portals.yaml');
    writeFileSync(file, '- municipality: Greve\n  url: https://dagsordener.greve.dk\n');
    await expect(readPortalList(file)).rejects.toThrow(`${file}: post 0.source passer ikke; forventede en YAML-liste af {municipality, url, source}`);
    rmSync(dir, { recursive: true });
  });
});
