import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyDefaultConfig, ensureDistribution, installDanishDictionary } from './distribution.js';
import { ALTERNATIVES, ElasticsearchSetupError } from './errors.js';
import { findJdk, MIN_JAVA_MAJOR, type Jdk } from './java.js';
import { canAccess, ensureServiceUser, giveToUser, isRoot, type ServiceUser } from './service-user.js';
import { choosePort } from '../ports.js';
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
}

export interface ManagedNode {
  url: string;
  pid: number;
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

function elasticsearchYml(name: string, port: number, nodeDir: string): string {
  return [
    `cluster.name: referat-radar-${name}`,
    `node.name: referat-radar-${name}`,
    'network.host: 127.0.0.1',
    `http.port: ${port}`,
    'discovery.type: single-node',
    '# Security is off only because this node binds to the loopback interface alone.',
    'xpack.security.enabled: false',
    `path.data: ${join(nodeDir, 'data')}`,
    `path.logs: ${join(nodeDir, 'logs')}`,
    'cluster.routing.allocation.disk.threshold_enabled: false',
    'action.destructive_requires_name: false',
    '',
  ].join('\n');
}

function writeNodeConfig(home: string, nodeDir: string, name: string, port: number, heap: string): string {
  const configDir = join(nodeDir, 'config');
  mkdirSync(join(nodeDir, 'data'), { recursive: true });
  mkdirSync(join(nodeDir, 'logs'), { recursive: true });
  copyDefaultConfig(home, configDir);
  installDanishDictionary(configDir);
  writeFileSync(join(configDir, 'elasticsearch.yml'), elasticsearchYml(name, port, nodeDir));
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
  if (running) {
    log(`Reusing the running Elasticsearch ${ELASTICSEARCH_VERSION} at http://127.0.0.1:${running.port} (pid ${running.pid}).`);
    return handle(nodeDir, running, false, options.pin ?? false);
  }

  const home = ensureDistribution(cache, jdk);
  const port = await choosePort(options.preferredPort);
  const configDir = writeNodeConfig(home, nodeDir, options.name, port, options.heap);
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
  writeFileSync(stateFile, JSON.stringify({ pid, port, version: ELASTICSEARCH_VERSION } satisfies NodeState));

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
  return handle(nodeDir, { pid, port, version: ELASTICSEARCH_VERSION }, true, options.pin ?? false);
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
