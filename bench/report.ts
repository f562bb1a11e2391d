/** The benchmark's result: its shape, the Markdown table, the JSON file and the history. */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BulkTuning } from '../ingest/bulk-index.js';
import type { IndexFootprint, NodeFootprint, WebFootprint } from './footprint.js';
import type { ParseBenchResult, RawBulkResult } from './ingest-bench.js';
import type { PathologicalLoadReport } from './pathological-load.js';
import type { LatencySummary } from './stats.js';

export interface LatencyReport {
  all: LatencySummary;
  /** Client-measured latency minus Elasticsearch's `took`, per request. */
  overhead: LatencySummary;
  /**
   * The overhead split in two by the API's `Server-Timing`: `elasticsearch`, the API's wait for Elasticsearch beyond
   * `took` (HTTP to Elasticsearch, reading the request, writing and parsing the answer, `took` rounded down);
   * `api`, the rest (the API's own work, gzip, the HTTP hop to the client). Absent before 2026-12-02.
   */
  overheadSplit?: { elasticsearch: LatencySummary; api: LatencySummary };
  took: LatencySummary;
  byKind: Record<string, LatencySummary>;
  /** Size of the answers (bytes of the body); absent in results from before 2026-12-01. */
  bytes?: LatencySummary;
  requests: number;
  errors: number;
  elapsedMs: number;
}

export interface TuningTrial extends BulkTuning {
  itemsPerSec: number;
  documents: number;
}

export interface BenchResult {
  resultVersion: 1;
  startedAt: string;
  finishedAt: string;
  durationSec: number;
  git: { revision: string; dirty: boolean };
  machine: { cpus: number; cpuModel: string; memoryGiB: number; platform: string; node: string; esVersion: string; esHeap: string; esManaged: boolean };
  corpus: { synthetic: true; items: number; seed: number; generatorVersion: number; meetings: number; bytes: number; reused: boolean; generateMs: number };
  parse: ParseBenchResult;
  ingest: {
    tuning: BulkTuning & { refreshIntervalDuringIngest: string };
    pipeline: { items: number; meetings: number; failures: number; elapsedMs: number; itemsPerSec: number };
    raw: RawBulkResult;
    ratio: number;
    refreshRestored: boolean;
    /** How long the latency tests waited for Elasticsearch's merges after the load (absent before 2026-12-01 22:00). */
    mergeWaitMs?: number;
    sweep: TuningTrial[];
  };
  /** firstPass: every search of the mix once, right after clearing the request cache (absent before 2026-12-01). */
  search: { c1: LatencyReport; c8: LatencyReport; firstPass?: LatencyReport };
  /** Issue 12's load test; absent in results from before it. */
  pathological?: PathologicalLoadReport;
  /**
   * What Elasticsearch costs beyond its `took` when it has nothing to do: a size-0 search of the items index without
   * a query, sent through the same client as the API's (bench/run.ts). Absent before 2026-12-02.
   */
  elasticsearchFloor?: LatencySummary;
  trends: { warm: LatencyReport; cold: LatencyReport };
  export: { runs: Array<{ rows: number; bytes: number; elapsedMs: number; rowsPerSec: number; status: number }>; rowsPerSec: number };
  footprint: {
    index: IndexFootprint;
    node: NodeFootprint;
    api: { rssBytes: number; heapUsedBytes: number };
    web: WebFootprint;
  };
  targets: Target[];
  notes: string[];
}

export interface Target {
  name: string;
  /** e.g. "≤ 50 ms" */
  target: string;
  value: number | null;
  unit: string;
  pass: boolean | null;
}

export const WEB_INITIAL_JS_LIMIT_BYTES = 100_000;

