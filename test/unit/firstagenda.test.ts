import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../ingest/model.js';
import { FirstAgendaError, readFirstAgenda } from '../../ingest/parse/firstagenda.js';
import { parseSource } from '../../ingest/parse/source.js';
import { readSource } from '../../ingest/read.js';
import { CORPUS_DIR } from '../helpers/files.js';

/** The five Greve publications of the demo corpus, byte-identical to the dev set's 001–005.json. */
const GREVE = join(CORPUS_DIR, 'greve');

async function readGreve(name: string): Promise<Meeting> {
  const file = join(GREVE, `${name}.json`);
  const source = await readSource(file);
  expect(source.format).toBe('firstagenda-json');
  const meetings = parseSource(source, file);
  expect(meetings).toHaveLength(1);
  return meetings[0];
}

const numbered = (items: Array<[number, string, boolean?]>) => items.map(([number, title, closed = false]) => ({ number, title, closed }));
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const amountsOf = (meeting: Meeting) => meeting.items.flatMap((item) => item.amounts.map((amount) => amount.value));

/**
 * Expectations from the dev set's answer key (test/fixtures/realworld/key.json, entries 001–005): titles, numbers,
 * closed flags, meeting date, the body as printed, the kind and the amounts in DKK.
 */
const KEY = [
  {
    name: '2025-08-13_kultur-og-fritidsudvalget',
    bodyPrinted: 'Kultur- og Fritidsudvalget',
    date: '2025-08-13',
    items: numbered([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Besøg i Greve Idræts- og Fritidscenter'],
      [3, 'Dialog om Greve sommerfestival og Greve julemarked'],
      [4, 'Opfølgning på initiativretsforslag fra (V) vedr. ansøgning til puljen ”Idrætshaller skal have nyt liv”'],
      [5, 'Genbehandling af lokaletilskud'],
      [6, 'Mødekalender 2026 - Kultur- og Fritidsudvalget'],
      [7, 'Lukket: Forpagtning af Café Langsiden i Greve Idrætscenter', true],
      [8, 'Budgetopfølgning 1 (2025) - Kultur- og Fritidsudvalget'],
      [9, 'Orientering fra formanden og gensidig orientering'],
      [10, 'Huskeliste og orientering fra administrationen'],
      [11, 'Kultur- og Fritidsudvalgets møde- og aktivitetskalender 2025'],
      [12, 'Underskriftsark'],
    ]),
    amounts: [
      5000, 250000, 150000, 10000000, 150000, 150000, 150000, 10000000, 10000000, 150000, 150000, 150000, 300000, 300000, 250000, 400000,
      10000000, 20000000, 84000, 97100000, 97100000, -4000, -4000, -200000, 200000,
    ],
  },
  {
    name: '2024-09-09_sundheds-og-omsorgsudvalget',
    bodyPrinted: 'Sundheds- og Omsorgsudvalget',
    date: '2024-09-09',
    items: numbered([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Årligt dialogmøde med plejecenterlederne'],
      [3, 'Stop Spild Lokalt i Greve - ophør af støtte'],
      [4, 'Lukket: Henvendelser til formanden', true],
      [5, 'Orientering fra formanden/gensidig orientering'],
      [6, 'Huskeliste og orientering fra administrationen'],
      [7, 'Sundheds- og Omsorgsudvalgets mødekalender 2024'],
      [8, 'Underskriftsark'],
    ]),
    amounts: [35, 10000, 35, 10000, 20000, 10000, 10000, 10000],
  },
  {
    name: '2022-01-14_byraadet',
    bodyPrinted: 'Byråd 2022-2025',
    date: '2022-01-14',
    items: numbered([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Orientering fra administrationen'],
      [3, 'Lukket: Orientering om politiets afgørelse om anmeldelse af tidligere kommunaldirektør', true],
      [4, 'Underskriftsark'],
    ]),
    amounts: [],
  },
  {
    name: '2022-01-10_oekonomiudvalget',
    bodyPrinted: 'Økonomiudvalget',
    date: '2022-01-10',
    items: numbered([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Huskeliste/ orientering fra administrationen'],
      [3, 'Lukket: Orientering om politiets afgørelse om anmeldelse af tidligere kommunaldirektør', true],
      [4, 'Underskriftsark'],
    ]),
    amounts: [],
  },
  {
    name: '2024-04-17_klima-teknik-og-miljoeudvalget',
    bodyPrinted: 'Klima-, Teknik- og Miljøudvalget',
    date: '2024-04-17',
    items: numbered([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Strandparken I/S - Fælles fondsansøgning til udvikling'],
      [3, 'Underskriftsark'],
    ]),
    amounts: [70000000, 70000000, 200000000],
  },
];

