import pino, { type DestinationStream, type Level, type Logger } from 'pino';

/**
 * The API's logger. An Elasticsearch client error carries its request and connection (`meta`: the cluster's
 * URL, the Authorization header), and a request's own `options` may too: neither reaches a log line.
 */
export function createLogger(level: Level | 'silent', destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: ['err.meta', 'err.options', 'err.cause.meta'], remove: true } }, destination);
}
