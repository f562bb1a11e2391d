import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyDefaultConfig, ensureDistribution, installDanishDictionary } from './distribution.js';
import { ALTERNATIVES, ElasticsearchSetupError } from './errors.js';
import { findJdk, MIN_JAVA_MAJOR, type Jdk } from './java.js';
import { canAccess, ensureServiceUser, giveToUser, isRoot, type ServiceUser } from './service-user.js';
import { anyFreePort, choosePort } from '../ports.js';
import { ELASTICSEARCH_VERSION } from './version.js';

export interface ManagedNodeOptions {
  /** Distinguishes nodes sharing one cache, e.g. "default" for npm start and "test" for npm test. */
  name: string;
  preferredPort: number;
  heap: string;
  cache: string;
  javaEnv: { ES_JAVA_HOME?: string; JAVA_HOME?: string };
  startTimeoutMs?: number;
  log?: (line: string) => void;
  /** Keep the node running after this process ends, until `npm run es -- stop` (a "pinned" lease). */
  pin?: boolean;
  /** Membership of a multi-node cluster (startManagedCluster); a single-node cluster when absent. */
  cluster?: ClusterMembership;
}

/**
 * One node of a local multi-node cluster. The first node is master-eligible and holds data; the others hold
 * data only, so stopping one of them never costs the cluster its master (see docs/operations-http.md).
 */
export interface ClusterMembership {
  /** The cluster's name: its first node's name. */
  name: string;
  transportPort: number;
  /** The first node's transport address, where the others find the cluster. */
  seedHost: string;
  master: boolean;
}

export interface ManagedNode {
  url: string;
  pid: number;
  /** The node's folder: config, data, logs. */
  dir: string;
  /** True when this process started the node, false when it reused one already running. */
  owned: boolean;
  logFile: string;
  /** Ends this process's use of the node; the last user to leave stops it. */
  release(): Promise<void>;
  /** The same, for `process.on('exit')`: signals the node without waiting for it. */
  releaseSync(): void;
}

interface NodeState {
  pid: number;
  port: number;
  version: string;
  /** Set for a node of a multi-node cluster. */
  transportPort?: number;
}

const FALLBACK_ROOT_CACHE = '/var/tmp/referat-radar/elasticsearch';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=1s`, {
      signal: AbortSignal.timeout(3_000),
    });
    if (!response.ok) return false;
    const health = (await response.json()) as { status?: string };
    return health.status === 'green' || health.status === 'yellow';
  } catch {
    return false;
  }
}

function requireJdk(javaEnv: ManagedNodeOptions['javaEnv']): Jdk {
  const jdk = findJdk(javaEnv);
  if (jdk) return jdk;
  throw new ElasticsearchSetupError(
    `No JDK >= ${MIN_JAVA_MAJOR} found in ES_JAVA_HOME, JAVA_HOME or /usr/lib/jvm. Install one (e.g. apt-get install openjdk-${MIN_JAVA_MAJOR}-jdk-headless, or a Temurin ${MIN_JAVA_MAJOR}+ JDK) and Maven. ${ALTERNATIVES}`,
  );
}

function discoveryLines(cluster: ClusterMembership | undefined): string[] {
  if (!cluster) return ['discovery.type: single-node'];
  return [
    `transport.port: ${cluster.transportPort}`,
    `discovery.seed_hosts: ["${cluster.seedHost}"]`,
    ...(cluster.master ? [`cluster.initial_master_nodes: ["referat-radar-${cluster.name}"]`] : ['node.roles: [data]']),
  ];
}

function elasticsearchYml(name: string, port: number, nodeDir: string, cluster?: ClusterMembership): string {
  return [
    `cluster.name: referat-radar-${cluster?.name ?? name}`,
    `node.name: referat-radar-${name}`,
    'network.host: 127.0.0.1',
    `http.port: ${port}`,
    ...discoveryLines(cluster),
    '# Security is off only because this node binds to the loopback interface alone.',
    'xpack.security.enabled: false',
    `path.data: ${join(nodeDir, 'data')}`,
    `path.logs: ${join(nodeDir, 'logs')}`,
    'cluster.routing.allocation.disk.threshold_enabled: false',
    'action.destructive_requires_name: false',
    '',
  ].join('\n');
}

function writeNodeConfig(home: string, nodeDir: string, name: string, port: number, heap: string, cluster?: ClusterMembership): string {
  const configDir = join(nodeDir, 'config');
  mkdirSync(join(nodeDir, 'data'), { recursive: true });
  mkdirSync(join(nodeDir, 'logs'), { recursive: true });
  copyDefaultConfig(home, configDir);
  installDanishDictionary(configDir);
  writeFileSync(join(configDir, 'elasticsearch.yml'), elasticsearchYml(name, port, nodeDir, cluster));
  writeFileSync(join(configDir, 'jvm.options.d', 'heap.options'), `-Xms${heap}\n-Xmx${heap}\n`);
  return configDir;
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '(no log written)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

async function stopProcessGroup(pid: number): Promise<void> {
  signalGroup(pid, 'SIGTERM');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (isAlive(pid)) signalGroup(pid, 'SIGKILL');
}

function resolveCache(cache: string, user: ServiceUser | null, log: (line: string) => void): string {
  if (!user || canAccess(user, cache)) return cache;
  log(`${cache} is not readable by ${user.name}; using ${FALLBACK_ROOT_CACHE} for the node instead.`);
  return FALLBACK_ROOT_CACHE;
}

async function runningNode(stateFile: string): Promise<NodeState | null> {
  if (!existsSync(stateFile)) return null;
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as NodeState;
  const healthy = state.version === ELASTICSEARCH_VERSION && isAlive(state.pid) && (await isHealthy(`http://127.0.0.1:${state.port}`));
  return healthy ? state : null;
}

