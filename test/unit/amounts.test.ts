import { describe, expect, it } from 'vitest';
import { extractAmounts, parseDanishNumber } from '../../analyzers/amounts.js';
import type { Amount } from '../../ingest/model.js';
import { agendaItem, between, corpusFile } from './corpus-helpers.js';

const values = (amounts: Amount[]) => amounts.map((a) => a.value);
const cells = (amounts: Amount[]) => amounts.filter((a) => a.scale !== undefined);
const summary = (amounts: Amount[]) => amounts.map((a) => [a.value, a.role, a.isTotal ?? false]);

describe('parseDanishNumber', () => {
  it.each([
    ['2.708.376', 2708376],
    ['0,410', 0.41],
    ['175,31', 175.31],
    ['2,7', 2.7],
    ['850', 850],
    ['1.000', 1000],
    [' 3.960 ', 3960],
    ['-461', -461],
  ])('%s → %d', (text, expected) => {
    expect(parseDanishNumber(text)).toBe(expected);
  });

  it.each(['', '?', '--', '1.2', '09.00', '2.70', 'kr.', '12a', '1,2,3'])('%j is not a number', (text) => {
    expect(parseDanishNumber(text)).toBeNull();
  });
});

describe('extractAmounts in running text', () => {
  it.each([
    ['Der bevilges 2,7 mio. kr. til Teams.', 2_700_000, '2,7 mio. kr.'],
    ['I alt: 2.708.376 kr.', 2_708_376, '2.708.376 kr.'],
    ['Der overføres 0,410 mio. kr. til ØDC.', 410_000, '0,410 mio. kr.'],
    ['Der anvendes 109.000 kr fra puljen.', 109_000, '109.000 kr'],
    ['Der anvendes kr. 450.000 til transport.', 450_000, 'kr. 450.000'],
    ['Der anvendes ca. kr. 150.000 til transport.', 150_000, 'kr. 150.000'],
    ['Kontraktsummen er 1,5 mia. kr.', 1_500_000_000, '1,5 mia. kr.'],
    ['Etableringsudgifter på 105 t. kr. i 2015.', 105_000, '105 t. kr.'],
    ['Restpuljen udgør 710 t. kr', 710_000, '710 t. kr'],
    ['Restpuljen udgør 500 t.kr. for 2015.', 500_000, '500 t.kr.'],
    ['Reducerede driftsudgifter fra 2018 (0,25 mio. i 2018).', 250_000, '0,25 mio.'],
    ['Prisen er 1,40 kr. pr. indbygger.', 1, '1,40 kr.'],
    ['Kontrakten koster kr. 2,5 mio. årligt.', 2_500_000, 'kr. 2,5 mio.'],
  ])('%s', (text, value, raw) => {
    const [amount, ...rest] = extractAmounts(text, 'sagsfremstilling');
    expect(rest).toEqual([]);
    expect([amount.value, amount.text]).toEqual([value, raw]);
  });

  it('lets the first number of "hhv. X og Y mio. kr." borrow the unit of its partner', () => {
    const amounts = extractAmounts('Engangsudgifter på hhv. 9,0 og 10,4 mio. kr.', 'oekonomi');
    expect(amounts.map((a) => [a.value, a.text])).toEqual([
      [9_000_000, '9,0 og 10,4 mio. kr.'],
      [10_400_000, '10,4 mio. kr.'],
    ]);
  });

  it.each([
    'Mødedato Tirsdag d. 02. juni 2020 kl. 11:30',
    'Sagsnr.: 326-2015-4892 J.nr.: 00.01.00 Dokumentnr.: 326-2020-195128',
    'Et beløb svarende til 0,1 % af kommunens lønbudgetter.',
    'Kommunen har 1816 licenser og 13.000 månedlige opkald.',
    'Ring på tlf. 72 36 40 00 inden 21-12-2016.',
    'Udbudsmaterialet blev offentliggjort den 12. oktober 2018.',
    'Der kan kalkuleres med en effektivisering for samlet 0,5 fra 2018 mio. kr.',
    'Der manglede initiativer for at indfri en samlet omstilling for 5 mio. i 2017.',
  ])('finds no amount in %j', (text) => {
    expect(extractAmounts(text, 'sagsfremstilling')).toEqual([]);
  });

  it('ends a sentence at "kr." before a capital letter but not at abbreviations', () => {
    const text =
      'Puljen tilføres årligt et beløb svarende til ca. 1,5 mio. kr. Dette gælder dog ikke 2016, hvor beløbet indgik som en besparelse.\n' +
      'Kontraktsummen er jf. DIGIT-udbuddet bl.a. Rambølls vurdering på 170 mio. kr. i alt. Det er meget.';
    expect(extractAmounts(text, 'oekonomi').map((a) => [a.sentence, a.role])).toEqual([
      ['Puljen tilføres årligt et beløb svarende til ca. 1,5 mio. kr.', 'budget'],
      ['Kontraktsummen er jf. DIGIT-udbuddet bl.a. Rambølls vurdering på 170 mio. kr. i alt.', 'kontraktvaerdi'],
    ]);
  });

  it('marks a sentence that is only a total label and an amount as a total', () => {
    const amounts = extractAmounts('I alt: 2.708.376 kr.\nDer bevilges i alt 2,7 mio. kr.', 'oekonomi');
    expect(amounts.map((a) => a.isTotal ?? false)).toEqual([true, false]);
  });

  it.each([
    ['1. godkender at 105.000 kr. i 2015 fra IT-promillepuljen anvendes til systemet InCorp.', 'bevilling'],
    ['Rådighedsbeløbet på effektiviseringspuljen i 2020 er på 4.128.200 kr.', 'budget'],
    ['Budgetaftale vedr. besparelse på det administrative område på 2 mio. kr. årligt fra 2019.', 'besparelse'],
    ['Det giver reducerede driftsudgifter på 0,25 mio. kr.', 'besparelse'],
    ['Ved opgradering kan vi spare ca. 850.000 kr. på licenser.', 'besparelse'],
    ['Puljen tilføres årligt et beløb svarende til ca. 1,5 mio. kr.', 'budget'],
    ['En anslået samlede udgift er på ca. 109.000 kr.', 'udgift'],
    ['Andelen af rådgiverhonorar forventes at beløbe sig til 0,3 mio. kr.', 'udgift'],
    ['Fra 2019 bidrager monopolbruddet med 0,8 mio. kr.', 'andet'],
    ['Den forventede tekniske kontraktsum er på 170 mio. kr., og prisen kendes ikke.', 'kontraktvaerdi'],
    ['Godkendt, idet de 0,410 mio. kr. overføres til direktionens udviklingspulje i 2017.', 'budget'],
    ['ØDC indstiller, at der overføres 0,410 mio. kr. fra it-promillepuljen til ØDC i 2016.', 'bevilling'],
    ['Der søges om en tillægsbevilling på 1,2 mio. kr.', 'bevilling'],
    ['Salg af grunde giver en indtægt på 3 mio. kr.', 'indtaegt'],
    ['at kommunens medfinansiering på 250.000 kr. til rådgivning finansieres,', 'udgift'],
  ])('role of %j is %s', (sentence, role) => {
    expect(extractAmounts(sentence, 'sagsfremstilling').map((a) => a.role)).toEqual([role]);
  });
});

