/**
 * `npm run bench [-- --items N]`: one benchmark run over a synthetic corpus, figures side by side.
 *
 *   --items N          corpus size (default 10000; 100000 and 1000000 are the reference sizes)
 *   --seed S           generator seed (default 42)
 *   --generate-only    write (or reuse) the corpus and stop
 *   --tune             sweep bulk size × concurrency on the raw path first, and ingest with the best
 *   --flush-bytes B    bulk request size (default: ingest's DEFAULT_BULK_TUNING)
 *   --concurrency C    concurrent bulk requests (default: ingest's DEFAULT_BULK_TUNING)
 *   --quick            fewer repetitions (the smoke test)
 *   --prefix P         index prefix (default "bench-"); the demo and test indices are never touched
 *   --results-dir D    where the JSON result and history.md go (default bench/results)
 *   --skip-history     do not append to history.md
 *   --keep-indices     leave the benchmark's indices in place afterwards
 *
 * Elasticsearch: ES_URL if set, else the project's managed node "bench" (own port, data folder and 4 GB heap).
 * The Markdown table goes to stdout, progress to stderr.
 */
import type { Client } from '@elastic/elasticsearch';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ES_OPTIONS } from '../api/es.js';
import { DEFAULT_BULK_TUNING, type BulkTuning } from '../ingest/bulk-index.js';
import { indexNames, type IndexNames } from '../ingest/index-names.js';
import { deleteIndices } from '../ingest/indices.js';
import { ingest } from '../ingest/pipeline.js';
import { cacheDir, loadConfig, REPO_ROOT } from '../scripts/config.js';
import { createClient, serverVersion } from '../scripts/elasticsearch/client.js';
import { startManagedNode, type ManagedNode } from '../scripts/elasticsearch/node.js';
import { stopNodeOnExit } from '../scripts/lifecycle.js';
import { runMain } from '../scripts/run-main.js';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { indexFootprint, mergesSettled, nodeFootprint, webFootprint } from './footprint.js';
import { DEFAULT_SEED, ensureCorpus } from './generate.js';
import { benchParse, rawBulk } from './ingest-bench.js';
import { replay, type Request, type Sample } from './load.js';
import { ORDINARY_CLIENTS, PATHOLOGICAL_CLIENTS, pathologicalLoad } from './pathological-load.js';
import { EXPORT_PARAMS, SEARCH_MIX, TRENDS_MIX } from './query-mix.js';
import { evaluateTargets, saveResult, toMarkdown, type BenchResult, type LatencyReport, type TuningTrial } from './report.js';
import { summarize, type LatencySummary } from './stats.js';

const BENCH_NODE = { name: 'bench', preferredPort: 9270, heap: '4g' };
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

interface Options {
  items: number;
  seed: number;
  generateOnly: boolean;
  tune: boolean;
  tuning: BulkTuning;
  quick: boolean;
  prefix: string;
  resultsDir: string;
  history: boolean;
  keepIndices: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '10000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'generate-only': { type: 'boolean', default: false },
      tune: { type: 'boolean', default: false },
      'flush-bytes': { type: 'string' },
      concurrency: { type: 'string' },
      quick: { type: 'boolean', default: false },
      prefix: { type: 'string', default: 'bench-' },
      'results-dir': { type: 'string', default: join(REPO_ROOT, 'bench', 'results') },
      'skip-history': { type: 'boolean', default: false },
      'keep-indices': { type: 'boolean', default: false },
    },
  });
  const items = Number(values.items);
  if (!Number.isInteger(items) || items < 100) throw new Error('--items must be a whole number of at least 100');
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(values.prefix)) throw new Error('--prefix: lowercase letters, digits, - and _ only');
  return {
    items,
    seed: Number(values.seed),
    generateOnly: values['generate-only'],
    tune: values.tune,
    tuning: {
      flushBytes: values['flush-bytes'] ? Number(values['flush-bytes']) : DEFAULT_BULK_TUNING.flushBytes,
      concurrency: values.concurrency ? Number(values.concurrency) : DEFAULT_BULK_TUNING.concurrency,
    },
    quick: values.quick,
    prefix: values.prefix,
    resultsDir: resolve(values['results-dir']),
    history: !values['skip-history'],
    keepIndices: values['keep-indices'],
  };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function latencyReport(samples: Sample[], elapsedMs: number): LatencyReport {
  const ok = samples.filter((sample) => sample.status === 200);
  const byKind: Record<string, number[]> = {};
  for (const sample of ok) (byKind[sample.kind] ??= []).push(sample.ms);
  const withTook = ok.filter((sample) => sample.tookMs !== null);
  const split = withTook.filter((sample) => sample.esMs !== null);
  return {
    all: summarize(ok.map((sample) => sample.ms)),
    overhead: summarize(withTook.map((sample) => sample.ms - sample.tookMs!)),
    ...(split.length ? { overheadSplit: { elasticsearch: summarize(split.map((sample) => sample.esMs! - sample.tookMs!)), api: summarize(split.map((sample) => sample.ms - sample.esMs!)) } } : {}),
    took: summarize(withTook.map((sample) => sample.tookMs!)),
    byKind: Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, summarize(values)])),
    bytes: summarize(ok.map((sample) => sample.bytes)),
    requests: samples.length,
    errors: samples.length - ok.length,
    elapsedMs: Math.round(elapsedMs),
  };
}

