/**
 * The Atom feed of a search (GET /api/feed.atom) checked against RFC 4287 with a real XML parser, and the
 * hits-over-time histogram of /api/search, both against the real node and the demo corpus.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../api/contract.js';
import { ATOM_NAMESPACE, CLOSED_ITEM_SUMMARY } from '../../api/query/atom-feed.js';
import { FEED_MAX_ENTRIES } from '../../api/limits.js';
import { useCorpusApi } from '../helpers/api.js';
import { corpusDocuments, corpusMeetings } from '../helpers/corpus.js';

const { app, get } = useCorpusApi(import.meta.filename);
const corpus = corpusDocuments(await corpusMeetings());

const TEAMS_ITEM = 'kalundborg-2020-06-02-direktionen-5';
const TEAMS_TITLE = 'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams';
/** RFC 3339 date-time, as RFC 4287 section 3.3 requires. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses a feed; any well-formedness error fails the test. */
async function feedOf(query: string): Promise<{ feed: Element; raw: string; response: Response }> {
  const response = await app.request(`http://127.0.0.1/api/feed.atom${query}`);
  const raw = await response.clone().text();
  expect(response.status, raw).toBe(200);
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(raw, 'application/xml');
  expect(errors).toEqual([]);
  return { feed: document.documentElement!, raw, response };
}

/** The Atom children of an element with that local name. */
function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === ATOM_NAMESPACE,
  );
}

function text(element: Element, name: string): string {
  const [child] = children(element, name);
  return child?.textContent ?? '';
}

/** RFC 4287 4.1.1 and 4.1.2: the cardinality rules of atom:feed and atom:entry. */
function expectAtomRules(feed: Element): void {
  expect([feed.localName, feed.namespaceURI]).toEqual(['feed', ATOM_NAMESPACE]);
  for (const name of ['id', 'title', 'updated']) expect(children(feed, name), `feed ${name}`).toHaveLength(1);
  expect(children(feed, 'author').length).toBeGreaterThanOrEqual(1); // no entry has its own author
  for (const author of children(feed, 'author')) expect(children(author, 'name')).toHaveLength(1);
  expect(children(feed, 'generator').length).toBeLessThanOrEqual(1);
  expect(RFC3339.test(text(feed, 'updated')), text(feed, 'updated')).toBe(true);
  const selfLinks = children(feed, 'link').filter((link) => link.getAttribute('rel') === 'self');
  expect(selfLinks).toHaveLength(1);
  expect(new URL(selfLinks[0].getAttribute('href')!).pathname).toBe('/api/feed.atom');
  expect(new URL(text(feed, 'id')).protocol).toBe('http:'); // an absolute IRI
  const ids = new Set<string>();
  for (const entry of children(feed, 'entry')) {
    for (const name of ['id', 'title', 'updated']) expect(children(entry, name), `entry ${name}`).toHaveLength(1);
    for (const name of ['summary', 'published', 'content']) expect(children(entry, name).length).toBeLessThanOrEqual(1);
    expect(RFC3339.test(text(entry, 'updated'))).toBe(true);
    const alternates = children(entry, 'link').filter((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
    expect(alternates).toHaveLength(1); // no content: an alternate link is required (4.1.1.1)
    expect(alternates[0].getAttribute('href')).toBe(text(entry, 'id'));
    expect(children(entry, 'summary')[0].getAttribute('type')).toBe('text');
    ids.add(text(entry, 'id'));
  }
  expect(ids.size).toBe(children(feed, 'entry').length);
}

/** The corpus's items in the feed's order: newest first, then meeting and agenda order. */
function newestFirst(items = corpus) {
  return [...items].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.meetingId.localeCompare(b.meetingId) || a.number - b.number,
  );
}

describe('GET /api/feed.atom', () => {
  it('lists the newest items of a search as a valid Atom feed, with meeting, date, decision and a link', async () => {
    const { feed, response } = await feedOf('?q=Teams');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expectAtomRules(feed);
    expect(text(feed, 'title')).toBe('Referat Radar: »Teams«');
    expect(text(feed, 'id')).toBe('http://127.0.0.1/api/feed.atom?q=Teams');
    const alternate = children(feed, 'link').find((link) => link.getAttribute('rel') === 'alternate');
    expect(alternate?.getAttribute('href')).toBe('http://127.0.0.1/sog?q=Teams');

    const entries = children(feed, 'entry');
    expect(entries.map((entry) => text(entry, 'title'))).toEqual([TEAMS_TITLE]);
    const [entry] = entries;
    expect(text(entry, 'id')).toBe(`http://127.0.0.1/punkt/${TEAMS_ITEM}`);
    expect(text(entry, 'updated')).toBe('2020-06-02T00:00:00Z');
    expect(text(feed, 'updated')).toBe('2020-06-02T00:00:00Z');
    const decision = corpus.find((item) => item.id === TEAMS_ITEM)!.sections.beslutning!;
    expect(text(entry, 'summary')).toBe(`Kalundborg · Direktionen · 2. juni 2020\n\nBeslutning: ${decision}`);
    expect(children(entry, 'category').map((category) => category.getAttribute('term'))).toEqual(
      corpus.find((item) => item.id === TEAMS_ITEM)!.topics,
    );
  });

  it(`without a query lists the ${FEED_MAX_ENTRIES} newest items of the whole corpus, newest first`, async () => {
    const { feed } = await feedOf('');
    expectAtomRules(feed);
    expect(text(feed, 'title')).toBe('Referat Radar: nyeste punkter');
    const expected = newestFirst().slice(0, FEED_MAX_ENTRIES);
    expect(children(feed, 'entry').map((entry) => text(entry, 'id'))).toEqual(expected.map((item) => `http://127.0.0.1/punkt/${encodeURIComponent(item.id)}`));
    expect(text(feed, 'updated')).toBe(`${expected[0].date}T00:00:00Z`);
  });

  it('gives a closed item its title and meeting but none of its text', async () => {
    const closed = newestFirst(corpus.filter((item) => item.closed));
    expect(closed.length).toBeGreaterThan(0);
    const { feed } = await feedOf('?closed=true');
    expectAtomRules(feed);
    const entries = children(feed, 'entry');
    expect(entries.map((entry) => text(entry, 'title'))).toEqual(closed.slice(0, FEED_MAX_ENTRIES).map((item) => item.title));
    for (const entry of entries) expect(text(entry, 'summary')).toMatch(new RegExp(`\n\n${CLOSED_ITEM_SUMMARY}$`));
  });

  it('narrows by the search filters, and an empty feed is still valid', async () => {
    const { feed } = await feedOf('?municipality=Kalundborg&year=2020');
    expectAtomRules(feed);
    const expected = newestFirst(corpus.filter((item) => item.municipality === 'Kalundborg' && item.year === 2020));
    expect(children(feed, 'entry').map((entry) => text(entry, 'title'))).toEqual(expected.map((item) => item.title));
    expect(text(feed, 'title')).toBe('Referat Radar: Kalundborg · 2020');

    const empty = await feedOf('?q=zzxxqqyy');
    expectAtomRules(empty.feed);
    expect(children(empty.feed, 'entry')).toEqual([]);
  });

  it('answers a bad parameter with a Danish 400, as JSON', async () => {
    const response = await app.request('/api/feed.atom?year=1800');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { status: 400, parameter: 'year', message: 'Ugyldig parameter "year": skal ligge mellem 1900 og 2100' } });
  });
});

