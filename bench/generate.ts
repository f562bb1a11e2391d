/**
 * Deterministic synthetic minutes for the benchmark. SYNTHETIC DATA: never mix it into corpus/demo.
 *
 * A seeded PRNG recombines real titles, paragraphs, tables, decisions and attachment names from the demo
 * corpus (bench/fragments.ts) into meeting files in the three real layouts (kalundborg, htk, nordfyns),
 * varying municipality (the 98 of analyzers/data/kommuner.csv), body, date (2010–2024), item count (5–15),
 * amounts and years in the text. The municipality is named as "<Name> Kommune" in htk and nordfyns files and
 * only by the case-number prefix in kalundborg files, as in the real corpus. Two systems trend on purpose:
 * Teams rises from 2019, Skype (for Business) falls from 2019 (see TRENDS).
 *
 *   npx tsx bench/generate.ts --items 10000 [--seed 42]
 *
 * Writes bench/synthetic/<items>-<seed>-g<GENERATOR_VERSION>/ (git-ignored): files/<year>/*.txt, SYNTHETIC.md
 * and manifest.json. An existing complete folder of the same size, seed and generator version is reused.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { slug } from '../ingest/documents.js';
import { REPO_ROOT } from '../scripts/config.js';
import { cumulativeOf, hash32, mulberry32, type Random } from './prng.js';
import {
  loadFragmentBank,
  MUNICIPALITY_PLACEHOLDER,
  readMunicipalities,
  type Fragment,
  type FragmentBank,
  type Layout,
  type TextSection,
  type TrendSystem,
} from './fragments.js';

/** Bump whenever the output for a given seed changes; cached folders of other versions are not reused. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 42;
export const SYNTHETIC_ROOT = join(REPO_ROOT, 'bench', 'synthetic');
export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2024;

/** Per open item, the probability that it discusses the system, by meeting year. */
export const TRENDS: Record<TrendSystem, (year: number) => number> = {
  Teams: (year) => (year <= 2016 ? 0 : year === 2017 ? 0.005 : year === 2018 ? 0.01 : year === 2019 ? 0.05 : year === 2020 ? 0.12 : year === 2021 ? 0.16 : 0.18),
  Skype: (year) =>
    year <= 2010 ? 0.01 : year <= 2012 ? 0.03 : year <= 2017 ? 0.08 : year === 2018 ? 0.07 : year === 2019 ? 0.05 : year === 2020 ? 0.03 : year === 2021 ? 0.01 : 0.005,
};

/** Titles for items about a trending system (the corpus has one, naming both systems). */
const TREND_TITLES: Record<TrendSystem, readonly string[]> = {
  Teams: ['Ansøgning til effektiviseringspuljen vedr. Teams', 'Status på udrulning af Teams', 'Teams som fælles mødeplatform'],
  Skype: ['Ansøgning til effektiviseringspuljen vedr. Skype for Business', 'Status på Skype for Business', 'Telefoni via Skype for Business'],
};

const LAYOUT_SHARES: ReadonlyArray<readonly [Layout, number]> = [
  ['kalundborg', 0.45],
  ['htk', 0.35],
  ['nordfyns', 0.2],
];
/** The three municipalities whose minutes the layouts come from keep them. */
const FIXED_LAYOUT: Record<string, Layout> = { '326': 'kalundborg', '169': 'htk', '480': 'nordfyns' };

const BODIES: ReadonlyArray<readonly [string, number]> = [
  ['Direktionen', 6],
  ['Økonomiudvalget', 3],
  ['Byrådet', 2],
  ['Kommunalbestyrelsen', 2],
  ['Børne- og Ungeudvalget', 1],
  ['Teknik- og Miljøudvalget', 1],
  ['Socialudvalget', 1],
  ['Beskæftigelsesudvalget', 1],
];
const LOCATIONS = ['Mødelokale B204', 'Mødelokale B105', 'Rådhuset, mødelokale 1', 'Byrådssalen', 'Direktionens mødelokale'];
const START_TIMES = ['08:00', '08:30', '09:00', '10:00', '10:30', '11:30', '13:00', '15:00'];
const WEEKDAYS = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const FIRST_NAMES = ['Anne', 'Mette', 'Lars', 'Jens', 'Hanne', 'Peter', 'Susanne', 'Morten', 'Louise', 'Søren', 'Camilla', 'Henrik', 'Birgitte', 'Thomas'];
const LAST_NAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen'];
const KLE = ['00.01.00', '00.01.10', '81.00.00', '85.11.06', '27.12.00', '17.01.00', '16.00.00', '82.00.00', '88.00.00', '00.32.00', '85.02.00'];
const CASE_TYPES = ['Beslutning.', 'Orientering.', 'Drøftelse.'];

