import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../analyzers/amounts.js';
import { choosePrimaryAmount } from '../../analyzers/primary-amount.js';
import type { Amount, SectionKey } from '../../ingest/model.js';
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
