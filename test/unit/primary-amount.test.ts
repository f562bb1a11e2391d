import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../analyzers/amounts.js';
import { choosePrimaryAmount, chooseSavingFigure, chooseSpendingFigure, type DecidedItem } from '../../analyzers/primary-amount.js';
import type { Amount, DecisionOutcome, SectionKey } from '../../ingest/model.js';
import { agendaItem, between, corpusFile } from './corpus-helpers.js';

function amount(value: number, section: SectionKey | 'title', extra: Partial<Amount> = {}): Amount {
  return { value, text: String(value), sentence: '', section, role: 'andet', ...extra };
}

describe('choosePrimaryAmount', () => {
  it('is null without amounts', () => {
    expect(choosePrimaryAmount([])).toBeNull();
  });

  it('prefers the largest non-total amount of the indstilling or beslutning', () => {
    const amounts = [
      amount(5_000_000, 'sagsfremstilling', { role: 'bevilling' }),
      amount(300_000, 'indstilling', { role: 'bevilling' }),
      amount(2_200_000, 'indstilling', { role: 'bevilling' }),
      amount(9_000_000, 'indstilling', { isTotal: true, scale: 1 }),
      amount(410_000, 'beslutning'),
    ];
    expect(choosePrimaryAmount(amounts)).toBe(2_200_000);
  });

  it('sums the distinct grants of an indstilling with numbered points', () => {
    const amounts = [
      amount(105_000, 'indstilling', { role: 'bevilling', sentence: '1. godkender at 105.000 kr. anvendes til InCorp.' }),
      amount(109_000, 'indstilling', { role: 'bevilling', sentence: '2. godkender at 109.000 kr anvendes til KMD.' }),
      amount(105_000, 'beslutning', { role: 'bevilling', sentence: 'Godkendt, idet 105.000 kr. anvendes til InCorp.' }),
    ];
    expect(choosePrimaryAmount(amounts)).toBe(214_000);
  });

  it('takes the largest when the numbered points are not grants', () => {
    const amounts = [
      amount(500_000, 'indstilling', { role: 'besparelse', sentence: '3. Forslag om en effektivisering for 0,5 mio. kr.' }),
      amount(1_900_000, 'indstilling', { role: 'besparelse', sentence: '6. Restsum på 1,9 mio. kr.' }),
    ];
    expect(choosePrimaryAmount(amounts)).toBe(1_900_000);
  });

  it('uses a table total before the cells it sums, never adding the two', () => {
    const amounts = [
      amount(105_000, 'sagsfremstilling', { role: 'bevilling', scale: 1000, isTotal: false }),
      amount(109_000, 'sagsfremstilling', { role: 'bevilling', scale: 1000, isTotal: false }),
      amount(214_000, 'sagsfremstilling', { role: 'bevilling', scale: 1000, isTotal: true }),
      amount(1_500_000, 'sagsfremstilling', { role: 'budget' }),
    ];
    expect(choosePrimaryAmount(amounts)).toBe(214_000);
  });

  it('then takes the largest running-text bevilling, udgift or budget', () => {
    const amounts = [
      amount(13_400_000, 'sagsfremstilling', { role: 'besparelse' }),
      amount(9_000_000, 'oekonomi', { role: 'udgift', scale: 1 }),
      amount(2_100_000, 'oekonomi', { role: 'udgift' }),
      amount(500_000, 'oekonomi', { role: 'budget' }),
    ];
    expect(choosePrimaryAmount(amounts)).toBe(2_100_000);
  });

  it('falls back to the largest amount', () => {
    const amounts = [amount(800_000, 'sagsfremstilling'), amount(2_000_000, 'sagsfremstilling', { role: 'besparelse' })];
    expect(choosePrimaryAmount(amounts)).toBe(2_000_000);
  });
});

describe('choosePrimaryAmount on the demo corpus', () => {
  const itemAmounts = (sections: Array<[SectionKey, string]>) =>
    sections.flatMap(([section, sectionText]) => extractAmounts(sectionText, section));

  it('is 2,7 mio. kr. for file 000 item 5', () => {
    const item = agendaItem(corpusFile('000'), 5);
    const amounts = itemAmounts([
      ['indstilling', between(item, 'Indstillinger', 'Behandling')],
      ['sagsfremstilling', between(between(item, 'Behandling'), 'Sagsfremstilling', 'Økonomiske konsekvenser')],
      ['oekonomi', between(item, 'Økonomiske konsekvenser', 'Bilag')],
      ['beslutning', between(item, 'Direktionens møde den 2. juni 2020:', 'Bilag')],
    ]);
    expect(choosePrimaryAmount(amounts)).toBe(2_700_000);
  });

  it('is the sum 105.000 + 109.000 + 270.000 kr. of the three numbered grants of file 004 item 5', () => {
    const item = agendaItem(corpusFile('004'), 5);
    const amounts = itemAmounts([
      ['indstilling', between(item, 'INDSTILLING', /^BESLUTNING/)],
      ['beslutning', between(item, /^BESLUTNING/, 'Sagsfremstilling')],
      ['sagsfremstilling', between(item, 'Sagsfremstilling', 'ØKONOMI')],
      ['oekonomi', between(item, 'ØKONOMI')],
    ]);
    expect(choosePrimaryAmount(amounts)).toBe(484_000);
  });

  it('is the larger of the two bulleted (not numbered) reservations of file 001 item 6', () => {
    const item = agendaItem(corpusFile('001'), 6);
    const amounts = itemAmounts([
      ['indstilling', between(item, 'Indstilling', /^Beslutning/)],
      ['oekonomi', between(item, 'Økonomi', 'Tidsplan:')],
    ]);
    expect(choosePrimaryAmount(amounts)).toBe(2_200_000);
  });

  it('is the 170 mio. kr. contract sum of file 002 item 2, which has no amount in its indstilling', () => {
    const item = agendaItem(corpusFile('002'), 2);
    const amounts = itemAmounts([
      ['indstilling', between(item, 'Indstillinger', 'Behandling')],
      ['oekonomi', between(item, 'Økonomiske konsekvenser', /^Direktionens møde/)],
    ]);
    expect(choosePrimaryAmount(amounts)).toBe(170_000_000);
  });
});