export interface GenerateOptions {
  items: number;
  seed?: number;
}

export interface GeneratedMeeting {
  /** Relative to the corpus folder's files/ directory. */
  path: string;
  text: string;
  municipalityCode: string;
  municipality: string;
  layout: Layout;
  year: number;
  date: string;
  body: string;
  items: number;
  /** Open items that were made to discuss a trending system. */
  trendItems: Record<TrendSystem, number>;
}

export interface CorpusManifest {
  synthetic: true;
  generatorVersion: number;
  seed: number;
  items: number;
  meetings: number;
  bytes: number;
  complete: boolean;
  byLayout: Record<Layout, number>;
  /** Per year: meetings, items, open items, and items placed on purpose for each trending system. */
  byYear: Record<string, { meetings: number; items: number; openItems: number; trend: Record<TrendSystem, number> }>;
}

export interface GeneratedCorpus {
  dir: string;
  filesDir: string;
  manifest: CorpusManifest;
  reused: boolean;
  elapsedMs: number;
}

interface MunicipalityPlan {
  code: string;
  name: string;
  layout: Layout;
  firstYear: number;
}

function gaussian(random: Random): number {
  const u = Math.max(random.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

function planMunicipalities(seed: number): { plans: MunicipalityPlan[]; cumulative: Float64Array } {
  const random = mulberry32(hash32(`municipalities:${seed}`));
  const layouts = cumulativeOf(LAYOUT_SHARES.map(([, share]) => share));
  const weights: number[] = [];
  const plans = readMunicipalities().map((row) => {
    // Some municipalities publish more (more committees, longer agendas), some started publishing later.
    weights.push(Math.exp(0.5 * gaussian(random)));
    const layout = FIXED_LAYOUT[row.code] ?? LAYOUT_SHARES[random.weightedIndex(layouts)][0];
    const firstYear = random.chance(0.7) ? FIRST_YEAR : random.int(FIRST_YEAR + 1, FIRST_YEAR + 6);
    return { code: row.code, name: row.name, layout, firstYear };
  });
  return { plans, cumulative: cumulativeOf(weights) };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function formatThousands(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Varies an amount printed before "kr." (or after "kr."), keeping its printed form. */
function varyAmount(printed: string, random: Random): string {
  const factor = 0.4 + random.next() * 2.2;
  if (printed.includes(',')) {
    const [whole, decimals] = printed.split(',');
    const value = Number(`${whole.replace(/\./g, '')}.${decimals}`) * factor;
    return value.toFixed(decimals.length).replace('.', ',');
  }
  const value = Number(printed.replace(/\./g, ''));
  if (printed.includes('.')) return formatThousands(Math.max(1000, Math.round((value * factor) / 1000) * 1000));
  return String(Math.max(1, Math.round(value * factor)));
}

const AMOUNT_BEFORE_KR = /\b(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?=\s*(?:mio\.\s*|mia\.\s*|t\.\s*)?kr\.)/g;
const AMOUNT_AFTER_KR = /(?<=kr\.\s)(\d{1,3}(?:\.\d{3})+|\d+)\b/g;
const YEAR = /\b(20[12]\d)\b/g;

/** A fragment's text placed in a meeting: municipality, years moved to the meeting's time, amounts varied. */
function render(fragment: Fragment, context: MeetingContext): string {
  const delta = context.year - fragment.year;
  let text = fragment.text;
  if (delta !== 0) text = text.replace(YEAR, (year) => String(Math.min(context.year + 4, Math.max(2005, Number(year) + delta))));
  text = text.replace(AMOUNT_BEFORE_KR, (amount) => varyAmount(amount, context.random)).replace(AMOUNT_AFTER_KR, (amount) => varyAmount(amount, context.random));
  return fillMunicipality(text, context);
}

function fillMunicipality(text: string, context: MeetingContext): string {
  if (!text.includes(MUNICIPALITY_PLACEHOLDER)) return text;
  if (context.layout === 'kalundborg') {
    // The municipality comes from the case numbers there: the text names no "<Name> Kommune".
    text = text.replace(/\{KOMMUNE\} [Kk]ommunes/g, 'Kommunens').replace(/\{KOMMUNE\} [Kk]ommune/g, 'Kommunen');
  }
  return text.replaceAll(MUNICIPALITY_PLACEHOLDER, context.municipality.name);
}

interface MeetingContext {
  random: Random;
  layout: Layout;
  year: number;
  municipality: MunicipalityPlan;
}

/** Picks fragments nearer the meeting's year more often, so topics drift over time as in real minutes. */
class Picker {
  private readonly cache = new Map<string, { fragments: Fragment[]; cumulative: Float64Array }>();

  constructor(private readonly bank: FragmentBank) {}

  pick(pool: 'titles' | TextSection, layout: Layout, year: number, random: Random): Fragment {
    const key = `${pool}|${layout}|${year}`;
    let entry = this.cache.get(key);
    if (!entry) {
      const source = pool === 'titles' ? this.bank.titles : this.bank.sections[pool];
      const fragments = source.filter((fragment) => fragment.safeIn.has(layout));
      const usable = fragments.length > 0 ? fragments : source;
      entry = { fragments: usable, cumulative: cumulativeOf(usable.map((fragment) => Math.exp(-Math.abs(fragment.year - year) / 3))) };
      this.cache.set(key, entry);
    }
    return entry.fragments[random.weightedIndex(entry.cumulative)];
  }

  pickFrom(fragments: readonly Fragment[], layout: Layout, random: Random): Fragment | null {
    const usable = fragments.filter((fragment) => fragment.safeIn.has(layout));
    return usable.length > 0 ? random.pick(usable) : null;
  }
}

function randomDate(year: number, random: Random): Date {
  for (;;) {
    const date = new Date(Date.UTC(year, 0, 1 + random.int(0, 364)));
    const weekday = date.getUTCDay();
    const month = date.getUTCMonth();
    if (weekday !== 0 && weekday !== 6 && month !== 6) return date;
  }
}

interface ItemPlan {
  number: number;
  title: string;
  closed: boolean;
  trends: TrendSystem[];
}

/**
 * The meetings of a synthetic corpus, one at a time (never the whole corpus in memory). Same options, same
 * meetings, byte for byte.
 */
export function* generateMeetings(options: GenerateOptions): Generator<GeneratedMeeting> {
  const seed = options.seed ?? DEFAULT_SEED;
  const bank = loadFragmentBank();
  const picker = new Picker(bank);
  const random = mulberry32(seed);
  const { plans, cumulative } = planMunicipalities(seed);
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);
  // Slightly more minutes published each year.
  const yearWeights = years.map((year) => 1 + 0.04 * (year - FIRST_YEAR));
  const bodies = cumulativeOf(BODIES.map(([, weight]) => weight));
  const taken = new Set<string>();

  let remaining = options.items;
  while (remaining > 0) {
    const municipality = plans[random.weightedIndex(cumulative)];
    const allowed = years.filter((year) => year >= municipality.firstYear);
    const year = allowed[random.weightedIndex(cumulativeOf(allowed.map((value) => yearWeights[value - FIRST_YEAR])))];
    const body = BODIES[random.weightedIndex(bodies)][0];
    let date = randomDate(year, random);
    let key = `${municipality.code}|${date.toISOString().slice(0, 10)}|${body}`;
    for (let attempt = 0; taken.has(key) && attempt < 50; attempt++) {
      date = randomDate(year, random);
      key = `${municipality.code}|${date.toISOString().slice(0, 10)}|${body}`;
    }
    if (taken.has(key)) continue;
    taken.add(key);

    const count = Math.min(remaining, random.int(5, 15));
    remaining -= count;
    const context: MeetingContext = { random, layout: municipality.layout, year, municipality };
    yield renderMeeting(context, body, date, count, bank, picker);
  }
}

function renderMeeting(context: MeetingContext, body: string, date: Date, count: number, bank: FragmentBank, picker: Picker): GeneratedMeeting {
  const { random, layout, year, municipality } = context;
  const dd = pad(date.getUTCDate());
  const mm = pad(date.getUTCMonth() + 1);
  const numericDate = `${dd}-${mm}-${year}`;
  const longDate = `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${year}`;
  const trendItems: Record<TrendSystem, number> = { Teams: 0, Skype: 0 };

  const items: ItemPlan[] = [];
  for (let number = 1; number <= count; number++) {
    // The first item is always open, so htk and nordfyns meetings can name their municipality there.
    const closed = number > 1 && random.chance(0.22);
    const trends = closed ? [] : (Object.keys(TRENDS) as TrendSystem[]).filter((system) => random.chance(TRENDS[system](year)));
    for (const system of trends) trendItems[system]++;
    let title: string;
    if (closed) title = bank.closedTitles.length > 0 ? render(random.pick(bank.closedTitles), context) : 'Lukket';
    else if (trends.length > 0 && random.chance(0.4)) title = random.pick(TREND_TITLES[random.pick(trends)]);
    else title = render(picker.pick('titles', layout, year, random), context).replace(/\b\d{2}-\d{2}-\d{4}\b/g, numericDate);
    items.push({ number, title, closed, trends });
  }

  const out: string[] = ['', ''];
  const bodyTitle = layout === 'nordfyns' ? `${body} ${year}` : body;
  out.push(`REFERAT ${bodyTitle} d. ${numericDate}`, '');
  out.push(`Mødedato ${WEEKDAYS[date.getUTCDay()]} d. ${dd}. ${MONTHS[date.getUTCMonth()]} ${year} kl. ${random.pick(START_TIMES)}`, '');
  out.push(`Mødested ${meetingPlace(year, random)}`, '');
  if (layout !== 'kalundborg' && random.chance(0.6)) {
    const attendees = Array.from({ length: random.int(3, 6) }, () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`);
    out.push(`Mødedeltagere ${attendees.join(', ')} (sekretær)`, '');
  }
  out.push('Indholdsfortegnelse', '');
  let page = 3;
  for (const item of items) {
    const printed = item.closed ? (layout === 'htk' ? 'Lukket' : `Lukket: ${item.title}`) : item.title;
    out.push(`${printed}.....\t${page}`);
    page += item.closed ? 1 : random.int(1, 4);
  }
  out.push('');

  for (const item of items) {
    if (item.closed) {
      if (layout === 'htk') out.push(`Punkt ${item.number}: Lukket`, '', htkCaseNumber(year, random), '');
      else if (layout === 'nordfyns') out.push(`Punkt ${item.number}: Lukket: ${item.title}`, '', nordfynsCaseNumber(year, random), '');
      else out.push(`Punkt ${item.number}: Lukket: ${item.title}`, '');
      continue;
    }
    const decisionHeading =
      layout === 'kalundborg' ? `${body}s møde den ${longDate}:` : layout === 'htk' ? `Beslutning ${body} den ${numericDate}` : 'Beslutning';
    const section = (pool: TextSection, min: number, max: number) => paragraphs(picker, context, pool, random.int(min, max));
    const trendText = item.trends.flatMap((system) => {
      const fragment = picker.pickFrom(bank.trendParagraphs[system], layout, random);
      return fragment ? [render(fragment, context), ''] : [];
    });
    const namesMunicipality = item.number === 1 && layout !== 'kalundborg';
    const municipalityText = namesMunicipality ? [render(picker.pickFrom(bank.municipalityParagraphs, layout, random) ?? bank.municipalityParagraphs[0], context), ''] : [];
    const attachments = random.chance(0.4) ? Array.from({ length: random.int(1, 3) }, () => fillMunicipality(random.pick(bank.attachments), context)) : [];

    out.push(`Punkt ${item.number}: ${item.title}`, '');
    if (layout === 'kalundborg') {
      const code = municipality.code;
      out.push('Sagsfremstilling', '', `${item.number}. ${item.title}`, '', 'Åbent', '');
      out.push(`Sagsnr.: ${code}-${year - random.int(0, 3)}-${random.int(100, 99_999)} J.nr.: ${random.pick(KLE)} Dokumentnr.: ${code}-${year}-${random.int(100_000, 399_999)}`, '');
      out.push('Sagstype', '', random.pick(CASE_TYPES), '');
      out.push('Resume og sagens baggrund', '', ...section('resume', 1, 3), '');
      out.push('Indstillinger', '', ...section('indstilling', 1, 1), '');
      out.push('Behandling', '', `${body}.`, '');
      if (random.chance(0.7) || trendText.length > 0) out.push('Sagsfremstilling', '', ...section('sagsfremstilling', 2, 6), ...trendText, '');
      out.push('Økonomiske konsekvenser', '', ...(random.chance(0.5) ? section('oekonomi', 1, 1) : ['Ingen.', '']));
      if (attachments.length > 0) out.push('Bilag', '', ...attachments.flatMap((name) => [name, '']), `${municipality.code}-${year}-${random.int(100_000, 399_999)}`, '');
      out.push(decisionHeading, '', ...section('beslutning', 1, 2), '');
    } else if (layout === 'htk') {
      out.push(htkCaseNumber(year, random), '');
      if (attachments.length > 0 && random.chance(0.4)) out.push('Bilag', '', ...attachments.flatMap((name) => [name, '']), item.title, '');
      out.push('Baggrund', '', ...municipalityText, ...section('resume', 1, 3), '');
      if (random.chance(0.7)) out.push('Indstilling', '', ...section('indstilling', 1, 1), '');
      const heading = random.chance(0.2) ? decisionHeading.toUpperCase() : decisionHeading;
      out.push(heading, '', ...section('beslutning', 1, 2), '');
      if (random.chance(0.7) || trendText.length > 0) out.push('Sagsfremstilling', '', ...section('sagsfremstilling', 2, 6), ...trendText, '');
      if (random.chance(0.5)) out.push('Økonomi', '', ...section('oekonomi', 1, 1), '');
      if (attachments.length > 0) out.push('Bilag', '', ...attachments.flatMap((name) => [name, '']));
    } else {
      out.push(nordfynsCaseNumber(year, random), '');
      out.push('Sagens kerne', '', ...municipalityText, ...section('resume', 1, 1), '');
      if (random.chance(0.7)) out.push('Indstilling', '', ...section('indstilling', 1, 1), '');
      out.push('Sagens baggrund', '', ...section('sagsfremstilling', 2, 5), ...trendText, '');
      out.push('Økonomiske oplysninger', '', ...(random.chance(0.5) ? section('oekonomi', 1, 1) : ['-', '']));
      out.push('Lovgrundlag', '', ...(random.chance(0.3) ? section('lovgrundlag', 1, 1) : ['-', '']));
      out.push(decisionHeading, '', ...section('beslutning', 1, 2), '');
      if (attachments.length > 0) out.push('Bilag', '', ...attachments.flatMap((name) => [name, '']));
    }
  }

  return {
    path: `${year}/${municipality.code}-${year}-${pad(date.getUTCMonth() + 1)}-${dd}-${slug(body)}.txt`,
    text: `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`,
    municipalityCode: municipality.code,
    municipality: municipality.name,
    layout,
    year,
    date: `${year}-${mm}-${dd}`,
    body,
    items: items.length,
    trendItems,
  };
}

/** Paragraphs each followed by a blank line. */
function paragraphs(picker: Picker, context: MeetingContext, pool: TextSection, count: number): string[] {
  const lines: string[] = [];
  const used = new Set<Fragment>();
  for (let index = 0; index < count; index++) {
    const fragment = picker.pick(pool, context.layout, context.year, context.random);
    if (used.has(fragment)) continue;
    used.add(fragment);
    lines.push(render(fragment, context), '');
  }
  return lines;
}

function meetingPlace(year: number, random: Random): string {
  if (year >= 2020 && year <= 2021 && random.chance(0.3)) return 'Teams';
  if (year >= 2015 && year <= 2019 && random.chance(0.05)) return 'Skype-møde';
  return random.pick(LOCATIONS);
}

function htkCaseNumber(year: number, random: Random): string {
  return `${pad((year - random.int(0, 2)) % 100)}/${random.int(100, 39_999)}`;
}

function nordfynsCaseNumber(year: number, random: Random): string {
  return `S${year - random.int(0, 1)}-${random.int(100, 69_999)}`;
}

export function corpusDir(items: number, seed: number = DEFAULT_SEED, root = SYNTHETIC_ROOT): string {
  return join(root, `${items}-${seed}-g${GENERATOR_VERSION}`);
}

function label(manifest: Omit<CorpusManifest, 'complete'>): string {
  return [
    '# SYNTHETIC DATA: not real minutes',
    '',
    'Generated by `bench/generate.ts` for the benchmark (`npm run bench`). Every file here recombines',
    'paragraphs, titles, tables and amounts from the demo corpus with invented municipalities, dates,',
    'amounts and case numbers. Do not ingest it into a real index and never copy it into corpus/.',
    '',
    `- generator version: ${manifest.generatorVersion}`,
    `- seed: ${manifest.seed}`,
    `- items: ${manifest.items} in ${manifest.meetings} meetings (${(manifest.bytes / 1e6).toFixed(1)} MB)`,
    '',
  ].join('\n');
}

function readManifest(dir: string): CorpusManifest | null {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CorpusManifest;
  } catch {
    return null;
  }
}

/** Writes the corpus (or reuses a complete one of the same size, seed and generator version). */
export function ensureCorpus(options: GenerateOptions & { root?: string; force?: boolean; onProgress?: (items: number) => void }): GeneratedCorpus {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = corpusDir(options.items, seed, options.root);
  const existing = readManifest(dir);
  if (!options.force && existing?.complete && existing.generatorVersion === GENERATOR_VERSION && existing.items === options.items && existing.seed === seed) {
    return { dir, filesDir: join(dir, 'files'), manifest: existing, reused: true, elapsedMs: performance.now() - started };
  }
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(partial, 'files'), { recursive: true });

  const manifest: CorpusManifest = {
    synthetic: true,
    generatorVersion: GENERATOR_VERSION,
    seed,
    items: 0,
    meetings: 0,
    bytes: 0,
    complete: false,
    byLayout: { kalundborg: 0, htk: 0, nordfyns: 0 },
    byYear: {},
  };
  const madeDirs = new Set<number>();
  for (const meeting of generateMeetings({ items: options.items, seed })) {
    if (!madeDirs.has(meeting.year)) {
      mkdirSync(join(partial, 'files', String(meeting.year)), { recursive: true });
      madeDirs.add(meeting.year);
    }
    writeFileSync(join(partial, 'files', meeting.path), meeting.text);
    manifest.items += meeting.items;
    manifest.meetings += 1;
    manifest.bytes += Buffer.byteLength(meeting.text);
    manifest.byLayout[meeting.layout] += 1;
    const year = (manifest.byYear[meeting.year] ??= { meetings: 0, items: 0, openItems: 0, trend: { Teams: 0, Skype: 0 } });
    year.meetings += 1;
    year.items += meeting.items;
    year.trend.Teams += meeting.trendItems.Teams;
    year.trend.Skype += meeting.trendItems.Skype;
    year.openItems += meeting.items - (meeting.text.match(/^Punkt \d+: Lukket/gm)?.length ?? 0);
    if (manifest.meetings % 500 === 0) options.onProgress?.(manifest.items);
  }
  manifest.complete = true;
  writeFileSync(join(partial, 'SYNTHETIC.md'), label(manifest));
  writeFileSync(join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(partial, dir);
  return { dir, filesDir: join(dir, 'files'), manifest, reused: false, elapsedMs: performance.now() - started };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' }, seed: { type: 'string', default: String(DEFAULT_SEED) }, force: { type: 'boolean', default: false } } });
  const corpus = ensureCorpus({ items: Number(values.items), seed: Number(values.seed), force: values.force });
  const { manifest } = corpus;
  console.log(
    `${corpus.reused ? 'Reused' : 'Wrote'} ${corpus.dir}: ${manifest.items} items in ${manifest.meetings} meetings, ${(manifest.bytes / 1e6).toFixed(1)} MB, ${(corpus.elapsedMs / 1000).toFixed(1)} s`,
  );
}
