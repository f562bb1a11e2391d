/**
 * docker-compose.yml, validated on every machine: parsed and interpolated the way Compose does, then checked
 * against the Compose specification (keys, names, image references, port syntax, environment values) and
 * against the project (pinned Elasticsearch version, configuration the app accepts). Where the Docker CLI
 * has the Compose plugin, `docker compose config` validates it as well.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, REPO_ROOT } from '../../scripts/config.js';
import { ELASTICSEARCH_VERSION } from '../../scripts/elasticsearch/version.js';

type Env = Record<string, string | undefined>;

interface Service {
  image?: string;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  [key: string]: unknown;
}

interface ComposeFile {
  name: string;
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

/** Top-level keys of the Compose specification (besides x- extensions). */
const TOP_LEVEL_KEYS = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];
/** Service keys of the Compose specification. */
const SERVICE_KEYS = new Set(
  `annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs container_name cpu_count
  cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares cpus cpuset credential_spec depends_on deploy
  develop device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file environment expose extends
  external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation labels label_file links logging
  mac_address mem_limit mem_reservation mem_swappiness memswap_limit models network_mode networks oom_kill_disable
  oom_score_adj pid pids_limit platform ports post_start pre_stop privileged profiles provider pull_policy read_only restart
  runtime scale secrets security_opt shm_size stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits
  use_api_socket user userns_mode uts volumes volumes_from working_dir`.split(/\s+/),
);
const DEPENDS_ON_CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'];
const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** An image reference pinned to a tag: [registry/]path:tag, where the tag is not "latest". */
const PINNED_IMAGE = /^(?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*:(?!latest$)[\w][\w.-]{0,127}$/;
/** The short port syntax: [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]. */
const SHORT_PORT = /^(?:(?<ip>[\d.]+|\[[\da-f:]+\]):)?(?:(?<host>\d+(?:-\d+)?):)?(?<container>\d+(?:-\d+)?)(?:\/(?:tcp|udp|sctp))?$/;
const VARIABLE = /\$(?:\$|\{([A-Za-z_]\w*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_]\w*))/g;

/** Compose's interpolation: $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, $$. */
function interpolate(text: string, env: Env): string {
  return text.replace(VARIABLE, (match, braced: string | undefined, operator: string | undefined, argument: string | undefined, bare: string | undefined) => {
    if (match === '$$') return '$';
    const name = (braced ?? bare)!;
    const value = env[name];
    const unset = operator?.startsWith(':') ? !value : value === undefined;
    if (operator?.endsWith('?') && unset) throw new Error(`required variable ${name} is missing a value: ${argument}`);
    if (operator?.endsWith('-') && unset) return argument ?? '';
    return value ?? '';
  });
}

function interpolateAll(value: unknown, env: Env): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((entry) => interpolateAll(entry, env));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, interpolateAll(entry, env)]));
  return value;
}