export function evaluateTargets(result: Omit<BenchResult, 'targets'>): Target[] {
  const check = (name: string, value: number | null, limit: number, unit: string, atMost = true): Target => ({
    name,
    target: `${atMost ? '≤' : '≥'} ${limit} ${unit}`.trim(),
    value,
    unit,
    pass: value === null || Number.isNaN(value) ? null : atMost ? value <= limit : value >= limit,
  });
  const web = result.footprint.web;
  return [
    check(`Search p95, concurrency 1 (target set for 1M items; this run: ${result.corpus.items})`, result.search.c1.all.p95, 50, 'ms'),
    check('Search p95, concurrency 8', result.search.c8.all.p95, 150, 'ms'),
    check('Trends p95, repeated (served from the request cache)', result.trends.warm.all.p95, 100, 'ms'),
    check('Trends p95, first call after a cache clear', result.trends.cold.all.p95, 100, 'ms'),
    check('API overhead over ES took, p50 (concurrency 1)', result.search.c1.overhead.p50, 3, 'ms'),
    check('Ingest ratio (pipeline ÷ raw helpers.bulk)', result.ingest.ratio, 0.8, '', false),
    check('Initial web JS, gzip', web.built ? Math.round(web.initialJsGzipBytes / 100) / 10 : null, WEB_INITIAL_JS_LIMIT_BYTES / 1000, 'kB'),
  ];
}

