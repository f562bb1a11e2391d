import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AppEnv } from './env.js';

/** Serves the built web bundle; every non-API path falls back to index.html for client-side routing. */
export function serveWeb(app: Hono<AppEnv>, staticDir: string): void {
  const indexFile = join(staticDir, 'index.html');
  if (!existsSync(indexFile)) return;
  const root = relative(process.cwd(), staticDir) || '.';
  app.use('/assets/*', serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