/**
 * Every user of a node holds a lease file named after its pid ("pinned" for `npm run es -- start`),
 * so that one test run finishing never stops the node under another one.
 */
const PINNED = 'pinned';

function leasesDir(nodeDir: string): string {
  return join(nodeDir, 'leases');
}

let leaseCount = 0;

function takeLease(nodeDir: string, pin: boolean): string {
  mkdirSync(leasesDir(nodeDir), { recursive: true });
  const lease = join(leasesDir(nodeDir), pin ? PINNED : `${process.pid}-${++leaseCount}`);
  writeFileSync(lease, '');
  return lease;
}

function otherLiveLeases(nodeDir: string): string[] {
  if (!existsSync(leasesDir(nodeDir))) return [];
  return readdirSync(leasesDir(nodeDir)).filter((name) => {
    if (name === PINNED || isAlive(Number(name.split('-')[0]))) return true;
    rmSync(join(leasesDir(nodeDir), name), { force: true });
    return false;
  });
}

function handle(nodeDir: string, state: NodeState, owned: boolean, pin: boolean): ManagedNode {
  const lease = takeLease(nodeDir, pin);
  const stateFile = join(nodeDir, 'node.json');
  const lastOut = () => {
    rmSync(lease, { force: true });
    return !pin && otherLiveLeases(nodeDir).length === 0;
  };
  return {
    url: `http://127.0.0.1:${state.port}`,
    pid: state.pid,
    dir: nodeDir,
    owned,
    logFile: join(nodeDir, 'logs', 'console.log'),
    release: () =>
      withStartLock(nodeDir, 60_000, async () => {
        if (!lastOut()) return;
        await stopProcessGroup(state.pid);
        rmSync(stateFile, { force: true });
      }),
    releaseSync: () => {
      if (lastOut()) signalGroup(state.pid, 'SIGTERM');
    },
  };
}

/**
 * Serialises "reuse or start" across processes (two test runs at once), so the second one waits and then
 * reuses the node the first one started instead of racing it for the data folder's lock.
 */
