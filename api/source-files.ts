/**
 * The ingested source documents, served read-only by meeting id (api/routes/sources.ts). The path always comes
 * from the index, never from the client, and must lie under one of the configured source roots.
 *
 * Closed items: ingest keeps closed items' text out of the index unless the instance opted in
 * (INDEX_CLOSED_TEXT), but the source file itself may hold it. So a file is served only when re-reading it
 * finds no closed item with text, or when the instance opted in to showing closed text.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, sep } from 'node:path';
import { hasClosedText } from '../ingest/closed-items.js';
import { parseSource } from '../ingest/parse/source.js';
import { readSource } from '../ingest/read.js';
import { DEMO_CORPUS_DIR } from '../scripts/config.js';
import type { ApiDeps } from './deps.js';

/** The real path of `sourceFile` when it is a file under one of `roots`; null otherwise. */
export async function resolveSourceFile(sourceFile: string, roots: readonly string[]): Promise<string | null> {
  try {
    const path = await realpath(sourceFile);
    if (!(await stat(path)).isFile()) return null;
    for (const root of roots) {
      const realRoot = await realpath(root).catch(() => null);
      if (realRoot && path.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return path;
    }
    return null;
  } catch {
    return null;
  }
}

const closedTextCache = new Map<string, boolean>();
const CACHE_MAX = 1_000;

/** Does the file hold the text of a closed item? Read and parsed once per file version. */
export async function holdsClosedText(path: string): Promise<boolean> {
  const key = `${path}\0${(await stat(path)).mtimeMs}`;
  let holds = closedTextCache.get(key);
  if (holds === undefined) {
    holds = parseSource(await readSource(path), path).some((meeting) => meeting.items.some(hasClosedText));
    if (closedTextCache.size >= CACHE_MAX) closedTextCache.clear();
    closedTextCache.set(key, holds);
  }
  return holds;
}

export type SourceVerdict = { status: 'servable'; path: string } | { status: 'missing' } | { status: 'closed-text' };

/** Whether the API may serve an indexed source file, and its real path when it may. */
export async function sourceVerdict(sourceFile: string, deps: Pick<ApiDeps, 'sourceRoots' | 'closedTextPublic'>): Promise<SourceVerdict> {
  const path = await resolveSourceFile(sourceFile, deps.sourceRoots ?? [DEMO_CORPUS_DIR]);
  if (!path) return { status: 'missing' };
  if (!deps.closedTextPublic && (await holdsClosedText(path).catch(() => true))) return { status: 'closed-text' };
  return { status: 'servable', path };
}

/** The API path of a meeting's source document; with a page, a PDF viewer opens it there (`#page=N`). */
export function sourceHref(meetingId: string, page?: number): string {
  return `/api/sources/${encodeURIComponent(meetingId)}${page ? `#page=${page}` : ''}`;
}

/** How a source is sent: PDFs, HTML and JSON as they are; plain text decoded (it may be Windows-1252), in UTF-8. */
export function sourceMediaType(path: string): { type: string; decoded: boolean } {
  switch (extname(path).toLowerCase()) {
    case '.pdf':
      return { type: 'application/pdf', decoded: false };
    case '.html':
    case '.htm':
      return { type: 'text/html; charset=utf-8', decoded: false };
    case '.json':
      return { type: 'application/json; charset=utf-8', decoded: false };
    default:
      return { type: 'text/plain; charset=utf-8', decoded: true };
  }
}
