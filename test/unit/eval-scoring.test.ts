import { describe, expect, it } from 'vitest';
import { alignItems } from '../../ingest/eval/align.js';
import { compareAmounts } from '../../ingest/eval/amounts.js';
import type { KeyEntry, KeyItem } from '../../ingest/eval/key.js';
import { sumScores } from '../../ingest/eval/metrics.js';
import { normaliseTitle } from '../../ingest/eval/normalise.js';
import { scoreDocument } from '../../ingest/eval/score.js';
import type { AgendaItem, Meeting } from '../../ingest/model.js';

function keyItem(title: string | null, number: number | null = 1, closed = false): KeyItem {
  return { number, title, closed };
}

function parsedItem(title: string, fields: Partial<AgendaItem> = {}): AgendaItem {
  return {
    number: 1,
    numbered: true,
    title,
    closed: false,
    sections: {},
    caseType: null,
    caseNumbers: [],
    journalNumber: null,
    kleGroup: null,
    documentNumber: null,
    attachments: [],
    decisionText: null,
    decisionOutcome: null,
    amounts: [],
    primaryAmount: null,
    topics: [],
    topicMatches: [],
    systems: [],
    ...fields,
  };
}

function withAmounts(title: string, values: number[]): AgendaItem {
  return parsedItem(title, { amounts: values.map((value) => ({ value, text: `${value} kr.`, sentence: '', section: 'resume', role: 'andet' })) });
}

function meeting(items: AgendaItem[], fields: Partial<Meeting> = {}): Meeting {
  return {
    municipality: 'Greve',
    municipalityCode: null,
    municipalitySource: 'text',
    body: 'Økonomiudvalget',
    bodyPrinted: 'Økonomiudvalget',
    kind: 'referat',
    date: '2022-01-10',
    startTime: null,
    location: null,
    attendees: [],
    layout: 'generic',
    sourceFile: 'test.txt',
    sourceUrl: null,
    contentHash: '0',
    confidence: { score: 1, level: 'høj', reasons: [] },
    items,
    ...fields,
  };
}

function entry(fields: Partial<KeyEntry> = {}): KeyEntry {
  return {
    file: '001.txt',
    source_url: 'https://example.dk/',
    municipality: 'Greve',
    body: 'Økonomiudvalget',
    meeting_date: '2022-01-10',
    kind: 'referat',
    items: [],
    amounts_dkk: [],
    notes: '',
    ...fields,
  };
}

describe('normaliseTitle', () => {
  it('drops HTML tags and collapses line breaks, NBSPs and double spaces', () => {
    expect(normaliseTitle('Eventuel offentliggørelse i sager om<br />\n\nkonkurrenceudsættelser')).toBe(
      'eventuel offentliggørelse i sager om konkurrenceudsættelser',
    );
    expect(normaliseTitle('<strong>Budget\u00a02020</strong>  -  Godkendelse')).toBe('budget 2020 - godkendelse');
  });

  it('drops dot leaders, page numbers and trailing punctuation', () => {
    expect(normaliseTitle('Forslag til kommuneplan 2013 - 2025 ........................ 13')).toBe('forslag til kommuneplan 2013 - 2025');
    expect(normaliseTitle('Meddelelser … 4')).toBe('meddelelser');
    expect(normaliseTitle('Godkendelse af dagsorden:')).toBe('godkendelse af dagsorden');
    expect(normaliseTitle('Godkendelse af dagsorden.')).toBe('godkendelse af dagsorden');
  });

  it('keeps numbers that belong to the title and closure markers', () => {
    expect(normaliseTitle('Kalender 2025')).toBe('kalender 2025');
    expect(normaliseTitle('Lokalplan 315.19')).toBe('lokalplan 315.19');
    expect(normaliseTitle('Lukket: Køb af jord (Lukket)')).toBe('lukket: køb af jord (lukket)');
  });
});

describe('alignItems', () => {
  it('matches equal titles one-to-one in order, missed key items before extra parsed ones', () => {
    const rows = alignItems(
      [keyItem('A'), keyItem('B'), keyItem('C'), keyItem('D')],
      [parsedItem('X'), parsedItem('a.'), parsedItem('Q'), parsedItem('C'), parsedItem('D')],
    );
    expect(rows).toEqual([
      { key: null, parsed: 0 },
      { key: 0, parsed: 1 },
      { key: 1, parsed: null },
      { key: null, parsed: 2 },
      { key: 2, parsed: 3 },
      { key: 3, parsed: 4 },
    ]);
  });

  it('matches an item once and never out of order', () => {
    expect(alignItems([keyItem('A'), keyItem('A')], [parsedItem('A')])).toEqual([
      { key: 0, parsed: 0 },
      { key: 1, parsed: null },
    ]);
    expect(alignItems([keyItem('A'), keyItem('B')], [parsedItem('B'), parsedItem('A')])).toEqual([
      { key: 0, parsed: null },
      { key: 1, parsed: 0 },
      { key: null, parsed: 1 },
    ]);
  });

  it('matches key items without printed titles (null) by position', () => {
    expect(alignItems([keyItem(null, null), keyItem(null, null), keyItem(null, null)], [parsedItem('Åben'), parsedItem('Resumé')])).toEqual([
      { key: 0, parsed: 0 },
      { key: 1, parsed: 1 },
      { key: 2, parsed: null },
    ]);
  });

  it('matches a number printed without a title ("") with a parsed item of that number and no title', () => {
    const key = [keyItem('', 341)];
    expect(alignItems(key, [parsedItem('', { number: 341 })])).toEqual([{ key: 0, parsed: 0 }]);
    expect(alignItems(key, [parsedItem('', { number: 340 })])).toEqual([
      { key: 0, parsed: null },
      { key: null, parsed: 0 },
    ]);
    expect(alignItems(key, [parsedItem('Eventuelt', { number: 341 })])).toEqual([
      { key: 0, parsed: null },
      { key: null, parsed: 0 },
    ]);
  });
});

