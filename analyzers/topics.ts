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
import { BMP_WORD_CHARS, bmpTable } from './word-chars.js';
import { affixKey, FirstWordFilter, holdsSpan, KEY_LENGTH } from './first-words.js';
import { matchesOf } from './regexp.js';
import { WordMemo } from './word-memo.js';

type Place = SectionKey | 'title';

const DECISIVE_SECTIONS: ReadonlySet<Place> = new Set(['title', 'indstilling', 'beslutning']);
const MIN_BODY_MATCHES = 2;

/** A word that may start a term or an alias; the words after it are read from the text when a phrase needs them. */
interface Token {
  start: number;
  end: number;
  candidates: Candidates;
}

/** What may stand between the words of a phrase: spaces and hyphens. */
const PHRASE_GAP_CHARS = bmpTable(/^[\s\-–]$/u);

/** The text lowercased, and its words that may start a term; `original` keeps the case for case-sensitive terms. */
interface Tokenised {
  original: string;
  lower: string;
  tokens: Token[];
  /** Some token may start a system alias: it fits an alias's first word, as written for case-sensitive aliases. */
  mayNameSystems: boolean;
  /** Lowercasing kept the length, so `original` is the text as written. */
  keepsLength: boolean;
}

function tokenise(text: string, taxonomy: CompiledTaxonomy): Tokenised {
  const lower = text.toLowerCase();
  // Lowercasing changes the length for a few rare characters; then case-sensitive terms see lowercase text.
  const keepsLength = lower.length === text.length;
  const original = keepsLength ? text : lower;
  const tokens: Token[] = [];
  let mayNameSystems = false;
  const { firstWords } = taxonomy;
  const spans = firstWords.innerSpans(lower);
  let span = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    // Characters outside the Basic Multilingual Plane are not word characters here.
    const inWord = i < lower.length && BMP_WORD_CHARS[lower.charCodeAt(i)] === 1;
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      while (span < spans.length && spans[span] < start) span += 2;
      if (firstWords.mayStart(lower, start, i) || holdsSpan(spans, span, i)) {
        const candidates = taxonomy.candidatesByWord.entry(lower, start, i).value;
        if (candidates !== NO_CANDIDATES) {
          tokens.push({ start, end: i, candidates });
          if (!mayNameSystems && mayStartAsWritten(candidates.systemAliases, original, start, i)) mayNameSystems = true;
        }
      }
      start = -1;
    }
  }
  return { original, lower, tokens, mayNameSystems, keepsLength };
}

