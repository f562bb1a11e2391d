import { Hono } from 'hono';
import { serverVersion } from '../../scripts/elasticsearch/client.js';
import type { HealthResponse } from '../contract.js';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';

export const API_VERSION = '0.1.0';
const started = Date.now();

async function count(deps: ApiDeps, index: string): Promise<number | null> {
  try {
    return (await deps.client.count({ index }, { requestTimeout: 2_000, maxRetries: 0 })).count;
  } catch {
    return null;
  }
}

export function healthRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const api = { version: API_VERSION, uptimeSeconds: Math.round((Date.now() - started) / 1000) };
    try {
      const health = await deps.client.cluster.health({}, { requestTimeout: 2_000, maxRetries: 0 });
      const body: HealthResponse = {
        status: health.status === 'red' ? 'degraded' : 'ok',
        api,
        elasticsearch: { status: health.status.toLowerCase() as 'green' | 'yellow' | 'red', version: await serverVersion(deps.client) },
        index: { items: await count(deps, deps.names.items), meetings: await count(deps, deps.names.meetings) },
      };
      return c.json(body, 200);
    } catch {
      const body: HealthResponse = {
        status: 'degraded',
        api,
        elasticsearch: { status: 'unreachable', version: null },
        index: { items: null, meetings: null },
      };
      c.header('Retry-After', '10');
      return c.json(body, 503);
    }
  });
}
