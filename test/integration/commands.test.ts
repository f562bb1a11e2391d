import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { indexNames } from '../../ingest/index-names.js';
import { cacheDir, loadConfig, REPO_ROOT } from '../../scripts/config.js';
import { startManagedNode } from '../../scripts/elasticsearch/node.js';
import { anyFreePort } from '../../scripts/ports.js';
import { removeTestIndices } from '../helpers/es.js';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const VITEST = join(REPO_ROOT, 'node_modules', '.bin', 'vitest');
const CLOSED_PORT_URL = 'http://127.0.0.1:1';

function runWithClosedCluster(command: string, args: string[]) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ES_URL: CLOSED_PORT_URL },
    timeout: 60_000,
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe('with ES_URL pointing at a closed port', () => {
  it('npm start fails fast with one line, no stack trace', () => {
    const result = runWithClosedCluster(TSX, ['scripts/start.ts']);
    expect(result.status).toBe(1);
    expect(result.seconds).toBeLessThan(20);
    expect(result.stderr.trim()).toMatch(/^Error: Elasticsearch at http:\/\/127\.0\.0\.1:1 is not reachable: .+$/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('npm test fails fast with one line, no stack trace', () => {
    const result = runWithClosedCluster(VITEST, ['run', '--project', 'integration', 'test/integration/smoke.test.ts']);
    expect(result.status).not.toBe(0);
    expect(result.seconds).toBeLessThan(30);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(/Error: Elasticsearch at http:\/\/127\.0\.0\.1:1 is not reachable: .+/);
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('npm start', () => {
  const prefix = `test-start-${process.pid}-`;
  afterAll(() => removeTestIndices(indexNames(prefix)));

  it('ingests the demo corpus on first run, serves the API and stops on Ctrl-C', async () => {
    const port = await anyFreePort();
    const child = spawn(TSX, ['scripts/start.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ES_URL: inject('esUrl'), ES_INDEX_PREFIX: prefix, PORT: String(port), LOG_LEVEL: 'silent' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 90_000);
      child.stdout.on('data', () => {
        const match = /kører på (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(output).toContain('indekserer demo-korpusset');
    expect(output).toMatch(/10 af 10 filer indekseret, 10 møder/);
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health.status).toBe('ok');
    expect(health.index.items).toBe(77);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).not.toBeNull();
  });
});

// Against an external cluster (ES_URL) there may be no JDK on the machine, and no managed node to test.
describe.skipIf(Boolean(process.env.ES_URL))('the managed node lifecycle', () => {
  it('starts, is reused rather than started twice, and stops when its last user leaves', async () => {
    const options = {
      name: `lifecycle-${process.pid}`,
      preferredPort: await anyFreePort(),
      heap: '512m',
      cache: cacheDir(loadConfig()),
      javaEnv: loadConfig(),
      log: () => {},
    };
    const node = await startManagedNode(options);
    try {
      expect(node.owned).toBe(true);
      const again = await startManagedNode(options);
      expect(again).toMatchObject({ owned: false, pid: node.pid, url: node.url });
      await node.release();
      expect((await fetch(`${node.url}/_cluster/health`)).ok).toBe(true);
      await again.release();
    } finally {
      await node.release();
      rmSync(join(options.cache, 'nodes', options.name), { recursive: true, force: true });
    }
    await expect(fetch(`${node.url}/_cluster/health`)).rejects.toThrow();
  });
});
