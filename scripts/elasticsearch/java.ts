import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MIN_JAVA_MAJOR = 21;

export interface Jdk {
  home: string;
  major: number;
}

function jdkMajor(home: string): number | null {
  const releaseFile = join(home, 'release');
  if (!existsSync(join(home, 'bin', 'java')) || !existsSync(releaseFile)) return null;
  const version = /^JAVA_VERSION="([^"]+)"/m.exec(readFileSync(releaseFile, 'utf8'))?.[1];
  if (!version) return null;
  const [first, second] = version.split('.').map(Number);
  return first === 1 ? second : first;
}

function candidateHomes(env: { ES_JAVA_HOME?: string; JAVA_HOME?: string }): string[] {
  const jvmRoot = '/usr/lib/jvm';
  const system = existsSync(jvmRoot)
    ? readdirSync(jvmRoot)
        .map((name) => join(jvmRoot, name))
        .sort()
        .reverse()
    : [];
  return [env.ES_JAVA_HOME, env.JAVA_HOME, ...system].filter((home): home is string => Boolean(home));
}

/** The first JDK ≥ 21 from ES_JAVA_HOME, then JAVA_HOME, then /usr/lib/jvm/*. */
export function findJdk(env: { ES_JAVA_HOME?: string; JAVA_HOME?: string }): Jdk | null {
  for (const home of candidateHomes(env)) {
    const major = jdkMajor(home);
    if (major !== null && major >= MIN_JAVA_MAJOR) return { home, major };
  }
  return null;
}
