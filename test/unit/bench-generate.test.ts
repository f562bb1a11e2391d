import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureCorpus, generateMeetings, type GeneratedMeeting } from '../../bench/generate.js';
import { parseMinutes } from '../../ingest/parse/index.js';
import type { Meeting } from '../../ingest/model.js';

const ITEMS = 6_000;
const meetings: GeneratedMeeting[] = [...generateMeetings({ items: ITEMS, seed: 7 })];
const parsed: Array<{ generated: GeneratedMeeting; meeting: Meeting }> = meetings.flatMap((generated) =>
  parseMinutes(generated.text, generated.path).map((meeting) => ({ generated, meeting })),
);

function digest(list: GeneratedMeeting[]): string {
  const hash = createHash('sha256');
  for (const meeting of list) hash.update(meeting.path).update('\0').update(meeting.text);
  return hash.digest('hex');
}

/** Share of the items of meetings in [from, to] whose systems include one matching `system`. */
function share(system: RegExp, from: number, to: number): number {
  let items = 0;
  let tagged = 0;
  for (const { generated, meeting } of parsed) {
    if (generated.year < from || generated.year > to) continue;
    for (const item of meeting.items) {
      items++;
      if (item.systems.some((name) => system.test(name))) tagged++;
    }
  }
  return tagged / items;
}

describe('the synthetic corpus generator', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('is deterministic: the same seed gives the same files, another seed other files', () => {
    expect(digest([...generateMeetings({ items: ITEMS, seed: 7 })])).toBe(digest(meetings));
    expect(digest([...generateMeetings({ items: ITEMS, seed: 8 })])).not.toBe(digest(meetings));
  });

  it('writes the same bytes to disk twice, labelled as synthetic', () => {
    const trees = [0, 1].map(() => {
      const root = mkdtempSync(join(tmpdir(), 'bench-generate-'));
      roots.push(root);
      const corpus = ensureCorpus({ items: 500, seed: 3, root });
      expect(corpus.manifest).toMatchObject({ synthetic: true, items: 500, complete: true });
      expect(readFileSync(join(corpus.dir, 'SYNTHETIC.md'), 'utf8')).toMatch(/SYNTHETIC DATA/);
      const files = readdirSync(corpus.filesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.txt')).sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(join(corpus.filesDir, file)));
      return hash.digest('hex');
    });
    expect(trees[0]).toBe(trees[1]);
  });

  it('reuses a complete corpus of the same size, seed and version', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-generate-'));
    roots.push(root);
    expect(ensureCorpus({ items: 200, seed: 3, root }).reused).toBe(false);
    expect(ensureCorpus({ items: 200, seed: 3, root }).reused).toBe(true);
  });

  it('writes exactly the requested items in meeting-sized files of all three layouts', () => {
    expect(meetings.reduce((sum, meeting) => sum + meeting.items, 0)).toBe(ITEMS);
    expect(meetings.slice(0, -1).every((meeting) => meeting.items >= 5 && meeting.items <= 15)).toBe(true);
    expect(new Set(meetings.map((meeting) => meeting.layout))).toEqual(new Set(['kalundborg', 'htk', 'nordfyns']));
    expect(new Set(meetings.map((meeting) => meeting.year)).size).toBe(15);
    expect(new Set(meetings.map((meeting) => meeting.municipalityCode)).size).toBeGreaterThan(80);
  });

  it('parses with zero unknown layouts, each in the layout it was written in', () => {
    expect(parsed.filter(({ meeting }) => meeting.layout === 'unknown')).toHaveLength(0);
    expect(parsed.filter(({ generated, meeting }) => meeting.layout !== generated.layout)).toHaveLength(0);
    expect(parsed).toHaveLength(meetings.length);
  });

  it('parses back every item, date and municipality (from the case number in kalundborg, the text elsewhere)', () => {
    for (const { generated, meeting } of parsed) {
      expect(meeting.items).toHaveLength(generated.items);
      expect(meeting.date).toBe(generated.date);
      expect(meeting.municipalityCode).toBe(generated.municipalityCode);
      expect(meeting.municipalitySource).toBe(generated.layout === 'kalundborg' ? 'case-number' : 'text');
    }
  });

  it('makes the trends it was told to: Teams rising from 2019, Skype for Business falling', () => {
    const teamsEarly = share(/^Teams$/, 2016, 2018);
    const teamsLate = share(/^Teams$/, 2021, 2024);
    const skypeEarly = share(/^Skype/, 2014, 2018);
    const skypeLate = share(/^Skype/, 2021, 2024);
    expect(share(/^Teams$/, 2010, 2015)).toBe(0);
    expect(teamsLate).toBeGreaterThan(teamsEarly * 5);
    expect(teamsLate).toBeGreaterThan(0.05);
    expect(skypeEarly).toBeGreaterThan(skypeLate * 3);
  });
});
