import { errors as esErrors } from '@elastic/elasticsearch';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorResponse } from './contract.js';

export const RETRY_AFTER_SECONDS = 10;

/** A 400 that names the offending parameter. */
export function badRequest(parameter: string, reason: string): HTTPException {
  return new HTTPException(400, { message: `Ugyldig parameter "${parameter}": ${reason}`, cause: { parameter } });
}

export function notFound(what: string): HTTPException {
  return new HTTPException(404, { message: `${what} findes ikke` });
}

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof esErrors.ConnectionError ||
    error instanceof esErrors.TimeoutError ||
    error instanceof esErrors.NoLivingConnectionsError ||
    (error instanceof esErrors.ResponseError && [429, 502, 503, 504].includes(error.statusCode ?? 0))
  );
}

function body(c: Context, status: number, message: string, parameter?: string): ErrorResponse {
  return { error: { status, message, ...(parameter ? { parameter } : {}), requestId: c.get('requestId') } };
}

/** The one error handler: known errors map to 4xx/503, anything else to a 500 without internals. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof HTTPException) {
    const parameter = (error.cause as { parameter?: string } | undefined)?.parameter;
    if (error.status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return c.json(body(c, error.status, error.message, parameter), error.status as ContentfulStatusCode);
  }
  if (isUnavailable(error)) {
    c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return c.json(body(c, 503, 'Elasticsearch svarer ikke lige nu. Prøv igen om lidt.'), 503);
  }
  if (error instanceof esErrors.ResponseError && error.statusCode === 404) {
    return c.json(body(c, 404, 'Indekset findes ikke endnu: kør ingest først.'), 404);
  }
  c.var.logger?.error({ err: error }, 'unhandled error');
  return c.json(body(c, 500, 'Intern fejl'), 500);
}
