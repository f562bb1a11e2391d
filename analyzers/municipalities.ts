/**
 * The 98 Danish municipalities (analyzers/data/kommuner.csv) and how minutes name them: "Nordfyns Kommune",
 * "Høje-Taastrup Kommunes Byråd", the abbreviation "HTK", or a case-number prefix ("326-2020-195128").
 */
import { readFileSync } from 'node:fs';
import { escapeRegExp, matchesOf } from './regexp.js';
import { bmpTable } from './word-chars.js';

export type Municipality = { code: string; name: string; region: string };

/** Abbreviations used in minutes instead of "<Name> Kommune", by municipality code. */
const ABBREVIATIONS: Record<string, string> = { HTK: '169' };
/** Longer than any "<Name> Kommune"; longer texts are not tried as a bare name. */
const MAX_NAME_LENGTH = 40;
/** What a "<Name> Kommune" mention ends with. No municipality's name contains one of these words. */
const MENTION_ENDS = 'kommune|kommunalbestyrelse|byråd';

interface Registry {
  byCode: Map<string, Municipality>;
  /** Normalised name (see normaliseName) → municipality. */
  byName: Map<string, Municipality>;
  /** "<Name> Kommune" / "<Name>s Kommune" for every name; group 1 is the name as written. */
  mentions: RegExp;
  /** The words a mention ends with. */
  mentionEnds: RegExp;
  /** The most words a name has ("Høje-Taastrup": 2). */
  maxNameWords: number;
  /** A municipality's name alone, capitalised as a name ("Ringsteds Ungepulje"). */
  bareNames: RegExp;
  abbreviations: RegExp;
}

let registry: Registry | null = null;

function loadMunicipalities(): Municipality[] {
  const csv = readFileSync(new URL('./data/kommuner.csv', import.meta.url), 'utf8');
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  if (header !== 'code,name,region') throw new Error(`kommuner.csv: unexpected header "${header}"`);
  return rows.map((row) => {
    const [code, name, region] = row.split(',');
    return { code: normaliseCode(code)!, name, region };
  });
}


/** "Høje-Taastrup" also as "Høje - Taastrup" and "Høje Taastrup". */
function namePattern(name: string): string {
  return name.split('-').map(escapeRegExp).join('(?:\\s*[-–]\\s*|\\s+)');
}

function buildRegistry(): Registry {
  const municipalities = loadMunicipalities();
  const names = municipalities.map((municipality) => municipality.name).sort((a, b) => b.length - a.length);
  const abbreviations = Object.keys(ABBREVIATIONS).map(escapeRegExp).join('|');
  return {
    byCode: new Map(municipalities.map((municipality) => [municipality.code, municipality])),
    byName: new Map(municipalities.map((municipality) => [normaliseName(municipality.name), municipality])),
    mentions: new RegExp(`(?<![\\p{L}\\p{N}-])(${names.map(namePattern).join('|')})s?\\s+(?:${MENTION_ENDS})`, 'giu'),
    mentionEnds: new RegExp(MENTION_ENDS, 'giu'),
    maxNameWords: Math.max(...names.map((name) => name.split(/[\s\-–]+/u).length)),
    bareNames: new RegExp(`(?<![\\p{L}\\p{N}-])(${names.map(namePattern).join('|')})s?(?![\\p{L}\\p{N}])`, 'gu'),
    abbreviations: new RegExp(`(?<![\\p{L}\\p{N}])(${abbreviations})(?:'?s)?(?![\\p{L}\\p{N}])`, 'gu'),
  };
}

function getRegistry(): Registry {
  registry ??= buildRegistry();
  return registry;
}

/** "0326", "326" and 326 → "326"; null for anything that is not a 1–4 digit code. */
function normaliseCode(code: string | number): string | null {
  const text = String(code).trim();
  return /^\d{1,4}$/.test(text) ? String(Number(text)) : null;
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\s*[-–]\s*|\s+/g, '-');
}

export function municipalityByCode(code: string | number): Municipality | null {
  const normalised = normaliseCode(code);
  return normalised === null ? null : (getRegistry().byCode.get(normalised) ?? null);
}

