import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../scripts/config.js';
import { findJdk } from '../../scripts/elasticsearch/java.js';

describe('configuration', () => {
  it('has defaults for a fresh clone', () => {
    const config = loadConfig({});
    expect(config.ES_URL).toBeUndefined();
    expect(config.ES_PORT).toBe(9200);
    expect(config.PORT).toBe(8080);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.ES_INDEX_PREFIX).toBe('referat-radar-');
  });

  it('answers the loopback names unless ALLOWED_HOSTS lists others', () => {
    expect(loadConfig({}).ALLOWED_HOSTS).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ ALLOWED_HOSTS: ' Referater.example.dk, localhost ,' }).ALLOWED_HOSTS).toEqual(['referater.example.dk', 'localhost']);
    expect(loadConfig({ PUBLIC_URL: 'https://referater.example.dk' }).PUBLIC_URL).toBe('https://referater.example.dk');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ES_URL: '' }).ES_URL).toBeUndefined();
  });

  it.each([
    [{ ES_URL: 'not a url' }, 'ES_URL'],
    [{ ES_URL: 'ftp://example.org' }, 'ES_URL'],
    [{ ES_PORT: 'abc' }, 'ES_PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ ES_HEAP: 'lots' }, 'ES_HEAP'],
    [{ ES_USERNAME: 'elastic' }, 'ES_PASSWORD'],
    [{ ES_CA_FILE: '/does/not/exist.pem' }, 'ES_CA_FILE'],
    [{ ES_INDEX_PREFIX: 'Has Spaces' }, 'ES_INDEX_PREFIX'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PUBLIC_URL: 'referater.example.dk' }, 'PUBLIC_URL'],
  ])('names the bad variable: %o', (env, variable) => {
    expect(() => loadConfig(env)).toThrowError(new RegExp(`^Invalid configuration: ${variable}:`));
  });
});

describe('finding a JDK for Elasticsearch', () => {
  function fakeJdk(root: string, name: string, version: string): string {
    const home = join(root, name);
    mkdirSync(join(home, 'bin'), { recursive: true });
    writeFileSync(join(home, 'bin', 'java'), '');
    writeFileSync(join(home, 'release'), `JAVA_VERSION="${version}"\n`);
    return home;
  }

  it('takes the first JDK >= 21 in order ES_JAVA_HOME, JAVA_HOME', () => {
    const root = mkdtempSync(join(tmpdir(), 'jdk-'));
    const old = fakeJdk(root, 'jdk17', '17.0.15');
    const recent = fakeJdk(root, 'jdk21', '21.0.4');
    expect(findJdk({ ES_JAVA_HOME: old, JAVA_HOME: recent })).toEqual({ home: recent, major: 21 });
    expect(findJdk({ ES_JAVA_HOME: recent, JAVA_HOME: old })).toEqual({ home: recent, major: 21 });
  });

  it('reads old-style 1.x versions as too old', () => {
    const root = mkdtempSync(join(tmpdir(), 'jdk-'));
    const ancient = fakeJdk(root, 'jdk8', '1.8.0_402');
    expect(findJdk({ ES_JAVA_HOME: ancient })?.home).not.toBe(ancient);
  });
});
