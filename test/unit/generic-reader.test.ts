import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalBody, isBodyName } from '../../analyzers/bodies.js';
import { municipalityFromUrl } from '../../analyzers/municipalities.js';
import { NotMinutesError, parseMinutes } from '../../ingest/parse/index.js';
import { cleanText } from '../../ingest/parse/generic/clean.js';
import { readItemHeading } from '../../ingest/parse/generic/headings.js';
import { segmentRun } from '../../ingest/parse/generic/run-together.js';
import { findTocs } from '../../ingest/parse/generic/toc.js';

const REALWORLD = new URL('../fixtures/realworld/docs/', import.meta.url);

function realworld(file: string): string {
  return readFileSync(new URL(file, REALWORLD), 'utf8');
}

function parseOne(text: string, options: Parameters<typeof parseMinutes>[2] = {}) {
  const meetings = parseMinutes(text, 'test.txt', options);
  expect(meetings).toHaveLength(1);
  return meetings[0];
}

const summary = (items: Array<{ number: number; numbered: boolean; title: string; closed: boolean }>) =>
  items.map((item) => [item.numbered ? item.number : null, item.title, item.closed]);

describe('step 1: cleaning the text', () => {
  it('drops literal HTML tags, a tag cut off at the end and entities (yumpu transcripts)', () => {
    expect(cleanText('<strong>Referat</strong><br />\nMødedato: Onsdag den 12. december 2012<br />\nA &amp; B<br /')).toEqual([
      'Referat',
      'Mødedato: Onsdag den 12. december 2012',
      'A & B',
    ]);
  });

  it('joins letter-spaced text and drops widget labels glued to titles', () => {
    expect(cleanText('R E F E R A T  F R A  M Ø D E T\n183. Godkendelse af dagsordenÅbn/luk punkt')).toEqual(['REFERAT FRA MØDET', '183. Godkendelse af dagsorden']);
  });

  it('turns non-breaking spaces into spaces and collapses runs of spaces', () => {
    expect(cleanText('76.\u00a0 Spørgsmål   fra rådmand')).toEqual(['76. Spørgsmål fra rådmand']);
  });

  it('cuts pages that a transcript joined into one paragraph back into lines (docplayer, 034)', () => {
    const lines = cleanText(realworld('034.txt'));
    expect(lines).toContain('Indholdsfortegnelse');
    expect(lines).toContain('1. Godkendelse af dagsorden');
    expect(lines).toContain('Dok.nr.: 1965');
    expect(lines).toContain('2. Formulering i retningslinjer om håndtering af individuelt sygefravær vedr. livstruende sygdom');
  });

  it('leaves a list of numbered titles alone (their numbers rise by one too, from the first item)', () => {
    const text = ['Pkt. Tekst', '34 Godkendelse af dagsorden', '35 Unesco Geopark - tillægsbevilling til fortsat ansøgningsproces'].join('\n');
    expect(cleanText(text)).toEqual(text.split('\n'));
  });
});

