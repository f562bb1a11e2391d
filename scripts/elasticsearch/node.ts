import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
}

export interface ManagedNode {
  url: string;
  pid: number;
  /** False when an already running node from the same cache was reused; such a node is left running. */
  owned: boolean;
  logFile: string;
  stop(): Promise<void>;
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

async function stopProcessGroup(pid: number): Promise<void> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (isAlive(pid)) signal('SIGKILL');
}

function resolveCache(cache: string, user: ServiceUser | null, log: (line: string) => void): string {
  if (!user || canAccess(user, cache)) return cache;
  log(`${cache} is not readable by ${user.name}; using ${FALLBACK_ROOT_CACHE} for the node instead.`);
  return FALLBACK_ROOT_CACHE;
}

async function reuseRunning(stateFile: string, logFile: string): Promise<ManagedNode | null> {
  if (!existsSync(stateFile)) return null;
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as NodeState;
  const url = `http://127.0.0.1:${state.port}`;
  if (state.version !== ELASTICSEARCH_VERSION || !isAlive(state.pid) || !(await isHealthy(url))) return null;
  return { url, pid: state.pid, owned: false, logFile, stop: async () => {} };
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

  const running = await reuseRunning(stateFile, logFile);
  if (running) {
    log(`Reusing the running Elasticsearch ${ELASTICSEARCH_VERSION} at ${running.url} (pid ${running.pid}).`);
    return running;
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
  const stop = async () => {
    await stopProcessGroup(pid);
    rmSync(stateFile, { force: true });
  };
  log(`Starting Elasticsearch ${ELASTICSEARCH_VERSION} (JDK ${jdk.major}, heap ${options.heap}) at ${url}…`);
  const deadline = Date.now() + timeoutMs;
  while (!(await isHealthy(url))) {
    if (exitCode !== null || Date.now() > deadline) {
      await stop();
      const why = exitCode !== null ? `exited with code ${exitCode}` : 'did not become healthy in time';
      throw new ElasticsearchSetupError(
        `Elasticsearch ${why}. Last lines of ${logFile}:\n${tail(logFile)}\n${tail(join(nodeDir, 'logs', `referat-radar-${options.name}.log`), 15)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, pid, owned: true, logFile, stop };
}

/** Stops a node started earlier from the same cache (e.g. by a crashed run). */
export async function stopManagedNode(cache: string, name: string): Promise<boolean> {
  for (const root of [cache, FALLBACK_ROOT_CACHE]) {
    const stateFile = join(root, 'nodes', name, 'node.json');
    if (!existsSync(stateFile)) continue;
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as NodeState;
    if (isAlive(state.pid)) await stopProcessGroup(state.pid);
    rmSync(stateFile, { force: true });
    return true;
  }
  return false;
}