const fmt = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${fmt(bytes / 1e6, 1)} MB`);
const kb = (bytes: number) => `${fmt(bytes / 1e3, 1)} kB`;
const latency = (summary: LatencySummary) => `${fmt(summary.p50)} / ${fmt(summary.p95)} / ${fmt(summary.p99)}`;
const verdict = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');

function pathologicalRows(load: PathologicalLoadReport): string[] {
  const attack = load.pathological;
  return [
    `| 3 | Ordinary searches p50 / p95 / p99, 2 clients, alone | ${latency(load.ordinaryAlone)} ms (${load.ordinaryAlone.n} requests) |`,
    `| 3 | Ordinary searches p50 / p95 / p99, beside 16 clients sending 64 one-letter prefixes | ${latency(load.ordinaryUnderLoad)} ms (${load.ordinaryUnderLoad.n} requests, ${load.ordinaryErrors} errors) |`,
    `| 3 | · the 64-prefix searches: answered / 503 busy / other errors, p50 / p95 of the answered | ${attack.ok} / ${attack.busy} / ${attack.otherErrors} of ${attack.requests}, ${fmt(attack.latency.p50)} / ${fmt(attack.latency.p95)} ms |`,
  ];
}

export function toMarkdown(result: BenchResult): string {
  const { corpus, parse, ingest, search, trends, footprint } = result;
  const lines: string[] = [];
  lines.push(
    `## Benchmark: ${corpus.items.toLocaleString('en-US')} synthetic items (${corpus.meetings.toLocaleString('en-US')} meetings, ${mb(corpus.bytes)}, seed ${corpus.seed})`,
    '',
    `rev ${result.git.revision}${result.git.dirty ? ' (uncommitted changes)' : ''} · ${result.startedAt} · ${result.machine.cpus} CPU (${result.machine.cpuModel}), ${result.machine.memoryGiB} GiB · Elasticsearch ${result.machine.esVersion} (heap ${result.machine.esHeap}) · Node ${result.machine.node} · ${fmt(result.durationSec, 0)} s`,
    '',
    '| # | Measure | Value |',
    '| --- | --- | --- |',
    `| 1 | Parse + enrich (parseMinutes), no ES | ${fmt(parse.parseMBps, 2)} MB/s · ${fmt(parse.parseItemsPerSec, 0)} items/s |`,
    `| 1 | Read + parse + enrich + build + serialise documents, no ES | ${fmt(parse.prepareMBps, 2)} MB/s · ${fmt(parse.prepareItemsPerSec, 0)} items/s (read ${fmt(parse.readMs / 1000)} s, parse ${fmt(parse.parseMs / 1000)} s, documents ${fmt(parse.documentsMs / 1000)} s, JSON ${fmt(parse.serializeMs / 1000)} s) |`,
    `| 1 | Layouts not recognised / files failed | ${parse.unknownLayouts} / ${parse.failedFiles} |`,
    `| 2 | Ingest end-to-end (npm run ingest path) | ${fmt(ingest.pipeline.itemsPerSec, 0)} items/s (${fmt(ingest.pipeline.elapsedMs / 1000)} s, ${ingest.pipeline.failures} failed docs) |`,
    `| 2 | Raw helpers.bulk of prepared documents | ${fmt(ingest.raw.itemsPerSec, 0)} items/s (${fmt(ingest.raw.elapsedMs / 1000)} s) |`,
    `| 2 | Ingest ratio | ${fmt(ingest.ratio, 2)} |`,
    `| 2 | Bulk tuning | flushBytes ${mb(ingest.tuning.flushBytes)}, concurrency ${ingest.tuning.concurrency}, refresh_interval ${ingest.tuning.refreshIntervalDuringIngest} during ingest, restored after: ${ingest.refreshRestored ? 'yes' : 'NO'} |`,
    ...(ingest.mergeWaitMs !== undefined ? [`| 2 | Wait for Elasticsearch's merges before the latency tests | ${fmt(ingest.mergeWaitMs / 1000)} s |`] : []),
    `| 3 | Search p50 / p95 / p99, concurrency 1 | ${latency(search.c1.all)} ms (${search.c1.requests} requests, ${search.c1.errors} errors) |`,
    `| 3 | Search p50 / p95 / p99, concurrency 8 | ${latency(search.c8.all)} ms (${search.c8.requests} requests, ${search.c8.errors} errors, ${fmt((search.c8.requests * 1000) / search.c8.elapsedMs)} req/s) |`,
    ...(search.firstPass
      ? [`| 3 | Search p50 / p95 / p99, each search once right after a request-cache clear (concurrency 1) | ${latency(search.firstPass.all)} ms |`]
      : []),
    `| 3 | ES took p50 / p95, concurrency 1 | ${fmt(search.c1.took.p50)} / ${fmt(search.c1.took.p95)} ms |`,
    ...(search.c1.bytes ? [`| 3 | Search answer size p50 / p95 | ${kb(search.c1.bytes.p50)} / ${kb(search.c1.bytes.p95)} |`] : []),
    `| 3 | API overhead over took p50 / p95, concurrency 1 | ${fmt(search.c1.overhead.p50)} / ${fmt(search.c1.overhead.p95)} ms |`,
    ...(search.c1.overheadSplit
      ? [
          `| 3 | · of which Elasticsearch beyond took (the API's wait for it, from Server-Timing, less took) p50 / p95 | ${fmt(search.c1.overheadSplit.elasticsearch.p50)} / ${fmt(search.c1.overheadSplit.elasticsearch.p95)} ms |`,
          `| 3 | · of which the API itself (latency less the wait for Elasticsearch: its own work, gzip, HTTP) p50 / p95 | ${fmt(search.c1.overheadSplit.api.p50)} / ${fmt(search.c1.overheadSplit.api.p95)} ms |`,
        ]
      : []),
    ...(result.elasticsearchFloor
      ? [`| 3 | Elasticsearch's floor beyond took: a search that does nothing, through the same client, p50 / p95 | ${fmt(result.elasticsearchFloor.p50)} / ${fmt(result.elasticsearchFloor.p95)} ms |`]
      : []),
    ...Object.entries(search.c1.byKind).map(([kind, summary]) => `| 3 | · ${kind} (c1) p50 / p95 / p99 | ${latency(summary)} ms |`),
    ...(result.pathological ? pathologicalRows(result.pathological) : []),
    `| 4 | Trends p50 / p95, repeated (request cache) | ${fmt(trends.warm.all.p50)} / ${fmt(trends.warm.all.p95)} ms |`,
    `| 4 | Trends p50 / p95, first call after cache clear | ${fmt(trends.cold.all.p50)} / ${fmt(trends.cold.all.p95)} ms |`,
    ...Object.entries(trends.warm.byKind).map(([kind, summary]) => `| 4 | · ${kind} p50 / p95 (warm; cold ${fmt(trends.cold.byKind[kind]?.p50)} / ${fmt(trends.cold.byKind[kind]?.p95)}) | ${fmt(summary.p50)} / ${fmt(summary.p95)} ms |`),
    `| 5 | CSV export | ${fmt(result.export.rowsPerSec, 0)} rows/s (${result.export.runs.map((run) => `${run.rows} rows in ${fmt(run.elapsedMs / 1000, 2)} s`).join(', ')}) |`,
    `| 6 | Index on disk (items + meetings) | ${mb(footprint.index.itemsStoreBytes)} + ${mb(footprint.index.meetingsStoreBytes)}, ${fmt(footprint.index.bytesPerItem, 0)} bytes/item, ${footprint.index.segments} segments |`,
    `| 6 | Elasticsearch node heap used / max, RSS | ${mb(footprint.node.heapUsedBytes)} / ${mb(footprint.node.heapMaxBytes)}, RSS ${mb(footprint.node.rssBytes)} |`,
    `| 6 | API process RSS / heap used (after load) | ${mb(footprint.api.rssBytes)} / ${mb(footprint.api.heapUsedBytes)} |`,
    footprint.web.built
      ? `| 6 | Web bundle gzip: initial JS / CSS | ${kb(footprint.web.initialJsGzipBytes)} / ${kb(footprint.web.cssGzipBytes)} |`
      : `| 6 | Web bundle | not built: ${footprint.web.error ?? 'unknown error'} |`,
    ...(footprint.web.pages ?? []).map(
      (page) => `| 6 | · page ${page.page}: JS gzip to open it (with chunks it loads on demand) | ${kb(page.gzipBytes)} (${kb(page.withLazyGzipBytes)}) |`,
    ),
  );
  if (ingest.sweep.length > 0) {
    lines.push('', '| flushBytes | concurrency | raw items/s |', '| --- | --- | --- |');
    for (const trial of ingest.sweep) lines.push(`| ${mb(trial.flushBytes)} | ${trial.concurrency} | ${fmt(trial.itemsPerSec, 0)} |`);
  }
  lines.push('', '| Target | Goal | Value | Result |', '| --- | --- | --- | --- |');
  for (const target of result.targets) lines.push(`| ${target.name} | ${target.target} | ${fmt(target.value, 2)} ${target.unit} | ${verdict(target.pass)} |`);
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