describe('step 2: tables of contents', () => {
  it('reads an index with dot leaders, page numbers, zero-padded numbers on their own line and wrapped titles (019)', () => {
    const [toc] = findTocs(cleanText(realworld('019.txt')));
    expect(toc.entries.map((entry) => [entry.number, entry.title])).toEqual([
      [1, 'Godkendelse af indkaldte stedfortræder'],
      [2, 'Godkendelse af dagsorden'],
      [3, 'Lovliggørelse af Julianelund'],
      [4, 'Endelig stillingtagen til vejadgang til Klostermosevej 102 - ekspropriation af eksisterende vejadgang (nedlæggelse) og ekspropriation af anden ejendom'],
      [5, 'Ekspropriation af visse statslige arealer'],
      [6, 'Årsrapport 2014 - Helhedsorienteret Samarbejde - orientering'],
      [7, 'Ansøgning om ekstraordinær garantistillelse til forbedringer i Røntofte Andelsboligforening'],
      [8, 'Gefionsparken ansøger om godkendelse af låneoptagelse til etape 2 samt huslejestigning'],
      [9, 'Boliggården ansøger om tilladelse til at rive den tidligere børneinstitution "Vestergården" ned'],
      [10, 'Boligården ansøger om godkendelse af Skema B for Afd 10, Hamlets Vænge'],
      [11, 'Lejerbo ansøger om godkendelse af byggeregnskab for Gl. Banegårdsvej (Skema C)'],
    ]);
  });

  it('marks the entries under a "Lukkede" group closed and keeps the printed order (017)', () => {
    const [toc] = findTocs(cleanText(realworld('017.txt')));
    expect(toc.entries.map((entry) => [entry.number, entry.inClosedGroup])).toEqual([
      [217, false],
      [218, false],
      [220, false],
      [221, false],
      [219, true],
    ]);
    expect(toc.entries[1].title).toBe('Forslag til Lokalplan 315.19 for hotel og boliger ved Vesterbrogade i Gilleleje - godkendelse til offentlig fremlæggelse');
  });

  it('keeps a number without a title when it continues the numbering, not a stray number after the last entry (032)', () => {
    const [toc] = findTocs(cleanText(realworld('032.txt')));
    expect(toc.entries.slice(-3).map((entry) => [entry.number, entry.title])).toEqual([
      [53, ''],
      [54, 'Salg af ejendom'],
      [55, 'Salg af ejendom'],
    ]);
  });

  it('splits an index run together on one line, numbered ("1. A 2. B"), at the expected next number only', () => {
    expect(segmentRun('1. Godkendelse af dagsordenen 2. Budgetopfølgning pr. 31. marts 2022 - Overblikssag 3. Mindesten for veteraner')).toEqual([
      { number: 1, title: 'Godkendelse af dagsordenen', inClosedGroup: false },
      { number: 2, title: 'Budgetopfølgning pr. 31. marts 2022 - Overblikssag', inClosedGroup: false },
      { number: 3, title: 'Mindesten for veteraner', inClosedGroup: false },
    ]);
  });

  it('splits a numbered run with group headings and roman page numbers, and "Sag nr. N" marks', () => {
    expect(
      segmentRun('Til orientering...i 12. Kvartalsrapport for budgettet...i 13. Status på skolebyggeriet...ii Til beslutning - for lukkede døre...iii 14. Lukket sag: Køb af grund...iv'),
    ).toEqual([
      { number: 12, title: 'Kvartalsrapport for budgettet', inClosedGroup: false },
      { number: 13, title: 'Status på skolebyggeriet', inClosedGroup: false },
      { number: 14, title: 'Lukket sag: Køb af grund', inClosedGroup: true },
    ]);
    expect(segmentRun('Åben dagsorden Sag nr. 40 Orientering om likviditet Sag nr. 41 Sag nr. 42 Årsregnskab 2019')).toEqual([
      { number: 40, title: 'Orientering om likviditet', inClosedGroup: false },
      { number: 41, title: '', inClosedGroup: false },
      { number: 42, title: 'Årsregnskab 2019', inClosedGroup: false },
    ]);
  });

  it('splits an index run together without numbers by reading: capitalised openers, closure markers, committee prefixes, page references', () => {
    expect(segmentRun('Sag nr. Side 1. Godkendelse af dagsorden Orientering fra formanden - direktøren Salg af areal - LUKKET SAG Eventuelt...19 Bilagsoversigt...20')).toEqual([
      { number: 1, title: 'Godkendelse af dagsorden' },
      { number: null, title: 'Orientering fra formanden - direktøren' },
      { number: null, title: 'Salg af areal - LUKKET SAG' },
      { number: null, title: 'Eventuelt' },
    ]);
    expect(segmentRun('ØU - Videre proces for rådhusprojektet TM - Igangsættelse af energibesparelsestiltag Lukket - ØU - Ansøgning om alkoholbevilling')).toEqual([
      { number: null, title: 'ØU - Videre proces for rådhusprojektet' },
      { number: null, title: 'TM - Igangsættelse af energibesparelsestiltag' },
      { number: null, title: 'Lukket - ØU - Ansøgning om alkoholbevilling' },
    ]);
  });

  it('keeps the numbers a stripped run still prints, and closes the entries after "LUKKET MØDE"', () => {
    expect(segmentRun('Sag nr. Side 12. Fritagelse af udvalgsposter Godkendelse af regnskab LUKKET MØDE 15. Salg af grund')).toEqual([
      { number: 12, title: 'Fritagelse af udvalgsposter' },
      { number: null, title: 'Godkendelse af regnskab' },
      { number: 15, title: 'Salg af grund', inClosedGroup: true },
    ]);
  });

  it('keeps names inside a title and splits before the phrase that follows them', () => {
    expect(segmentRun('Overgang til kommunal rengøring på vuggestuen Tårnbyparken Anmodning om tillægsbevilling Pulje til løft af ældreområdet')).toEqual([
      { number: null, title: 'Overgang til kommunal rengøring på vuggestuen Tårnbyparken' },
      { number: null, title: 'Anmodning om tillægsbevilling' },
      { number: null, title: 'Pulje til løft af ældreområdet' },
    ]);
  });
});

