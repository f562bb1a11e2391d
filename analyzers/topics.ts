/**
 * Topic tagging and system detection from the taxonomy (analyzers/taxonomy.yaml).
 *
 * A topic is assigned to an item when its terms, patterns or systems match
 *   - at least once in the title, or
 *   - at least once in the indstilling or beslutning section, or
 *   - at least twice in the body (all sections together).
 * Each stretch of text counts once per topic: where a topic's terms overlap ("it-promillepuljen" is both
 * "it-promillepulje*" and "*pulje*") the longest match wins, then the term with the most letters, then the
 * term listed first.
 * `topicMatches` explains the assigned topics only: every (topic, term, section) with its count, the term as
 * written in the taxonomy.
 *
 * Matching works on word tokens, not on one regex per term, so that the cost per text barely grows with the
 * number of terms: each token is compared only with the terms that share its first (or last) characters.
 */
import type { SectionKey, Sections, TopicMatch } from '../ingest/model.js';
import { loadTaxonomy, parseTerm, type Taxonomy, type TermShape } from './taxonomy.js';
import { BMP_WORD_CHARS } from './word-chars.js';
import { WORD_HASH_START, WordMemo, wordHashStep } from './word-memo.js';

type Place = SectionKey | 'title';

const DECISIVE_SECTIONS: ReadonlySet<Place> = new Set(['title', 'indstilling', 'beslutning']);
const MIN_BODY_MATCHES = 2;

interface Token {
  start: number;
  end: number;
  /** Lowercased. */
  word: string;
  candidates: Candidates;
}

/** What may stand between the words of a phrase: spaces and hyphens. */
const PHRASE_GAP = /^[\s\-–]+$/;

/** The text lowercased and cut into word tokens; `original` keeps the case for case-sensitive terms. */
interface Tokenised {
  original: string;
  lower: string;
  tokens: Token[];
  /** Some token may start a system alias. */
  mayNameSystems: boolean;
}

function tokenise(text: string, taxonomy: CompiledTaxonomy): Tokenised {
  const lower = text.toLowerCase();
  // Lowercasing changes the length for a few rare characters; then case-sensitive terms see lowercase text.
  const original = lower.length === text.length ? text : lower;
  const tokens: Token[] = [];
  let mayNameSystems = false;
  let start = -1;
  let hash = WORD_HASH_START;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    // Characters outside the Basic Multilingual Plane are not word characters here.
    const inWord = BMP_WORD_CHARS[code] === 1;
    if (inWord) {
      if (start < 0) {
        start = i;
        hash = WORD_HASH_START;
      }
      hash = wordHashStep(hash, code);
    } else if (start >= 0) {
      const { word, value } = taxonomy.candidatesByWord.entry(lower, start, i, hash);
      tokens.push({ start, end: i, word, candidates: value });
      if (value.systemAliases.length > 0) mayNameSystems = true;
      start = -1;
    }
  }
  return { original, lower, tokens, mayNameSystems };
}

interface Entry<T> {
  shape: TermShape;
  /** The words as written, for case-sensitive entries. */
  caseWords: string[] | null;
  target: T;
}

interface Hit<T> {
  start: number;
  end: number;
  target: T;
}

/** How many characters at a word's start (or end) select the candidate terms for it. */
const KEY_LENGTH = 3;

/**
 * A small-integer key from a word's first (or last) KEY_LENGTH characters; shorter words use what they have.
 * Different words may share a key: candidates are always verified.
 */
function affixKey(word: string, fromEnd: boolean): number {
  let key = word.length < KEY_LENGTH ? word.length : 0;
  for (let i = 0; i < Math.min(KEY_LENGTH, word.length); i++) {
    key = (key * 31 + word.charCodeAt(fromEnd ? word.length - 1 - i : i)) & 0x3fffffff;
  }
  return key;
}

const NONE: readonly never[] = [];
/** Bound of the word cache of a compiled taxonomy. */
const MAX_CACHED_WORDS = 200_000;

interface IndexedTerm<T> {
  term: string;
  caseSensitive: boolean;
  target: T;
}

/**
 * All terms of one kind (topic terms or system aliases), bucketed by the first characters of their first word
 * (the last characters for suffix terms), so that a token is compared with a handful of candidates only.
 */
class TermIndex<T> {
  /** Exact and prefix first words (KEY_LENGTH characters or more for prefixes), by their first characters. */
  private readonly heads = new Map<number, Entry<T>[]>();
  /** Suffix words of KEY_LENGTH characters or more, by their last characters. */
  private readonly tails = new Map<number, Entry<T>[]>();
  /** Infix words, and prefix or suffix words too short for a key: tried on every token. */
  private readonly everywhere: Entry<T>[] = [];