describe('FirstAgenda publication JSON (the five Greve meetings of the demo corpus)', () => {
  for (const expected of KEY) {
    it(`${expected.name}: items, date, municipality, body and kind agree with the key`, async () => {
      const meeting = await readGreve(expected.name);
      expect(meeting.items.map(({ number, title, closed }) => ({ number, title, closed }))).toEqual(expected.items);
      expect(meeting.items.every((item) => item.numbered)).toBe(true);
      expect(meeting.date).toBe(expected.date);
      expect(meeting.municipality).toBe('Greve');
      expect(meeting.bodyPrinted).toBe(expected.bodyPrinted);
      expect(meeting.kind).toBe('referat');
      expect(meeting.layout).toBe('firstagenda');
      expect(meeting.confidence).toEqual({ score: 1, level: 'høj', reasons: [] });
    });
  }

  it('agrees with the key on the amounts in DKK, but for one the amounts analyzer reads and the key leaves out', async () => {
    for (const expected of KEY.slice(1)) expect(sorted(amountsOf(await readGreve(expected.name)))).toEqual(sorted(expected.amounts));
    // "… udgør 1,012 mio. i 2025": the analyzer counts a bare "mio." in a sentence about money; the key wants "kr.".
    expect(sorted(amountsOf(await readGreve(KEY[0].name)))).toEqual(sorted([...KEY[0].amounts, 1_012_000]));
  });

  it('maps the committee to its canonical name and keeps the printed one', async () => {
    const council = await readGreve('2022-01-14_byraadet');
    expect({ body: council.body, bodyPrinted: council.bodyPrinted }).toEqual({ body: 'Byrådet', bodyPrinted: 'Byråd 2022-2025' });
    const committee = await readGreve('2024-04-17_klima-teknik-og-miljoeudvalget');
    expect(committee.body).toBe('Klima-, Teknik- og Miljøudvalget');
  });

  it('reads the meeting facts: local start time, place, attendees, the publication address, and the municipality the text or else that address names', async () => {
    const meeting = await readGreve('2025-08-13_kultur-og-fritidsudvalget');
    expect(meeting).toMatchObject({
      startTime: '16:30',
      location: 'Greve Idrætscenter, mødelokale 3, Lillevangsvej 88, 2670 Greve',
      attendees: ['Per Lund Sørensen', 'Anne Marie Lyduch', 'Lone Mortensen', 'Charlotte Levin', 'Maria Witthøft'],
      sourceUrl: 'https://dagsordener.greve.dk/api/agenda/dagsorden/cf1acbc8-7e48-4b50-8b43-1b5fa2b7f961',
    });
    const byText = { municipality: meeting.municipality, code: meeting.municipalityCode, source: meeting.municipalitySource };
    expect(byText).toEqual({ municipality: 'Greve', code: '253', source: 'text' });
    const council = await readGreve('2022-01-14_byraadet');
    expect(council.sourceUrl).toBe('https://dagsordener.greve.dk/api/agenda/dagsorden/8b2f1d8b-1257-4858-911b-465533ce6799');
    expect({ municipality: council.municipality, code: council.municipalityCode, source: council.municipalitySource }).toEqual({ municipality: 'Greve', code: '253', source: 'source-url' });
  });

  it('splits the item HTML into sections at its headings, with case numbers, attachments and the decision', async () => {
    const meeting = await readGreve('2025-08-13_kultur-og-fritidsudvalget');
    const item = meeting.items[7];
    expect(Object.keys(item.sections)).toEqual(['beslutning', 'behandling', 'resume', 'indstilling', 'sagsfremstilling', 'oekonomi', 'bilag']);
    expect(item.caseNumbers).toEqual(['24-013330']);
    expect(item.attachments).toEqual(['Bilag 1. Onepager Kultur- og Fritidsudvalget - BO1 2025']);
    expect(item.decisionText).toBe('Orienteringen blev taget til efterretning.');
    expect(item.decisionOutcome).toBe('taget til efterretning');
    expect(item.sections.behandling).toBe('Kultur- og Fritidsudvalget.');
    expect(item.sections.indstilling).toBe('Administrationen indstiller, at sagen tages til efterretning.');
    expect(item.sections.sagsfremstilling).toContain('• Klubber og Kulturbasen: -0,2 mio. kr. (mindreforbrug).\n• Centrale konti: 0,2 mio. kr. (merforbrug).');
    expect(item.sections.oekonomi).toBe(
      'Sagen har ingen selvstændige økonomiske konsekvenser. Bevillinger blev givet ifm. bevillingssagen til budgetopfølgning 1 2025, som blev behandlet af Byrådet den 28. maj 2025.\n\nHøring\n\nDer er ikke høringspligt i denne sag.',
    );
  });

  it('reads a closed item published with its decision only as that decision', async () => {
    const closed = (await readGreve('2025-08-13_kultur-og-fritidsudvalget')).items[6];
    expect({ closed: closed.closed, sections: closed.sections, caseNumbers: closed.caseNumbers }).toEqual({
      closed: true,
      sections: { beslutning: '1.-3. Anbefales.' },
      caseNumbers: ['25-009145'],
    });
  });
});

