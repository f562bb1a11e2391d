import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findMunicipalityInText,
  municipalityByCode,
  municipalityByName,
  municipalityFromCaseNumber,
} from '../../analyzers/municipalities.js';

const CORPUS = fileURLToPath(new URL('../../corpus/demo/', import.meta.url));

function demoFile(prefix: string): string {
  return readFileSync(CORPUS + readdirSync(CORPUS).find((name) => name.startsWith(`${prefix}_`))!, 'utf8');
}

const KALUNDBORG = { code: '326', name: 'Kalundborg', region: 'Region Sjælland' };
const HOEJE_TAASTRUP = { code: '169', name: 'Høje-Taastrup', region: 'Region Hovedstaden' };
const NORDFYNS = { code: '480', name: 'Nordfyns', region: 'Region Syddanmark' };
const VESTHIMMERLAND = { code: '820', name: 'Vesthimmerland', region: 'Region Nordjylland' };

describe('municipalityByCode', () => {
  it.each(['326', '0326', 326, ' 326 '])('%j is Kalundborg', (code) => {
    expect(municipalityByCode(code)).toEqual(KALUNDBORG);
  });

  it('knows the first, the last and a mid-list municipality', () => {
    expect(municipalityByCode(101)).toEqual({ code: '101', name: 'København', region: 'Region Hovedstaden' });
    expect(municipalityByCode('860')).toEqual({ code: '860', name: 'Hjørring', region: 'Region Nordjylland' });
    expect(municipalityByCode('480')).toEqual(NORDFYNS);
  });

  it.each(['411', '999', '0', '', 'abc', '32a', '12345'])('%j is no municipality', (code) => {
    expect(municipalityByCode(code)).toBeNull();
  });
});

describe('municipalityByName', () => {
  it.each([
    ['Kalundborg', KALUNDBORG],
    ['høje taastrup', HOEJE_TAASTRUP],
    ['Høje - Taastrup', HOEJE_TAASTRUP],
    ['Nordfyns Kommune', NORDFYNS],
    ['Vesthimmerlands Kommune', VESTHIMMERLAND],
  ])('%s', (name, expected) => {
    expect(municipalityByName(name)).toEqual(expected);
  });

  it('does not guess', () => {
    expect(municipalityByName('Taastrup')).toBeNull();
  });
});

describe('findMunicipalityInText', () => {
  it.each([
    ['001', HOEJE_TAASTRUP],
    ['002', KALUNDBORG],
    ['003', NORDFYNS],
    ['004', HOEJE_TAASTRUP],
  ])('finds the municipality of demo file %s', (prefix, expected) => {
    expect(findMunicipalityInText(demoFile(prefix))).toEqual(expected);
  });

  it('finds none in demo file 000, which never names its municipality', () => {
    expect(findMunicipalityInText(demoFile('000'))).toBeNull();
  });

  it('counts only "<Name> Kommune" forms, so a list of neighbours does not outvote the author', () => {
    const sentence =
      'Der er nu udarbejdet fælles vision samt udbudsstrategi for et fælles udbud med deltagelse af Assens, ' +
      'Kerteminde, Langeland, Ærø og Nordfyns Kommune.';
    expect(findMunicipalityInText(sentence)).toEqual(NORDFYNS);
  });

  it('reads genitive and hyphen variants', () => {
    expect(findMunicipalityInText('valg til Høje-Taastrup Kommunes Byråd')).toEqual(HOEJE_TAASTRUP);
    expect(findMunicipalityInText('Høje - Taastrup Kommune har behov')).toEqual(HOEJE_TAASTRUP);
    expect(findMunicipalityInText('Kalundborg Kommunes sags- og dokumentstrategi')).toEqual(KALUNDBORG);
    expect(findMunicipalityInText('Vesthimmerlands Kommune')).toEqual(VESTHIMMERLAND);
  });

  it('reads the abbreviation HTK as a word, possessive included', () => {
    expect(findMunicipalityInText("HTK's deltagelse på Folkemødet")).toEqual(HOEJE_TAASTRUP);
    expect(findMunicipalityInText('HTKs deltagelse')).toEqual(HOEJE_TAASTRUP);
    expect(findMunicipalityInText('se sitet på HTKalle')).toBeNull();
  });

  it('chooses the most mentioned, then the first mentioned', () => {
    expect(findMunicipalityInText('Roskilde Kommune og HTK. HTK har 13.000 opkald.')).toEqual(HOEJE_TAASTRUP);
    expect(findMunicipalityInText('Roskilde Kommune og Kalundborg Kommune')?.name).toBe('Roskilde');
  });

  it('reads a mention wherever it stands: across line breaks, right after another, never glued to a word or number', () => {
    expect(findMunicipalityInText('Brev fra\nHøje -\n Taastrup\nKommune')).toEqual(HOEJE_TAASTRUP);
    expect(findMunicipalityInText('Greve Kommune, Kalundborg Kommune og Kalundborg Kommunes byråd')).toEqual(KALUNDBORG);
    // Glued to what stands before, a name is no mention: the first named (Greve) wins the tie.
    expect(findMunicipalityInText('Greve KommuneKalundborg Kommune, Kalundborg Kommune')?.name).toBe('Greve');
    expect(findMunicipalityInText('2Kalundborg Kommune og Greve Kommune')?.name).toBe('Greve');
    expect(findMunicipalityInText('𝐀Kalundborg Kommune og Greve Kommune')?.name).toBe('Greve');
    expect(findMunicipalityInText('kommunen og kommunalbestyrelsen i Kalundborg')).toBeNull();
  });

  it('ignores bare names in running text but accepts a text that is just a name', () => {
    expect(findMunicipalityInText('Mødested Holbækvej 141 B, Kalundborg')).toBeNull();
    expect(findMunicipalityInText('Kalundborg')).toEqual(KALUNDBORG);
  });
});

describe('municipalityFromCaseNumber', () => {
  it('reads the code prefix of Kalundborg-style case numbers', () => {
    expect(municipalityFromCaseNumber('326-2020-195128')).toEqual(KALUNDBORG);
    expect(municipalityFromCaseNumber('0326-2018-18856')).toEqual(KALUNDBORG);
  });

  it.each(['14/32918', 'S2021-5237', '999-2020-1', '00.01.00'])('%j gives none', (caseNumber) => {
    expect(municipalityFromCaseNumber(caseNumber)).toBeNull();
  });
});
