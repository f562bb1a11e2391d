import type { Logger } from 'pino';
import type { RequestIdVariables } from 'hono/request-id';

export type AppEnv = { Variables: RequestIdVariables & { logger: Logger } };
