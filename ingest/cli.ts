/** `npm run ingest -- <files, folders or globs…> [--municipality <name|code>] [--reset]` */
import { parseArgs } from 'node:util';
import { loadConfig } from '../scripts/config.js';
import { connect } from '../scripts/elasticsearch/client.js';
import { stopNodeOnExit } from '../scripts/lifecycle.js';
import { runMain } from '../scripts/run-main.js';
import { indexNames } from './index-names.js';
import { deleteIndices } from './indices.js';
import { ingest } from './pipeline.js';
import { formatSummary, progressBar } from './report.js';

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { municipality: { type: 'string' }, reset: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new Error('Angiv filer, mapper eller globs, fx: npm run ingest -- corpus/demo');
  const config = loadConfig();
  const connection = await connect(config);
  const names = indexNames(config.ES_INDEX_PREFIX);
  const bar = progressBar();
  const shutdown = stopNodeOnExit(connection.managed, () => bar.stop());
  try {
    if (values.reset) await deleteIndices(connection.client, names);
    const summary = await ingest(connection.client, names, positionals, {
      municipality: values.municipality,
      onProgress: (progress) => bar.update(progress),
    });
    bar.stop();
    console.log(formatSummary(summary));
    if (summary.items === 0) process.exitCode = 1;
  } finally {
    await connection.client.close();
    await shutdown();
  }
});