function describeErrors(samples: Sample[]): string[] {
  const failed = samples.filter((sample) => sample.status !== 200);
  const distinct = [...new Set(failed.map((sample) => `${sample.status} ${sample.path}`))];
  return distinct.slice(0, 5);
}

/**
 * Elasticsearch's cost beyond `took` when it has nothing to do (a size-0 search without a query, through the same
 * client as the API's): what any API answer pays for each call, whatever the API does.
 */
async function floorBeyondTook(client: Client, index: string): Promise<LatencySummary> {
  const beyond: number[] = [];
  for (let call = 0; call < 250; call++) {
    const started = performance.now();
    const { took } = await client.search({ index, size: 0, track_total_hits: false }, ES_OPTIONS);
    if (call >= 50) beyond.push(performance.now() - started - took);
  }
  return summarize(beyond);
}

/** Rows of a CSV body: line breaks outside quoted fields, less the header. */
function csvRows(body: string): number {
  let rows = 0;
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body.charCodeAt(index);
    if (char === 34) quoted = !quoted;
    else if (char === 10 && !quoted) rows++;
  }
  if (body.length > 0 && body[body.length - 1] !== '\n') rows++;
  return Math.max(0, rows - 1);
}

async function connectBench(): Promise<{ client: Client; url: string; managed: ManagedNode | null; heap: string }> {
  const config = loadConfig();
  if (config.ES_URL) {
    return { client: createClient(config.ES_URL, config, { requestTimeout: 120_000 }), url: config.ES_URL, managed: null, heap: 'external' };
  }
  const managed = await startManagedNode({ ...BENCH_NODE, cache: cacheDir(config), javaEnv: config, log });
  return { client: createClient(managed.url, {}, { requestTimeout: 120_000 }), url: managed.url, managed, heap: BENCH_NODE.heap };
}

async function refreshIntervalOf(client: Client, index: string): Promise<string | null> {
  const settings = await client.indices.getSettings({ index, name: 'index.refresh_interval', flat_settings: true });
  for (const entry of Object.values(settings)) {
    const value = (entry.settings as Record<string, unknown> | undefined)?.['index.refresh_interval'];
    if (typeof value === 'string') return value;
  }
  return null;
}

async function sweep(client: Client, names: IndexNames, ndjson: string, documents: number, quick: boolean): Promise<TuningTrial[]> {
  const trials: TuningTrial[] = [];
  const flushSizes = quick ? [5_000_000] : [2_000_000, 5_000_000, 10_000_000];
  const concurrencies = quick ? [1, 2] : [1, 2, 4];
  for (const flushBytes of flushSizes) {
    for (const concurrency of concurrencies) {
      const raw = await rawBulk(client, names, ndjson, { flushBytes, concurrency }, documents);
      trials.push({ flushBytes, concurrency, itemsPerSec: raw.itemsPerSec, documents: raw.documents });
      log(`  tune: flushBytes ${flushBytes}, concurrency ${concurrency}: ${raw.itemsPerSec} items/s`);
    }
  }
  await deleteIndices(client, names);
  return trials;
}

