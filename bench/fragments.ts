/**
 * The building blocks of the synthetic corpus, cut out of the real demo minutes (corpus/demo): item titles,
 * paragraphs per section, decision texts and attachment names, each remembering the year of its meeting.
 *
 * Municipality mentions are replaced by the placeholder {KOMMUNE} ("Høje-Taastrup Kommunes Byråd" →
 * "{KOMMUNE} Kommunes Byråd", "HTK" → "{KOMMUNE} Kommune"), so that a generated meeting names only its own
 * municipality. Paragraphs that mention a system whose trend the generator controls (Teams, Skype) are kept
 * apart, in `trendParagraphs`, so those systems appear only where the generator puts them.
 */
import { escapeRegExp } from '../analyzers/regexp.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyHeading } from '../analyzers/sections.js';
import type { SectionKey } from '../ingest/model.js';
import { REPO_ROOT } from '../scripts/config.js';

export type Layout = 'kalundborg' | 'htk' | 'nordfyns';
export const LAYOUTS: readonly Layout[] = ['kalundborg', 'htk', 'nordfyns'];

/** Sections whose text is borrowed from the corpus; sagstype and behandling are generated. */
export type TextSection = Extract<SectionKey, 'resume' | 'indstilling' | 'sagsfremstilling' | 'oekonomi' | 'lovgrundlag' | 'beslutning'>;
export const TEXT_SECTIONS: readonly TextSection[] = ['resume', 'indstilling', 'sagsfremstilling', 'oekonomi', 'lovgrundlag', 'beslutning'];

export interface Fragment {
  text: string;
  /** Year of the meeting it comes from. */
  year: number;
  /** Layouts in which no line of it would be read as a section heading. */
  safeIn: ReadonlySet<Layout>;
}

/** Systems whose share of items the generator sets per year. */
export type TrendSystem = 'Teams' | 'Skype';

export interface FragmentBank {
  titles: Fragment[];
  closedTitles: Fragment[];
  sections: Record<TextSection, Fragment[]>;
  /** Paragraphs naming "{KOMMUNE} Kommune", used to name the municipality in htk and nordfyns meetings. */
  municipalityParagraphs: Fragment[];
  attachments: string[];
  trendParagraphs: Record<TrendSystem, Fragment[]>;
  trendTitles: Record<TrendSystem, Fragment[]>;
  /** Total bytes of the source files. */
  sourceBytes: number;
}

export const MUNICIPALITY_PLACEHOLDER = '{KOMMUNE}';

const DEMO_DIR = join(REPO_ROOT, 'corpus', 'demo');
const ITEM_HEADING = /^Punkt\s+(\d{1,4})\s*:\s*(.*)$/;
const MEETING_DATE = /^REFERAT\s.*?(\d{1,2})-(\d{1,2})-(\d{4})\s*$/m;
/** Preamble lines, not content: case and document numbers, "Åbent", the numbered title repeated. */
const PREAMBLE = [
  /^\d{1,4}\.\s+\S/,
  /^(?:Åbent|Lukket)$/i,
  /^(?:Sagsnr\.|J\.\s?nr\.|Dokumentnr\.)/i,
  /^\d{3}-\d{4}-\d{1,8}$/,
  /^\d{2}\/\d{1,8}$/,
  /^S\d{4}-\d{1,8}$/,
];
const CONTROLLED: Record<TrendSystem, RegExp> = { Teams: /\bTeams\b/, Skype: /Skype/ };
/** Lower-case or run-together mentions that a tagger might count either way: such paragraphs are not used. */
const AMBIGUOUS = /\bteams?\b|skype|\bteam\b/i;

function detectLayout(text: string): Layout {
  if (/^Sagsnr\.\s*:/m.test(text)) return 'kalundborg';
  if (/^Sagens kerne$/m.test(text)) return 'nordfyns';
  return 'htk';
}


let municipalityMention: RegExp | null = null;

