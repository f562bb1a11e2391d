/**
 * Which municipality a meeting belongs to: named in the text, else given by a case-number prefix
 * ("326-2020-195128" → 326 Kalundborg), else a place name in the publishing site's address, else the caller's choice (CLI --municipality, a name or a code).
 * A caller's choice that matches no municipality is kept as given, without a code.
 */
import {
  findMunicipalityInText,
  municipalityByCode,
  municipalityByName,
  findBareMunicipalityName,
  findUnlistedMunicipalityName,
  municipalityFromCaseNumber,
  municipalityFromUrl,
  type Municipality,
} from '../../analyzers/municipalities.js';
import type { AgendaItem, Meeting } from '../model.js';

type MunicipalityFacts = Pick<Meeting, 'municipality' | 'municipalityCode' | 'municipalitySource'>;

const CODE = /^\d{1,4}$/;

/** A --municipality value, a kommunekode ("326") or a name ("Kalundborg"), or null when it names none. */
export function municipalityFromOption(option: string): Municipality | null {
  const value = option.trim();
  return CODE.test(value) ? municipalityByCode(value) : municipalityByName(value);
}

function facts(found: Municipality, source: MunicipalityFacts['municipalitySource']): MunicipalityFacts {
  return { municipality: found.name, municipalityCode: found.code, municipalitySource: source };
}

export function resolveMunicipality(text: string, items: readonly AgendaItem[], given: string | undefined, sourceUrl: string | null = null): MunicipalityFacts {
  const named = findMunicipalityInText(text);
  if (named) return facts(named, 'text');

  for (const item of items) {
    for (const caseNumber of item.caseNumbers) {
      const byPrefix = municipalityFromCaseNumber(caseNumber);
      if (byPrefix) return facts(byPrefix, 'case-number');
    }
  }

  const byUrl = sourceUrl ? municipalityFromUrl(sourceUrl) : null;
  if (byUrl) return facts(byUrl, 'source-url');

  const option = given?.trim();
  if (option) {
    const chosen = municipalityFromOption(option);
    return chosen ? facts(chosen, 'cli') : { municipality: option, municipalityCode: null, municipalitySource: 'cli' };
  }
  const unlisted = findUnlistedMunicipalityName(text);
  if (unlisted) return { municipality: unlisted, municipalityCode: null, municipalitySource: 'text' };
  const bare = findBareMunicipalityName(text);
  return bare ? facts(bare, 'text') : { municipality: null, municipalityCode: null, municipalitySource: null };
}
