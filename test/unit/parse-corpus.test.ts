import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../ingest/content-hash.js';
import type { AgendaItem, Meeting } from '../../ingest/model.js';
import { parseMinutes } from '../../ingest/parse/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = `${ROOT}corpus/demo/`;

function corpusPath(prefix: string): string {
  const name = readdirSync(CORPUS).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no corpus file ${prefix}_*.txt`);
  return CORPUS + name;
}

function parseCorpus(prefix: string): Meeting {
  const path = corpusPath(prefix);
  const meetings = parseMinutes(readFileSync(path, 'utf8'), path);
  expect(meetings).toHaveLength(1);
  return meetings[0];
}

function item(meeting: Meeting, number: number): AgendaItem {
  const found = meeting.items.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`no item ${number}`);
  return found;
}

describe('000: Kalundborg, Direktionen 2 June 2020', () => {
  const meeting = parseCorpus('000');

  it('reads the meeting header', () => {
    expect(meeting).toMatchObject({
      municipality: 'Kalundborg',
      municipalityCode: '326',
      municipalitySource: 'case-number',
      body: 'Direktionen',
      date: '2020-06-02',
      startTime: '11:30',
      location: 'Skype-møde',
      attendees: [],
      layout: 'kalundborg',
    });
    expect(meeting.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds every item with its title and closed flag', () => {
    expect(meeting.items.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(meeting.items.map((entry) => entry.title)).toEqual([
      'Præsentation af 2 nye niveau 2 chefer',
      'Drøftelse af emner med borgmesteren',
      'Lønbånd direktører og niveau 2 ledere 04.2020',
      'Forhandling af chefløn 2020 - forslag om tilbageholdenhed',
      'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams',
      'Materiale til planseminar 2020',
      'Rammeaftale SYMB',
      'Formidling af Direktionens drøftelser og beslutninger til organisationen',
      'Orientering om sager på vej',
      'Eventuelt',
    ]);
    expect(meeting.items.filter((entry) => entry.closed).map((entry) => entry.number)).toEqual([3, 4, 6, 7, 8, 9]);
  });

  it('reads case number, J.nr. and document number, also when printed on three lines', () => {
    const facts = meeting.items.map(({ number, caseNumbers, journalNumber, kleGroup, documentNumber }) => ({
      number,
      caseNumbers,
      journalNumber,
      kleGroup,
      documentNumber,
    }));
    expect(facts).toEqual([
      { number: 1, caseNumbers: ['326-2015-4892'], journalNumber: '00.01.00', kleGroup: '00', documentNumber: '326-2020-195128' },
      { number: 2, caseNumbers: ['326-2017-43971'], journalNumber: '00.01.10', kleGroup: '00', documentNumber: '326-2019-276688' },
      { number: 3, caseNumbers: [], journalNumber: null, kleGroup: null, documentNumber: null },
      { number: 4, caseNumbers: [], journalNumber: null, kleGroup: null, documentNumber: null },
      { number: 5, caseNumbers: ['326-2018-1373'], journalNumber: '81.00.00', kleGroup: '81', documentNumber: '326-2020-170447' },
      { number: 6, caseNumbers: [], journalNumber: null, kleGroup: null, documentNumber: null },
      { number: 7, caseNumbers: [], journalNumber: null, kleGroup: null, documentNumber: null },
      { number: 8, caseNumbers: [], journalNumber: null, kleGroup: null, documentNumber: null },
      { number: 9, caseNumbers: [], journalNumber: null, kleGroup: null, documentNumber: null },
      { number: 10, caseNumbers: ['326-2017-43896'], journalNumber: '00.01.10', kleGroup: '00', documentNumber: '326-2019-276459' },
    ]);
  });

  it('splits item 5 into its sections; the leading "Sagsfremstilling" label is not a section', () => {
    const five = item(meeting, 5);
    expect(Object.keys(five.sections)).toEqual(['sagstype', 'resume', 'indstilling', 'behandling', 'sagsfremstilling', 'oekonomi', 'bilag', 'beslutning']);
    expect(five.sections.sagstype).toBe('Beslutning.');
    expect(five.sections.indstilling).toBe('Direktøren indstiller, at der bevilges midler i alt 2,7 mio. kr. til at omlægge fra Skype til Teams.');
    expect(five.sections.sagsfremstilling).toMatch(/^Økonomiudvalget har reserveret midler i en pulje/);
    expect(five.sections.oekonomi).toMatch(/^Rådighedsbeløbet på effektiviseringspuljen i 2020 er på 4\.128\.200 kr\.[\s\S]*I alt: 2\.708\.376 kr\.$/);
    expect(five.decisionText).toMatch(/^Anbefales med en præcisering af at omlægningen vil:/);
    expect(five.decisionText).toMatch(/gjort ifm\. Covid-19$/);
    expect(five.sections.beslutning).toBe(five.decisionText);
  });

  it('lists attachments once, without bare document numbers', () => {
    expect(item(meeting, 5).attachments).toEqual(['Teams - Ansøgning effektiviseringspuljen, 2']);
  });

  it('keeps the decision of item 1 and drops the "-" placeholder decision of item 10', () => {
    expect(item(meeting, 1).decisionText).toBe('Udsat til Direktionsmødet den 8. juni 2020.');
    expect(Object.keys(item(meeting, 2).sections)).toEqual(['sagstype', 'resume', 'indstilling', 'behandling', 'oekonomi', 'beslutning']);
    expect(item(meeting, 10).sections).toEqual({});
    expect(item(meeting, 10).decisionText).toBeNull();
  });

  it('gives closed items no body', () => {
    for (const closed of meeting.items.filter((entry) => entry.closed)) {
      expect(closed.sections).toEqual({});
      expect(closed.attachments).toEqual([]);
    }
  });

  it('enriches items with the analyzers (case type, outcome, amounts)', () => {
    const five = item(meeting, 5);
    expect(five.caseType).toBe('Beslutning');
    expect(five.decisionOutcome).toBe('anbefalet');
    expect(five.amounts).toContainEqual(expect.objectContaining({ value: 2_700_000, text: '2,7 mio. kr.', section: 'indstilling' }));
    expect(five.amounts.some((amount) => amount.section === 'bilag' || amount.section === 'sagstype')).toBe(false);
    expect(item(meeting, 1).caseType).toBe('Orientering');
  });
});

describe('001: Høje-Taastrup, Direktionen 21 December 2016', () => {
  const meeting = parseCorpus('001');

  it('reads the meeting header with attendees, the secretary role dropped', () => {
    expect(meeting).toMatchObject({
      municipality: 'Høje-Taastrup',
      municipalityCode: '169',
      municipalitySource: 'text',
      body: 'Direktionen',
      date: '2016-12-21',
      startTime: '10:30',
      location: 'Mødelokale B204',
      attendees: ['Lars Holte', 'Jørgen Lerhard', 'Per Aalbæk Nielsen', 'Charlotte Markussen', 'Kathrine Seier Skastrup'],
      layout: 'htk',
    });
  });

  it('finds every item with title, closed flag and case number', () => {
    expect(meeting.items.map(({ number, title, closed, caseNumbers, journalNumber }) => ({ number, title, closed, caseNumbers, journalNumber }))).toEqual([
      { number: 1, title: 'Økonomiopfølgning 21-12-2016', closed: false, caseNumbers: ['15/26452'], journalNumber: null },
      { number: 2, title: 'Øvrige sager 21-12-2016', closed: false, caseNumbers: ['15/26452'], journalNumber: null },
      { number: 3, title: 'Forberedelse til ny byrådsperiode 2018-2022', closed: false, caseNumbers: ['16/2087'], journalNumber: null },
      { number: 4, title: 'NY-NY Fremtidens borgerkontakt', closed: false, caseNumbers: ['15/16553'], journalNumber: null },
      { number: 5, title: 'It budget og forbrug 2017', closed: false, caseNumbers: ['15/23485'], journalNumber: null },
      { number: 6, title: 'Valg af ny Office pakke', closed: false, caseNumbers: ['16/20774'], journalNumber: null },
      { number: 7, title: 'Folkemøde 2017', closed: false, caseNumbers: ['16/17283'], journalNumber: null },
      {
        number: 8,
        title: 'Samlet tilbagemelding fra styregrupperne i Nye Rammer- Ny Administration',
        closed: false,
        caseNumbers: ['16/2219'],
        journalNumber: null,
      },
      { number: 9, title: 'Projekt Implementering i bund overgår til drift', closed: false, caseNumbers: ['15/4138'], journalNumber: null },
      { number: 10, title: 'Lukket', closed: true, caseNumbers: ['15/26452'], journalNumber: null },
    ]);
  });

  it('splits items into the htk sections', () => {
    expect(Object.keys(item(meeting, 1).sections)).toEqual(['beslutning']);
    expect(Object.keys(item(meeting, 2).sections)).toEqual(['resume']);
    expect(Object.keys(item(meeting, 3).sections)).toEqual(['resume', 'indstilling', 'beslutning', 'sagsfremstilling']);
    expect(Object.keys(item(meeting, 5).sections)).toEqual(['resume', 'indstilling', 'beslutning', 'sagsfremstilling', 'oekonomi', 'bilag']);
    expect(item(meeting, 5).sections.oekonomi).toMatch(/^Budget og disponering på it-promillepuljen med denne sag:/);
    expect(item(meeting, 10).sections).toEqual({});
  });

  it('keeps sub-headings inside their section', () => {
    expect(item(meeting, 3).sections.sagsfremstilling).toMatch(/^Evaluering af den nuværende byrådsperiode\n/);
    expect(item(meeting, 3).sections.sagsfremstilling).toContain('\nByrådshøjskolen\n');
  });

  it('reads decisions', () => {
    expect(item(meeting, 1).decisionText).toMatch(/^Det blev aftalt, at der forelægges en sag for direktionen i januar/);
    expect(item(meeting, 4).decisionText).toBe('Udskudt til 2/1-2017.');
  });

  it('keeps both decision blocks of item 9, the latest meeting first', () => {
    const decision = item(meeting, 9).decisionText ?? '';
    expect(decision).toMatch(/^Beslutning Direktionen den 21-12-2016\nIndgår i beslutningen fra sag 8/);
    expect(decision).toContain('\n\nBeslutning Direktionen den 06-12-2016\nSagen blev udskudt til den samlede drøftelse om NY-NY i direktionen den 21. december.');
    expect(decision.indexOf('21-12-2016')).toBeLessThan(decision.indexOf('06-12-2016'));
  });

  it('lists attachments under Bilag', () => {
    expect(item(meeting, 4).attachments).toEqual(['Kanal- og servicestrategi 015112016', 'Tidsplan for Fremtidens borgerkontakt']);
    expect(item(meeting, 8).attachments).toEqual([
      'Busines-case den værdige forflytning - til Styregruppen',
      'Oversigt over potentialer i enkelte indsats',
      'Økonomioversigt med fordeling på centre',
    ]);
    expect(item(meeting, 9).attachments).toEqual(['Projektmandat for implementering i bund']);
  });
});

describe('002: Kalundborg, Direktionen 5 November 2018', () => {
  const meeting = parseCorpus('002');

  it('reads the meeting header', () => {
    expect(meeting).toMatchObject({
      municipality: 'Kalundborg',
      municipalityCode: '326',
      municipalitySource: 'text',
      body: 'Direktionen',
      date: '2018-11-05',
      startTime: '11:30',
      location: 'Holbækvej 141 B, Kalundborg',
      attendees: [],
      layout: 'kalundborg',
    });
  });

  it('finds every item with title, closed flag, case number, J.nr. and KLE group', () => {
    expect(
      meeting.items.map(({ number, title, closed, caseNumbers, journalNumber, kleGroup, documentNumber }) => ({
        number,
        title,
        closed,
        caseNumbers,
        journalNumber,
        kleGroup,
        documentNumber,
      })),
    ).toEqual([
      {
        number: 1,
        title: 'Drøftelse af emner med borgmesteren',
        closed: false,
        caseNumbers: ['326-2017-43971'],
        journalNumber: '00.01.10',
        kleGroup: '00',
        documentNumber: '326-2017-328221',
      },
      {
        number: 2,
        title: 'Status - ESDH-projektet',
        closed: false,
        caseNumbers: ['326-2018-18856'],
        journalNumber: '85.11.06',
        kleGroup: '85',
        documentNumber: '326-2018-275088',
      },
      {
        number: 3,
        title: '3-i-1 måling',
        closed: false,
        caseNumbers: ['326-2018-28714'],
        journalNumber: '81.00.00',
        kleGroup: '81',
        documentNumber: '326-2018-268662',
      },
      {
        number: 4,
        title: 'Dagsorden administrativt chefmøde d. 26. november 2018',
        closed: false,
        caseNumbers: ['326-2015-4892'],
        journalNumber: '00.01.00',
        kleGroup: '00',
        documentNumber: '326-2018-272800',
      },
      {
        number: 5,
        title: 'Løbende revision af socialregnskab 2018',
        closed: false,
        caseNumbers: ['326-2018-32996'],
        journalNumber: '00.01.00',
        kleGroup: '00',
        documentNumber: '326-2018-274094',
      },
      {
        number: 6,
        title: 'Formidling af Direktionens drøftelser og beslutninger til organisationen',
        closed: true,
        caseNumbers: [],
        journalNumber: null,
        kleGroup: null,
        documentNumber: null,
      },
      { number: 7, title: 'Orientering om sager på vej', closed: true, caseNumbers: [], journalNumber: null, kleGroup: null, documentNumber: null },
      {
        number: 8,
        title: 'Eventuelt',
        closed: false,
        caseNumbers: ['326-2017-43896'],
        journalNumber: '00.01.10',
        kleGroup: '00',
        documentNumber: '326-2017-328187',
      },
    ]);
  });

  it('reads sections and decisions', () => {
    expect(Object.keys(item(meeting, 2).sections)).toEqual(['sagstype', 'resume', 'indstilling', 'behandling', 'sagsfremstilling', 'oekonomi', 'beslutning']);
    expect(item(meeting, 2).sections.sagsfremstilling).toMatch(/^ESDH-projektet forløber pt\. i 2 spor/);
    expect(item(meeting, 2).decisionText).toBe('Godkendt, idet sagen også drøftes på det kommende administrative chefmøde.');
    expect(item(meeting, 1).decisionText).toBe('Drøftedes.');
    expect(item(meeting, 4).sections.sagsfremstilling).toContain('Eventuelt');
  });

  it('strips a trailing document number from an attachment and lists the repeated attachment once', () => {
    expect(item(meeting, 1).attachments).toEqual(['Sagsfremstilling vedr. analyse og udarbejdelse af prioriteringskatalog i samarbejde med KKK']);
  });
});

describe('003: Nordfyns, Direktionen 21 April 2021', () => {
  const meeting = parseCorpus('003');

  it('reads the meeting header; the year after the body is not part of it', () => {
    expect(meeting).toMatchObject({
      municipality: 'Nordfyns',
      municipalityCode: '480',
      municipalitySource: 'text',
      body: 'Direktionen',
      date: '2021-04-21',
      startTime: '09:00',
      location: 'Teams',
      attendees: ['Gitte Clemmensen', 'Henrik Gregers Boesen', 'Morten V. Pedersen', 'Karsten Poulsen', 'Mogens Bak Hansen', 'Vicki Møberg Torp'],
      layout: 'nordfyns',
    });
  });

  it('finds every item with title and case number', () => {
    expect(meeting.items.map(({ number, title, closed, caseNumbers, journalNumber }) => ({ number, title, closed, caseNumbers, journalNumber }))).toEqual([
      { number: 1, title: 'Tidsplan', closed: false, caseNumbers: ['S2020-59392'], journalNumber: null },
      { number: 2, title: 'Økonomioversigt pr. 31. marts 2021', closed: false, caseNumbers: ['S2021-5237'], journalNumber: null },
      { number: 3, title: 'Udbud af Økonomi og Løn system', closed: false, caseNumbers: ['S2021-5237'], journalNumber: null },
      { number: 4, title: 'Budget 2022 - det videre arbejde', closed: false, caseNumbers: ['S2021-783'], journalNumber: null },
      { number: 5, title: 'Genåbning af rådhusene', closed: false, caseNumbers: ['S2021-746'], journalNumber: null },
      { number: 6, title: 'Årshjul for Organisationens Strategi- og Udviklingsplan 2020-2022', closed: false, caseNumbers: ['S2021-746'], journalNumber: null },
      { number: 7, title: 'Digitaliseringsstrategi.', closed: false, caseNumbers: ['S2020-57422'], journalNumber: null },
      { number: 8, title: 'Udrulning af GDPR-awarenes', closed: false, caseNumbers: ['S2021-4857'], journalNumber: null },
      { number: 9, title: 'Genbesættelse af stilling som leder af Familieafdelingen', closed: false, caseNumbers: ['S2021-5637'], journalNumber: null },
      { number: 10, title: 'Orientering', closed: false, caseNumbers: ['S2021-746'], journalNumber: null },
    ]);
  });

  it('joins "Sagens kerne" and "Sagens baggrund"/"Baggrund" into resume, in order', () => {
    const resume = item(meeting, 6).sections.resume ?? '';
    expect(resume).toMatch(/^Som opfølgning på direktionens temadag den 26\.-27\. jan\. 2021/);
    expect(resume).toContain('\n\nDirektionen arbejdede med opfølgning og implementering');
    expect(item(meeting, 2).sections.resume).toMatch(/^Økonomi og Løn har udarbejdet økonomioversigt pr\. 31\. marts 2021\.\n\nDer er udarbejdet økonomioversigt/);
  });

  it('reads the nordfyns sections; "-" placeholders are no sections', () => {
    expect(Object.keys(item(meeting, 2).sections)).toEqual(['resume', 'indstilling', 'beslutning', 'bilag']);
    expect(Object.keys(item(meeting, 3).sections)).toEqual(['resume', 'indstilling', 'oekonomi', 'beslutning', 'bilag']);
    expect(item(meeting, 3).sections.oekonomi).toMatch(/^Nordfyns Kommune har idag en kontrakt via SKI 02\.19/);
    expect(item(meeting, 8).sections.lovgrundlag).toBe('Persondataforordningen og ISO 27001.');
    expect(item(meeting, 8).sections.resume).toContain('\nImplementeringsplan\n');
    expect(item(meeting, 1).sections.resume).toMatch(/^Kl\. 09\.00 - 09\.20\tØkonomioversigt pr\. 31\. marts 2021/);
  });

  it('reads decisions', () => {
    expect(item(meeting, 1).decisionText).toBe('Godkendt.');
    expect(item(meeting, 3).decisionText).toMatch(/^Direktionen fik en orientering om fælles udbud af system til Økonomi og Løn/);
    expect(item(meeting, 9).decisionText).toMatch(/^Genbesættelse af stillingen blev godkendt/);
  });

  it('lists attachments', () => {
    expect(item(meeting, 2).attachments).toEqual([
      'Budget 2021 og særlige Covid-19 udgifter - april',
      'Økonomioversigt pr. 31. marts 2021',
      '3. Økonomisk oversigt pr. 31.03.2021',
    ]);
    expect(item(meeting, 4).attachments).toEqual(['Budget 2022 TMU', 'Budget 2022 - EKFU', 'Budget 2022 BUU april 21']);
    expect(item(meeting, 5).attachments).toEqual([]);
  });
});

describe('004: Høje-Taastrup, Direktionen 7 December 2015', () => {
  const meeting = parseCorpus('004');

  it('reads the meeting header', () => {
    expect(meeting).toMatchObject({
      municipality: 'Høje-Taastrup',
      municipalityCode: '169',
      body: 'Direktionen',
      date: '2015-12-07',
      startTime: '09:00',
      location: 'Mødelokale B105',
      attendees: [],
      layout: 'htk',
    });
  });

  it('finds every item with title, closed flag and case number', () => {
    expect(meeting.items.map(({ number, title, closed, caseNumbers }) => ({ number, title, closed, caseNumbers }))).toEqual([
      { number: 1, title: 'Program for heldagsmøde i Direktionen 07-12-2015', closed: false, caseNumbers: ['14/32918'] },
      { number: 2, title: 'Øvrige sager 07-12-2015', closed: false, caseNumbers: ['14/32918'] },
      { number: 3, title: 'Økonomifølgning 07-12-2015', closed: false, caseNumbers: ['14/32918'] },
      { number: 4, title: 'Oversigt over puljer (NyNy)', closed: false, caseNumbers: ['14/31481'] },
      { number: 5, title: 'Udmøntning af IT-promillepulje, December', closed: false, caseNumbers: ['14/32092'] },
      { number: 6, title: 'Plancher om NY-NY til sektor MED', closed: false, caseNumbers: ['14/31481'] },
      { number: 7, title: 'Temadrøftelse om UTA i direktionen', closed: false, caseNumbers: ['10/391'] },
      { number: 8, title: 'Lukket', closed: true, caseNumbers: ['14/32918'] },
    ]);
  });

  it('drops the title repeated before "Baggrund", also when it is spelt differently', () => {
    expect(item(meeting, 1).sections.resume).toMatch(/^Kl\. 09\.00 Borgmesteren deltager på direktionsmødet/);
    expect(item(meeting, 2).attachments).toEqual(['Til drøftelse på direktionmøde 7.12.2015']);
    expect(item(meeting, 3).attachments).toEqual(['Tidsplan for regnskab 2015']);
    expect(item(meeting, 4).attachments).toEqual(['Bilag 1 (December)', 'Bilag 2 (December)']);
    expect(item(meeting, 5).sections.resume).toMatch(/^Direktionen har den 18\. november behandlet en statussag/);
    expect(item(meeting, 7).attachments).toEqual(['Opfølgning på UTA-handleplanen, november 2015', 'UTA temadrøftelse i direktionen, december 2015']);
  });

  it('reads upper-case headings', () => {
    const five = item(meeting, 5);
    expect(Object.keys(five.sections)).toEqual(['resume', 'indstilling', 'beslutning', 'sagsfremstilling', 'oekonomi']);
    expect(five.sections.indstilling).toMatch(/^ØDC indstiller, at Direktionen:/);
    expect(five.sections.oekonomi).toMatch(/^Restpuljen for 2015 udgør/);
    expect(five.decisionText).toMatch(/^Godkendt, idet IT-systemet 'Hjernen og hjertet' alene finansieres i 2016\./);
    expect(item(meeting, 6).sections.indstilling).toBe('Tages til efterretning.');
    expect(item(meeting, 3).decisionText).toBe('Tidsplan for budget 2015\n\nGodkendt.');
  });
});

describe('parseMinutes beyond the corpus layouts', () => {
  const kalundborgText = readFileSync(corpusPath('002'), 'utf8');

  it('splits text holding several meetings into one meeting each', () => {
    const htkText = readFileSync(corpusPath('004'), 'utf8');
    const meetings = parseMinutes(`${kalundborgText}\n${htkText}`, 'two.txt');
    expect(meetings.map(({ date, layout, items }) => ({ date, layout, items: items.length }))).toEqual([
      { date: '2018-11-05', layout: 'kalundborg', items: 8 },
      { date: '2015-12-07', layout: 'htk', items: 8 },
    ]);
    expect(meetings[0].contentHash).not.toBe(meetings[1].contentHash);
  });

  it("reuses the caller's hash of the text as the content hash of a meeting that is the whole text, and only then", () => {
    const single = parseMinutes(kalundborgText, 'one.txt');
    expect(single[0].contentHash).toBe(sha256Hex(kalundborgText));
    expect(parseMinutes(kalundborgText, 'one.txt', { textHash: 'given' })[0].contentHash).toBe('given');
    const twoMeetings = `${kalundborgText}\n${readFileSync(corpusPath('004'), 'utf8')}`;
    const hashes = parseMinutes(twoMeetings, 'two.txt', { textHash: 'given' }).map((meeting) => meeting.contentHash);
    expect(hashes).toEqual(parseMinutes(twoMeetings, 'two.txt').map((meeting) => meeting.contentHash));
    expect(hashes).not.toContain('given');
  });

  it('continues a title wrapped onto the next line when no blank line follows (PDF text)', () => {
    const text = ['REFERAT Direktionen d. 02-06-2020', 'Punkt 1: Ansøgning til effektiviseringspuljen vedr.', 'omlægning fra Skype til Teams', '15/26452', 'Baggrund', 'Tekst.'].join('\n');
    const [meeting] = parseMinutes(text, 'wrapped.txt');
    expect(meeting.layout).toBe('htk');
    expect(meeting.items[0]).toMatchObject({ title: 'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams', caseNumbers: ['15/26452'] });
    expect(meeting.items[0].sections).toEqual({ resume: 'Tekst.' });
  });

  it('parses an unknown layout as one item holding all the text', () => {
    const [meeting] = parseMinutes('\nNotat om vejbelysning\n\nMødested Rådhuset\n\nLamperne skiftes i 2024.\n', 'notat.txt', { municipality: 'Kalundborg' });
    expect(meeting).toMatchObject({ layout: 'unknown', location: 'Rådhuset', municipality: 'Kalundborg', municipalityCode: '326', municipalitySource: 'cli' });
    expect(meeting.items).toHaveLength(1);
    expect(meeting.items[0]).toMatchObject({ number: 1, title: 'Notat om vejbelysning', closed: false });
    expect(meeting.items[0].sections).toEqual({ sagsfremstilling: 'Notat om vejbelysning\n\nMødested Rådhuset\n\nLamperne skiftes i 2024.' });
  });

  it('takes the municipality option, by code, only when text and case numbers name none', () => {
    const nordfyns = readFileSync(corpusPath('003'), 'utf8');
    expect(parseMinutes(nordfyns, 'x.txt', { municipality: '326' })[0].municipality).toBe('Nordfyns');
    const [meeting] = parseMinutes('Punkt 1: Status\n\nS2021-5237\n\nSagens kerne\n\nTekst.', 'x.txt', { municipality: '480' });
    expect(meeting).toMatchObject({ municipality: 'Nordfyns', municipalityCode: '480', municipalitySource: 'cli', layout: 'nordfyns' });
  });
});

describe('npm run parse', () => {
  const run = promisify(execFile);
  const cli = [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}ingest/parse-cli.ts`];

  it('prints the meetings as JSON in the contract key order', async () => {
    const { stdout } = await run(process.execPath, [...cli, corpusPath('000')], { cwd: ROOT });
    const { meetings } = JSON.parse(stdout) as { meetings: Meeting[] };
    expect(Object.keys(meetings[0]).filter((key) => ['municipality', 'body', 'date', 'layout', 'items'].includes(key))).toEqual([
      'municipality',
      'body',
      'date',
      'layout',
      'items',
    ]);
    const five = meetings[0].items[4];
    const contractKeys = ['number', 'title', 'closed', 'caseNumbers', 'journalNumber', 'caseType', 'decisionOutcome', 'topics', 'amounts', 'primaryAmount', 'sections'];
    expect(Object.keys(five).filter((key) => contractKeys.includes(key))).toEqual(contractKeys);
    expect(five).toMatchObject({ number: 5, caseNumbers: ['326-2018-1373'], journalNumber: '81.00.00', caseType: 'Beslutning' });
  });

  it('reports a missing file on one stderr line with exit code 1', async () => {
    const failure = await run(process.execPath, [...cli, 'corpus/demo/no-such-file.txt'], { cwd: ROOT }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    const stderr = (failure as { stderr: string }).stderr.trim();
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain('no-such-file.txt');
  });
});
