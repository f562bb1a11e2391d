/** `npm run es -- start|stop|status`: the managed local node on its own, for development. */
import { cacheDir, loadConfig } from './config.js';
import { createClient, serverVersion } from './elasticsearch/client.js';
import { startManagedNode, stopManagedNode } from './elasticsearch/node.js';
import { runMain } from './run-main.js';

runMain(async () => {
  const config = loadConfig();
  const command = process.argv[2] ?? '';
  const cache = cacheDir(config);
  if (command === 'start') {
    const node = await startManagedNode({ name: 'default', preferredPort: config.ES_PORT, heap: config.ES_HEAP, cache, javaEnv: config, pin: true });
    console.log(`Elasticsearch ${await serverVersion(createClient(node.url, {}))} is up at ${node.url} (pid ${node.pid}); stop it with npm run es -- stop`);
  } else if (command === 'stop') {
    console.log((await stopManagedNode(cache, 'default')) ? 'Stopped the managed node.' : 'No managed node was running.');
  } else {
    throw new Error(`Unknown command "${command}": use start or stop`);
  }
});
