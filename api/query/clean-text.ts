/**
 * The last guard against markup shown as text. Ingest strips HTML from the sources; should a tag or an
 * entity still be in the index (`<i>Jan Lysgaard Thomsen</i>`, `&nbsp;`), the API removes the tags and
 * decodes the entities of every text it returns, and of the highlighter's escaped HTML.
 */
import { decodeHTML } from 'entities';
import { escapeHtml } from './html.js';

/** An HTML tag: `<i>`, `</span>`, `<br/>`, `<a href="…">`; not "< 5" or "a<b". */
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
/** The same tag after HTML escaping, as the highlighter returns it ("/" escaped as &#x2F;). */
const ESCAPED_TAG = /&lt;(?:\/|&#x2F;)?[a-zA-Z][a-zA-Z0-9-]*(?:\s(?:(?!&[lg]t;)[^<>])*)?(?:\/|&#x2F;)?&gt;/g;
/** An entity of the source, escaped by the highlighter: `&amp;nbsp;`, `&amp;#248;`. */
const ESCAPED_ENTITY = /&amp;(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;

/** Text without HTML tags and with its entities decoded. */
export function plainText(text: string): string {
  return decodeHTML(text.replace(TAG, ''));
}

/** Highlighted HTML (source escaped, <mark> ours) without the source's escaped tags and entities. */
export function cleanHighlight(html: string): string {
  return html.replace(ESCAPED_TAG, '').replace(ESCAPED_ENTITY, (entity) => escapeHtml(decodeHTML(`&${entity.slice('&amp;'.length)}`)));
}
