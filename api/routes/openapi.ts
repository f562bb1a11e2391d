import { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { openApiDocument } from '../openapi.js';
import { API_VERSION } from './health.js';

/** GET /api/openapi.json: the OpenAPI 3.1 description of every route. */
export function openApiRoutes() {
  const document = openApiDocument(API_VERSION);
  return new Hono<AppEnv>().get('/', (c) => c.json(document, 200));
}
