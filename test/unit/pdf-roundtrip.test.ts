import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../ingest/model.js';
import { parseMinutes } from '../../ingest/parse/index.js';
import { parseSource } from '../../ingest/parse/source.js';
import { sourceHref } from '../../api/source-files.js';
import { readSource } from '../../ingest/read.js';

const CORPUS = fileURLToPath(new URL('../../corpus/demo/', import.meta.url));
const sourceName = readdirSync(CORPUS).find((file) => file.startsWith('002_'))!;
const dir = mkdtempSync(join(tmpdir(), 'referat-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Typesets the text line by line in Helvetica (WinAnsi covers æøå), tabs as spaces, as a minutes PDF would print it. */
async function writePdf(text: string, path: string): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const done = finished(doc.pipe(createWriteStream(path)));
  doc.font('Helvetica').fontSize(10);
  for (const line of text.split('\n')) doc.text(line.replaceAll('\t', '    ') || ' ');
  doc.end();
  await done;
}

function itemFacts(meeting: Meeting) {
  return meeting.items.map(({ number, title, closed, caseNumbers, journalNumber, documentNumber }) => ({
    number,
    title,
    closed,
    caseNumbers,
    journalNumber,
    documentNumber,
  }));
}

describe('PDF made from corpus file 002', () => {
  const text = readFileSync(CORPUS + sourceName, 'utf8');
  const pdfPath = join(dir, sourceName.replace(/\.txt$/, '.pdf'));
  let fromPdf: Meeting;
  let fromText: Meeting;

  beforeAll(async () => {
    await writePdf(text, pdfPath);
    const source = await readSource(pdfPath);
    expect(source.encoding).toBe('pdf');
    [fromPdf] = parseMinutes(source.text, pdfPath);
    [fromText] = parseMinutes(text, sourceName);
  });

  it('gives the same meeting facts as the text', () => {
    const facts = ({ municipality, body, date, startTime, location, layout }: Meeting) => ({ municipality, body, date, startTime, location, layout });
    expect(facts(fromPdf)).toEqual(facts(fromText));
    expect(fromPdf).toMatchObject({ municipality: 'Kalundborg', date: '2018-11-05', layout: 'kalundborg' });
  });

  it('gives the same item numbers, titles, closed flags and case numbers as the text', () => {
    expect(fromPdf.items).toHaveLength(8);
    expect(itemFacts(fromPdf)).toEqual(itemFacts(fromText));
  });

  it('gives the same sections and attachments', () => {
    expect(fromPdf.items.map((item) => Object.keys(item.sections))).toEqual(fromText.items.map((item) => Object.keys(item.sections)));
    expect(fromPdf.items.map((item) => item.attachments)).toEqual(fromText.items.map((item) => item.attachments));
    expect(fromPdf.items[1].decisionText).toBe(fromText.items[1].decisionText);
  });
});

describe('the page a PDF item starts on', () => {
  const pagedPath = join(dir, 'paged.pdf');
  const pages = [
    ['Referat fra møde i Økonomiudvalget', 'Mødedato: 3. april 2014', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'],
    ['2. Anlægsbevilling til ny daginstitution i', 'Nordbyen og ombygning af køkkenet', 'Indstilling', 'Forvaltningen indstiller, at der gives 2,5 mio. kr.', 'Beslutning', 'Godkendt.'],
    ['3. Salg af grund', 'Beslutning', 'Godkendt.'],
  ];

  beforeAll(async () => {
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    const done = finished(doc.pipe(createWriteStream(pagedPath)));
    doc.font('Helvetica').fontSize(10);
    pages.forEach((lines, index) => {
      if (index > 0) doc.addPage();
      for (const line of lines) doc.text(line || ' ');
    });
    doc.end();
    await done;
  });

  it('is read with the items of a PDF, from the page breaks readSource keeps as form feeds', async () => {
    const source = await readSource(pagedPath);
    expect(source.text.split('\f')).toHaveLength(3);
    const [meeting] = parseSource(source, pagedPath);
    expect(meeting.items.map(({ number, title, sourcePage }) => ({ number, title, sourcePage }))).toEqual([
      { number: 1, title: 'Godkendelse af dagsorden', sourcePage: 1 },
      { number: 2, title: 'Anlægsbevilling til ny daginstitution i Nordbyen og ombygning af køkkenet', sourcePage: 2 },
      { number: 3, title: 'Salg af grund', sourcePage: 3 },
    ]);
  });

  it('opens the served document at that page', () => {
    expect(sourceHref('kalundborg-2018-11-05-direktionen', 2)).toBe('/api/sources/kalundborg-2018-11-05-direktionen#page=2');
    expect(sourceHref('kalundborg-2018-11-05-direktionen')).toBe('/api/sources/kalundborg-2018-11-05-direktionen');
  });

  it('is left out for text sources', async () => {
    const [meeting] = parseMinutes(pages.flat().join('\n'), 'paged.txt');
    expect(meeting.items.every((item) => item.sourcePage === undefined)).toBe(true);
  });
});