describe('GET /api/search: hits over time', () => {
  const yearsOf = (items = corpus) => {
    const years = items.map((item) => item.year!).filter(Boolean);
    const counts: Record<string, number> = {};
    for (let year = Math.min(...years); year <= Math.max(...years); year++) counts[String(year)] = 0;
    for (const year of years) counts[String(year)]++;
    return counts;
  };

  it('counts the matching items per year, with empty years between as 0', async () => {
    const result = await get<SearchResponse>('/api/search?size=1');
    expect(result.histogram.interval).toBe('year');
    expect(Object.fromEntries(result.histogram.buckets.map((bucket) => [bucket.label, bucket.count]))).toEqual(yearsOf());
    expect(result.histogram.buckets[0]).toMatchObject({ dateFrom: `${result.histogram.buckets[0].label}-01-01`, dateTo: `${result.histogram.buckets[0].label}-12-31` });
  });

  it('applies the facet selections, like the hits', async () => {
    const result = await get<SearchResponse>('/api/search?municipality=Kalundborg&municipality=Nordfyns');
    const expected = yearsOf(corpus.filter((item) => item.municipality === 'Kalundborg' || item.municipality === 'Nordfyns'));
    expect(Object.fromEntries(result.histogram.buckets.map((bucket) => [bucket.label, bucket.count]))).toEqual(expected);
    expect(result.histogram.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(result.total);
  });

  it('counts per month, over the whole range, when the dates span at most two years', async () => {
    const result = await get<SearchResponse>('/api/search?dateFrom=2020-01-01&dateTo=2020-12-31');
    expect(result.histogram.interval).toBe('month');
    expect(result.histogram.buckets.map((bucket) => bucket.label)).toEqual(Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`));
    expect(result.histogram.buckets[1]).toMatchObject({ dateFrom: '2020-02-01', dateTo: '2020-02-29' });
    const june = corpus.filter((item) => item.date?.startsWith('2020-06')).length;
    expect(result.histogram.buckets[5].count).toBe(june);
    expect(result.histogram.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(result.total);
  });
});
