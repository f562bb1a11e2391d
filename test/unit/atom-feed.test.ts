import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { ATOM_NAMESPACE, atomFeed, CLOSED_ITEM_SUMMARY } from '../../api/query/atom-feed.js';
import type { ItemSummary } from '../../api/contract.js';

const item = (overrides: Partial<ItemSummary>): ItemSummary => ({
  id: 'x-2021-01-05-byraadet-3',
  number: 3,
  title: 'Jan & Co <b>"IT"</b>',
  closed: false,
  caseType: null,
  decisionOutcome: null,
  decisionText: 'Godkendt: 5 < 6 & "alt" vel',
  primaryAmount: null,
  topics: [],
  meeting: { id: 'x-2021-01-05-byraadet', municipality: 'Greve', body: 'Byrådet', date: '2021-01-05' },
  ...overrides,
});

const feedOf = (items: ItemSummary[]) =>
  atomFeed({
    title: 'Referat Radar: »a & b«',
    selfUrl: 'http://h/api/feed.atom?q=a+%26+b&x=<1>',
    searchUrl: 'http://h/sog?q=a+%26+b',
    origin: 'http://h',
    items,
    now: new Date('2026-01-02T03:04:05.678Z'),
  });

describe('atomFeed', () => {
  it('escapes markup in text and attributes, and a real XML parser reads the text back unchanged', () => {
    const xml = feedOf([item({})]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<title>Jan &amp; Co &lt;b&gt;"IT"&lt;/b&gt;</title>');
    expect(xml).toContain('href="http://h/api/feed.atom?q=a+%26+b&amp;x=&lt;1&gt;"');
    const errors: string[] = [];
    const feed = new DOMParser({ onError: (level, message) => errors.push(`${level} ${message}`) }).parseFromString(xml, 'application/xml').documentElement!;
    expect(errors).toEqual([]);
    expect(feed.namespaceURI).toBe(ATOM_NAMESPACE);
    expect(feed.getElementsByTagName('entry')[0].getElementsByTagName('title')[0].textContent).toBe('Jan & Co <b>"IT"</b>');
    expect(feed.getElementsByTagName('summary')[0].textContent).toBe('Greve · Byrådet · 5. januar 2021\n\nBeslutning: Godkendt: 5 < 6 & "alt" vel');
  });

  it('never writes a closed item’s text, and dates an empty feed by when it was made', () => {
    expect(feedOf([item({ closed: true })])).toContain(`<summary type="text">Greve · Byrådet · 5. januar 2021\n\n${CLOSED_ITEM_SUMMARY}</summary>`);
    expect(feedOf([item({ closed: true })])).not.toContain('Godkendt');
    expect(feedOf([])).toContain('<updated>2026-01-02T03:04:05Z</updated>');
  });
});
