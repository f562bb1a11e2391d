// npm's pre-hook for start and test: installs dependencies on a fresh clone (or after package-lock changes).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs;
if (!fresh) {
  // `npm install` with the committed lock, not `npm ci`: npm 11 writes lock files without other platforms'
  // optional packages (rollup's, esbuild's) and then refuses them in `npm ci`. --no-save: installs what the
  // lock says without writing the lock back (plain `npm install` adds those packages to it, a tracked file).
  console.log('Installing dependencies (npm install --no-save)…');
  const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
