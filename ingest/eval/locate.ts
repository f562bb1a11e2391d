/** Where the key's titles stand in the source text, so a missed item can be looked up. */
import type { KeyItem } from './key.js';
import { normaliseTitle } from './normalise.js';

/** Long enough to be specific, short enough to stay on the title's first line. */
const PREFIX_CHARS = 24;
const MAX_LINES = 3;

/** For each key item, the first line numbers (1-based) whose normalised text contains the start of its title. */
export function locateTitles(text: string, items: readonly KeyItem[]): number[][] {
  const lines = text.split(/\r\n|[\r\n\f]/).map(normaliseTitle);
  return items.map((item) => {
    const prefix = item.title ? titlePrefix(normaliseTitle(item.title)) : '';
    if (prefix === '') return [];
    const found: number[] = [];
    for (let index = 0; index < lines.length && found.length < MAX_LINES; index++) {
      if (lines[index].includes(prefix)) found.push(index + 1);
    }
    return found;
  });
}

/** The title's first words, up to about PREFIX_CHARS characters. */
function titlePrefix(title: string): string {
  let prefix = '';
  for (const word of title.split(' ')) {
    if (prefix.length >= PREFIX_CHARS) break;
    prefix = prefix ? `${prefix} ${word}` : word;
  }
  return prefix;
}
