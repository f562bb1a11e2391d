import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/config.js';
import { ELASTICSEARCH_VERSION } from '../../scripts/elasticsearch/version.js';

const hasDockerCli = spawnSync('sh', ['-c', 'command -v docker'], { stdio: 'ignore' }).status === 0;

function compose(...args: string[]) {
  return spawnSync('docker', ['compose', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

// Without any Docker CLI there is nothing to validate with; .ci/run installs the Compose plugin where the CLI exists.
describe.skipIf(!hasDockerCli)('docker-compose.yml', () => {
  it('validates with `docker compose config`', () => {
    const result = compose('--env-file', '.env.example', 'config', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const config = JSON.parse(result.stdout) as {
      services: Record<string, { image?: string; command?: string[]; environment?: Record<string, string> }>;
    };
    expect(Object.keys(config.services).sort()).toEqual(['app', 'elasticsearch', 'hunspell-da']);
    expect(config.services.elasticsearch.image).toBe(`docker.elastic.co/elasticsearch/elasticsearch:${ELASTICSEARCH_VERSION}`);
    expect(config.services.elasticsearch.environment?.['xpack.security.enabled']).toBe('true');
    expect(config.services.app.command).toEqual(['npm', 'start']);
    expect(config.services.app.environment?.ES_URL).toBe('http://elasticsearch:9200');
  });

  it('refuses to run without a password from .env', () => {
    const result = compose('--env-file', '/dev/null', 'config', '-q');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ELASTIC_PASSWORD');
  });
});