describe('step 3: item headings', () => {
  it.each([
    ['Punkt 5: Godkendelse af dagsorden', { number: 5, title: 'Godkendelse af dagsorden', strength: 'strong' }],
    ['Punkt 1 Godkendelse af dagsorden', { number: 1, title: 'Godkendelse af dagsorden', strength: 'strong' }],
    ['Pkt. 5 Budgetopfølgning', { number: 5, title: 'Budgetopfølgning', strength: 'strong' }],
    ['Sag nr. 74 Salg af areal', { number: 74, title: 'Salg af areal', strength: 'strong' }],
    ['Sag 74: Salg af areal', { number: 74, title: 'Salg af areal', strength: 'strong' }],
    ['Punkt 7, Godkendelse af dagsorden', { number: 7, title: 'Godkendelse af dagsorden', strength: 'strong' }],
    ['5) Godkendelse af dagsorden', { number: 5, title: 'Godkendelse af dagsorden', strength: 'weak' }],
    ['• 242. Lokalplan 12', { number: 242, title: 'Lokalplan 12', strength: 'strong' }],
    ['1. 1. Godkendelse af dagsordenen', { number: 1, title: 'Godkendelse af dagsordenen', strength: 'strong' }],
    ['ØU-55/07-O Anlægsbevilling til skolen', { number: 55, title: 'Anlægsbevilling til skolen', strength: 'strong' }],
    ['131. Godkendelse af dagsorden', { number: 131, title: 'Godkendelse af dagsorden', strength: 'weak' }],
    ['5.Godkendelse af dagsorden', { number: 5, title: 'Godkendelse af dagsorden', strength: 'weak' }],
    ['38Godkendelse af dagsorden', { number: 38, title: 'Godkendelse af dagsorden', strength: 'weak' }],
    ['236 Indkaldelse af stedfortræder', { number: 236, title: 'Indkaldelse af stedfortræder', strength: 'weak' }],
    ['1. ØK Godkendelse af dagsorden', { number: 1, title: 'ØK Godkendelse af dagsorden', strength: 'weak' }],
    ['314 1. behandling af budget 2020-23', { number: 314, title: '1. behandling af budget 2020-23', strength: 'weak' }],
    ['34.', { number: 34, title: '', strength: 'weak' }],
  ])('%s', (line, expected) => {
    expect(readItemHeading(line)).toEqual(expected);
  });

  it.each(['5. juni 2020', '12 mio. kr. til anlæg', '2019 Regnskab', 'Sagsnr.: 14/40', 'Godkendt.', '12.09.2013 Views', 'Sag 12 er udsat'])('%s is no heading', (line) => {
    expect(readItemHeading(line)).toBeNull();
  });
});