describe('extractAmounts in tables', () => {
  it('scales a table by its "I 1000 kr." header and marks the "I alt" row', () => {
    const table = 'I 1000 kr.\t2015\t2016\nIncorp\t105\t\nHjertet\t\t270\nI alt\t105\t270';
    expect(extractAmounts(table, 'oekonomi').map((a) => [a.value, a.text, a.scale, a.isTotal])).toEqual([
      [105_000, '105', 1000, false],
      [270_000, '270', 1000, false],
      [105_000, '105', 1000, true],
      [270_000, '270', 1000, true],
    ]);
  });

  it('keeps a "Kr." table in kroner and skips the "Antal" column', () => {
    const table = 'Udgift\tAntal\tKr.\nLicenser\t1816\t6.707.668\nTotal\t1816\t6.707.668';
    expect(summary(extractAmounts(table, 'oekonomi'))).toEqual([
      [6_707_668, 'udgift', false],
      [6_707_668, 'udgift', true],
    ]);
  });

  it('does not scale a year-column table when the text never speaks of mio. kr. or 1.000 kr.', () => {
    const table = 'Post\t2017\nLicenser\t850';
    expect(extractAmounts(table, 'oekonomi').map((a) => a.value)).toEqual([850]);
  });

  it('reads amounts written in the text cells of a table', () => {
    const table = 'Dagsorden\t\nBudgetaftale vedr. besparelse på 2 mio. kr. årligt fra 2019. <i>Jan</i>\t';
    expect(extractAmounts(table, 'sagsfremstilling').map((a) => [a.value, a.role, a.scale])).toEqual([
      [2_000_000, 'besparelse', undefined],
    ]);
  });
});