  constructor(terms: Iterable<IndexedTerm<T>>) {
    for (const { term, caseSensitive, target } of terms) {
      const shape = parseTerm(term);
      if (!shape) throw new Error(`Invalid term "${term}"`);
      const lowerShape = { ...shape, words: shape.words.map((word) => word.toLowerCase()) };
      const entry: Entry<T> = { shape: lowerShape, caseWords: caseSensitive ? shape.words : null, target };
      const first = lowerShape.words[0];
      const open = shape.openStart || (shape.openEnd && lowerShape.words.length === 1);
      if (open && first.length < KEY_LENGTH) this.everywhere.push(entry);
      else if (shape.openStart && shape.openEnd) this.everywhere.push(entry);
      else if (shape.openStart) push(this.tails, affixKey(first, true), entry);
      else push(this.heads, affixKey(first, false), entry);
    }
  }

  /** Hits in `text`: each token is tried with its candidates, `candidatesOf(token)` (what fitting(token.word) gives). */
  find(text: Tokenised, candidatesOf: (token: Token) => readonly Entry<T>[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    const { tokens } = text;
    for (let i = 0; i < tokens.length; i++) {
      for (const entry of candidatesOf(tokens[i])) this.matchFrom(entry, text, i, hits);
    }
    return hits;
  }

  /** The entries whose first word fits `word`: heads, then tails, then the everywhere entries, as listed. */
  fitting(word: string): readonly Entry<T>[] {
    const heads = this.heads.get(affixKey(word, false)) ?? NONE;
    const tails = this.tails.get(affixKey(word, true)) ?? NONE;
    const fitting = [...heads, ...tails, ...this.everywhere].filter((entry) => firstWordFits(entry.shape, word));
    return fitting.length > 0 ? fitting : NONE;
  }

  /** Records a hit when `entry` matches starting at token `first` (whose first word is already known to fit). */
  private matchFrom(entry: Entry<T>, text: Tokenised, first: number, hits: Hit<T>[]): void {
    const { words, openEnd, openStart } = entry.shape;
    const last = first + words.length - 1;
    if (last >= text.tokens.length) return;
    for (let k = 1; k < words.length; k++) {
      const token = text.tokens[first + k];
      const isLast = k === words.length - 1;
      const fits = isLast && openEnd ? token.word.startsWith(words[k]) : token.word === words[k];
      if (!fits || !PHRASE_GAP.test(text.lower.slice(text.tokens[first + k - 1].end, token.start))) return;
    }
    if (entry.caseWords && !matchesCase(entry.caseWords, text, first, openStart, openEnd)) return;
    hits.push({ start: text.tokens[first].start, end: text.tokens[last].end, target: entry.target });
  }
}

function firstWordFits({ words, openStart, openEnd }: TermShape, word: string): boolean {
  if (openStart && openEnd) return word.includes(words[0]);
  if (openStart) return word.endsWith(words[0]);
  if (openEnd && words.length === 1) return word.startsWith(words[0]);
  return word === words[0];
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function matchesCase(words: string[], text: Tokenised, first: number, openStart: boolean, openEnd: boolean): boolean {
  return words.every((word, k) => {
    const token = text.tokens[first + k];
    const written = text.original.slice(token.start, token.end);
    if (words.length === 1 && openStart && openEnd) return written.includes(word);
    if (k === 0 && openStart) return written.endsWith(word);
    if (k === words.length - 1 && openEnd) return written.startsWith(word);
    return written === word;
  });
}

/**
 * Keeps the longest of overlapping hits, scanning from the left; on equal length the target `prefer` sorts
 * first wins.
 */
function nonOverlapping<T>(hits: Hit<T>[], prefer: (a: T, b: T) => number): Hit<T>[] {
  const ordered = [...hits].sort((a, b) => a.start - b.start || hitLength(b) - hitLength(a) || prefer(a.target, b.target));
  const kept: Hit<T>[] = [];
  for (const hit of ordered) {
    const previous = kept.at(-1);
    if (!previous || hit.start >= previous.end) kept.push(hit);
    else if (hitLength(hit) > hitLength(previous)) kept[kept.length - 1] = hit;
  }
  return kept;
}

function hitLength(hit: Hit<unknown>): number {
  return hit.end - hit.start;
}

/** Prefers the term with more literal text ("telefoni*" over "telefon*"), then the one listed first. */
function preferTerm(a: TopicTerm, b: TopicTerm): number {
  return b.literalLength - a.literalLength || a.position - b.position;
}

/** Prefers the longer alias ("Skype for Business" over "Skype*"). */
function preferAlias(a: SystemAlias, b: SystemAlias): number {
  return b.alias.length - a.alias.length;
}

interface TopicTerm {
  topic: string;
  /** As written in the taxonomy. */
  term: string;
  /** Length without wildcards. */
  literalLength: number;
  /** Position in the taxonomy, across topics. */
  position: number;
}

interface SystemAlias {
  system: string;
  alias: string;
}

interface CompiledTaxonomy {
  topicTerms: TermIndex<TopicTerm>;
  topicPatterns: Array<{ regex: RegExp; target: TopicTerm }>;
  systemAliases: TermIndex<SystemAlias>;
  topicOrder: Map<string, number>;
  /** Word → its candidates; the same words recur in every text. */
  candidatesByWord: WordMemo<Candidates>;
}

/** The topic terms and system aliases whose first word fits a word. */
interface Candidates {
  topicTerms: readonly Entry<TopicTerm>[];
  systemAliases: readonly Entry<SystemAlias>[];
}

const NO_CANDIDATES: Candidates = { topicTerms: NONE, systemAliases: NONE };

function candidatesOf(word: string, topicTerms: TermIndex<TopicTerm>, systemAliases: TermIndex<SystemAlias>): Candidates {
  const topicCandidates = topicTerms.fitting(word);
  const systemCandidates = systemAliases.fitting(word);
  return topicCandidates.length + systemCandidates.length > 0
    ? { topicTerms: topicCandidates, systemAliases: systemCandidates }
    : NO_CANDIDATES;
}

const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();

function compile(taxonomy: Taxonomy): CompiledTaxonomy {
  let result = compiled.get(taxonomy);
  if (result) return result;
  const systemsByName = new Map(taxonomy.systems.map((system) => [system.name, system]));
  const topicTerms: IndexedTerm<TopicTerm>[] = [];
  const topicPatterns: CompiledTaxonomy['topicPatterns'] = [];
  for (const topic of taxonomy.topics) {
    const target = (term: string): TopicTerm => ({
      topic: topic.id,
      term,
      literalLength: term.replaceAll('*', '').length,
      position: topicTerms.length + topicPatterns.length,
    });
    for (const term of topic.terms) topicTerms.push({ term, caseSensitive: false, target: target(term) });
    for (const term of topic.caseSensitiveTerms) topicTerms.push({ term, caseSensitive: true, target: target(term) });
    for (const pattern of topic.patterns) {
      topicPatterns.push({ regex: new RegExp(pattern, 'giu'), target: target(pattern) });
    }
    for (const system of topic.systems.map((name) => systemsByName.get(name)!)) {
      for (const alias of system.aliases) {
        topicTerms.push({ term: alias, caseSensitive: system.matchCase, target: target(alias) });
      }
    }
  }
  const systemAliases = taxonomy.systems.flatMap((system) =>
    system.aliases.map((alias) => ({
      term: alias,
      caseSensitive: system.matchCase,
      target: { system: system.name, alias },
    })),
  );
  const topicIndex = new TermIndex(topicTerms);
  const systemIndex = new TermIndex(systemAliases);
  result = {
    topicTerms: topicIndex,
    topicPatterns,
    systemAliases: systemIndex,
    topicOrder: new Map(taxonomy.topics.map((topic, order) => [topic.id, order])),
    candidatesByWord: new WordMemo((word) => candidatesOf(word, topicIndex, systemIndex), MAX_CACHED_WORDS),
  };
  compiled.set(taxonomy, result);
  return result;
}

/** Topic hits in one text, at most one per topic for any stretch of text. */
function topicHits(tokenised: Tokenised, taxonomy: CompiledTaxonomy): Hit<TopicTerm>[] {
  const hits = taxonomy.topicTerms.find(tokenised, (token) => token.candidates.topicTerms);
  for (const { regex, target } of taxonomy.topicPatterns) {
    for (const match of tokenised.lower.matchAll(regex)) {
      if (match[0].length > 0) hits.push({ start: match.index, end: match.index + match[0].length, target });
    }
  }
  if (hits.length === 0) return hits;
  const byTopic = new Map<string, Hit<TopicTerm>[]>();
  for (const hit of hits) push(byTopic, hit.target.topic, hit);
  return [...byTopic.values()].flatMap((topicHitList) => nonOverlapping(topicHitList, preferTerm));
}

interface ItemText {
  title: string;
  sections: Sections;
}

/** The title and each section of an item, tokenised. */
function tokenisePlaces(input: ItemText, taxonomy: CompiledTaxonomy): Array<[Place, Tokenised]> {
  const texts: Array<[Place, string]> = [['title', input.title], ...(Object.entries(input.sections) as Array<[SectionKey, string]>)];
  return texts.map(([place, text]) => [place, tokenise(text ?? '', taxonomy)]);
}

/**
 * tokenise(texts.join('\n')), from the texts tokenised apart: no token spans a line break, and lowercasing does not
 * look across one.
 */
function joinLines(parts: Tokenised[], texts: Array<string | undefined>): Tokenised {
  const text = texts.join('\n');
  const lower = parts.map((part) => part.lower).join('\n');
  const tokens: Token[] = [];
  let offset = 0;
  for (const part of parts) {
    for (const { start, end, word, candidates } of part.tokens) tokens.push({ start: start + offset, end: end + offset, word, candidates });
    offset += part.lower.length + 1;
  }
  return { original: lower.length === text.length ? text : lower, lower, tokens, mayNameSystems: parts.some((part) => part.mayNameSystems) };
}

export function tagTopics(input: ItemText, taxonomy: Taxonomy = loadTaxonomy()): { topics: string[]; topicMatches: TopicMatch[] } {
  const compiledTaxonomy = compile(taxonomy);
  return topicsOf(tokenisePlaces(input, compiledTaxonomy), compiledTaxonomy);
}

/**
 * tagTopics and findSystems of the title and sections joined by line breaks, together: the text is tokenised once
 * for both.
 */
export function tagItem(input: ItemText, taxonomy: Taxonomy = loadTaxonomy()): { topics: string[]; topicMatches: TopicMatch[]; systems: string[] } {
  const compiledTaxonomy = compile(taxonomy);
  const places = tokenisePlaces(input, compiledTaxonomy);
  const parts = places.map(([, tokenised]) => tokenised);
  const systems = parts.some((part) => part.mayNameSystems)
    ? systemsIn(joinLines(parts, [input.title, ...Object.values(input.sections)]), compiledTaxonomy)
    : [];
  return { ...topicsOf(places, compiledTaxonomy), systems };
}

function topicsOf(places: Array<[Place, Tokenised]>, compiledTaxonomy: CompiledTaxonomy): { topics: string[]; topicMatches: TopicMatch[] } {
  const matches = new Map<string, TopicMatch>();
  const bodyCounts = new Map<string, number>();
  const assigned = new Set<string>();
  for (const [place, tokenised] of places) {
    if (!tokenised.lower) continue;
    for (const { target } of topicHits(tokenised, compiledTaxonomy)) {
      const key = `${target.topic}\u0000${target.term}\u0000${place}`;
      const match = matches.get(key);
      if (match) match.count += 1;
      else matches.set(key, { topic: target.topic, term: target.term, section: place, count: 1 });
      if (DECISIVE_SECTIONS.has(place)) assigned.add(target.topic);
      if (place !== 'title') bodyCounts.set(target.topic, (bodyCounts.get(target.topic) ?? 0) + 1);
    }
  }
  for (const [topic, count] of bodyCounts) if (count >= MIN_BODY_MATCHES) assigned.add(topic);

  const { topicOrder } = compiledTaxonomy;
  const topics = [...assigned].sort((a, b) => topicOrder.get(a)! - topicOrder.get(b)!);
  // Stable sort: within a topic, matches keep the order of sections and of first occurrence.
  const topicMatches = [...matches.values()]
    .filter((match) => assigned.has(match.topic))
    .sort((a, b) => topicOrder.get(a.topic)! - topicOrder.get(b.topic)!);
  return { topics, topicMatches };
}

/** Canonical names of the systems and organisations named in `text`, sorted; the longest alias wins a stretch of text. */
export function findSystems(text: string, taxonomy: Taxonomy = loadTaxonomy()): string[] {
  const compiledTaxonomy = compile(taxonomy);
  return systemsIn(tokenise(text, compiledTaxonomy), compiledTaxonomy);
}

function systemsIn(tokenised: Tokenised, { systemAliases }: CompiledTaxonomy): string[] {
  if (!tokenised.mayNameSystems) return [];
  const hits = nonOverlapping(
    systemAliases.find(tokenised, (token) => token.candidates.systemAliases),
    preferAlias,
  );
  return [...new Set(hits.map((hit) => hit.target.system))].sort();
}