/** A municipality by its name alone: "Kalundborg", "høje taastrup", "Vesthimmerlands Kommune". */
export function municipalityByName(name: string): Municipality | null {
  const { byName } = getRegistry();
  const normalised = normaliseName(name.trim().replace(/\s+kommune$/i, ''));
  return byName.get(normalised) ?? byName.get(normalised.replace(/s$/, '')) ?? null;
}

/**
 * The municipality whose minutes these are: the one named most often as "<Name> Kommune" (any inflection of
 * Kommune) or by its abbreviation, the first named on a tie. Bare names in running text do not count (they are
 * often neighbours or towns), but a text that is nothing but a name ("Kalundborg") is that municipality.
 */
export function findMunicipalityInText(text: string): Municipality | null {
  const registry = getRegistry();
  const hits: Array<{ index: number; municipality: Municipality | null }> = [
    ...mentionsIn(text, registry).map((mention) => ({
      index: mention.index,
      municipality: municipalityByName(mention.name),
    })),
    ...matchesOf(registry.abbreviations, text).map((match) => ({
      index: match.index,
      municipality: municipalityByCode(ABBREVIATIONS[match[1]]),
    })),
  ].sort((a, b) => a.index - b.index);

  // Counted in order of first mention, so that on a tie the first named wins.
  const counts = new Map<Municipality, number>();
  for (const { municipality } of hits) {
    if (municipality) counts.set(municipality, (counts.get(municipality) ?? 0) + 1);
  }
  let best: Municipality | null = null;
  for (const [municipality, count] of counts) {
    if (!best || count > counts.get(best)!) best = municipality;
  }
  if (best) return best;
  return text.length <= MAX_NAME_LENGTH ? municipalityByName(text) : null;
}

/** What a mention may span before its last word: names are letters and hyphens, joined to "Kommune" by spaces. */
const MENTION_CHARS = bmpTable(/^[\p{L}\s\-–]$/u);

/** Where the run of letters, spaces and hyphens that ends at `end` starts. */
function mentionRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && MENTION_CHARS[text.charCodeAt(start - 1)] === 1) start--;
  return start;
}

/** What stands between the words of a name as the mention patterns write it: spaces and hyphens. */
const NAME_SEPARATOR_CHARS = bmpTable(/^[\s\-–]$/u);
const WHITESPACE_CHARS = bmpTable(/^\s$/u);

/**
 * The earliest place a mention ending before the word at `ending` can start: its name of at most `words` words ends
 * where the spaces before that word start.
 */
function earliestMentionStart(text: string, ending: number, words: number): number {
  let start = ending;
  while (start > 0 && WHITESPACE_CHARS[text.charCodeAt(start - 1)] === 1) start--;
  for (let word = 0; word < words; word++) {
    if (word > 0) while (start > 0 && NAME_SEPARATOR_CHARS[text.charCodeAt(start - 1)] === 1) start--;
    while (start > 0 && NAME_SEPARATOR_CHARS[text.charCodeAt(start - 1)] === 0) start--;
  }
  return start;
}

/**
 * The "<Name> Kommune" mentions in `text`, the same as text.matchAll(mentions) finds. The long pattern of all names
 * only runs on the stretch of letters, spaces and hyphens right before each word a mention ends with (Kommune,
 * Byråd …), where a mention must stand: no name contains such a word, so a mention ends at the first one after it.
 * Of that stretch only the last words can belong to the name.
 */
function mentionsIn(text: string, { mentions, mentionEnds, maxNameWords }: Registry): Array<{ index: number; name: string }> {
  const found: Array<{ index: number; name: string }> = [];
  let searchedTo = 0;
  for (const ending of matchesOf(mentionEnds, text)) {
    const end = ending.index + ending[0].length;
    const start = Math.max(searchedTo, mentionRunStart(text, ending.index), earliestMentionStart(text, ending.index, maxNameWords));
    // The stretch with the character before it (two code units, should it be a surrogate pair), which the
    // pattern's look-behind reads.
    const from = Math.max(0, start - 2);
    mentions.lastIndex = start - from;
    const mention = mentions.exec(text.slice(from, end));
    if (mention) found.push({ index: from + mention.index, name: mention[1] });
    searchedTo = end;
  }
  return found;
}

