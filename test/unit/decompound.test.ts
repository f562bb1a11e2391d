import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../analyzers/decompound.js';

const parts = (text: string): string[] => compoundParts(text).split(' ').filter(Boolean);

describe('compoundParts', () => {
  it.each([
    ['effektiviseringspuljen', ['effektivisering', 'pulje']],
    ['it-promillepuljen', ['it', 'promille', 'pulje']],
    ['IT-promillepuljen', ['it', 'promille', 'pulje']],
    ['digitaliseringsstrategi', ['digitalisering', 'strategi']],
    ['Digitaliseringsstrategien', ['digitalisering', 'strategi']],
    ['telefoniløsning', ['telefoni', 'løsning']],
    ['anlægsbevillingen', ['anlæg', 'bevilling']],
    ['budgetopfølgningerne', ['budget', 'opfølgning']],
    ['gevinstrealiseringsprocesserne', ['gevinst', 'realisering', 'proces']],
    ['kontaktcenter', ['kontakt', 'center']],
    ['sagsbehandling', ['sag', 'behandling']],
    ['kontorpakken', ['kontor', 'pakke']],
    ['ESDH-projektet', ['esdh', 'projekt']],
    ['Skype-møder', ['skype', 'møde']],
  ])('%s → %j', (word, expected) => {
    expect(parts(word)).toEqual(expected);
  });

  it.each([
    'Kommunerne',
    'Teams',
    'forhandling',
    'indstilling',
    'telefonen',
    'institutionerne',
    'transport',
    'deltagere',
    'organisationen',
    'Kalundborg',
    'Covid-19',
    '326-2020-195128',
    '3-i-1',
  ])('%s is not a compound', (word) => {
    expect(compoundParts(word)).toBe('');
  });

  it('lists the parts of every compound in a text, in order, and nothing else', () => {
    const title = 'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams';
    expect(compoundParts(title)).toBe('effektivisering pulje');
    expect(compoundParts('Direktøren indstiller, at der bevilges midler fra IT-promillepuljen og anlægspuljen.')).toBe(
      'it promille pulje anlæg pulje',
    );
  });

  it('gives the same parts for a word on every call', () => {
    expect(compoundParts('Telefoniløsning')).toBe('telefoni løsning');
    expect(compoundParts('telefoniløsning')).toBe('telefoni løsning');
  });

  it('returns "" for empty text', () => {
    expect(compoundParts('')).toBe('');
  });
});
