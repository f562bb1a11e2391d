import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/config.js';
import { ELASTICSEARCH_VERSION } from '../../scripts/elasticsearch/version.js';

const majorMinor = (version: string) => version.split('.').slice(0, 2).join('.');

describe('the pinned Elasticsearch version', () => {
  it('matches the installed client in major.minor', () => {
    const packageFile = join(REPO_ROOT, 'node_modules', '@elastic', 'elasticsearch', 'package.json');
    const client = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
    expect(majorMinor(client.version)).toBe(majorMinor(ELASTICSEARCH_VERSION));
  });

  it('is the default image tag in docker-compose.yml', () => {
    const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    expect(compose).toContain(`elasticsearch:\${ES_VERSION:-${ELASTICSEARCH_VERSION}}`);
  });
});