async function main(): Promise<void> {
  const options = readOptions();
  const startedAt = new Date();
  const notes: string[] = [];

  log(`corpus: ${options.items} items, seed ${options.seed}`);
  const corpus = ensureCorpus({ items: options.items, seed: options.seed, onProgress: (items) => log(`  generated ${items} items`) });
  log(`${corpus.reused ? 'reusing' : 'wrote'} ${corpus.dir} (${(corpus.manifest.bytes / 1e6).toFixed(1)} MB, ${corpus.manifest.meetings} meetings)`);
  if (options.generateOnly) {
    process.stdout.write(`${corpus.dir}\n`);
    return;
  }

  const ndjson = join(tmpdir(), `referat-radar-bench-${process.pid}.ndjson`);
  log('1. parse + enrich (no Elasticsearch)…');
  const parse = await benchParse(corpus.filesDir, ndjson, (items) => log(`  parsed ${items} items`));
  log(`   ${parse.parseMBps} MB/s, ${parse.parseItemsPerSec} items/s (parse + enrich); ${parse.prepareItemsPerSec} items/s with read and documents`);
  if (parse.unknownLayouts > 0) notes.push(`${parse.unknownLayouts} generated meetings were not recognised as any layout.`);

  const es = await connectBench();
  const stopNode = stopNodeOnExit(es.managed);
  const names = indexNames(options.prefix);
  const rawNames = indexNames(`${options.prefix}raw-`);
  let api: ApiProcess | null = null;
  try {
    const esVersion = await serverVersion(es.client);
    log(`Elasticsearch ${esVersion} at ${es.url}${es.managed ? ` (managed node "${BENCH_NODE.name}", heap ${BENCH_NODE.heap})` : ' (ES_URL)'}`);
    await deleteIndices(es.client, names);
    await deleteIndices(es.client, rawNames);

    let tuning = options.tuning;
    let trials: TuningTrial[] = [];
    if (options.tune) {
      const subset = Math.min(parse.itemDocs + parse.meetingDocs, options.quick ? 2_000 : 40_000);
      log(`2a. tuning sweep on the raw path (${subset} documents each)…`);
      trials = await sweep(es.client, rawNames, ndjson, subset, options.quick);
      const best = trials.reduce((a, b) => (b.itemsPerSec > a.itemsPerSec ? b : a));
      tuning = { flushBytes: best.flushBytes, concurrency: best.concurrency };
      notes.push(`Tuning sweep on ${subset} prepared documents chose flushBytes ${best.flushBytes}, concurrency ${best.concurrency}.`);
    }

    log('2. raw helpers.bulk of the prepared documents (after a short warm-up)…');
    await rawBulk(es.client, rawNames, ndjson, tuning, Math.min(5_000, parse.itemDocs));
    const raw = await rawBulk(es.client, rawNames, ndjson, tuning, Infinity, (items, elapsedMs) =>
      log(`  raw: ${items} items, ${Math.round((items * 1000) / elapsedMs)} items/s`),
    );
    await deleteIndices(es.client, rawNames);
    log(`   ${raw.itemsPerSec} items/s`);

    log('2. end-to-end ingest (ingest/pipeline.ts)…');
    const pipelineStarted = performance.now();
    let nextReport = 50_000;
    const summary = await ingest(es.client, names, [corpus.filesDir], {
      tuning,
      onProgress(progress) {
        if (progress.items < nextReport) return;
        nextReport += 50_000;
        log(`  ingested ${progress.items} items, ${Math.round((progress.items * 1000) / progress.elapsedMs)} items/s`);
      },
    });
    const pipelineMs = performance.now() - pipelineStarted;
    const pipeline = {
      items: summary.items,
      meetings: summary.meetings,
      failures: summary.failures.length,
      elapsedMs: Math.round(pipelineMs),
      itemsPerSec: Math.round((summary.items * 1000) / pipelineMs),
    };
    const refreshRestored = (await refreshIntervalOf(es.client, names.items)) !== '-1';
    const ratio = Math.round((pipeline.itemsPerSec / raw.itemsPerSec) * 100) / 100;
    log(`   ${pipeline.itemsPerSec} items/s; ratio ${ratio}`);
    if (summary.failures.length > 0) notes.push(`Ingest dropped ${summary.failures.length} documents, e.g. ${summary.failures[0].reason}`);

    const index = await indexFootprint(es.client, names);
    log('   waiting for Elasticsearch to finish merging the new segments…');
    const mergeWaitMs = await mergesSettled(es.client, names);
    log(`   merges settled after ${(mergeWaitMs / 1000).toFixed(0)} s`);

    log('3. search latency (API in its own process)…');
    api = await startApiProcess(es.url, options.prefix);
    const searchRequests: Request[] = SEARCH_MIX.map((query) => ({ kind: query.kind, path: `/api/search?${query.params}` }));
    await es.client.indices.clearCache({ index: [names.items, names.meetings], request: true });
    const firstRun = await replay(api.url, searchRequests, { concurrency: 1, rounds: 1, maxMs: 120_000 });
    const firstPass = latencyReport(firstRun.samples, firstRun.elapsedMs);
    const rounds = options.quick ? { c1: 2, c8: 2, trends: 2, exports: 1 } : { c1: 10, c8: 20, trends: 10, exports: 3 };
    const c1Run = await replay(api.url, searchRequests, { concurrency: 1, rounds: rounds.c1, maxMs: 120_000 });
    const c8Run = await replay(api.url, searchRequests, { concurrency: 8, rounds: rounds.c8, maxMs: 120_000 });
    const c1 = latencyReport(c1Run.samples, c1Run.elapsedMs);
    const c8 = latencyReport(c8Run.samples, c8Run.elapsedMs);
    const elasticsearchFloor = await floorBeyondTook(es.client, names.items);
    log(`   c1 p95 ${c1.all.p95} ms, c8 p95 ${c8.all.p95} ms, overhead p50 ${c1.overhead.p50} ms (Elasticsearch's floor ${elasticsearchFloor.p50} ms); first pass p95 ${firstPass.all.p95} ms`);
    for (const error of describeErrors([...firstRun.samples, ...c1Run.samples, ...c8Run.samples])) notes.push(`Search error: ${error}`);

    const loadMs = options.quick ? 3_000 : 20_000;
    log(`3b. pathological load: ${PATHOLOGICAL_CLIENTS} clients × 64 prefixes beside ${ORDINARY_CLIENTS} ordinary clients, ${loadMs / 1000} s…`);
    const pathological = await pathologicalLoad(api.url, searchRequests, loadMs);
    log(`   ordinary p95 ${Math.round(pathological.ordinaryAlone.p95)} ms alone, ${Math.round(pathological.ordinaryUnderLoad.p95)} ms under load`);

    log('4. trends latency…');
    const trendRequests: Request[] = TRENDS_MIX.map((query) => ({ kind: `${query.kind} ${query.interval}`, path: `/api/trends?${query.params}` }));
    await es.client.indices.clearCache({ index: [names.items, names.meetings], request: true });
    const coldRun = await replay(api.url, trendRequests, { concurrency: 1, rounds: 1, maxMs: 120_000 });
    const warmRun = await replay(api.url, trendRequests, { concurrency: 1, rounds: rounds.trends, maxMs: 120_000 });
    const trends = { cold: latencyReport(coldRun.samples, coldRun.elapsedMs), warm: latencyReport(warmRun.samples, warmRun.elapsedMs) };
    log(`   p95 ${trends.warm.all.p95} ms warm, ${trends.cold.all.p95} ms cold`);
    for (const error of describeErrors([...coldRun.samples, ...warmRun.samples])) notes.push(`Trends error: ${error}`);

    log('5. CSV export…');
    const exportRuns: BenchResult['export']['runs'] = [];
    for (let run = 0; run < rounds.exports; run++) {
      const started = performance.now();
      const response = await fetch(`${api.url}/api/export.csv?${EXPORT_PARAMS}`);
      const body = await response.text();
      const elapsedMs = performance.now() - started;
      const rows = response.ok ? csvRows(body) : 0;
      exportRuns.push({ rows, bytes: Buffer.byteLength(body), elapsedMs: Math.round(elapsedMs), rowsPerSec: Math.round((rows * 1000) / elapsedMs), status: response.status });
      if (!response.ok) notes.push(`Export error: ${response.status} ${body.slice(0, 200)}`);
    }
    const exportRates = exportRuns.map((run) => run.rowsPerSec).sort((a, b) => a - b);
    const exportResult = { runs: exportRuns, rowsPerSec: exportRates[Math.floor(exportRates.length / 2)] };

    log('6. footprint…');
    const apiMemory = await api.memory();
    const node = await nodeFootprint(es.client);
    const web = webFootprint();

    notes.push(
      'The API runs in its own Node process (as in production), logging every request at info level like `npm start`; the load generator runs in the benchmark process over HTTP keep-alive on 127.0.0.1, asking for gzip like a browser, with undici `request` (since 2026-12-01 22:00; before, `fetch`, which cost the shared cores about 1 ms more CPU per answer).',
      'The latency tests start once Elasticsearch has finished merging the segments of the load (since 2026-12-01 22:00; before, they started right after it).',
      'Overhead = latency measured by the client − `tookMs` in the API answer (Elasticsearch `took`): HTTP, validation, request building, response shaping, and the ES round trip outside `took`.',
      'Trends "repeated" are served from the shard request cache (trends requests are size 0 with request_cache); "first call" is measured right after clearing that cache.',
      'The raw baseline runs first, after a 5,000-document warm-up, into fresh indices with the same settings and mappings; the pipeline run then builds the indices the latency tests use.',
    );

    const load = loadavg().map((value) => value.toFixed(2));
    notes.push(`Load average at the end of the run (1/5/15 min): ${load.join(' / ')} on ${cpus().length} CPUs; anything else running on the machine shares those CPUs with Elasticsearch and the API.`);
    const finishedAt = new Date();
    const partial: Omit<BenchResult, 'targets'> = {
      resultVersion: 1,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationSec: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
      git: { revision: git(['rev-parse', '--short', 'HEAD']) || 'unknown', dirty: git(['status', '--porcelain']) !== '' },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        platform: `${process.platform}-${process.arch}`,
        node: process.versions.node,
        esVersion,
        esHeap: es.heap,
        esManaged: es.managed !== null,
      },
      corpus: {
        synthetic: true,
        items: corpus.manifest.items,
        seed: corpus.manifest.seed,
        generatorVersion: corpus.manifest.generatorVersion,
        meetings: corpus.manifest.meetings,
        bytes: corpus.manifest.bytes,
        reused: corpus.reused,
        generateMs: Math.round(corpus.elapsedMs),
      },
      parse,
      ingest: { tuning: { ...tuning, refreshIntervalDuringIngest: '-1' }, pipeline, raw, ratio, refreshRestored, mergeWaitMs, sweep: trials },
      search: { c1, c8, firstPass },
      pathological,
      elasticsearchFloor,
      trends,
      export: exportResult,
      footprint: { index, node, api: { rssBytes: apiMemory.rss, heapUsedBytes: apiMemory.heapUsed }, web },
      notes,
    };
    const result: BenchResult = { ...partial, targets: evaluateTargets(partial) };
    const file = saveResult(result, options.resultsDir, { history: options.history });
    process.stdout.write(toMarkdown(result));
    process.stdout.write(`\nResults: ${file}\n`);
  } finally {
    await api?.stop();
    rmSync(ndjson, { force: true });
    if (!options.keepIndices) {
      await deleteIndices(es.client, names).catch(() => {});
      await deleteIndices(es.client, rawNames).catch(() => {});
    }
    await es.client.close();
    await stopNode();
  }
}

runMain(main);
