/** Footprint: index size on disk, the node's heap and RSS, the API's memory, the web bundle's gzip sizes. */
import type { Client } from '@elastic/elasticsearch';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IndexNames } from '../ingest/index-names.js';
import { ensureWebBuild, WEB_DIST } from '../scripts/web-build.js';

export interface IndexFootprint {
  itemsDocs: number;
  itemsStoreBytes: number;
  meetingsStoreBytes: number;
  bytesPerItem: number;
  segments: number;
}

export async function indexFootprint(client: Client, names: IndexNames): Promise<IndexFootprint> {
  await client.indices.flush({ index: [names.items, names.meetings] });
  const stats = await client.indices.stats({ index: [names.items, names.meetings], metric: ['store', 'docs', 'segments'] });
  let itemsDocs = 0;
  let itemsStoreBytes = 0;
  let meetingsStoreBytes = 0;
  let segments = 0;
  for (const [index, entry] of Object.entries(stats.indices ?? {})) {
    const store = entry.primaries?.store?.size_in_bytes ?? 0;
    segments += entry.primaries?.segments?.count ?? 0;
    if (index.startsWith(names.items)) {
      itemsDocs += entry.primaries?.docs?.count ?? 0;
      itemsStoreBytes += store;
    } else {
      meetingsStoreBytes += store;
    }
  }
  return { itemsDocs, itemsStoreBytes, meetingsStoreBytes, bytesPerItem: itemsDocs ? Math.round(itemsStoreBytes / itemsDocs) : 0, segments };
}

/**
 * Waits until Elasticsearch has no merge running on the indices (it merges the segments of a bulk load for some
 * minutes after it), so the latency tests measure the archive as users query it, not the load's aftermath.
 * Returns the time waited; gives up after `maxMs`.
 */
export async function mergesSettled(client: Client, names: IndexNames, maxMs = 600_000): Promise<number> {
  const started = performance.now();
  let quietPolls = 0;
  while (quietPolls < 3 && performance.now() - started < maxMs) {
    const stats = await client.indices.stats({ index: [names.items, names.meetings], metric: ['merge'] });
    quietPolls = (stats._all?.primaries?.merges?.current ?? 0) === 0 ? quietPolls + 1 : 0;
    if (quietPolls < 3) await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return Math.round(performance.now() - started);
}

export interface NodeFootprint {
  heapUsedBytes: number;
  heapMaxBytes: number;
  /** Resident set of the node's JVM (from /proc when the node runs on this machine), else null. */
  rssBytes: number | null;
  pid: number | null;
}

function rssOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export async function nodeFootprint(client: Client): Promise<NodeFootprint> {
  const stats = await client.nodes.stats({ node_id: '_local', metric: ['jvm', 'process'] });
  const info = await client.nodes.info({ node_id: '_local', metric: ['process'] });
  const [node] = Object.values(stats.nodes ?? {});
  const [described] = Object.values(info.nodes ?? {});
  const pid = described?.process?.id ?? null;
  return {
    heapUsedBytes: node?.jvm?.mem?.heap_used_in_bytes ?? 0,
    heapMaxBytes: node?.jvm?.mem?.heap_max_in_bytes ?? 0,
    rssBytes: pid ? rssOf(pid) : null,
    pid,
  };
}

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  initial: boolean;
}

export interface PageSize {
  /** A folder of web/pages, e.g. "search". */
  page: string;
  /** Initial JS plus the page chunk and every chunk it imports statically: what opening the page loads. */
  gzipBytes: number;
  /** The same plus chunks the page imports on demand (import()), e.g. the chart library. */
  withLazyGzipBytes: number;
}

export interface WebFootprint {
  built: boolean;
  error?: string;
  /** JS the browser loads before the first page renders: the entry chunk(s) index.html references. */
  initialJsGzipBytes: number;
  cssGzipBytes: number;
  chunks: ChunkSize[];
  pages?: PageSize[];
}

const STATIC_IMPORT = /(?:from|import)\s*"\.\/([^"]+\.js)"/g;
const DYNAMIC_IMPORT = /import\(\s*"\.\/([^"]+\.js)"\s*\)/g;

/**
 * The chunks a chunk pulls in, transitively: static imports only, or static and dynamic ones. The initial
 * chunks are already loaded and not followed (the entry imports every page on demand).
 */
function closure(start: string, sources: Map<string, string>, dynamic: boolean, initial: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const source = sources.get(queue.pop()!) ?? '';
    const found = [...source.matchAll(STATIC_IMPORT), ...(dynamic ? source.matchAll(DYNAMIC_IMPORT) : [])].map((match) => match[1]);
    for (const file of found) {
      if (!seen.has(file) && sources.has(file) && !initial.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  return seen;
}

function pageSizes(chunks: ChunkSize[], sources: Map<string, string>): PageSize[] {
  const pagesDir = join(WEB_DIST, '..', '..', 'web', 'pages');
  if (!existsSync(pagesDir)) return [];
  const gzip = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const initial = chunks.filter((chunk) => chunk.initial);
  const initialFiles = new Set(initial.map((chunk) => chunk.file));
  const initialBytes = initial.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const loaded = (files: Set<string>) => [...files].filter((file) => !gzip.get(file)?.initial).reduce((sum, file) => sum + (gzip.get(file)?.gzipBytes ?? 0), 0);
  const pages: PageSize[] = [];
  for (const page of readdirSync(pagesDir).sort()) {
    const chunk = chunks.find((candidate) => candidate.file.replace(/-[\w-]{8}\.js$/, '') === page);
    if (!chunk) continue;
    pages.push({
      page,
      gzipBytes: initialBytes + loaded(closure(chunk.file, sources, false, initialFiles)),
      withLazyGzipBytes: initialBytes + loaded(closure(chunk.file, sources, true, initialFiles)),
    });
  }
  return pages;
}

/** Builds the web bundle if needed, then gzips every JS chunk (zlib default level, as a web server would). */
export function webFootprint(): WebFootprint {
  try {
    ensureWebBuild();
  } catch (error) {
    return { built: false, error: error instanceof Error ? error.message : String(error), initialJsGzipBytes: 0, cssGzipBytes: 0, chunks: [] };
  }
  const assets = join(WEB_DIST, 'assets');
  const indexFile = join(WEB_DIST, 'index.html');
  if (!existsSync(indexFile) || !existsSync(assets)) return { built: false, error: 'no dist/web/index.html', initialJsGzipBytes: 0, cssGzipBytes: 0, chunks: [] };
  const html = readFileSync(indexFile, 'utf8');
  const referenced = new Set([...html.matchAll(/(?:src|href)="\/?assets\/([^"]+\.js)"/g)].map((match) => match[1]));
  const chunks: ChunkSize[] = [];
  const sources = new Map<string, string>();
  let cssGzipBytes = 0;
  for (const file of readdirSync(assets).sort()) {
    const content = readFileSync(join(assets, file));
    if (file.endsWith('.css')) cssGzipBytes += gzipSync(content).length;
    if (!file.endsWith('.js')) continue;
    sources.set(file, content.toString('utf8'));
    chunks.push({ file, bytes: content.length, gzipBytes: gzipSync(content).length, initial: referenced.has(file) });
  }
  const initialJsGzipBytes = chunks.filter((chunk) => chunk.initial).reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  return { built: true, initialJsGzipBytes, cssGzipBytes, chunks, pages: pageSizes(chunks, sources) };
}
