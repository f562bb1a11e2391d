/**
 * An Atom feed (RFC 4287) of search results, built with xmlbuilder2 (which escapes text and attributes).
 * Every entry has exactly one id, title, updated and alternate link, and a plain-text summary; the feed has
 * one id, title, updated, author and self link. A closed item gets its title and meeting, never its text.
 */
import { create } from 'xmlbuilder2';
import type { ItemSummary } from '../contract.js';
import { itemPageUrl } from '../public-url.js';
import { topicLabel } from '../taxonomy.js';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export const CLOSED_ITEM_SUMMARY = 'Lukket punkt: indholdet er ikke offentligt.';

export interface FeedInput {
  title: string;
  /** The feed's own absolute URL (its id and self link). */
  selfUrl: string;
  /** The same search in the web UI. */
  searchUrl: string;
  origin: string;
  /** Newest first, with the full decision text (summaries of closed items carry none). */
  items: FeedItem[];
  /** When the feed was made: its `updated` if it has no entries. */
  now: Date;
}

export type FeedItem = ItemSummary;

const DANISH_DATE = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An RFC 3339 timestamp for a meeting date (YYYY-MM-DD): midnight UTC that day. */
function timestampOf(date: string | null, fallback: Date): string {
  return date ? `${date}T00:00:00Z` : fallback.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "Kalundborg · Direktionen · 2. juni 2020" */
export function meetingLine(item: FeedItem): string {
  const date = item.meeting.date ? DANISH_DATE.format(new Date(`${item.meeting.date}T00:00:00Z`)) : null;
  return [item.meeting.municipality, item.meeting.body, date].filter(Boolean).join(' · ');
}

function summaryOf(item: FeedItem): string {
  if (item.closed) return `${meetingLine(item)}\n\n${CLOSED_ITEM_SUMMARY}`;
  const decision = item.decisionText ? `Beslutning: ${item.decisionText}` : 'Referatet indeholder ingen beslutning for dette punkt.';
  return `${meetingLine(item)}\n\n${decision}`;
}

export function atomFeed(input: FeedInput): string {
  const feed = create({ version: '1.0', encoding: 'UTF-8' }).ele(ATOM_NAMESPACE, 'feed', { 'xml:lang': 'da' });
  feed.ele('id').txt(input.selfUrl);
  feed.ele('title').txt(input.title);
  feed.ele('updated').txt(timestampOf(input.items[0]?.meeting.date ?? null, input.now));
  feed.ele('author').ele('name').txt('Referat Radar');
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: input.selfUrl });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: input.searchUrl });
  feed.ele('generator').txt('Referat Radar');
  for (const item of input.items) {
    const url = itemPageUrl(input.origin, item.id);
    const entry = feed.ele('entry');
    entry.ele('id').txt(url);
    entry.ele('title').txt(item.title);
    entry.ele('updated').txt(timestampOf(item.meeting.date, input.now));
    if (item.meeting.date) entry.ele('published').txt(timestampOf(item.meeting.date, input.now));
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: url });
    for (const topic of item.topics) entry.ele('category', { term: topic, label: topicLabel(topic) });
    entry.ele('summary', { type: 'text' }).txt(summaryOf(item));
  }
  return feed.end({ prettyPrint: true });
}