describe('FirstAgenda publication JSON, made-up cases', () => {
  const publication = (items: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ Id: 'abc', Udvalg: { Navn: 'Økonomiudvalg' }, Moede: { Dato: '2021-03-01T15:00:00Z', Sted: null }, Dagsordenpunkter: items, ...extra });

  it('reads fields named by their heading, and an agenda without decisions as a dagsorden', () => {
    const meeting = readFirstAgenda(
      publication([
        { Punktnummer: '1', Navn: 'Budget  2022', Felter: [{ Navn: 'Resume', Html: '<p>Kort&nbsp;resume</p>' }, { Navn: 'Indstilling', Html: '<ul><li>at budgettet godkendes</li></ul>' }] },
        { Punktnummer: null, Navn: 'Eventuelt', Felter: [] },
      ]),
      'agenda.json',
      { municipality: 'Greve' },
    );
    expect(meeting.items.map(({ number, numbered, title, sections }) => ({ number, numbered, title, sections }))).toEqual([
      { number: 1, numbered: true, title: 'Budget 2022', sections: { resume: 'Kort resume', indstilling: '• at budgettet godkendes' } },
      { number: 2, numbered: false, title: 'Eventuelt', sections: {} },
    ]);
    expect(meeting).toMatchObject({ kind: 'dagsorden', body: 'Økonomiudvalget', bodyPrinted: 'Økonomiudvalg', location: null, sourceUrl: null });
    expect(meeting).toMatchObject({ municipality: 'Greve', municipalityCode: '253', municipalitySource: 'cli' });
  });

  it('reads a UTC meeting time as Danish local time', () => {
    expect(readFirstAgenda(publication([]), 'utc.json')).toMatchObject({ date: '2021-03-01', startTime: '16:00' });
  });

  it('takes IsOpen as the closed flag only when the publication marks some items open', () => {
    const flagged = readFirstAgenda(publication([{ Punktnummer: '1', Navn: 'Åben sag', IsOpen: true }, { Punktnummer: '2', Navn: 'Personalesag', IsOpen: false }]), 'flagged.json');
    expect(flagged.items.map((item) => item.closed)).toEqual([false, true]);
    const unflagged = readFirstAgenda(publication([{ Punktnummer: '1', Navn: 'Åben sag', IsOpen: false }, { Punktnummer: '2', Navn: 'Lukket: Personalesag', IsOpen: false }]), 'unflagged.json');
    expect(unflagged.items.map((item) => item.closed)).toEqual([false, true]);
  });
});

describe('JSON that is not a FirstAgenda publication', () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-firstagenda-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function parseError(name: string, content: string): Promise<FirstAgendaError> {
    const file = join(dir, name);
    await writeFile(file, content);
    const source = await readSource(file);
    let thrown: unknown = null;
    try {
      parseSource(source, file);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FirstAgendaError);
    return thrown as FirstAgendaError;
  }

  it('reports broken JSON by file name', async () => {
    const error = await parseError('broken.json', '{"Dagsordenpunkter": [');
    expect(error.code).toBe('INVALID_JSON');
    expect(error.path).toBe(join(dir, 'broken.json'));
    expect(error.message).toMatch(new RegExp(`^${join(dir, 'broken.json')}: not valid JSON \\(.+\\)$`));
  });

  it('reports other JSON by file name, saying what a FirstAgenda agenda has', async () => {
    const error = await parseError('package.json', '{"name": "referat-radar", "version": "0.1.0"}');
    expect(error.code).toBe('NOT_FIRSTAGENDA');
    expect(error.message).toBe(
      `${join(dir, 'package.json')}: not a FirstAgenda agenda: expected an object with Udvalg.Navn, Moede.Dato and Dagsordenpunkter (the agenda items, each with a Navn) (Udvalg: Invalid input: expected object, received undefined)`,
    );
    const items = await parseError('items.json', publicationWithoutTitles());
    expect(items.message).toMatch(/\(Dagsordenpunkter\.0\.Navn: Invalid input: expected string, received undefined\)$/);
  });
});

function publicationWithoutTitles(): string {
  return JSON.stringify({ Udvalg: { Navn: 'Byråd' }, Moede: { Dato: '2022-01-14T08:00:00+01:00' }, Dagsordenpunkter: [{ Punktnummer: '1' }] });
}
