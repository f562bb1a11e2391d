import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { HTTPException } from 'hono/http-exception';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';

/** The API only reads (GET): no request needs a body, so anything beyond a few bytes is refused. */
export const MAX_BODY_BYTES = 1_024;

function tooLarge(): never {
  throw new HTTPException(413, { message: `Forespørgslen er for stor: højst ${MAX_BODY_BYTES} bytes indhold.` });
}

/**
 * A GET or HEAD request carries no body that the app could read (and bodyLimit skips it), but its client
 * can still send one: the declared length or a chunked body is refused before the route runs.
 */
const bodilessMethodGuard = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES || c.req.header('transfer-encoding') !== undefined) tooLarge();
  await next();
});

export function requestBodyLimit() {
  return every(bodilessMethodGuard, bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge }));
}
