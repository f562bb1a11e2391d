import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_ITEM_TEXT_BYTES } from '../ingest/item-size.js';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

/** The real minutes that ship with the project and that npm start ingests on first run. */
export const DEMO_CORPUS_DIR = resolve(REPO_ROOT, 'corpus', 'demo');

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const port = z.coerce.number().int().min(1).max(65_535);

const heap = z
  .string()
  .regex(/^\d+[mg]$/i, 'expected a JVM heap size such as 1g or 1536m');

/** Host names the API answers to (any port): the loopback names unless ALLOWED_HOSTS lists others. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function hostList(value: string | undefined): string[] {
  if (value === undefined) return LOOPBACK_HOSTS;
  return value.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean);
}

const schema = z
  .object({
    ES_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional()),
    ES_API_KEY: optionalText,
    ES_USERNAME: optionalText,
    ES_PASSWORD: optionalText,
    ES_CA_FILE: optionalText.refine((path) => path === undefined || existsSync(path), 'file does not exist'),
    ES_PORT: port.default(9200),
    ES_HEAP: heap.default('2g'),
    ES_CACHE_DIR: optionalText,
    ES_JAVA_HOME: optionalText,
    JAVA_HOME: optionalText,
    ES_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, - and _ only')
      .default('referat-radar-'),
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(8080),
    CORS_ORIGINS: optionalText,
    ALLOWED_HOSTS: optionalText.transform(hostList),
    PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional()),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    KLE_TITLES_FILE: optionalText.refine((path) => path === undefined || existsSync(path), 'file does not exist'),
    /** Folders whose ingested files the API may serve as the original documents (comma-separated). */
    SOURCE_ROOTS: optionalText.transform((value) => (value ? value.split(',').map((path) => resolve(path.trim())) : [DEMO_CORPUS_DIR])),
    INDEX_CLOSED_TEXT: z.stringbool().default(false),
    MAX_ITEM_TEXT_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_MAX_ITEM_TEXT_BYTES),
  })
  .refine((env) => !(env.ES_USERNAME && !env.ES_PASSWORD), {
    path: ['ES_PASSWORD'],
    message: 'required when ES_USERNAME is set',
  });

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates every environment variable the project reads, naming the bad one on error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

export function cacheDir(config: Config): string {
  return resolve(config.ES_CACHE_DIR ?? resolve(REPO_ROOT, '.cache', 'elasticsearch'));
}
