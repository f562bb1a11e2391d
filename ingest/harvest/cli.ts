/**
 * `npm run harvest -- <portal URL…> [--portals <file>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--body <name>]…
 *  [--dry-run] [--recheck] [--archive <dir>] [--municipality <name>] [--delay <ms>] [--timeout <ms>]`
 */
import { parseArgs } from 'node:util';
import { runMain } from '../../scripts/run-main.js';
import { withIngestSession } from '../ingest-session.js';
import { exitCodeOf, formatSummary } from '../report.js';
import { harvestPortal, type HarvestSummary } from './harvest.js';
import { ingestArchive } from './ingest-archive.js';
import { readPortalList, type PortalEntry } from './portal-list.js';
import { formatHarvestSummary, harvestProgressBar } from './report.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) throw new Error(`--${name} ${value}: forventede en dato som 2021-12-31`);
  return value;
}

function millisecondsOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} ${value}: forventede et antal millisekunder`);
  return Number(value);
}

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      portals: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      body: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      recheck: { type: 'boolean', default: false },
      archive: { type: 'string', default: '.cache/harvest' },
      municipality: { type: 'string' },
      delay: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  const portals: PortalEntry[] = positionals.map((url) => ({ url, municipality: values.municipality ?? '', source: 'kommandolinjen' }));
  if (values.portals) portals.push(...(await readPortalList(values.portals)));
  if (portals.length === 0) throw new Error('Angiv en portal, fx: npm run harvest -- https://dagsordener.greve.dk (eller --portals ingest/harvest/portals.yaml)');

  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  const delayMs = millisecondsOption('delay', values.delay);
  const timeoutMs = millisecondsOption('timeout', values.timeout);
  const options = {
    archiveDir: values.archive,
    from: dateOption('from', values.from),
    to: dateOption('to', values.to),
    bodies: values.body,
    dryRun: values['dry-run'],
    recheck: values.recheck,
    signal: controller.signal,
    client: { ...(delayMs !== undefined && { delayMs }), ...(timeoutMs !== undefined && { timeoutMs }) },
  };

  const harvested: Array<{ entry: PortalEntry; summary: HarvestSummary }> = [];
  let failed = false;
  for (const entry of portals) {
    if (controller.signal.aborted) break;
    const bar = harvestProgressBar(entry.url);
    try {
      const summary = await harvestPortal(entry.url, {
        ...options,
        onListed: (total) => !options.dryRun && bar.start(total),
        onMeeting: (progress) => bar.update(progress),
      });
      bar.stop();
      console.log(formatHarvestSummary(summary));
      harvested.push({ entry, summary });
      failed ||= summary.failures.length > 0;
    } catch (error) {
      bar.stop();
      if (controller.signal.aborted) {
        console.log(`${entry.url}: afbrudt under listningen af møder; arkivet er uændret.`);
        break;
      }
      if (portals.length === 1) throw error;
      console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
  }
  process.removeListener('SIGINT', interrupt);
  if (controller.signal.aborted) {
    process.exitCode = 130;
    return;
  }
  if (!options.dryRun && !(await ingestHarvested(harvested))) failed = true;
  if (failed) process.exitCode = 1;
});

/** Ingests what the portals' archives hold that is not yet ingested; false when a file or document failed. */
async function ingestHarvested(harvested: Array<{ entry: PortalEntry; summary: HarvestSummary }>): Promise<boolean> {
  const waiting = harvested.filter(({ summary }) => summary.archive.pendingIngest().length > 0);
  if (waiting.length === 0) {
    console.log('Intet nyt at indeksere.');
    return true;
  }
  return withIngestSession(async ({ client, names, itemPolicy, bar }) => {
    let complete = true;
    for (const { entry, summary } of waiting) {
      const result = await ingestArchive(client, names, summary.archive, {
        municipality: entry.municipality || undefined,
        itemPolicy,
        onProgress: (progress) => bar.update(progress),
      });
      bar.stop();
      if (!result) continue;
      console.log(formatSummary(result));
      complete &&= exitCodeOf(result) === 0;
    }
    return complete;
  });
}
