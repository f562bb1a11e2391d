/**
 * Known names: the taxonomy's systems and organisations as the minutes write them (their aliases without
 * wildcards). A name is matched as written, never stemmed: "Teams" the product is not "team" the group.
 */
import { loadTaxonomy, parseTerm, type Taxonomy, type TaxonomySystem } from './taxonomy.js';

export interface KnownName {
  /** The alias's words, lowercased: ["office", "365"]. */
  words: string[];
  /** The canonical name of the system or organisation. */
  name: string;
  kind: TaxonomySystem['kind'];
  /** The taxonomy only recognises the name with its exact case (Teams, Prisme, GIS). */
  matchCase: boolean;
}

const cache = new WeakMap<Taxonomy, KnownName[]>();

/** Every exact alias of every system and organisation, the longest (most words, then letters) first. */
export function knownNames(taxonomy: Taxonomy = loadTaxonomy()): KnownName[] {
  let names = cache.get(taxonomy);
  if (!names) {
    names = taxonomy.systems.flatMap((system) =>
      system.aliases.flatMap((alias) => {
        const shape = parseTerm(alias);
        if (!shape || shape.openStart || shape.openEnd) return [];
        const words = shape.words.map((word) => word.toLowerCase());
        return [{ words, name: system.name, kind: system.kind, matchCase: system.matchCase }];
      }),
    );
    const letters = (name: KnownName) => name.words.join('').length;
    names.sort((a, b) => b.words.length - a.words.length || letters(b) - letters(a));
    cache.set(taxonomy, names);
  }
  return names;
}

/** The known name these words spell (case-insensitive, as written in the query), or undefined. */
export function knownNameOf(words: readonly string[], taxonomy: Taxonomy = loadTaxonomy()): KnownName | undefined {
  const wanted = words.map((word) => word.toLowerCase()).join(' ');
  return knownNames(taxonomy).find((name) => name.words.join(' ') === wanted);
}

/** The names of the organisations in the taxonomy (not IT systems). */
export function organisationNames(taxonomy: Taxonomy = loadTaxonomy()): string[] {
  return taxonomy.systems.filter((system) => system.kind === 'organisation').map((system) => system.name);
}
