/**
 * `npm run bench -- --items 2000`, so the benchmark cannot rot: it runs end to end against the test cluster
 * (ES_URL = the test node, unique index prefix, results in a temporary folder) and reports every section
 * with numbers. Whether the numbers meet the targets is not asserted here.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_MIX, TRENDS_MIX } from '../../bench/query-mix.js';
import type { BenchResult } from '../../bench/report.js';
import { REPO_ROOT } from '../../scripts/config.js';
import { testClient } from '../helpers/es.js';

const run = promisify(execFile);
const prefix = `test-bench-smoke-${randomBytes(3).toString('hex')}-`;
const resultsDir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));

const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

describe('npm run bench -- --items 2000 (smoke)', () => {
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('runs every section and reports numbers for each', { timeout: 240_000 }, async () => {
    const { stdout } = await run('npx', ['tsx', 'bench/run.ts', '--items', '2000', '--quick', '--prefix', prefix, '--results-dir', resultsDir, '--skip-history'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ES_URL: inject('esUrl') },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 230_000,
    });

    for (const section of ['| 1 |', '| 2 |', '| 3 |', '| 4 |', '| 5 |', '| 6 |', '| Target |']) expect(stdout).toContain(section);
    const files = readdirSync(resultsDir).filter((file) => file.endsWith('.json'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/_2000items_\d+cpu-\d+gib\.json$/);
    const result = JSON.parse(readFileSync(join(resultsDir, files[0]), 'utf8')) as BenchResult;

    expect(result.corpus).toMatchObject({ synthetic: true, items: 2000 });
    expect(result.parse).toMatchObject({ items: 2000, unknownLayouts: 0, failedFiles: 0 });
    expect(finite(result.parse.parseMBps) && result.parse.parseMBps > 0).toBe(true);
    expect(finite(result.parse.parseItemsPerSec)).toBe(true);

    expect(result.ingest.pipeline).toMatchObject({ items: 2000, failures: 0 });
    expect(result.ingest.raw).toMatchObject({ items: 2000, failed: 0 });
    expect(result.ingest.pipeline.itemsPerSec).toBeGreaterThan(0);
    expect(result.ingest.raw.itemsPerSec).toBeGreaterThan(0);
    expect(result.ingest.ratio).toBeGreaterThan(0);
    expect(result.ingest.refreshRestored).toBe(true);
    expect(result.ingest.mergeWaitMs).toBeGreaterThanOrEqual(0);
    expect(result.ingest.mergeWaitMs).toBeLessThan(600_000);

    for (const latency of [result.search.c1, result.search.c8, result.trends.warm, result.trends.cold]) {
      expect(latency.errors).toBe(0);
      expect(latency.requests).toBeGreaterThan(0);
      expect(finite(latency.all.p50) && finite(latency.all.p95)).toBe(true);
    }
    expect(finite(result.search.c1.all.p99)).toBe(true);
    expect(finite(result.search.c1.overhead.p50)).toBe(true);
    // The overhead splits into Elasticsearch's part (from the API's Server-Timing) and the API's own, which add up.
    const split = result.search.c1.overheadSplit!;
    expect(split.api.n).toBe(result.search.c1.overhead.n);
    expect(split.api.min).toBeGreaterThan(0);
    expect(split.elasticsearch.min).toBeGreaterThanOrEqual(0);
    expect(finite(result.elasticsearchFloor!.p50)).toBe(true);
    expect(result.elasticsearchFloor!.n).toBe(200);
    const load = result.pathological!;
    expect(load.ordinaryErrors).toBe(0);
    expect(load.pathological.otherErrors).toBe(0);
    expect(load.pathological.ok + load.pathological.busy).toBe(load.pathological.requests);
    expect(load.pathological.requests).toBeGreaterThan(0);
    expect(finite(load.ordinaryAlone.p95) && finite(load.ordinaryUnderLoad.p95)).toBe(true);
    expect(Object.keys(result.search.c1.byKind).sort()).toEqual(['compound', 'facet', 'phrase', 'section', 'sort', 'spelling', 'word']);
    expect(Object.keys(result.trends.warm.byKind).sort()).toEqual(
      [...new Set(TRENDS_MIX.map((query) => `${query.kind} ${query.interval}`))].sort(),
    );
    expect(Object.keys(result.trends.warm.byKind)).toHaveLength(TRENDS_MIX.length);
    expect(result.search.firstPass?.requests).toBe(SEARCH_MIX.length);
    expect(result.search.c1.bytes?.p50).toBeGreaterThan(0);

    expect(result.export.runs[0]).toMatchObject({ status: 200, rows: 2000 });
    expect(result.export.rowsPerSec).toBeGreaterThan(0);

    expect(result.footprint.index.itemsDocs).toBe(2000);
    expect(result.footprint.index.bytesPerItem).toBeGreaterThan(0);
    expect(result.footprint.node.heapUsedBytes).toBeGreaterThan(0);
    expect(result.footprint.api.rssBytes).toBeGreaterThan(0);
    if (result.footprint.web.built) {
      expect(result.footprint.web.initialJsGzipBytes).toBeGreaterThan(0);
      for (const page of result.footprint.web.pages ?? []) expect(page.gzipBytes).toBeGreaterThanOrEqual(result.footprint.web.initialJsGzipBytes);
    }
    else expect(result.footprint.web.error).toBeTruthy();

    expect(result.targets).toHaveLength(7);
    for (const target of result.targets.slice(0, 6)) expect(finite(target.value)).toBe(true);

    // The run removed its own indices and left the others alone.
    const client = testClient();
    const left = await client.indices.get({ index: `${prefix}*`, allow_no_indices: true, ignore_unavailable: true });
    await client.close();
    expect(Object.keys(left)).toEqual([]);
  });
});
