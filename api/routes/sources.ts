import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { notFound } from '../errors.js';
import { ES_OPTIONS } from '../es.js';
import type { MeetingDocument } from '../../ingest/documents.js';
import { readSource } from '../../ingest/read.js';
import { sourceMediaType, sourceVerdict } from '../source-files.js';

/**
 * GET /api/sources/:meetingId: the document a meeting was ingested from, read-only. The path is the one the
 * index holds for that meeting; see api/source-files.ts for the roots and the closed-items rule.
 */
export function sourceRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/:meetingId', async (c) => {
    const id = c.req.param('meetingId');
    const found = await deps.client.search<Pick<MeetingDocument, 'sourceFile'>>(
      { index: deps.names.meetings, query: { ids: { values: [id] } }, size: 1, _source: ['sourceFile'] },
      ES_OPTIONS,
    );
    const sourceFile = found.hits.hits[0]?._source?.sourceFile;
    if (!sourceFile) throw notFound('Mødet');
    const verdict = await sourceVerdict(sourceFile, deps);
    if (verdict.status === 'missing') throw notFound('Kildedokumentet');
    if (verdict.status === 'closed-text') {
      throw new HTTPException(403, { message: 'Kildedokumentet indeholder tekst fra lukkede punkter og vises derfor ikke.' });
    }
    const media = sourceMediaType(verdict.path);
    const content = media.decoded ? (await readSource(verdict.path)).text : (Readable.toWeb(createReadStream(verdict.path)) as ReadableStream);
    c.header('Content-Type', media.type);
    c.header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(basename(verdict.path))}`);
    c.header('X-Content-Type-Options', 'nosniff');
    // A source's own HTML runs no script and reaches nothing of the app.
    if (media.type.startsWith('text/html')) c.header('Content-Security-Policy', 'sandbox; default-src none');
    return c.body(content, 200);
  });
}