/** Whether one of `entries` (whose first word fits the word at start..end) fits it as written too. */
function mayStartAsWritten(entries: readonly Entry<unknown>[], original: string, start: number, end: number): boolean {
  return entries.some((entry) => !entry.caseWords || fitsAsWritten(entry.caseWords, 0, entry.shape, original, start, end));
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

  /** Hits in `text`: each token is tried with its candidates, `candidatesOf(token)` (what fitting gave for its word). */
  find(text: Tokenised, candidatesOf: (token: Token) => readonly Entry<T>[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (const token of text.tokens) {
      for (const entry of candidatesOf(token)) matchFrom(entry, text, token, hits);
    }
    return hits;
  }

  /** Lets the words through that may fit the first word of one of these terms. */
  addFirstWordsTo(filter: FirstWordFilter): void {
    for (const entries of this.heads.values()) for (const { shape } of entries) filter.addHead(shape.words[0]);
    for (const entries of this.tails.values()) for (const { shape } of entries) filter.addTail(shape.words[0]);
    for (const entry of this.everywhere) filter.addInnerWord(entry.shape.words[0]);
  }

  /** The entries whose first word fits `word`: heads, then tails, then the everywhere entries, as listed. */
  fitting(word: string): readonly Entry<T>[] {
    const heads = this.heads.get(affixKey(word, false)) ?? NONE;
    const tails = this.tails.get(affixKey(word, true)) ?? NONE;
    const fitting = [...heads, ...tails, ...this.everywhere].filter((entry) => firstWordFits(entry.shape, word));
    return fitting.length > 0 ? fitting : NONE;
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

/** Records a hit when `entry` matches starting at `token` (whose first word is already known to fit). */
function matchFrom<T>(entry: Entry<T>, text: Tokenised, token: Token, hits: Hit<T>[]): void {
  const { words, openEnd } = entry.shape;
  const { lower } = text;
  let end = token.end;
  for (let k = 1; k < words.length; k++) {
    const start = nextWordAfterGap(lower, end);
    if (start < 0) return;
    end = wordEnd(lower, start);
    const word = words[k];
    // The last word of an open-ended term is a prefix ("drift*"); the others are whole words.
    const fits = k === words.length - 1 && openEnd ? end - start >= word.length : end - start === word.length;
    if (!fits || !lower.startsWith(word, start)) return;
  }
  if (entry.caseWords && !matchesCase(entry, text, token.start)) return;
  hits.push({ start: token.start, end, target: entry.target });
}

/** Where the next word starts when only spaces and hyphens follow `end`; -1 when something else does or none follows. */
function nextWordAfterGap(lower: string, end: number): number {
  for (let at = end; at < lower.length; at++) {
    const code = lower.charCodeAt(at);
    if (BMP_WORD_CHARS[code] === 1) return at;
    if (PHRASE_GAP_CHARS[code] !== 1) return -1;
  }
  return -1;
}

function wordEnd(lower: string, start: number): number {
  let end = start;
  while (end < lower.length && BMP_WORD_CHARS[lower.charCodeAt(end)] === 1) end++;
  return end;
}

/** The words of a phrase that matched from `start` in the lowercased text, as written. */
function matchesCase({ caseWords, shape }: Entry<unknown>, text: Tokenised, start: number): boolean {
  const words = caseWords!;
  let wordStart = start;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) wordStart = nextWordAfterGap(text.lower, wordStart);
    const wordEndAt = wordEnd(text.lower, wordStart);
    if (!fitsAsWritten(words, k, shape, text.original, wordStart, wordEndAt)) return false;
    wordStart = wordEndAt;
  }
  return true;
}

/** Whether the word original.slice(start, end) fits word k of a case-sensitive term, `words` as written. */
function fitsAsWritten(
  words: readonly string[],
  k: number,
  { openStart, openEnd }: TermShape,
  original: string,
  start: number,
  end: number,
): boolean {
  const word = words[k];
  const length = end - start;
  if (words.length === 1 && openStart && openEnd) {
    const at = original.indexOf(word, start);
    return at >= 0 && at + word.length <= end;
  }
  if (k === 0 && openStart) return length >= word.length && original.startsWith(word, end - word.length);
  if (k === words.length - 1 && openEnd) return length >= word.length && original.startsWith(word, start);
  return length === word.length && original.startsWith(word, start);
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
  /** The words that may have candidates. */
  firstWords: FirstWordFilter;
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
  const firstWords = new FirstWordFilter();
  topicIndex.addFirstWordsTo(firstWords);
  systemIndex.addFirstWordsTo(firstWords);
  result = {
    topicTerms: topicIndex,
    topicPatterns,
    systemAliases: systemIndex,
    topicOrder: new Map(taxonomy.topics.map((topic, order) => [topic.id, order])),
    firstWords,
    candidatesByWord: new WordMemo((word) => candidatesOf(word, topicIndex, systemIndex), MAX_CACHED_WORDS),
  };
  compiled.set(taxonomy, result);
  return result;
}

/** Topic hits in one text, at most one per topic for any stretch of text. */
function topicHits(tokenised: Tokenised, taxonomy: CompiledTaxonomy): Hit<TopicTerm>[] {
  const hits = taxonomy.topicTerms.find(tokenised, (token) => token.candidates.topicTerms);
  for (const { regex, target } of taxonomy.topicPatterns) {
    for (const match of matchesOf(regex, tokenised.lower)) {
      if (match[0].length > 0) hits.push({ start: match.index, end: match.index + match[0].length, target });
    }
  }
  if (hits.length <= 1) return hits;
  const byTopic = new Map<string, Hit<TopicTerm>[]>();
  for (const hit of hits) push(byTopic, hit.target.topic, hit);
  const kept: Hit<TopicTerm>[] = [];
  for (const topicHitList of byTopic.values()) {
    if (topicHitList.length === 1) kept.push(topicHitList[0]);
    else for (const hit of nonOverlapping(topicHitList, preferTerm)) kept.push(hit);
  }
  return kept;
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
function joinLines(parts: Tokenised[], texts: Array<string | undefined>, mayNameSystems: boolean): Tokenised {
  const text = texts.join('\n');
  const lower = parts.map((part) => part.lower).join('\n');
  const tokens: Token[] = [];
  let offset = 0;
  for (const part of parts) {
    for (const { start, end, candidates } of part.tokens) tokens.push({ start: start + offset, end: end + offset, candidates });
    offset += part.lower.length + 1;
  }
  const keepsLength = lower.length === text.length;
  return { original: keepsLength ? text : lower, lower, tokens, mayNameSystems, keepsLength };
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
  // Where lowercasing changed a part's length, the joined text is matched in lowercase: the parts' own checks of
  // case-sensitive aliases do not tell, so the search runs.
  const mayNameSystems = parts.every((part) => part.keepsLength) ? parts.some((part) => part.mayNameSystems) : true;
  const systems = mayNameSystems
    ? systemsIn(joinLines(parts, [input.title, ...Object.values(input.sections)], mayNameSystems), compiledTaxonomy)
    : [];
  const { topics, topicMatches } = topicsOf(places, compiledTaxonomy);
  return { topics, topicMatches, systems };
}

function topicsOf(places: Array<[Place, Tokenised]>, compiledTaxonomy: CompiledTaxonomy): { topics: string[]; topicMatches: TopicMatch[] } {
  // In the order first seen: by place, then by first occurrence.
  const matches: TopicMatch[] = [];
  const bodyCounts = new Map<string, number>();
  const assigned = new Set<string>();
  for (const [place, tokenised] of places) {
    if (!tokenised.lower) continue;
    const hits = topicHits(tokenised, compiledTaxonomy);
    if (hits.length === 0) continue;
    /** This place's matches by topic, then term. */
    const inPlace = new Map<string, Map<string, TopicMatch>>();
    for (const { target } of hits) {
      let byTerm = inPlace.get(target.topic);
      if (!byTerm) inPlace.set(target.topic, (byTerm = new Map()));
      const match = byTerm.get(target.term);
      if (match) match.count += 1;
      else {
        const added = { topic: target.topic, term: target.term, section: place, count: 1 };
        byTerm.set(target.term, added);
        matches.push(added);
      }
      if (DECISIVE_SECTIONS.has(place)) assigned.add(target.topic);
      if (place !== 'title') bodyCounts.set(target.topic, (bodyCounts.get(target.topic) ?? 0) + 1);
    }
  }
  for (const [topic, count] of bodyCounts) if (count >= MIN_BODY_MATCHES) assigned.add(topic);

  const { topicOrder } = compiledTaxonomy;
  const topics = [...assigned].sort((a, b) => topicOrder.get(a)! - topicOrder.get(b)!);
  // Stable sort: within a topic, matches keep the order of sections and of first occurrence.
  const topicMatches = matches
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
