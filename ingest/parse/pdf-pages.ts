/**
 * The page of a PDF each item starts on. readSource joins a PDF's pages with a form feed; an item's page is the
 * number of form feeds before the first place, after the previous item's, where its title is printed (the title's
 * first words, across line breaks). Items whose title is not found keep no page.
 */
import { escapeRegExp } from '../../analyzers/regexp.js';
import type { Meeting } from '../model.js';

export const PAGE_BREAK = '\f';
const TITLE_WORDS = 6;

export function withPdfPages(text: string, meetings: Meeting[]): Meeting[] {
  if (!text.includes(PAGE_BREAK)) return meetings;
  const breaks = [...text.matchAll(/\f/g)].map((match) => match.index);
  let cursor = 0;
  return meetings.map((meeting) => ({
    ...meeting,
    items: meeting.items.map((item) => {
      const words = item.title.split(/\s+/).filter((word) => word.length > 0).slice(0, TITLE_WORDS);
      if (words.length === 0) return item;
      const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
      pattern.lastIndex = cursor;
      const found = pattern.exec(text);
      if (!found) return item;
      cursor = found.index + 1;
      return { ...item, sourcePage: 1 + breaks.filter((index) => index < found.index).length };
    }),
  }));
}
