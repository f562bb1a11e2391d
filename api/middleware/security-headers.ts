import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response. The CSP allows the built UI exactly what it uses: its own scripts,
 * stylesheets, images (and the favicon), and fetches to its own API. Preact and chart.js set styles through
 * the CSSOM (`element.style`), which `style-src 'self'` permits, so no 'unsafe-inline' is needed.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * A route's own header wins (`overwrite: false`): /api/sources sends ingested HTML under a stricter
 * `sandbox; default-src none` policy, which the app-wide one must not replace.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    overwrite: false,
  });
}
