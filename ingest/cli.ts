/** `npm run ingest -- <files, folders or globs…> [--municipality <name|code>] [--reset]` */
import { parseArgs } from 'node:util';
import { runMain } from '../scripts/run-main.js';
import { withIngestSession } from './ingest-session.js';
import { ingest } from './pipeline.js';
import { exitCodeOf, formatSummary } from './report.js';

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { municipality: { type: 'string' }, reset: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new Error('Angiv filer, mapper eller globs, fx: npm run ingest -- corpus/demo');
  await withIngestSession(async ({ client, names, itemPolicy, bar }) => {
    const summary = await ingest(client, names, positionals, {
      municipality: values.municipality,
      reset: values.reset,
      itemPolicy,
      onProgress: (progress) => bar.update(progress),
    });
    bar.stop();
    console.log(formatSummary(summary));
    process.exitCode = exitCodeOf(summary);
  });
});
