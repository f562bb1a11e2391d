/**
 * The topic taxonomy (analyzers/taxonomy.yaml): loaded and validated once per file. The term syntax is
 * described at the top of the YAML file; `parseTerm` is its single implementation.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const DEFAULT_TAXONOMY_PATH = fileURLToPath(new URL('./taxonomy.yaml', import.meta.url));

/** A term or alias split into words: "it-promillepulje*" → words ["it", "promillepulje"], openEnd. */
export interface TermShape {
  words: string[];
  /** Leading *: the (single) word may have more letters before it. */
  openStart: boolean;
  /** Trailing *: the last word may have more letters after it. */
  openEnd: boolean;
}

const WORD = /^[\p{L}\p{N}]+$/u;

/** The shape of a term, or null when it breaks the syntax. */
export function parseTerm(term: string): TermShape | null {
  const trimmed = term.trim();
  const openStart = trimmed.startsWith('*');
  const openEnd = trimmed.endsWith('*') && trimmed.length > 1;
  const words = trimmed
    .slice(openStart ? 1 : 0, openEnd ? -1 : undefined)
    .split(/[\s-]+/)
    .filter((word) => word.length > 0);
  if (words.length === 0 || !words.every((word) => WORD.test(word))) return null;
  if (openStart && words.length > 1) return null;
  return { words, openStart, openEnd };
}

const TERM_SYNTAX =
  'must be words of letters and digits separated by spaces or hyphens, with * only at the end of the last word ' +
  'or at the start of a single word';

const term = z.string().refine((value) => parseTerm(value) !== null, { message: TERM_SYNTAX });

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'giu');
    return true;
  } catch {
    return false;
  }
}

const topicSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case, e.g. "it-budget-puljer"' }),
  label: z.string().trim().min(1, { message: 'must not be empty' }),
  terms: z.array(term).default([]),
  caseSensitiveTerms: z.array(term).default([]),
  patterns: z.array(z.string().refine(compiles, { message: 'is not a valid regular expression' })).default([]),
  systems: z.array(z.string()).default([]),
});

const systemSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'must not be empty' }),
  kind: z.enum(['system', 'organisation']),
  aliases: z.array(term).min(1, { message: 'needs at least one alias' }),
  matchCase: z.boolean().default(false),
});

const taxonomySchema = z
  .strictObject({
    version: z.number().int().positive(),
    topics: z.array(topicSchema).min(1, { message: 'needs at least one topic' }),
    systems: z.array(systemSchema).default([]),
  })
  .superRefine((taxonomy, ctx) => {
    const problem = (path: PropertyKey[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    const seenIds = new Set<string>();
    const systemNames = new Set(taxonomy.systems.map((system) => system.name));
    taxonomy.topics.forEach((topic, index) => {
      if (seenIds.has(topic.id)) problem(['topics', index, 'id'], 'is used twice');
      seenIds.add(topic.id);
      if (topic.terms.length + topic.caseSensitiveTerms.length + topic.patterns.length + topic.systems.length === 0) {
        problem(['topics', index, 'terms'], 'topic has no terms, patterns or systems');
      }
      topic.systems.forEach((name, systemIndex) => {
        if (!systemNames.has(name)) problem(['topics', index, 'systems', systemIndex], `"${name}" is not in systems`);
      });
    });
    const seenNames = new Set<string>();
    taxonomy.systems.forEach((system, index) => {
      if (seenNames.has(system.name)) problem(['systems', index, 'name'], 'is used twice');
      seenNames.add(system.name);
    });
  });

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Topic = Taxonomy['topics'][number];
export type TaxonomySystem = Taxonomy['systems'][number];

export class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

/** "topics.3.terms.2" → `topic "udbud", field "terms[2]"`, naming the entry by its id or name when it has one. */
function describePath(path: readonly PropertyKey[], raw: unknown): string {
  const [collection, index, ...field] = path;
  const fieldName = field
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
  if ((collection === 'topics' || collection === 'systems') && typeof index === 'number') {
    const entries = (raw as Record<string, unknown[] | undefined>)[collection];
    const entry = entries?.[index] as Record<string, unknown> | undefined;
    const key = collection === 'topics' ? entry?.id : entry?.name;
    const entity = collection === 'topics' ? 'topic' : 'system';
    const label = typeof key === 'string' && key ? `${entity} "${key}"` : `${entity} #${index + 1}`;
    return fieldName ? `${label}, field "${fieldName}"` : label;
  }
  return path.length > 0 ? `field "${path.map(String).join('.')}"` : 'document';
}

/** Validates a taxonomy object (e.g. parsed YAML). Throws a TaxonomyError naming the topic and field. */
export function parseTaxonomy(raw: unknown, source = 'taxonomy'): Taxonomy {
  const result = taxonomySchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${describePath(issue.path, raw)}: ${issue.message}`);
  throw new TaxonomyError(`${source} is invalid:\n  ${problems.join('\n  ')}`);
}

const loaded = new Map<string, Taxonomy>();

/** The taxonomy in `path` (default analyzers/taxonomy.yaml), read and validated on the first call only. */
export function loadTaxonomy(path: string = DEFAULT_TAXONOMY_PATH): Taxonomy {
  let taxonomy = loaded.get(path);
  if (!taxonomy) {
    taxonomy = parseTaxonomy(parseYaml(readFileSync(path, 'utf8')), path);
    loaded.set(path, taxonomy);
  }
  return taxonomy;
}