async function withStartLock<T>(nodeDir: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  mkdirSync(nodeDir, { recursive: true });
  const lockFile = join(nodeDir, 'start.lock');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const holder = Number(readFileSync(lockFile, 'utf8') || 0);
      if (!isAlive(holder)) rmSync(lockFile, { force: true });
      else if (Date.now() > deadline) throw new ElasticsearchSetupError(`Timed out waiting for process ${holder} to start Elasticsearch (${lockFile}).`);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/** Starts (or reuses) a single-node Elasticsearch from the project's cache and waits until it is healthy. */
export async function startManagedNode(options: ManagedNodeOptions): Promise<ManagedNode> {
  const user = isRoot() ? ensureServiceUser() : null;
  const cache = resolveCache(options.cache, user, options.log ?? ((line: string) => console.log(line)));
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  return withStartLock(join(cache, 'nodes', options.name), timeoutMs + 10_000, () => startOrReuse(options, user, cache, timeoutMs));
}

async function startOrReuse(options: ManagedNodeOptions, user: ServiceUser | null, cache: string, timeoutMs: number): Promise<ManagedNode> {
  const log = options.log ?? ((line: string) => console.log(line));
  const jdk = requireJdk(options.javaEnv);
  const nodeDir = join(cache, 'nodes', options.name);
  const stateFile = join(nodeDir, 'node.json');
  const logFile = join(nodeDir, 'logs', 'console.log');

  const running = await runningNode(stateFile);
  // A running cluster node serves single-node users too; a running single node cannot take in other nodes.
  if (running && options.cluster && running.transportPort === undefined) {
    throw new ElasticsearchSetupError(`The managed node "${options.name}" already runs as a single node; stop it first (npm run es -- stop).`);
  }
  if (running) {
    log(`Reusing the running Elasticsearch ${ELASTICSEARCH_VERSION} at http://127.0.0.1:${running.port} (pid ${running.pid}).`);
    return handle(nodeDir, running, false, options.pin ?? false);
  }

  const home = ensureDistribution(cache, jdk);
  const port = await choosePort(options.preferredPort);
  const configDir = writeNodeConfig(home, nodeDir, options.name, port, options.heap, options.cluster);
  if (user) giveToUser(user, nodeDir);

  const out = openSync(logFile, 'a');
  const child = spawn(join(home, 'bin', 'elasticsearch'), [], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, ES_JAVA_HOME: jdk.home, ES_PATH_CONF: configDir, ES_JAVA_OPTS: '' },
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  closeSync(out);
  const pid = child.pid ?? 0;
  let exitCode: number | null = null;
  child.once('exit', (code) => (exitCode = code ?? -1));
  child.unref();
  const state: NodeState = { pid, port, version: ELASTICSEARCH_VERSION, transportPort: options.cluster?.transportPort };
  writeFileSync(stateFile, JSON.stringify(state));

  const url = `http://127.0.0.1:${port}`;
  log(`Starting Elasticsearch ${ELASTICSEARCH_VERSION} (JDK ${jdk.major}, heap ${options.heap}) at ${url}…`);
  const deadline = Date.now() + timeoutMs;
  while (!(await isHealthy(url))) {
    if (exitCode !== null || Date.now() > deadline) {
      await stopProcessGroup(pid);
      rmSync(stateFile, { force: true });
      const why = exitCode !== null ? `exited with code ${exitCode}` : 'did not become healthy in time';
      throw new ElasticsearchSetupError(
        `Elasticsearch ${why}. Last lines of ${logFile}:\n${tail(logFile)}\n${tail(join(nodeDir, 'logs', `referat-radar-${options.name}.log`), 15)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return handle(nodeDir, state, true, options.pin ?? false);
}

/** The name of a cluster's n-th node (1-based): the cluster's own name for the first, `<name>-<n>` after. */
function clusterNodeName(name: string, index: number): string {
  return index === 1 ? name : `${name}-${index}`;
}

/**
 * Starts (or reuses) a local cluster of `nodes` nodes on loopback: the first master-eligible with data, the
 * others data-only, found through the first one's transport port. Indices get a replica on the second node
 * (analyzers/index-settings.ts: auto_expand_replicas), so a data-only node can stop without losing data.
 */
export async function startManagedCluster(options: ManagedNodeOptions & { nodes: number }): Promise<ManagedNode[]> {
  if (options.nodes === 1) return [await startManagedNode(options)];
  const firstState = await runningNode(join(options.cache, 'nodes', options.name, 'node.json'));
  const seedPort = firstState?.transportPort ?? (await anyFreePort());
  const memberships: ClusterMembership[] = [];
  for (let index = 1; index <= options.nodes; index++) {
    const transportPort = index === 1 ? seedPort : await anyFreePort();
    memberships.push({ name: options.name, transportPort, seedHost: `127.0.0.1:${seedPort}`, master: index === 1 });
  }
  // Side by side: a data-only node keeps looking for the master until the first node has formed the cluster.
  const starts = await Promise.allSettled(
    memberships.map((cluster, offset) =>
      startManagedNode({ ...options, name: clusterNodeName(options.name, offset + 1), preferredPort: options.preferredPort + offset, cluster }),
    ),
  );
  const nodes = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
  const failed = starts.find((start) => start.status === 'rejected');
  if (failed) {
    await Promise.all(nodes.map((node) => node.release()));
    throw failed.reason;
  }
  return nodes;
}

/** Stops a node of the same cache whoever uses it (`npm run es -- stop`, or after a crashed run). */
export async function stopManagedNode(cache: string, name: string): Promise<boolean> {
  for (const root of [cache, FALLBACK_ROOT_CACHE]) {
    const stateFile = join(root, 'nodes', name, 'node.json');
    if (!existsSync(stateFile)) continue;
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as NodeState;
    if (isAlive(state.pid)) await stopProcessGroup(state.pid);
    rmSync(stateFile, { force: true });
    rmSync(leasesDir(join(root, 'nodes', name)), { recursive: true, force: true });
    return true;
  }
  return false;
}

/** Stops every node of a managed cluster (or the single node of that name); true when one was running. */
export async function stopManagedCluster(cache: string, name: string): Promise<boolean> {
  const members = new Set<string>([name]);
  for (const root of [cache, FALLBACK_ROOT_CACHE]) {
    const nodesDir = join(root, 'nodes');
    if (!existsSync(nodesDir)) continue;
    for (const entry of readdirSync(nodesDir)) if (entry.startsWith(`${name}-`) && /^\d+$/.test(entry.slice(name.length + 1))) members.add(entry);
  }
  const stopped = await Promise.all([...members].map((member) => stopManagedNode(cache, member)));
  return stopped.some(Boolean);
}
