import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import type { ApiDeps } from './deps.js';
import type { AppEnv } from './env.js';
import { handleError } from './errors.js';
import { LOOPBACK_HOSTS } from '../scripts/config.js';
import { requestBodyLimit } from './middleware/body-limit.js';
import { hostAllowList } from './middleware/host-allow-list.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { serverTiming } from './middleware/server-timing.js';
import { caseRoutes } from './routes/cases.js';
import { exportRoutes } from './routes/export.js';
import { feedRoutes } from './routes/feed.js';
import { healthRoutes } from './routes/health.js';
import { itemRoutes } from './routes/items.js';
import { meetingRoutes } from './routes/meetings.js';
import { openApiRoutes } from './routes/openapi.js';
import { overviewRoutes } from './routes/overview.js';
import { searchRoutes } from './routes/search.js';
import { sourceRoutes } from './routes/sources.js';
import { suggestRoutes } from './routes/suggest.js';
import { topicRoutes } from './routes/topics.js';
import { trendsRoutes } from './routes/trends.js';
import { serveWeb } from './static.js';

/** The API's routes, chained so that their types flow to the web client (`hc<ApiType>`). */
export function createApiRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>()
    .route('/health', healthRoutes(deps))
    .route('/search', searchRoutes(deps))
    .route('/trends', trendsRoutes(deps))
    .route('/export.csv', exportRoutes(deps))
    .route('/feed.atom', feedRoutes(deps))
    .route('/items', itemRoutes(deps))
    .route('/meetings', meetingRoutes(deps))
    .route('/sources', sourceRoutes(deps))
    .route('/cases', caseRoutes(deps))
    .route('/topics', topicRoutes(deps))
    .route('/suggest', suggestRoutes(deps))
    .route('/overview', overviewRoutes(deps))
    .route('/openapi.json', openApiRoutes());
}

export type ApiType = ReturnType<typeof createApiRoutes>;

export function createApp(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(requestLog(deps.logger));
  app.use(securityHeaders());
  app.use(compress());
  app.use(serverTiming(deps.client));
  app.use(hostAllowList(deps.allowedHosts ?? LOOPBACK_HOSTS));
  app.use(requestBodyLimit());
  if (deps.corsOrigins?.length) app.use('/api/*', cors({ origin: deps.corsOrigins }));
  app.route('/api', createApiRoutes(deps));
  if (deps.staticDir) serveWeb(app, deps.staticDir);
  app.notFound((c) => c.json({ error: { status: 404, message: 'Ikke fundet' } }, 404));
  app.onError(handleError);
  return app;
}
