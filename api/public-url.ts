/** Absolute links to the web UI in what the API hands out for use elsewhere (CSV export, Atom feeds). */

/** The web UI's page of an item (web/routes.tsx). */
const ITEM_PAGE = '/punkt/';

/**
 * Where users reach the UI: PUBLIC_URL when set (a proxy may rewrite the request's own origin), else the
 * origin of the request, which has passed the host allow-list.
 */
export function publicOrigin(publicUrl: string | undefined, requestUrl: string): string {
  return publicUrl?.replace(/\/+$/, '') ?? new URL(requestUrl).origin;
}

export function itemPageUrl(origin: string, id: string): string {
  return `${origin}${ITEM_PAGE}${encodeURIComponent(id)}`;
}
