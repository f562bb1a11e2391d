/** `npm start`: Elasticsearch up, demo corpus ingested on first run, API + web UI served, URL printed. */
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.js';
import { loadKleTitles } from '../api/kle-titles.js';
import { createLogger } from '../api/logger.js';
import { itemPolicyOf, type ItemPolicy } from '../ingest/documents.js';
import { indexNames, type IndexNames } from '../ingest/index-names.js';
import { ensureIndices } from '../ingest/indices.js';
import { ingest } from '../ingest/pipeline.js';
import { formatSummary, progressBar } from '../ingest/report.js';
import type { Client } from '@elastic/elasticsearch';
import { DEMO_CORPUS_DIR, loadConfig } from './config.js';
import { connect, serverVersion } from './elasticsearch/client.js';
import { stopNodeOnExit } from './lifecycle.js';
import { choosePort } from './ports.js';
import { runMain } from './run-main.js';
import { ensureWebBuild, WEB_DIST } from './web-build.js';

async function itemCount(client: Client, names: IndexNames): Promise<number> {
  try {
    return (await client.count({ index: names.items })).count;
  } catch {
    return 0;
  }
}

async function ingestDemoCorpusOnFirstRun(client: Client, names: IndexNames, itemPolicy: ItemPolicy): Promise<void> {
  await ensureIndices(client, names);
  if ((await itemCount(client, names)) > 0) return;
  console.log(`Første kørsel: indekserer demo-korpusset i ${DEMO_CORPUS_DIR}`);
  const bar = progressBar();
  const summary = await ingest(client, names, [DEMO_CORPUS_DIR], { itemPolicy, onProgress: (progress) => bar.update(progress) });
  bar.stop();
  console.log(formatSummary(summary));
}

runMain(async () => {
  const config = loadConfig();
  const connection = await connect(config);
  let closeServer: () => void = () => {};
  stopNodeOnExit(connection.managed, () => closeServer());
  console.log(`Elasticsearch ${await serverVersion(connection.client)} (${connection.managed ? 'lokal node' : 'ES_URL'})`);

  const names = indexNames(config.ES_INDEX_PREFIX);
  await ingestDemoCorpusOnFirstRun(connection.client, names, itemPolicyOf(config));
  ensureWebBuild();

  const app = createApp({
    client: connection.client,
    names,
    logger: createLogger(config.LOG_LEVEL),
    allowedHosts: config.ALLOWED_HOSTS,
    publicUrl: config.PUBLIC_URL,
    corsOrigins: config.CORS_ORIGINS?.split(',').map((origin) => origin.trim()),
    staticDir: WEB_DIST,
    kleTitles: loadKleTitles(config.KLE_TITLES_FILE),
    sourceRoots: config.SOURCE_ROOTS,
    closedTextPublic: config.INDEX_CLOSED_TEXT,
  });
  const port = await choosePort(config.PORT, config.HOST);
  const server = serve({ fetch: app.fetch, port, hostname: config.HOST });
  closeServer = () => void server.close();
  const shownHost = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  console.log(`\nReferat Radar kører på http://${shownHost}:${port}  (API: http://${shownHost}:${port}/api/health) — stop med Ctrl-C`);
});