/** Kalundborg-style case numbers start with the municipality code: "326-2020-195128" → Kalundborg. */
export function municipalityFromCaseNumber(caseNumber: string): Municipality | null {
  const prefix = /^\s*(\d{3,4})-\d{4}-\d+/.exec(caseNumber);
  return prefix ? municipalityByCode(prefix[1]) : null;
}

/** Short names some municipalities use for their web address instead of their name ("fmk.dk": Faaborg-Midtfyn), by code. */
const WEB_ABBREVIATIONS: Record<string, string> = {
  fmk: '430',
  kk: '101',
  ltk: '173',
  htk: '169',
  rksk: '760',
  vhk: '820',
  brk: '400',
  rk: '175',
};

/** "æ" → "ae", "ø" → "oe", "å" → "aa", and the plain-letter spellings ("o", "a") some addresses use. */
function urlSpellings(name: string): string[] {
  const lower = name.toLowerCase().replace(/\s+/g, '-');
  const digraphs = lower.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  const plain = lower.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
  return [...new Set([digraphs, plain, digraphs.replace(/-/g, ''), plain.replace(/-/g, '')])];
}

let urlNames: Map<string, Municipality> | null = null;

function getUrlNames(): Map<string, Municipality> {
  if (urlNames) return urlNames;
  urlNames = new Map();
  for (const municipality of getRegistry().byCode.values()) {
    for (const spelling of urlSpellings(municipality.name)) urlNames.set(spelling, municipality);
  }
  for (const [abbreviation, code] of Object.entries(WEB_ABBREVIATIONS)) urlNames.set(abbreviation, municipalityByCode(code)!);
  return urlNames;
}

/**
 * The municipality a publishing address names: a label of the host ("www.gribskov.dk", "dagsordener.greve.dk",
 * "fmk.dk"), else a path segment or words of the path ("…/byraadet-i-ballerup-kommune-…"). Hosts of document
 * sharing sites (docplayer, yumpu …) name no municipality; their paths often do.
 */
export function municipalityFromUrl(address: string): Municipality | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const names = getUrlNames();
  const labels = url.hostname.toLowerCase().split('.').slice(0, -1);
  for (const label of labels.reverse()) {
    const found = names.get(label) ?? names.get(label.replace(/kommune$/, ''));
    if (found) return found;
  }
  const path = decodeURIComponent(url.pathname).toLowerCase();
  const words = path.split(/[^a-z0-9æøå-]+/).flatMap((segment) => [segment, ...segment.split('-')]);
  for (const word of words) {
    if (word.length < 3) continue;
    const found = names.get(word);
    if (found && /kommun|byraad|referat|dagsorden|politik/.test(path)) return found;
  }
  return null;
}

/**
 * The municipality named most often by its bare name ("Ringsteds Ungepulje"), for texts that never write
 * "<Name> Kommune". Weaker than a "<Name> Kommune" mention: towns share names with municipalities, so callers use it
 * last.
 */
export function findBareMunicipalityName(text: string): Municipality | null {
  const counts = new Map<Municipality, number>();
  for (const match of text.matchAll(getRegistry().bareNames)) {
    const found = municipalityByName(match[1]);
    if (found) counts.set(found, (counts.get(found) ?? 0) + 1);
  }
  let best: Municipality | null = null;
  for (const [municipality, count] of counts) if (!best || count > counts.get(best)!) best = municipality;
  return best;
}

const NOT_A_NAME = new Set(['Den', 'Denne', 'Hele', 'Din', 'Vores', 'Jeres', 'Hver', 'Enhver', 'Samme', 'Anden', 'Ny', 'Nye', 'Hjem', 'Region', 'Til', 'Fra', 'Og', 'Kontakt']);

/**
 * A municipality the registry does not know, named as "<Name> Kommune" (the 271 municipalities before the 2007 reform,
 * "Egebjerg Kommune"): the name most often written so, or null.
 */
export function findUnlistedMunicipalityName(text: string): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/(?<![\p{L}-])(\p{Lu}[\p{Ll}-]{2,}(?:-\p{Lu}[\p{Ll}]+)?)s?\s+Kommune(?![\p{L}])/gu)) {
    if (NOT_A_NAME.has(match[1])) continue;
    counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name;
  return best;
}
