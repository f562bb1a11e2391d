/**
 * A local stand-in for a FirstAgenda portal on 127.0.0.1: it serves recorded real agendas (the five Greve
 * answers in test/fixtures/firstagenda/) byte for byte, and the committee list and paged meeting search built
 * from them in the shapes the portal answers (docs/harvest.md). Like some real portals it first sends an
 * anonymous visitor through a cookie-setting redirect. Tests queue faults (429, 500, broken JSON) per path.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const FIRSTAGENDA_FIXTURES = join(import.meta.dirname, '../fixtures/firstagenda');

export function fixtureAgendas(): Map<string, Buffer> {
  const agendas = new Map<string, Buffer>();
  for (const name of readdirSync(FIRSTAGENDA_FIXTURES).filter((file) => file.endsWith('.json')).sort()) {
    const bytes = readFileSync(join(FIRSTAGENDA_FIXTURES, name));
    agendas.set((JSON.parse(bytes.toString('utf8')) as { Id: string }).Id, bytes);
  }
  return agendas;
}

export interface ReplayResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface ReplayOptions {
  /** Meeting id → the agenda's bytes; the five Greve agendas by default. */
  agendas?: Map<string, Buffer>;
  /** Whether the committee list inlines each committee's meetings (it does on the portals seen so far). */
  inlineMeetings?: boolean;
  /** The period heading the committee list groups committees under. */
  period?: string;
}

export interface ReplayServer {
  url: string;
  /** Path and query of every request, in order. */
  requests: string[];
  /** Answers the next requests whose path starts with `pathPrefix` with these responses, one each, in order. */
  failNext(pathPrefix: string, ...responses: ReplayResponse[]): void;
  setAgenda(id: string, bytes: Buffer): void;
  close(): Promise<void>;
}

const COOKIE = 'FirstAgendaAnonymous=replay';

interface Agenda {
  Id: string;
  Udvalg: { Id: string; Navn: string; Historisk: boolean };
  Moede: Record<string, unknown> & { Dato: string };
}

/** The meeting summary the portal lists: the agenda's Moede with the meeting's id and without participants. */
function summary(agenda: Agenda) {
  return { ...agenda.Moede, Id: agenda.Id, Moededeltagere: null };
}

export async function startReplayServer(options: ReplayOptions = {}): Promise<ReplayServer> {
  const agendas = new Map(options.agendas ?? fixtureAgendas());
  const faults: Array<{ pathPrefix: string; response: ReplayResponse }> = [];
  const requests: string[] = [];
  const parsed = () => [...agendas.values()].map((bytes) => JSON.parse(bytes.toString('utf8')) as Agenda);

  function committeeList() {
    const committees = new Map<string, Agenda['Udvalg'] & { Moeder: unknown[] }>();
    for (const agenda of parsed().sort((a, b) => b.Moede.Dato.localeCompare(a.Moede.Dato))) {
      const committee = committees.get(agenda.Udvalg.Id) ?? { ...agenda.Udvalg, Moeder: [] };
      if (options.inlineMeetings !== false) committee.Moeder.push(summary(agenda));
      committees.set(agenda.Udvalg.Id, committee);
    }
    return { Udvalg: { [options.period ?? 'Aktuelle politiske udvalg']: [...committees.values()] } };
  }

  function search(query: URLSearchParams) {
    const year = query.get('request.kriterie.moedeDato') ?? '';
    const startIndex = Number(query.get('request.paging.startIndex') ?? 0);
    const limit = Number(query.get('request.paging.limit') ?? 10);
    const rows = parsed()
      .filter((agenda) => agenda.Moede.Dato.startsWith(year))
      .sort((a, b) => b.Moede.Dato.localeCompare(a.Moede.Dato))
      .map((agenda) => ({ Id: agenda.Id, Udvalg: agenda.Udvalg, Moede: summary(agenda) }));
    const page = rows.slice(startIndex, startIndex + limit);
    return { Dagsordner: page, AntalResultater: rows.length, MoreToBeSearched: startIndex + page.length < rows.length, IkkePubliceredeMoeder: false };
  }

  function send(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}) {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    response.end(body);
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://replay');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/Home/AnonymousAuthentication') {
      response.writeHead(302, { Location: url.searchParams.get('callback') ?? '/', 'Set-Cookie': `${COOKIE}; path=/; HttpOnly` });
      return response.end();
    }
    if (!(request.headers.cookie ?? '').includes(COOKIE)) {
      const callback = `http://${request.headers.host}${url.pathname}${url.search}`;
      response.writeHead(302, { Location: `/Home/AnonymousAuthentication?callback=${encodeURIComponent(callback)}` });
      return response.end();
    }
    const fault = faults.findIndex(({ pathPrefix }) => url.pathname.startsWith(pathPrefix));
    if (fault >= 0) {
      const [{ response: planned }] = faults.splice(fault, 1);
      return send(response, planned.status, planned.body ?? '', planned.headers);
    }
    if (url.pathname === '/') return send(response, 200, '<!doctype html><title>Dagsordener</title>', { 'Content-Type': 'text/html; charset=utf-8' });
    if (url.pathname === '/api/agenda/udvalgsliste') return send(response, 200, JSON.stringify(committeeList()));
    if (url.pathname === '/api/agenda/soeg/') return send(response, 200, JSON.stringify(search(url.searchParams)));
    const agendaId = /^\/api\/agenda\/dagsorden\/([^/]+)$/.exec(url.pathname)?.[1];
    const bytes = agendaId ? agendas.get(decodeURIComponent(agendaId)) : undefined;
    if (!bytes) return send(response, 404, JSON.stringify({ Message: 'Not found' }));
    const etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
    if (request.headers['if-none-match'] === etag) return send(response, 304, '', { ETag: etag });
    return send(response, 200, bytes, { ETag: etag });
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (pathPrefix, ...responses) => faults.push(...responses.map((response) => ({ pathPrefix, response }))),
    setAgenda: (id, bytes) => agendas.set(id, bytes),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