describe('the whole reader on styles the dev set does not show', () => {
  it('reads "1) at …" recommendations and lower-case lines as text, not items', () => {
    const meeting = parseOne(['Byrådet 3. april 2014', '', '1) Godkendelse af dagsorden', 'Indstilling', 'Det indstilles,', '1) at planen godkendes', '2) at prisen godkendes', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(summary(meeting.items)).toEqual([[1, 'Godkendelse af dagsorden', false]]);
    expect(meeting.items[0].sections.indstilling).toBe('Det indstilles,\n1) at planen godkendes\n2) at prisen godkendes');
  });

  it('reads "Punkt N:" items with their sections, a closed item and the header', () => {
    const meeting = parseOne(
      [
        'Referat fra møde i Teknik- og Miljøudvalget',
        'Mødedato: 15-maj-2002 kl. 16.00',
        'Sted: Rådhuset',
        '',
        'Punkt 1 Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '',
        'Punkt 2 Køb af jord (Lukket)',
        '',
        'Punkt 3 Anlægsbevilling til cykelsti',
        'Sagsnr.: 02.34.02-P19-12-20',
        'Indstilling',
        'Forvaltningen indstiller, at der gives en anlægsbevilling på 1,2 mio. kr.',
        'Beslutning',
        'Godkendt.',
      ].join('\n'),
      { municipality: 'Kalundborg' },
    );
    expect(meeting).toMatchObject({
      layout: 'generic',
      date: '2002-05-15',
      startTime: '16:00',
      location: 'Rådhuset',
      bodyPrinted: 'Teknik- og Miljøudvalget',
      body: 'Teknik- og Miljøudvalget',
      kind: 'referat',
      municipality: 'Kalundborg',
    });
    expect(summary(meeting.items)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Køb af jord (Lukket)', true],
      [3, 'Anlægsbevilling til cykelsti', false],
    ]);
    expect(meeting.items[2]).toMatchObject({
      caseNumbers: ['02.34.02-P19-12-20'],
      kleGroup: '02',
      decisionText: 'Godkendt.',
      sections: { indstilling: 'Forvaltningen indstiller, at der gives en anlægsbevilling på 1,2 mio. kr.', beslutning: 'Godkendt.' },
    });
    expect(meeting.items[2].amounts.map((amount) => amount.value)).toEqual([1_200_000]);
  });

  it('takes the title printed above its number line, and a title printed twice once', () => {
    const meeting = parseOne(
      [
        'Byrådet',
        'Torsdag, April 3, 2014',
        '',
        'Godkendelse af dagsorden',
        'Punkt 1',
        'Beslutning',
        'Godkendt.',
        '',
        'Punkt 2 Salg af grund',
        'Salg af grund',
        'Sagsfremstilling',
        'Kommunen ejer grunden.',
      ].join('\n'),
    );
    expect(meeting).toMatchObject({ date: '2014-04-03', bodyPrinted: 'Byrådet', body: 'Byrådet' });
    expect(summary(meeting.items)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Salg af grund', false],
    ]);
    expect(meeting.items[1].sections).toEqual({ sagsfremstilling: 'Kommunen ejer grunden.' });
  });

  it('reads items that carry no number when each title is followed by its case number', () => {
    const meeting = parseOne(
      [
        'Økonomiudvalget - Referat - 1. oktober 2018',
        '',
        'Godkendelse af dagsorden',
        'Sagsnr.: 18/100',
        'Beslutning',
        'Godkendt.',
        '',
        'Budgetopfølgning',
        'Sagsnr.: 18/101',
        'Beslutning',
        'Taget til efterretning.',
      ].join('\n'),
    );
    expect(meeting).toMatchObject({ date: '2018-10-01', bodyPrinted: 'Økonomiudvalget', kind: 'referat' });
    expect(summary(meeting.items)).toEqual([
      [null, 'Godkendelse af dagsorden', false],
      [null, 'Budgetopfølgning', false],
    ]);
    expect(meeting.items.map((item) => item.caseNumbers)).toEqual([['18/100'], ['18/101']]);
  });

  it('uses a "PUNKTER" index with a separate list of closed items', () => {
    const meeting = parseOne(
      [
        'Dagsorden',
        'Kommunalbestyrelsen - 11-01-2021',
        '',
        'PUNKTER',
        '43 Godkendelse af dagsorden',
        '44 Regnskab 2020',
        'Lukkede punkter',
        '45 Personalesag',
        '',
        '43. Godkendelse af dagsorden',
        'Indstilling',
        'Dagsordenen godkendes.',
        '44. Regnskab 2020',
        'Sagsfremstilling',
        'Regnskabet viser et overskud.',
      ].join('\n'),
    );
    expect(meeting).toMatchObject({ date: '2021-01-11', bodyPrinted: 'Kommunalbestyrelsen', kind: 'dagsorden' });
    expect(summary(meeting.items)).toEqual([
      [43, 'Godkendelse af dagsorden', false],
      [44, 'Regnskab 2020', false],
      [45, 'Personalesag', true],
    ]);
    expect(meeting.items[1].sections).toEqual({ sagsfremstilling: 'Regnskabet viser et overskud.' });
  });

  it('does not take an item\'s own numbered list for items', () => {
    const meeting = parseOne(
      [
        'Referat',
        'Byrådet den 3. april 2014',
        '',
        '1. Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '',
        '2. Drøftelse af emner',
        'Resume',
        'Følgende drøftes:',
        '1. Status på krisen.',
        '2. Planseminar.',
        '3. Hjælpepakke.',
        '4. Udligningsreformen.',
        '',
        'Beslutning',
        'Drøftet.',
      ].join('\n'),
    );
    expect(summary(meeting.items)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Drøftelse af emner', false],
    ]);
  });
});

