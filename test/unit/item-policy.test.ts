import { describe, expect, it } from 'vitest';
import { buildItemDocument, DEFAULT_ITEM_POLICY, itemPolicyOf } from '../../ingest/documents.js';
import { capItemText } from '../../ingest/item-size.js';
import type { AgendaItem, Meeting } from '../../ingest/model.js';
import { parseMinutes } from '../../ingest/parse/index.js';
import { ConfigError, loadConfig } from '../../scripts/config.js';
import { corpusText } from '../helpers/files.js';

const [meeting] = parseMinutes(corpusText('000'), '000.txt');
/** Item 5: open, with sections, a decision, attachments, amounts, topics and systems. */
const open = meeting.items.find((item) => item.number === 5)!;
const closedWithText: AgendaItem = { ...open, closed: true };
const MB = 1024 * 1024;

describe('closed items', () => {
  it('the fixture item carries everything that must be dropped', () => {
    expect(Object.keys(open.sections).length).toBeGreaterThan(3);
    expect(open.decisionText).toBeTruthy();
    expect(open.attachments).toEqual(['Teams - Ansøgning effektiviseringspuljen, 2']);
    expect(open.amounts.length).toBeGreaterThan(0);
    expect(open.systems).toContain('Teams');
  });

  it('keep number, title, meeting and case facts; lose sections, decision, amounts, topics from the text, systems, attachments', () => {
    const { document, closedTextDropped, bytesDropped } = buildItemDocument(meeting, closedWithText);
    expect(closedTextDropped).toBe(true);
    expect(bytesDropped).toBe(0);
    expect(document).toMatchObject({
      id: 'kalundborg-2020-06-02-direktionen-5',
      number: 5,
      title: 'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams',
      closed: true,
      caseNumbers: ['326-2018-1373'],
      journalNumber: open.journalNumber,
      date: '2020-06-02',
      municipality: 'Kalundborg',
      sections: {},
      attachments: [],
      decisionOutcome: null,
      amounts: [],
      primaryAmount: null,
      hasAmount: false,
    });
    // What remains is analysed from the public title alone.
    expect(document.systems).toEqual(['Skype', 'Teams']);
    expect(document.topicMatches.every((match) => match.section === 'title')).toBe(true);
    expect(Object.keys(document.parts)).toEqual(['title']);
    expect(JSON.stringify(document)).not.toContain('Digitalisering og IT');
  });

  it('without text count as nothing dropped', () => {
    const closed = meeting.items.find((item) => item.closed)!;
    expect(closed.sections).toEqual({});
    expect(buildItemDocument(meeting, closed).closedTextDropped).toBe(false);
  });

  it('keep their text when the instance opts in (INDEX_CLOSED_TEXT)', () => {
    const { document, closedTextDropped } = buildItemDocument(meeting, closedWithText, { ...DEFAULT_ITEM_POLICY, indexClosedText: true });
    expect(closedTextDropped).toBe(false);
    expect(document.sections).toEqual(open.sections);
    expect(document.closed).toBe(true);
  });
});

describe('the per-item text cap', () => {
  const item = (sections: AgendaItem['sections']): AgendaItem => ({ ...open, title: 'Titel', sections });

  it('leaves an item under the cap as it is', () => {
    const small = item({ resume: 'kort' });
    expect(capItemText(small, 100)).toEqual({ item: small, bytesDropped: 0 });
  });

  it('keeps sections in printed order until the budget is spent, cutting the one that crosses it', () => {
    const { item: capped, bytesDropped } = capItemText(item({ indstilling: 'a'.repeat(40), resume: 'b'.repeat(40), beslutning: 'c'.repeat(40) }), 5 + 60);
    expect(capped.sections).toEqual({ indstilling: 'a'.repeat(40), resume: 'b'.repeat(20) });
    expect(Object.keys(capped.sections)).toEqual(['indstilling', 'resume']);
    expect(bytesDropped).toBe(60);
  });

  it('never splits a character', () => {
    const { item: capped, bytesDropped } = capItemText(item({ resume: 'æøå' }), 5 + 3);
    expect(capped.sections.resume).toBe('æ');
    expect(bytesDropped).toBe(4);
  });

  it('cuts a 19.5 MB single-item file to 1 MiB in the document', () => {
    const text = 'Referat af sag. '.repeat((19.5 * MB) / 16);
    const unknown: Meeting = { ...meeting, items: [item({ sagsfremstilling: text })] };
    const { document, bytesDropped } = buildItemDocument(unknown, unknown.items[0]);
    const kept = Buffer.byteLength(document.sections.sagsfremstilling!);
    expect(kept).toBe(MB - Buffer.byteLength('Titel'));
    expect(bytesDropped).toBe(19.5 * MB - kept);
    expect(JSON.stringify(document).length).toBeLessThan(1.1 * MB);
  });
});

describe('the settings', () => {
  it('default to closed text left out and a 1 MiB cap', () => {
    expect(itemPolicyOf(loadConfig({}))).toEqual({ indexClosedText: false, maxItemTextBytes: MB });
    expect(DEFAULT_ITEM_POLICY).toEqual({ indexClosedText: false, maxItemTextBytes: MB });
  });

  it('are read from INDEX_CLOSED_TEXT and MAX_ITEM_TEXT_BYTES', () => {
    expect(itemPolicyOf(loadConfig({ INDEX_CLOSED_TEXT: 'true', MAX_ITEM_TEXT_BYTES: '2048' }))).toEqual({ indexClosedText: true, maxItemTextBytes: 2048 });
    expect(itemPolicyOf(loadConfig({ INDEX_CLOSED_TEXT: 'false' })).indexClosedText).toBe(false);
  });

  it('reject a value that is not a boolean or a size, naming the variable', () => {
    expect(() => loadConfig({ INDEX_CLOSED_TEXT: 'måske' })).toThrow(ConfigError);
    expect(() => loadConfig({ INDEX_CLOSED_TEXT: 'måske' })).toThrow(/INDEX_CLOSED_TEXT/);
    expect(() => loadConfig({ MAX_ITEM_TEXT_BYTES: '100' })).toThrow(/MAX_ITEM_TEXT_BYTES/);
  });
});
