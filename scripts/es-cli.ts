/** `npm run es -- start [--nodes N]|stop`: the managed local node (or cluster) on its own, for development. */
import { parseArgs } from 'node:util';
import { cacheDir, loadConfig } from './config.js';
import { createClient, serverVersion } from './elasticsearch/client.js';
import { startManagedCluster, stopManagedCluster } from './elasticsearch/node.js';
import { runMain } from './run-main.js';

const MAX_NODES = 5;

runMain(async () => {
  const config = loadConfig();
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { nodes: { type: 'string', default: '1' } } });
  const command = positionals[0] ?? '';
  const nodes = Number(values.nodes);
  const cache = cacheDir(config);
  if (command === 'start') {
    if (!Number.isInteger(nodes) || nodes < 1 || nodes > MAX_NODES) throw new Error(`--nodes must be a whole number from 1 to ${MAX_NODES}`);
    const options = { name: 'default', preferredPort: config.ES_PORT, heap: config.ES_HEAP, cache, javaEnv: config, pin: true };
    const started = await startManagedCluster({ ...options, nodes });
    const version = await serverVersion(createClient(started[0].url, {}));
    for (const [index, node] of started.entries()) {
      const role = nodes === 1 ? '' : index === 0 ? ' (master and data)' : ' (data only)';
      console.log(`Elasticsearch ${version} is up at ${node.url} (pid ${node.pid})${role}`);
    }
    console.log('Stop with npm run es -- stop');
  } else if (command === 'stop') {
    console.log((await stopManagedCluster(cache, 'default')) ? 'Stopped the managed node(s).' : 'No managed node was running.');
  } else {
    throw new Error(`Unknown command "${command}": use start [--nodes N] or stop`);
  }
});