describe('chooseSpendingFigure and chooseSavingFigure', () => {
  /** An item whose indstilling and beslutning are the given texts, with their amounts read by extractAmounts. */
  function decidedItem(indstilling: string, decisionOutcome: DecisionOutcome | null, beslutning = '', oekonomi = ''): DecidedItem {
    const sections = { indstilling, beslutning, oekonomi };
    const amounts = (Object.entries(sections) as Array<[SectionKey, string]>).flatMap(([section, text]) => extractAmounts(text, section));
    return { amounts, sections, decisionOutcome };
  }

  it('is the grant of an approved or recommended indstilling', () => {
    const sentence = 'Direktøren indstiller, at der bevilges midler i alt 2,7 mio. kr. til at omlægge fra Skype til Teams.';
    const figure = { value: 2_700_000, class: 'bevilling', sentence };
    expect(chooseSpendingFigure(decidedItem(sentence, 'godkendt'))).toEqual(figure);
    expect(chooseSpendingFigure(decidedItem(sentence, 'anbefalet'))).toEqual(figure);
  });

  it.each(['udsat', 'ikke godkendt', 'drøftet', 'taget til efterretning', 'andet', null] as const)('is null when the decision is %s', (outcome) => {
    expect(chooseSpendingFigure(decidedItem('Der bevilges 2,7 mio. kr. til Teams.', outcome))).toBeNull();
  });

  it('never counts amounts outside the indstilling and beslutning (a contract value in the economy section)', () => {
    const item = decidedItem('ESDH-styregruppen indstiller, at status godkendes.', 'godkendt', '', 'Den forventede tekniske kontraktsum er på 170 mio. kr.');
    expect(item.amounts.map((a) => a.role)).toEqual(['kontraktvaerdi']);
    expect(chooseSpendingFigure(item)).toBeNull();
  });

  it('adds up the points of an indstilling, each counting its largest amount once', () => {
    const item = decidedItem(
      '1. godkender at 105.000 kr. i 2015 fra IT-promillepuljen anvendes til InCorp.\n' +
        '2. godkender at der anvendes ca. kr. 150.000 til transport, heraf 100.000 kr. fra udviklingspuljen.',
      'godkendt',
    );
    expect(chooseSpendingFigure(item)?.value).toBe(255_000);
  });

  it('lets the beslutning reclassify an amount of the indstilling (a transfer into a pool is no spending)', () => {
    const item = decidedItem(
      'ØDC indstiller, at der overføres 0,410 mio. kr. fra it-promillepuljen til ØDC i 2016 og 0,850 mio. kr. til ØDC i 2017.',
      'godkendt',
      'Godkendt, idet de 0,410 mio. kr. overføres til direktionens udviklingspulje i 2017.',
    );
    expect(chooseSpendingFigure(item)?.value).toBe(850_000);
  });

  it('counts a grant the beslutning adds', () => {
    const item = decidedItem('Det indstilles, at sagen godkendes.', 'godkendt', 'Godkendt med en tillægsbevilling på 400.000 kr.');
    expect(chooseSpendingFigure(item)).toEqual({ value: 400_000, class: 'bevilling', sentence: 'Godkendt med en tillægsbevilling på 400.000 kr.' });
  });

  it('counts only the points a point-by-point beslutning approves', () => {
    const indstilling =
      '1. at orienteringen tages til efterretning\n\n2. at det besluttes, om der skal søges herunder\n\n' +
      'a) at kommunens medfinansiering på 250.000 kr. til rådgivning finansieres,\n\n3. at der bevilges 40.000 kr. til en workshop.';
    expect(chooseSpendingFigure(decidedItem(indstilling, 'anbefalet', '1. Anbefales idet udvalget gerne ser flere fonde.'))).toBeNull();
    expect(chooseSpendingFigure(decidedItem(indstilling, 'anbefalet', '1. - 2. Anbefales.'))?.value).toBe(250_000);
    expect(chooseSpendingFigure(decidedItem(indstilling, 'godkendt', '1. Godkendt.\n\n3. Godkendt.'))?.value).toBe(40_000);
    expect(chooseSpendingFigure(decidedItem(indstilling, 'godkendt', 'Godkendt.'))?.value).toBe(290_000);
  });

  it('reads a decided saving as the saving figure, not as spending', () => {
    const sentence = 'Det indstilles, at der gennemføres en rammebesparelse på 1,9 mio. kr. i 2017.';
    expect(chooseSpendingFigure(decidedItem(sentence, 'godkendt'))).toBeNull();
    expect(chooseSavingFigure(decidedItem(sentence, 'godkendt'))).toEqual({ value: 1_900_000, class: 'besparelse', sentence });
    expect(chooseSavingFigure(decidedItem(sentence, 'udsat'))).toBeNull();
  });
});
