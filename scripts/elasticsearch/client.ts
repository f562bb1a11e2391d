import { Client, type ClientOptions } from '@elastic/elasticsearch';
import { readFileSync } from 'node:fs';
import { cacheDir, type Config } from '../config.js';
import { ElasticsearchSetupError } from './errors.js';
import { startManagedNode, type ManagedNode } from './node.js';

export interface Connection {
  client: Client;
  url: string;
  /** The node this process manages, or null for an external cluster (ES_URL). */
  managed: ManagedNode | null;
}

export function createClient(url: string, config: Pick<Config, 'ES_API_KEY' | 'ES_USERNAME' | 'ES_PASSWORD' | 'ES_CA_FILE'>, options: Partial<ClientOptions> = {}): Client {
  const auth = config.ES_API_KEY
    ? { apiKey: config.ES_API_KEY }
    : config.ES_USERNAME
      ? { username: config.ES_USERNAME, password: config.ES_PASSWORD ?? '' }
      : undefined;
  return new Client({
    node: url,
    auth,
    tls: config.ES_CA_FILE ? { ca: readFileSync(config.ES_CA_FILE) } : undefined,
    requestTimeout: 30_000,
    maxRetries: 1,
    ...options,
  });
}

/** The version of the node answering at this client; works on the integ-test-zip, which has no `GET /`. */
export async function serverVersion(client: Client): Promise<string> {
  const info = await client.nodes.info({ node_id: '_local', metric: '_none', filter_path: 'nodes.*.version' });
  const [node] = Object.values(info.nodes ?? {});
  return node?.version ?? 'unknown';
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0];
  return String(error);
}

/** The URL for messages: user name and password, if the URL carries them, left out. */
export function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.origin + (parsed.pathname === '/' ? '' : parsed.pathname);
}

/** Fails fast, in one line, when a cluster does not answer. */
export async function assertReachable(client: Client, url: string): Promise<void> {
  try {
    await client.cluster.health({ timeout: '5s' }, { requestTimeout: 5_000, maxRetries: 0 });
  } catch (error) {
    throw new ElasticsearchSetupError(`Elasticsearch at ${withoutCredentials(url)} is not reachable: ${describe(error)}`);
  }
}

export interface ConnectOptions {
  nodeName?: string;
  preferredPort?: number;
  heap?: string;
  log?: (line: string) => void;
}

/** ES_URL set: use that cluster. Otherwise start (or reuse) the project's managed local node. */
export async function connect(config: Config, options: ConnectOptions = {}): Promise<Connection> {
  if (config.ES_URL) {
    const client = createClient(config.ES_URL, config);
    await assertReachable(client, config.ES_URL);
    return { client, url: config.ES_URL, managed: null };
  }
  const managed = await startManagedNode({
    name: options.nodeName ?? 'default',
    preferredPort: options.preferredPort ?? config.ES_PORT,
    heap: options.heap ?? config.ES_HEAP,
    cache: cacheDir(config),
    javaEnv: config,
    log: options.log,
  });
  return { client: createClient(managed.url, {}), url: managed.url, managed };
}
