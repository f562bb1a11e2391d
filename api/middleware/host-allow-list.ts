import { HTTPException } from 'hono/http-exception';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';

/**
 * Answers only requests whose Host names this server (any port), so a DNS-rebound name pointing at the
 * loopback API gets a 421 instead of the data. The names come from ALLOWED_HOSTS (scripts/config.ts).
 */
export function hostAllowList(allowedHosts: readonly string[]) {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!allowed.has(new URL(c.req.url).hostname.toLowerCase())) {
      throw new HTTPException(421, { message: 'Serveren svarer ikke på dette værtsnavn. Tilføj det til ALLOWED_HOSTS, hvis det er denne server.' });
    }
    await next();
  });
}