function readEnvFile(path: string): Env {
  const lines = readFileSync(path, 'utf8').split('\n');
  return Object.fromEntries(lines.filter((line) => /^\w+=/.test(line)).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

const raw: unknown = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'));
const exampleEnv = readEnvFile(join(REPO_ROOT, '.env.example'));
const compose = interpolateAll(raw, exampleEnv) as ComposeFile;
const services = Object.entries(compose.services);

describe('docker-compose.yml, parsed', () => {
  it('uses only top-level keys of the Compose specification, and a valid project name', () => {
    expect(Object.keys(compose).filter((key) => !key.startsWith('x-') && !TOP_LEVEL_KEYS.includes(key))).toEqual([]);
    expect(compose.name).toMatch(PROJECT_NAME);
  });

  it('has the three services, each with valid keys and a pinned image', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'elasticsearch', 'hunspell-da']);
    for (const [name, service] of services) {
      expect(name).toMatch(SERVICE_NAME);
      expect(Object.keys(service).filter((key) => !key.startsWith('x-') && !SERVICE_KEYS.has(key)), name).toEqual([]);
      expect(service.image, name).toMatch(PINNED_IMAGE);
    }
  });

  it('runs the pinned Elasticsearch version, with security on', () => {
    const elasticsearch = compose.services.elasticsearch;
    expect(elasticsearch.image).toBe(`docker.elastic.co/elasticsearch/elasticsearch:${ELASTICSEARCH_VERSION}`);
    expect(elasticsearch.environment?.['xpack.security.enabled']).toBe('true');
    expect(elasticsearch.environment?.ELASTIC_PASSWORD).toBe(exampleEnv.ELASTIC_PASSWORD);
    // $$ is Compose's escape: the container's shell reads the password, Compose does not.
    expect(elasticsearch.healthcheck?.test.join(' ')).toContain('elastic:${ELASTIC_PASSWORD}');
  });

  it('publishes ports in the short syntax, on the loopback address only', () => {
    const ports = services.flatMap(([, service]) => service.ports ?? []);
    expect(ports).toEqual(['127.0.0.1:9200:9200', '127.0.0.1:8080:8080']);
    for (const port of ports) expect(port.match(SHORT_PORT)?.groups?.ip, port).toBe('127.0.0.1');
  });

  it('gives environment values the specification allows, and an app environment the app accepts', () => {
    for (const [name, service] of services) {
      for (const value of Object.values(service.environment ?? {})) expect(['string', 'number', 'boolean'], name).toContain(typeof value);
    }
    const app = compose.services.app;
    expect(app.command).toBe('npm start');
    expect(app.environment).toMatchObject({ ES_URL: 'http://elasticsearch:9200', ES_USERNAME: 'elastic', ES_PASSWORD: exampleEnv.ELASTIC_PASSWORD });
    const appEnv = Object.fromEntries(Object.entries(app.environment ?? {}).map(([key, value]) => [key, String(value)]));
    expect(loadConfig(appEnv)).toMatchObject({ ES_URL: 'http://elasticsearch:9200', HOST: '0.0.0.0', PORT: 8080 });
  });

  it('depends only on declared services, with conditions of the specification, and mounts only declared volumes', () => {
    for (const [name, service] of services) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(Object.keys(compose.services), name).toContain(dependency);
        expect(DEPENDS_ON_CONDITIONS, name).toContain(condition);
        if (condition === 'service_healthy') expect(compose.services[dependency].healthcheck, dependency).toBeDefined();
      }
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0];
        if (!source.startsWith('.') && !source.startsWith('/')) expect(Object.keys(compose.volumes), name).toContain(source);
      }
    }
  });

  it('refuses to run without a password from .env', () => {
    expect(() => interpolateAll(raw, {})).toThrow(/^required variable ELASTIC_PASSWORD is missing a value: set ELASTIC_PASSWORD in \.env/);
  });

  it('takes ES_VERSION from .env over the pinned default', () => {
    const overridden = interpolateAll(raw, { ...exampleEnv, ES_VERSION: '8.19.0' }) as ComposeFile;
    expect(overridden.services.elasticsearch.image).toBe('docker.elastic.co/elasticsearch/elasticsearch:8.19.0');
  });
});

const hasComposePlugin = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;

function dockerCompose(...args: string[]) {
  return spawnSync('docker', ['compose', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

// The stronger check, where the Docker CLI has the Compose plugin (no engine is needed to read the file).
describe.skipIf(!hasComposePlugin)('docker-compose.yml, by `docker compose config`', () => {
  it('validates, and resolves to what the parsed file says', () => {
    const result = dockerCompose('--env-file', '.env.example', 'config', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const config = JSON.parse(result.stdout) as { services: Record<string, Service> };
    expect(Object.keys(config.services).sort()).toEqual(['app', 'elasticsearch', 'hunspell-da']);
    expect(config.services.elasticsearch.image).toBe(compose.services.elasticsearch.image);
    expect(config.services.elasticsearch.environment?.['xpack.security.enabled']).toBe('true');
    expect(config.services.app.command).toEqual(['npm', 'start']);
    expect(config.services.app.environment?.ES_URL).toBe('http://elasticsearch:9200');
  });

  it('refuses to run without a password from .env', () => {
    const result = dockerCompose('--env-file', '/dev/null', 'config', '-q');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ELASTIC_PASSWORD');
  });
});