export function resultFileName(result: BenchResult): string {
  const stamp = result.startedAt.replace(/:\d{2}\.\d{3}Z$/, 'Z').replace(/:/g, '');
  const rev = `${result.git.revision}${result.git.dirty ? '-dirty' : ''}`;
  return `${stamp}_${rev}_${result.corpus.items}items_${result.machine.cpus}cpu-${result.machine.memoryGiB}gib.json`;
}

const HISTORY_HEADER = [
  '# Benchmark history',
  '',
  'One row per `npm run bench` run (newest last); the full results are in the JSON file named in the last column.',
  'Synthetic corpus (bench/generate.ts); latencies in ms. Targets: search p95 ≤ 50 (c1, at 1M) and ≤ 150 (c8), trends p95 ≤ 100 (repeated and first call), overhead p50 ≤ 3, ingest ratio ≥ 0.8, initial JS ≤ 100 kB gzip.',
  '',
  '| date (UTC) | rev | items | parse MB/s | ingest items/s | raw items/s | ratio | search p95 c1 | search p95 c8 | trends p95 | trends p95 first call | overhead p50 | export rows/s | bytes/item | initial JS kB gz | failed targets | file |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  '',
].join('\n');

/** Writes the JSON result and appends a row to history.md; returns the JSON file's path. */
export function saveResult(result: BenchResult, resultsDir: string, options: { history: boolean }): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, resultFileName(result));
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  if (options.history) appendHistory(result, resultsDir);
  return file;
}

export function appendHistory(result: BenchResult, resultsDir: string): void {
  const history = join(resultsDir, 'history.md');
  if (!existsSync(history)) writeFileSync(history, HISTORY_HEADER);
  const failed = result.targets.filter((target) => target.pass === false).length;
  const row = [
    result.startedAt.slice(0, 16).replace('T', ' '),
    `${result.git.revision}${result.git.dirty ? '*' : ''}`,
    result.corpus.items,
    fmt(result.parse.parseMBps, 2),
    fmt(result.ingest.pipeline.itemsPerSec, 0),
    fmt(result.ingest.raw.itemsPerSec, 0),
    fmt(result.ingest.ratio, 2),
    fmt(result.search.c1.all.p95),
    fmt(result.search.c8.all.p95),
    fmt(result.trends.warm.all.p95),
    fmt(result.trends.cold.all.p95),
    fmt(result.search.c1.overhead.p50),
    fmt(result.export.rowsPerSec, 0),
    fmt(result.footprint.index.bytesPerItem, 0),
    result.footprint.web.built ? fmt(result.footprint.web.initialJsGzipBytes / 1000) : 'n/a',
    `${failed}/${result.targets.length}`,
    resultFileName(result),
  ];
  appendFileSync(history, `| ${row.join(' | ')} |\n`);
}
