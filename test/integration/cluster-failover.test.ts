/**
 * Scale-out: a local two-node cluster of its own (own ports and folders, beside the shared test node), the
 * items indexed with one replica, and the data-only node killed while searches run through the API: every
 * search keeps answering, complete. Bounded: the searches stop 10 s after the kill; the nodes and their
 * folders are removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { SearchResponse } from '../../api/contract.js';
import { indexNames } from '../../ingest/index-names.js';
import { ingest } from '../../ingest/pipeline.js';
import { cacheDir, loadConfig } from '../../scripts/config.js';
import { createClient } from '../../scripts/elasticsearch/client.js';
import { startManagedCluster, type ManagedNode } from '../../scripts/elasticsearch/node.js';
import { DEMO_CORPUS_DIR, DEMO_CORPUS_ITEMS } from '../helpers/corpus.js';

const config = loadConfig();
const SEARCHES = ['/api/search?q=Teams', '/api/search?q=pulje', '/api/search?q=%22Office%20365%22', '/api/search?municipality=Kalundborg'];
const AFTER_KILL_MS = 10_000;

describe.skipIf(Boolean(config.ES_URL))('a two-node cluster', () => {
  const name = `failover-${randomBytes(3).toString('hex')}`;
  const names = indexNames('failover-');
  let nodes: ManagedNode[] = [];
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    nodes = await startManagedCluster({ name, nodes: 2, preferredPort: 9290, heap: '512m', cache: cacheDir(config), javaEnv: config, log: () => {} });
    client = createClient(nodes[0].url, {});
    const summary = await ingest(client, names, [DEMO_CORPUS_DIR]);
    expect(summary.failures).toEqual([]);
    expect(summary.items).toBe(DEMO_CORPUS_ITEMS);
    expect((await client.count({ index: names.items })).count).toBe(DEMO_CORPUS_ITEMS);
  });

  afterAll(async () => {
    await client?.close();
    await Promise.all(nodes.map((node) => node.release()));
    for (const node of nodes) rmSync(node.dir, { recursive: true, force: true });
  });

  it('forms one cluster: a master-and-data node and a data-only node, each item copied on both', async () => {
    const health = await client.cluster.health({ wait_for_status: 'green', timeout: '60s' });
    expect(health).toMatchObject({ status: 'green', number_of_nodes: 2, number_of_data_nodes: 2, timed_out: false });
    const roles = (await client.cat.nodes({ h: 'name,node.role', format: 'json' })).map((node) => [node.name, node['node.role']]);
    expect(roles.sort()).toEqual([
      [`referat-radar-${name}`, expect.stringMatching(/^(?=.*d)(?=.*m)/)],
      [`referat-radar-${name}-2`, 'd'],
    ]);
    const shards = await client.cat.shards({ index: names.items, h: 'prirep,state,node', format: 'json' });
    expect(shards.map((shard) => [shard.prirep, shard.state]).sort()).toEqual([
      ['p', 'STARTED'],
      ['r', 'STARTED'],
    ]);
    expect(new Set(shards.map((shard) => shard.node)).size).toBe(2);
  });

  it('keeps answering every search, complete, while the data-only node is killed', async () => {
    const app = createApp({ client, names, logger: pino({ level: 'silent' }) });
    const expected = new Map<string, number>();
    for (const path of SEARCHES) expected.set(path, ((await (await app.request(path)).json()) as SearchResponse).total);
    expect([...expected.values()].every((total) => total > 0)).toBe(true);

    const failures: string[] = [];
    let searches = 0;
    let killedAt = 0;
    while (killedAt === 0 || Date.now() - killedAt < AFTER_KILL_MS) {
      if (searches === 20) {
        process.kill(-nodes[1].pid, 'SIGKILL');
        killedAt = Date.now();
      }
      const path = SEARCHES[searches % SEARCHES.length];
      const response = await app.request(path);
      const body = (await response.json()) as SearchResponse;
      if (response.status !== 200 || body.total !== expected.get(path) || body.partial) {
        failures.push(`${path}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      }
      searches++;
    }
    expect(failures).toEqual([]);
    expect(searches).toBeGreaterThan(40);
    const health = await client.cluster.health({ wait_for_nodes: '1', timeout: '30s' });
    expect(health.number_of_nodes).toBe(1);
    expect(health.status).not.toBe('red');
  });
});
