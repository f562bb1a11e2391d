/**
 * A snippet for a hit that matched only inside a compound in a long section ("pulje" in "…effektiviseringspuljen…"
 * far into the case description), where neither the highlighter's fragments nor the title show a mark. The
 * route reads those hits' sections (a second, small request by id) and this module cuts a fragment around the
 * first word that contains a query word's base form, escapes it and marks the word. No wildcard query is needed.
 */
import type { SearchHit } from '../contract.js';
import type { SectionKey, Sections } from '../../ingest/model.js';
import { SNIPPET_FRAGMENT_CHARS } from '../limits.js';
import { plainText } from './clean-text.js';
import { containsStem, markStemWords, WORD_IN_TEXT } from './compound-highlight.js';
import { escapeHtml } from './html.js';
import { SECTION_ORDER } from './search-response.js';

const MARK = '<mark>';

/** Hits whose title and snippets show no mark. */
export function unmarkedHits(hits: readonly SearchHit[]): SearchHit[] {
  return hits.filter((hit) => !hit.titleHtml.includes(MARK) && !hit.snippets.some((snippet) => snippet.html.includes(MARK)));
}

/** The first section fragment that holds a word containing a stem, marked; null when none does. */
export function compoundSnippet(sections: Sections, stems: readonly string[]): SearchHit['snippets'][number] | null {
  for (const section of SECTION_ORDER) {
    const text = sections[section as SectionKey];
    if (!text) continue;
    const plain = plainText(text).replace(/\s+/g, ' ');
    for (const match of plain.matchAll(WORD_IN_TEXT)) {
      if (!containsStem(match[0], stems)) continue;
      const start = Math.max(0, match.index - SNIPPET_FRAGMENT_CHARS / 2);
      const end = Math.min(plain.length, match.index + match[0].length + SNIPPET_FRAGMENT_CHARS / 2);
      const fragment = `${start > 0 ? '…' : ''}${plain.slice(start, end).trim()}${end < plain.length ? '…' : ''}`;
      return { section, html: markStemWords(escapeHtml(fragment), stems) };
    }
  }
  return null;
}