describe('extractAmounts on the demo corpus', () => {
  const file000 = corpusFile('000');
  const file001 = corpusFile('001');
  const file004 = corpusFile('004');

  describe('file 000 item 5 (Teams)', () => {
    const item = agendaItem(file000, 5);

    it('reads the indstilling as a 2,7 mio. kr. grant', () => {
      expect(extractAmounts(between(item, 'Indstillinger', 'Behandling'), 'indstilling')).toEqual([
        {
          value: 2_700_000,
          text: '2,7 mio. kr.',
          sentence: 'Direktøren indstiller, at der bevilges midler i alt 2,7 mio. kr. til at omlægge fra Skype til Teams.',
          section: 'indstilling',
          role: 'bevilling',
        },
      ]);
    });

    it('reads the økonomi lines with the total 2.708.376 kr.', () => {
      const amounts = extractAmounts(between(item, 'Økonomiske konsekvenser', 'Bilag'), 'oekonomi');
      expect(summary(amounts)).toEqual([
        [4_128_200, 'budget', false],
        [109_376, 'andet', false],
        [1_800_000, 'andet', false],
        [480_000, 'andet', false],
        [319_000, 'andet', false],
        [2_708_376, 'andet', true],
      ]);
      expect(amounts[1].text).toBe('109.376 kr.');
    });

    it('reads the savings as besparelse', () => {
      const sagsfremstilling = between(between(item, 'Behandling'), 'Sagsfremstilling', 'Økonomiske konsekvenser');
      expect(summary(extractAmounts(sagsfremstilling, 'sagsfremstilling'))).toEqual([
        [2_474_000, 'besparelse', false],
        [679_100, 'besparelse', false],
        [3_262_300, 'besparelse', false],
        [6_415_400, 'besparelse', false],
        [3_153_100, 'besparelse', false],
      ]);
    });
  });

  describe('file 004 item 5 (IT-promillepulje)', () => {
    const item = agendaItem(file004, 5);

    it('reads the three grants of the indstilling', () => {
      const amounts = extractAmounts(between(item, 'INDSTILLING', /^BESLUTNING/), 'indstilling');
      expect(amounts.map((a) => [a.value, a.text, a.role])).toEqual([
        [105_000, '105.000 kr.', 'bevilling'],
        [109_000, '109.000 kr', 'bevilling'],
        [270_000, '270.000 kr', 'bevilling'],
      ]);
    });

    it('reads t. kr. in running text and scales the "I 1000 kr." table', () => {
      const amounts = extractAmounts(between(item, 'Sagsfremstilling', 'ØKONOMI'), 'sagsfremstilling');
      expect(amounts.find((a) => a.text === '270 t. kr.')).toMatchObject({ value: 270_000, role: 'bevilling' });
      expect(amounts.find((a) => a.text === '105 t. kr.')).toMatchObject({ value: 105_000, role: 'udgift' });
      const scaled = amounts.filter((a) => a.scale === 1000);
      expect(scaled.map((a) => [a.value, a.isTotal])).toEqual([
        [105_000, false],
        [109_000, false],
        [270_000, false],
        [270_000, false],
        [270_000, false],
        [214_000, true],
        [270_000, true],
        [270_000, true],
        [270_000, true],
      ]);
      expect(scaled[0]).toMatchObject({ text: '105', sentence: 'Incorp | 105', role: 'bevilling' });
    });

    it('keeps the unscaled list of 2015 dispositions in kroner', () => {
      const amounts = extractAmounts(between(item, 'Sagsfremstilling', 'ØKONOMI'), 'sagsfremstilling');
      expect(cells(amounts).filter((a) => a.scale === 1).map((a) => a.value)).toEqual([
        6_175_000, 4_681_600, 38_000, 100_000, 90_000, 51_694, 40_000, 3_500, 38_400, 151_100, 157_500, 12_000,
        101_000, 710_206,
      ]);
    });

    it('reads the økonomi section in t. kr.', () => {
      const amounts = extractAmounts(between(item, 'ØKONOMI'), 'oekonomi');
      expect(amounts.map((a) => [a.value, a.text, a.role])).toEqual([
        [710_000, '710 t. kr', 'budget'],
        [210_000, '210 t. kr.', 'andet'],
        [500_000, '500 t. kr.', 'budget'],
      ]);
    });
  });

  describe('file 001 item 5 (it budget 2017)', () => {
    const item = agendaItem(file001, 5);
    const sagsfremstilling = () => extractAmounts(between(item, 'Sagsfremstilling', 'Økonomi'), 'sagsfremstilling');

    it('reads 0,410 and 0,850 mio. kr. in the indstilling', () => {
      const amounts = extractAmounts(between(item, 'Indstilling', /^Beslutning/), 'indstilling');
      expect(amounts.map((a) => [a.value, a.role])).toEqual([
        [410_000, 'bevilling'],
        [850_000, 'bevilling'],
      ]);
    });

    it('scales the year-column tables by 1000 because the case speaks of mio. kr.', () => {
      const table1a = sagsfremstilling().filter((a) => a.scale === 1000).slice(0, 5);
      expect(table1a.map((a) => [a.value, a.text, a.role, a.isTotal])).toEqual([
        [250_000, '250', 'bevilling', false],
        [100_000, '100', 'bevilling', false],
        [300_000, '300', 'bevilling', false],
        [200_000, '200', 'bevilling', false],
        [850_000, '850', 'bevilling', true],
      ]);
      expect(table1a[4].sentence).toBe('I alt | 850');
    });

    it('reads Tabel 2 with "2.200" as 2.200.000 kr. and its total 3.960', () => {
      const amounts = sagsfremstilling();
      expect(amounts.find((a) => a.text === '2.200')).toMatchObject({ value: 2_200_000, scale: 1000, role: 'udgift' });
      expect(amounts.find((a) => a.text === '3.960')).toMatchObject({ value: 3_960_000, isTotal: true });
    });

    it('continues Tabel 3 with the rows that lost their tab', () => {
      const table3 = sagsfremstilling().filter((a) => a.scale === 1000).slice(-6);
      expect(table3.map((a) => [a.value, a.isTotal])).toEqual([
        [75_000, false],
        [85_000, false],
        [100_000, false],
        [50_000, false],
        [100_000, false],
        [410_000, true],
      ]);
    });

    it('reads the space-separated "1.000 kr." table of the økonomi section', () => {
      const amounts = extractAmounts(between(item, 'Økonomi', 'Bilag'), 'oekonomi');
      expect(amounts.map((a) => [a.value, a.text, a.scale])).toEqual([
        [5_993_000, '5.993', 1000],
        [7_614_000, '7.614', 1000],
        [5_122_000, '5.122', 1000],
        [850_000, '850', 1000],
        [450_000, '450', 1000],
        [3_960_000, '3.960', 1000],
        [410_000, '410', 1000],
        [461_000, '461', 1000],
        [2_354_000, '2.354', 1000],
        [2_400_000, '2,4 mio. kr.', undefined],
      ]);
      expect(amounts[0]).toMatchObject({ role: 'budget', sentence: 'Puljen primo året | 5.993 | 7.614' });
    });
  });

  describe('file 001 items 6 and 7', () => {
    it('reads 2,2 and 0,3 mio. kr. in the indstilling of item 6', () => {
      const item = agendaItem(file001, 6);
      const amounts = extractAmounts(between(item, 'Indstilling', /^Beslutning/), 'indstilling');
      expect(amounts.map((a) => [a.value, a.role])).toEqual([
        [2_200_000, 'bevilling'],
        [300_000, 'bevilling'],
      ]);
    });

    it('keeps the scenario tables of item 6 unscaled and ignores the licence counts', () => {
      const item = agendaItem(file001, 6);
      const scenario1 = between(item, 'Scenarie 1 - Traditionel Office Standard', 'Scenarie 2 - Traditionel Office Professional Plus');
      expect(extractAmounts(scenario1, 'oekonomi').map((a) => [a.value, a.scale, a.isTotal])).toEqual([
        [3_694, 1, false],
        [6_707_668, 1, false],
        [670_830, 1, false],
        [7_378_499, 1, false],
        [1_688_415, 1, false],
        [1_688_415, 1, false],
        [8_396_083, 1, true],
        [9_066_914, 1, true],
        [3_022_305, 1, true],
      ]);
    });

    it('reads the "Kr." budget table of item 7 in kroner', () => {
      const item = agendaItem(file001, 7);
      const table = cells(extractAmounts(between(item, 'Nedenfor fremgår overordnet budget baseret på direktionens deltagelse torsdag – lørdag, arbejdsgruppens deltagelse torsdag – søndag.'), 'oekonomi'));
      expect(table.map((a) => [a.value, a.isTotal])).toEqual([
        [2_238, false],
        [13_000, false],
        [4_476, false],
        [10_980, false],
        [16_000, false],
        [46_694, false],
        [103_000, false],
        [149_694, true],
      ]);
    });
  });

  it('reads "ca. 4,5 mio. kr." and "0,3 mio. kr." in file 003 item 3', () => {
    const item = agendaItem(corpusFile('003'), 3);
    const amounts = extractAmounts(between(item, 'Økonomiske oplysninger', 'Lovgrundlag'), 'oekonomi');
    expect(amounts.map((a) => [a.value, a.text, a.role])).toEqual([
      [4_500_000, '4,5 mio. kr.', 'udgift'],
      [300_000, '0,3 mio. kr.', 'udgift'],
    ]);
  });

  it('reads "170 mio. kr." in file 002 item 2', () => {
    const item = agendaItem(corpusFile('002'), 2);
    const amounts = extractAmounts(between(item, 'Økonomiske konsekvenser', /^Direktionens møde/), 'oekonomi');
    expect(amounts.map((a) => [a.value, a.role])).toEqual([[170_000_000, 'kontraktvaerdi']]);
  });

  it.each([
    ['000', 1],
    ['002', 3],
    ['003', 1],
    ['003', 8],
  ])('finds no amounts in file %s item %d (dates, times, case numbers, counts)', (file, n) => {
    expect(extractAmounts(agendaItem(corpusFile(file), n), 'sagsfremstilling')).toEqual([]);
  });
});