describe('more layouts of other publishing systems', () => {
  it('takes the title printed above "Sag nr. N", not the label line below it, and ignores an empty closed group', () => {
    const meeting = parseOne(
      [
        'Kommunalbestyrelsen',
        '',
        '12-03-2021',
        '',
        'Indholdsfortegnelse',
        '',
        'Lukkede punkter',
        '',
        'Medlemmer',
        'Anne Hansen (A)',
        '',
        'Sager 40 - 41',
        'Meddelelser',
        'Sag nr. 40',
        'Beslutningskompetence: KB',
        'Beslutning',
        'Taget til efterretning.',
        'Anlægsbevilling til ny daginstitution',
        'Sag nr. 41',
        'Beslutningskompetence: KB',
        'Indstilling',
        'Forvaltningen indstiller, at der gives en anlægsbevilling.',
        'Beslutning',
        'Godkendt.',
      ].join('\n'),
    );
    expect(meeting).toMatchObject({ date: '2021-03-12', bodyPrinted: 'Kommunalbestyrelsen', kind: 'referat' });
    expect(summary(meeting.items)).toEqual([
      [40, 'Meddelelser', false],
      [41, 'Anlægsbevilling til ny daginstitution', false],
    ]);
  });

  it('continues a heading\'s title wrapped onto the next line, but not into a sentence of the text', () => {
    const meeting = parseOne(
      ['Byrådet 3. april 2014', '', '1. Anlægsbevilling til ny daginstitution i', 'Nordbyen og ombygning af køkkenet', 'Beslutning', 'Godkendt.', '', '2. Meddelelser', 'der var ingen meddelelser.', 'Beslutning', 'Taget til efterretning.'].join('\n'),
    );
    expect(summary(meeting.items)).toEqual([
      [1, 'Anlægsbevilling til ny daginstitution i Nordbyen og ombygning af køkkenet', false],
      [2, 'Meddelelser', false],
    ]);
  });

  it('takes the date from the approval of the agenda when the header has none', () => {
    const meeting = parseOne(['Referat', '', '• 12. Åben dagsorden - godkendelse', 'Resume', 'Godkendelse af åben dagsorden for mødet den 22. januar 2020.', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(meeting.date).toBe('2020-01-22');
  });

  it('reads committee-coded items run into a transcript page, and a municipality the registry no longer lists', () => {
    const page = [
      'Følgende sager blev behandlet på mødet ØU-12/05-O Budgetopfølgning marts På baggrund af forbruget til og med marts forventes et mindreforbrug.',
      'Mindreforbruget skyldes især, at flere anlægsprojekter er forsinket, og at udgifterne til det specialiserede område er lavere end budgetteret.',
      'Beslutning: Taget til efterretning. Side 3 ØU-13/05-D Salg af grund ved skolen Forvaltningen har modtaget et bud på grunden.',
      'Beslutning: Godkendt.',
    ].join(' ');
    const text = [
      'Beslutninger fra mødet. Ordinært møde. Økonomiudvalget',
      '',
      'Transkript',
      '',
      `1 Beslutninger fra mødet Torsdag den 3. marts 2005 Ordinært møde Økonomiudvalget Sønderby Kommune ${'Mødet holdes på rådhuset. '.repeat(3)}`,
      '',
      `2 ${page}`,
    ].join('\n');
    const meeting = parseOne(text);
    expect(meeting).toMatchObject({ date: '2005-03-03', bodyPrinted: 'Økonomiudvalget', kind: 'referat', municipality: 'Sønderby', municipalityCode: null });
    expect(summary(meeting.items)).toEqual([
      [12, 'Budgetopfølgning marts', false],
      [13, 'Salg af grund ved skolen', false],
    ]);
    expect(meeting.items[1].decisionText).toBe('Godkendt.');
  });

  it('reads a page holding one item without its number: the title above the first section', () => {
    const meeting = parseOne(
      ['Mødedato: 23.08.2017, kl. 11:00', 'Mødested: Rådhuset', '', 'Første behandling af budgetforslaget for næste år', '', 'Budgettet skal vedtages i oktober.', '', 'Indstilling', 'Forvaltningen indstiller, at forslaget godkendes.'].join('\n'),
    );
    expect(meeting).toMatchObject({ date: '2017-08-23', startTime: '11:00', location: 'Rådhuset' });
    expect(summary(meeting.items)).toEqual([[null, 'Første behandling af budgetforslaget for næste år', false]]);
    expect(meeting.items[0].sections).toEqual({ sagsfremstilling: 'Budgettet skal vedtages i oktober.', indstilling: 'Forvaltningen indstiller, at forslaget godkendes.' });
  });

  it('ends an index where the numbering goes back to the first item, and splits a heading run into the word before it', () => {
    const meeting = parseOne(
      [
        'UDVALG',
        'Udvalget for Børn',
        'STARTTIDSPUNKT',
        '29-01-2013 10:00:00',
        '',
        'PUNKTER',
        '8. Godkendelse af dagsorden',
        '9. Frigivelse af anlægsmidler',
        '',
        '8. Godkendelse af dagsorden',
        'Beslutning i Udvalget for Børn den 29-01-2013',
        'Godkendt',
        'Referat9. Frigivelse af anlægsmidler',
        'Hovedindstilling',
        'Direktøren indstiller, at midlerne frigives.',
      ].join('\n'),
    );
    expect(meeting).toMatchObject({ date: '2013-01-29', bodyPrinted: 'Udvalget for Børn' });
    expect(summary(meeting.items)).toEqual([
      [8, 'Godkendelse af dagsorden', false],
      [9, 'Frigivelse af anlægsmidler', false],
    ]);
    expect(meeting.items.map((item) => item.sections)).toEqual([
      // The page's label "Referat" stays with the text it was run into.
      { beslutning: 'Godkendt\nReferat' },
      { indstilling: 'Direktøren indstiller, at midlerne frigives.' },
    ]);
  });

  it('reads a page that opens with its one item\'s heading', () => {
    const meeting = parseOne(['2. Godkendelse af dagsorden', '', 'Mødet sluttede kl. 21.33', '', 'Fraværende med afbud:', 'Anne Hansen', 'Jens Olsen', 'Tina Berg', 'Per Holm', '', 'Beslutning', '', 'Dagsordenen blev godkendt.'].join('\n'));
    expect(summary(meeting.items)).toEqual([[2, 'Godkendelse af dagsorden', false]]);
    expect(meeting.items[0].decisionText).toBe('Dagsordenen blev godkendt.');
  });

  it('finds items without headings at each repeat of their first section, and no decision heading in "Beslutningsprotokol"', () => {
    const meeting = parseOne(
      [
        'Beslutningsprotokol',
        'onsdag den 11. august 2021 kl. 09:00',
        'Udvalg: Teknik- og Miljøudvalget',
        '• Udskriv',
        'Sagsid.: 20/100',
        'Sagsfremstilling',
        'Dagsordenen er udsendt.',
        'Beslutning Teknik- og Miljøudvalget den 11-08-2021',
        'Godkendt.',
        '• Udskriv',
        'Sagsid.: 20/101',
        'Sagsfremstilling',
        'Byrådet har sendt sagen tilbage.',
      ].join('\n'),
    );
    expect(meeting).toMatchObject({ date: '2021-08-11', startTime: '09:00', bodyPrinted: 'Teknik- og Miljøudvalget', kind: 'referat' });
    expect(meeting.items.map((item) => [item.title, item.decisionText])).toEqual([
      ['', 'Godkendt.'],
      ['', null],
    ]);
    expect(meeting.confidence.reasons).toContain('ingen punktoverskrifter; punkterne er fundet ved deres første afsnit');
  });

  it('separates a table-of-contents heading run into its first entry', () => {
    const meeting = parseOne(['Byrådet - Referat', 'Dato: 29. januar 2020', '', 'Indholdsfortegnelse1. Fraværende', '', 'Beslutning', 'Ingen.', '', '2. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(summary(meeting.items)).toEqual([
      [1, 'Fraværende', false],
      [2, 'Godkendelse af dagsorden', false],
    ]);
  });
});

describe('PDF text with page furniture', () => {
  it('reads an index across a page break (page number, running header) and a "Lukket sag" label under a heading', () => {
    const header = 'Økonomiudvalget 12-12-2012';
    const meeting = parseOne(
      [
        header,
        'Referat',
        'Økonomiudvalget',
        'Mødedato: Onsdag den 12. december 2012',
        '',
        'Indholdsfortegnelse',
        '1. Godkendelse af dagsorden ........ 2',
        '2. Budgetopfølgning ........ 2',
        '',
        'Side 1 af 3',
        '',
        '',
        header,
        '3. Køb af ejendom ........ 3',
        '',
        header,
        '1. Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '2. Budgetopfølgning',
        'Beslutning',
        'Taget til efterretning.',
        '3. Køb af ejendom',
        'Lukket sag',
      ].join('\n'),
    );
    expect(meeting).toMatchObject({ date: '2012-12-12', bodyPrinted: 'Økonomiudvalget', kind: 'referat' });
    expect(summary(meeting.items)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Budgetopfølgning', false],
      [3, 'Køb af ejendom', true],
    ]);
    expect(meeting.items[1].decisionText).toBe('Taget til efterretning.');
  });
});

describe('real minutes end to end', () => {
  it('reads Gribskov 2017 (017): index with open and closed groups, header, kind from the recorded attendance', () => {
    const meeting = parseOne(realworld('017.txt'), { sourceUrl: 'https://dagsordenarkiv.gribskov.dk/dagsordener/2017/byraadet-2017-09-25' });
    expect(meeting).toMatchObject({
      municipality: 'Gribskov',
      municipalitySource: 'source-url',
      date: '2017-09-25',
      startTime: '07:00',
      bodyPrinted: 'Byrådet',
      body: 'Byrådet',
      kind: 'referat',
      layout: 'generic',
    });
    expect(summary(meeting.items).map(([number, , closed]) => [number, closed])).toEqual([
      [217, false],
      [218, false],
      [220, false],
      [221, false],
      [219, true],
    ]);
    expect(meeting.items[0].caseNumbers).toEqual(['012497 - 2017/12299']);
  });

  it('reads Aalborg (039), whose items have no headings: one item per "Åben" block, with its amounts', () => {
    const meeting = parseOne(realworld('039.txt'));
    expect(meeting.items.map((item) => [item.numbered, item.title])).toEqual([
      [false, ''],
      [false, ''],
      [false, ''],
      [false, ''],
    ]);
    expect(meeting.items.flatMap((item) => item.amounts.map((amount) => amount.value))).toEqual([10_500_000, 9_000_000, 72_200_000, 1_500_000, 1_271_000, 1_500_000]);
    expect(meeting.confidence.level).toBe('middel');
    expect(meeting.confidence.reasons).toContain('punkterne har ingen overskrifter; delt ved »Åben«');
  });

  it('reads the body with its election period and canonicalises it (031)', () => {
    const meeting = parseOne(realworld('031.txt'));
    expect(meeting).toMatchObject({ bodyPrinted: 'Kommunalbestyrelsen 2018-21', body: 'Kommunalbestyrelsen', date: '2019-10-08', startTime: '17:00' });
  });
});

describe('not minutes at all', () => {
  it('refuses a novel by name', () => {
    const novel = 'Det var en mørk og stormfuld nat. Hun gik langs stranden og tænkte på sin barndom. '.repeat(600);
    expect(() => parseMinutes(novel, 'roman.txt')).toThrow(NotMinutesError);
    expect(() => parseMinutes(novel, 'roman.txt')).toThrow('roman.txt: not meeting minutes or an agenda');
  });

  it('refuses a spreadsheet export', () => {
    const csv = ['dato;udvalg;beløb;konto', ...Array.from({ length: 40 }, (_, index) => `2020-01-${String((index % 28) + 1).padStart(2, '0')};Byrådet;${index * 1000};${4000 + index}`)].join('\n');
    expect(() => parseMinutes(csv, 'eksport.csv.txt')).toThrow(NotMinutesError);
  });
});

describe('bodies', () => {
  it.each([
    ['Byråd 2022-2025', 'Byrådet'],
    ['Kommunalbestyrelsen 2018-21', 'Kommunalbestyrelsen'],
    ['ØKONOMIUDVALGET', 'Økonomiudvalget'],
    ['Økonomiudvalg', 'Økonomiudvalget'],
    ['Udvalg for natur, miljø og grøn omstilling', 'Udvalget for natur, miljø og grøn omstilling'],
    ['Økonomi- og Erhvervsudvalget', 'Økonomi- og Erhvervsudvalget'],
  ])('%s → %s', (printed, canonical) => {
    expect(isBodyName(printed)).toBe(true);
    expect(canonicalBody(printed)).toBe(canonical);
  });

  it.each(['Godkendelse af dagsorden', 'Referat byrådet', 'Se hvilke fagudvalg', 'Borgmesteren indstiller'])('%s is no body', (phrase) => {
    expect(isBodyName(phrase)).toBe(false);
  });
});

describe('municipality from the publishing address', () => {
  it.each([
    ['https://www.gribskov.dk/politik/moeder-og-referater', 'Gribskov'],
    ['https://dagsordener.greve.dk/api/agenda/dagsorden/1', 'Greve'],
    ['https://www.fmk.dk/moeder/aaben/Kommunalbestyrelsen_2018-21/2019', 'Faaborg-Midtfyn'],
    ['http://www.helsingor.dk/referater', 'Helsingør'],
    ['http://docplayer.dk/2950314-forretningsorden-for-ballerup-kommunalbestyrelse.html', 'Ballerup'],
  ])('%s → %s', (address, name) => {
    expect(municipalityFromUrl(address)?.name).toBe(name);
  });

  it.each(['https://www.yumpu.com/da/document/view/20093966/referat', 'not a url'])('%s names none', (address) => {
    expect(municipalityFromUrl(address)).toBeNull();
  });
});