/** "<Name> Kommune" for every one of the 98 names (as analyzers/municipalities.ts finds them). */
function mentionPattern(): RegExp {
  if (municipalityMention) return municipalityMention;
  const names = readMunicipalities()
    .map((municipality) => municipality.name)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.split('-').map(escapeRegExp).join('(?:\\s*[-–]\\s*|\\s+)'));
  municipalityMention = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.join('|')})(s?\\s+[Kk]ommune)`, 'gu');
  return municipalityMention;
}

export interface MunicipalityRow {
  code: string;
  name: string;
  region: string;
}

export function readMunicipalities(): MunicipalityRow[] {
  const csv = readFileSync(join(REPO_ROOT, 'analyzers', 'data', 'kommuner.csv'), 'utf8');
  return csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((row) => {
      const [code, name, region] = row.split(',');
      return { code, name, region };
    });
}

/** Replaces every municipality mention by the placeholder; bare source-municipality names too. */
export function neutralise(text: string): string {
  return text
    .replace(mentionPattern(), `${MUNICIPALITY_PLACEHOLDER}$1`)
    .replace(/HTK(?=-)/g, 'KOM')
    .replace(/(?<![\p{L}\p{N}])HTK(?:'?s)?(?![\p{L}\p{N}])/gu, `${MUNICIPALITY_PLACEHOLDER} Kommune`)
    .replace(/Høje\s*-\s*Taastrup|Kalundborg|Nordfyns/g, MUNICIPALITY_PLACEHOLDER);
}

function safeLayouts(text: string): Set<Layout> {
  const lines = text.split('\n');
  const safe = new Set<Layout>();
  for (const layout of LAYOUTS) {
    const clash = lines.some((line) => {
      const trimmed = line.trim();
      return ITEM_HEADING.test(trimmed) || trimmed.startsWith('REFERAT') || classifyHeading(trimmed, layout) !== null || PREAMBLE.some((pattern) => pattern.test(trimmed));
    });
    if (!clash) safe.add(layout);
  }
  return safe;
}

interface RawItem {
  title: string;
  closed: boolean;
  lines: string[];
}

function itemsOf(lines: string[]): RawItem[] {
  const items: RawItem[] = [];
  let current: RawItem | null = null;
  for (const line of lines) {
    const heading = ITEM_HEADING.exec(line.trim());
    if (heading) {
      const printed = heading[2].trim();
      const closed = /^lukket\b/i.test(printed);
      current = { title: printed.replace(/^lukket\s*:?\s*/i, ''), closed, lines: [] };
      items.push(current);
    } else if (current) {
      current.lines.push(line.replace(/\s+$/, ''));
    }
  }
  return items;
}

/** Paragraphs (runs of non-blank lines) per section key of one item. */
function paragraphsOf(item: RawItem, layout: Layout): Array<{ key: SectionKey; text: string }> {
  const result: Array<{ key: SectionKey; text: string }> = [];
  let key: SectionKey | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (key && paragraph.length > 0) {
      const text = paragraph.join('\n');
      const isPreamble = paragraph.length === 1 && PREAMBLE.some((pattern) => pattern.test(text.trim()));
      const isTitle = text.trim().toLowerCase() === item.title.toLowerCase();
      if (!isPreamble && !isTitle) result.push({ key, text });
    }
    paragraph = [];
  };
  for (const line of item.lines) {
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      flush();
      continue;
    }
    const heading = classifyHeading(trimmed, layout);
    if (heading) {
      flush();
      key = heading.key;
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return result;
}

let cached: FragmentBank | null = null;

export function loadFragmentBank(): FragmentBank {
  if (cached) return cached;
  const bank: FragmentBank = {
    titles: [],
    closedTitles: [],
    sections: { resume: [], indstilling: [], sagsfremstilling: [], oekonomi: [], lovgrundlag: [], beslutning: [] },
    municipalityParagraphs: [],
    attachments: [],
    trendParagraphs: { Teams: [], Skype: [] },
    trendTitles: { Teams: [], Skype: [] },
    sourceBytes: 0,
  };
  const files = readdirSync(DEMO_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  for (const name of files) {
    const raw = readFileSync(join(DEMO_DIR, name), 'utf8');
    bank.sourceBytes += Buffer.byteLength(raw);
    const layout = detectLayout(raw);
    const year = Number(MEETING_DATE.exec(raw)?.[3] ?? 2018);
    for (const item of itemsOf(raw.split(/\r?\n/))) {
      const title = neutralise(item.title);
      if (item.closed) {
        if (title && title.toLowerCase() !== 'lukket' && !AMBIGUOUS.test(title)) bank.closedTitles.push({ text: title, year, safeIn: new Set(LAYOUTS) });
        continue;
      }
      addFragment(bank.titles, bank.trendTitles, { text: title, year, safeIn: new Set(LAYOUTS) });
      for (const { key, text } of paragraphsOf(item, layout)) {
        const neutral = neutralise(text);
        if (key === 'bilag') {
          for (const line of neutral.split('\n')) {
            const attachment = line.trim().replace(/\s+\d{3}-\d{4}-\d{1,8}$/, '');
            if (attachment && !AMBIGUOUS.test(attachment) && !bank.attachments.includes(attachment)) bank.attachments.push(attachment);
          }
          continue;
        }
        if (!(TEXT_SECTIONS as readonly string[]).includes(key)) continue;
        const fragment: Fragment = { text: neutral, year, safeIn: safeLayouts(neutral) };
        if (fragment.safeIn.size === 0) continue;
        const pool = bank.sections[key as TextSection];
        if (!addFragment(pool, bank.trendParagraphs, fragment)) continue;
        if (key !== 'beslutning' && /\{KOMMUNE\} [Kk]ommune/.test(neutral)) {
          bank.municipalityParagraphs.push(fragment);
        }
      }
    }
  }
  cached = bank;
  return bank;
}

/** Adds to the general pool, or to a trend pool when it names exactly one controlled system. */
function addFragment(pool: Fragment[], trendPools: Record<TrendSystem, Fragment[]>, fragment: Fragment): boolean {
  if (!AMBIGUOUS.test(fragment.text)) {
    pool.push(fragment);
    return true;
  }
  const named = (Object.keys(CONTROLLED) as TrendSystem[]).filter((system) => CONTROLLED[system].test(fragment.text));
  // A lower-case "teams" beside a named system, or both systems named: unclear, left out.
  const lowerCaseTeams = /\bteams?\b/.test(fragment.text.replace(/\bTeams\b/g, ''));
  if (named.length === 1 && !lowerCaseTeams) trendPools[named[0]].push(fragment);
  return false;
}
