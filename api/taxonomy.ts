import { loadTaxonomy, type Taxonomy } from '../analyzers/taxonomy.js';
import type { FacetLabels } from './query/search-response.js';

/** The taxonomy the API labels topics with (analyzers/taxonomy.yaml, loaded once). */
export function taxonomy(): Taxonomy {
  return loadTaxonomy();
}

/** Topic id → Danish label; an id the taxonomy no longer knows is shown as itself. */
export function topicLabel(id: string): string {
  return taxonomy().topics.find((topic) => topic.id === id)?.label ?? id;
}

/**
 * KLE code → "85.11.06 Sagsbehandlingssystemer" when the user configured KLE titles (KLE_TITLES_FILE): the
 * code's own title, else the nearest parent's. Without titles, null.
 */
export function kleTitleOf(code: string | null, titles: Map<string, string> | undefined): string | null {
  if (!code || !titles?.size) return null;
  const base = code.replace(/-.*$/, '');
  const segments = base.split('.');
  for (let length = segments.length; length > 0; length--) {
    const title = titles.get(segments.slice(0, length).join('.'));
    if (title) return title;
  }
  return null;
}

/** Facet labels for the search response. */
export function facetLabels(kleTitles: Map<string, string> | undefined): FacetLabels {
  return {
    topic: topicLabel,
    kle: (code) => {
      const title = kleTitles?.get(code);
      return title ? `${code} ${title}` : code;
    },
  };
}
