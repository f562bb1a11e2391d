import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { ElasticsearchSetupError } from './errors.js';

/** Elasticsearch refuses to run as root; as root, the managed node runs as this system user. */
export const SERVICE_USER = 'referat-es';

export interface ServiceUser {
  name: string;
  uid: number;
  gid: number;
}

function lookup(): ServiceUser | null {
  const result = spawnSync('id', ['-u', SERVICE_USER], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const gid = spawnSync('id', ['-g', SERVICE_USER], { encoding: 'utf8' });
  return { name: SERVICE_USER, uid: Number(result.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Creates the system user once (root only). */
export function ensureServiceUser(): ServiceUser {
  const existing = lookup();
  if (existing) return existing;
  const created = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVICE_USER], {
    encoding: 'utf8',
  });
  const user = lookup();
  if (created.status !== 0 || !user) {
    throw new ElasticsearchSetupError(
      `Running as root, and could not create the system user ${SERVICE_USER} for Elasticsearch: ${created.stderr.trim()}`,
    );
  }
  return user;
}

/** Whether the service user can reach and read a folder (every parent must be traversable). */
export function canAccess(user: ServiceUser, dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('setpriv', [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', 'test', '-r', dir, '-a', '-x', dir])
    .status === 0;
}

export function giveToUser(user: ServiceUser, path: string): void {
  spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, path]);
}
