/**
 * `npm run bench:curve [-- --rev R] [--results-dir D]`: the scaling curve, one column per corpus size, from the
 * newest result of each size in bench/results (of revision R when given). Prints a Markdown table: how latency,
 * ingest speed, index size and memory grow with the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../scripts/config.js';
import { runMain } from '../scripts/run-main.js';
import type { BenchResult } from './report.js';

const fmt = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toLocaleString('en-US', { maximumFractionDigits: digits });
const ms = (value: number | undefined) => fmt(value, 0);
const size = (items: number) => (items >= 1_000_000 ? `${items / 1_000_000}M` : items >= 1_000 ? `${items / 1_000}k` : String(items));

/** The newest result per corpus size (of one revision when given), smallest corpus first. */
export function newestPerSize(results: BenchResult[], revision?: string): BenchResult[] {
  const newest = new Map<number, BenchResult>();
  for (const result of results) {
    if (revision && result.git.revision !== revision) continue;
    const current = newest.get(result.corpus.items);
    if (!current || result.startedAt > current.startedAt) newest.set(result.corpus.items, result);
  }
  return [...newest.values()].sort((a, b) => a.corpus.items - b.corpus.items);
}

/** The curve as a Markdown table: a row per measure, a column per size. */
export function curveTable(results: BenchResult[]): string {
  const rows: Array<[string, (result: BenchResult) => string]> = [
    ['run (UTC) · revision', (r) => `${r.startedAt.slice(0, 16).replace('T', ' ')} · ${r.git.revision}${r.git.dirty ? '*' : ''}`],
    ['search p50 / p95, concurrency 1 (ms)', (r) => `${ms(r.search.c1.all.p50)} / ${ms(r.search.c1.all.p95)}`],
    ['search p50 / p95, concurrency 8 (ms)', (r) => `${ms(r.search.c8.all.p50)} / ${ms(r.search.c8.all.p95)}`],
    ['search p95, each once after a cache clear (ms)', (r) => ms(r.search.firstPass?.all.p95)],
    ['Elasticsearch took p50, concurrency 1 (ms)', (r) => fmt(r.search.c1.took.p50, 1)],
    ['API overhead over took p50 (ms)', (r) => fmt(r.search.c1.overhead.p50, 1)],
    [
      '· of which Elasticsearch beyond took / the API itself, p50 (ms)',
      (r) => (r.search.c1.overheadSplit ? `${fmt(r.search.c1.overheadSplit.elasticsearch.p50, 1)} / ${fmt(r.search.c1.overheadSplit.api.p50, 1)}` : 'n/a'),
    ],
    ["Elasticsearch's floor beyond took, p50 (ms)", (r) => fmt(r.elasticsearchFloor?.p50, 1)],
    ['search answer p50 (kB)', (r) => fmt(r.search.c1.bytes ? r.search.c1.bytes.p50 / 1000 : undefined, 1)],
    ['trends p95, first call / repeated (ms)', (r) => `${ms(r.trends.cold.all.p95)} / ${ms(r.trends.warm.all.p95)}`],
    ['ingest end to end (items/s)', (r) => fmt(r.ingest.pipeline.itemsPerSec)],
    ['ingest ratio (pipeline ÷ raw bulk)', (r) => fmt(r.ingest.ratio, 2)],
    ['index on disk (bytes/item)', (r) => fmt(r.footprint.index.bytesPerItem)],
    ['Elasticsearch heap used / RSS (GB)', (r) => `${fmt(r.footprint.node.heapUsedBytes / 1e9, 1)} / ${fmt((r.footprint.node.rssBytes ?? NaN) / 1e9, 1)}`],
    ['targets failed', (r) => `${r.targets.filter((target) => target.pass === false).length} of ${r.targets.length}`],
  ];
  const header = `| measure | ${results.map((result) => `${size(result.corpus.items)} items`).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '---').join(' | ')} |`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`)].join('\n');
}

function readResults(dir: string): BenchResult[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as BenchResult);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rev: { type: 'string' }, 'results-dir': { type: 'string', default: join(REPO_ROOT, 'bench', 'results') } } });
  const results = newestPerSize(readResults(resolve(values['results-dir'])), values.rev);
  if (results.length === 0) throw new Error(`no benchmark results${values.rev ? ` of revision ${values.rev}` : ''} in ${values['results-dir']}`);
  process.stdout.write(`${curveTable(results)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) runMain(main);
