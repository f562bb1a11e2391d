import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './config.js';

export const WEB_DIST = join(REPO_ROOT, 'dist', 'web');
const WEB_SOURCE = join(REPO_ROOT, 'web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web bundle with Vite when it is missing or older than its sources. */
export function ensureWebBuild(): void {
  if (!existsSync(join(WEB_SOURCE, 'vite.config.ts'))) return;
  const built = join(WEB_DIST, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(WEB_SOURCE)) return;
  console.log('Bygger web-UI (vite build)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed (see the output above)');
}
