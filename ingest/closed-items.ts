/**
 * Closed ("Lukket") agenda items: the public agenda shows their number and title, never their body. The body
 * is dropped before it reaches the index, so no route can serve it; INDEX_CLOSED_TEXT opts out of that.
 */
import { enrichItem, notYetAnalysed } from './enrich.js';
import type { AgendaItem } from './model.js';

/** True when a closed item carries text beyond what the public agenda shows. */
export function hasClosedText(item: AgendaItem): boolean {
  return item.closed && (Object.values(item.sections).some(Boolean) || Boolean(item.decisionText) || item.attachments.length > 0);
}

/**
 * What of a closed item may be indexed: number, title and case facts, with topics, systems, amounts and case
 * type analysed from the title alone. Built field by field rather than by removing fields, so a field added
 * to AgendaItem stays out until someone decides it is public.
 */
export function withoutClosedText(item: AgendaItem): AgendaItem {
  return enrichItem({
    number: item.number,
    numbered: item.numbered,
    title: item.title,
    closed: true,
    caseNumbers: item.caseNumbers,
    journalNumber: item.journalNumber,
    kleGroup: item.kleGroup,
    documentNumber: item.documentNumber,
    sections: {},
    attachments: [],
    decisionText: null,
    ...notYetAnalysed(),
  });
}