describe('compareAmounts', () => {
  it('compares the amounts as multisets', () => {
    expect(compareAmounts([100, 100, 200, -4000], [100, 4000, 200, 200])).toEqual({ matched: 2, missing: [100, -4000], extra: [1, 3] });
    expect(compareAmounts([], [])).toEqual({ matched: 0, missing: [], extra: [] });
  });
});

describe('scoreDocument', () => {
  it('scores titles, numbers, closed flags and amounts of the matched items', () => {
    const key = entry({
      items: [keyItem('Godkendelse af dagsorden', 1), keyItem('Lukket: Køb af jord', 2, true), keyItem('Meddelelser', null), keyItem('Eventuelt', 4)],
      amounts_dkk: [5000, 250000, 5000],
    });
    const parsed = meeting([
      parsedItem('Godkendelse af dagsorden', { number: 1 }),
      withAmounts('Lukket: Køb af jord', [5000, 999]),
      parsedItem('Meddelelser', { number: 3, numbered: false }),
      withAmounts('Underskriftsark', [250000]),
    ]);
    const { scores } = scoreDocument(key, [parsed]);
    expect(scores).toEqual({
      date: { hits: 1, total: 1 },
      municipality: { hits: 1, total: 1 },
      body: { hits: 1, total: 1 },
      kind: { hits: 1, total: 1 },
      titleRecall: { hits: 3, total: 4 },
      titlePrecision: { hits: 3, total: 4 },
      // item 2 is parsed with number 1; "Meddelelser" prints no number and is parsed as numbered: false.
      numbers: { hits: 2, total: 3 },
      closed: { hits: 2, total: 3 },
      amountRecall: { hits: 2, total: 3 },
      amountPrecision: { hits: 2, total: 3 },
    });
  });

  it('takes the header of the first meeting and the items of all meetings', () => {
    const key = entry({ items: [keyItem('A', 1), keyItem('B', 2)] });
    const first = meeting([parsedItem('A', { number: 1 })]);
    const second = meeting([parsedItem('B', { number: 2 })], { date: '2022-02-01', bodyPrinted: 'Byrådet' });
    const { scores } = scoreDocument(key, [first, second]);
    expect([scores.date, scores.body, scores.titleRecall, scores.numbers]).toEqual([
      { hits: 1, total: 1 },
      { hits: 1, total: 1 },
      { hits: 2, total: 2 },
      { hits: 2, total: 2 },
    ]);
  });

  it('compares municipality and body case-insensitively with collapsed whitespace, and null with null', () => {
    const key = entry({ municipality: 'Faaborg-Midtfyn', body: 'Kommunalbestyrelsen 2018-21', meeting_date: null, kind: 'dagsorden' });
    const parsed = meeting([], { municipality: 'FAABORG-MIDTFYN', bodyPrinted: 'kommunalbestyrelsen\n 2018-21', date: null, kind: 'referat' });
    expect(scoreDocument(key, [parsed]).header).toEqual([
      { id: 'date', expected: null, parsed: null, right: true },
      { id: 'municipality', expected: 'Faaborg-Midtfyn', parsed: 'FAABORG-MIDTFYN', right: true },
      { id: 'body', expected: 'Kommunalbestyrelsen 2018-21', parsed: 'kommunalbestyrelsen\n 2018-21', right: true },
      { id: 'kind', expected: 'dagsorden', parsed: 'referat', right: false },
    ]);
  });

  it('counts every header fact wrong when no meeting was read', () => {
    const { header, scores } = scoreDocument(entry({ body: null, meeting_date: null, items: [keyItem('A')], amounts_dkk: [100] }), []);
    expect(header.map((fact) => fact.right)).toEqual([false, false, false, false]);
    expect([scores.titleRecall, scores.titlePrecision, scores.numbers, scores.amountRecall, scores.amountPrecision]).toEqual([
      { hits: 0, total: 1 },
      { hits: 0, total: 0 },
      { hits: 0, total: 0 },
      { hits: 0, total: 1 },
      { hits: 0, total: 0 },
    ]);
  });
});

describe('sumScores', () => {
  it('micro-averages: hits and totals are summed over documents', () => {
    const one = scoreDocument(entry({ items: [keyItem('A'), keyItem('B')] }), [meeting([parsedItem('A')])]).scores;
    const two = scoreDocument(entry({ items: [keyItem('C')], municipality: 'Viborg' }), [meeting([parsedItem('C'), parsedItem('D')])]).scores;
    const sum = sumScores([one, two]);
    expect([sum.titleRecall, sum.titlePrecision, sum.municipality]).toEqual([
      { hits: 2, total: 3 },
      { hits: 2, total: 3 },
      { hits: 1, total: 2 },
    ]);
  });
});
