/** Fills the analysis fields of a structurally parsed agenda item from the analyzers. */
import { extractAmounts } from '../analyzers/amounts.js';
import { classifyCaseType } from '../analyzers/case-type.js';
import { classifyOutcome } from '../analyzers/outcome.js';
import { choosePrimaryAmount, chooseSavingFigure, chooseSpendingFigure } from '../analyzers/primary-amount.js';
import { tagItem } from '../analyzers/topics.js';
import type { AgendaItem, Amount, SectionKey } from './model.js';

/** Attachment names and the case-type label hold no amounts worth counting. */
const SECTIONS_WITHOUT_AMOUNTS: ReadonlySet<SectionKey> = new Set(['bilag', 'sagstype']);

type AnalysisField = 'caseType' | 'decisionOutcome' | 'amounts' | 'primaryAmount' | 'topics' | 'topicMatches' | 'systems';

/** The analysis fields of an item that a parser has built and enrichItem has not filled yet. */
export function notYetAnalysed(): Pick<AgendaItem, AnalysisField> {
  return { caseType: null, decisionOutcome: null, amounts: [], primaryAmount: null, topics: [], topicMatches: [], systems: [] };
}

/**
 * Fills the item's analysis fields in place and returns it. The item is fresh from a parser; copying it (a spread
 * of items of every parser's shape) cost more than the analyses around it.
 */
export function enrichItem(item: AgendaItem): AgendaItem {
  const amounts: Amount[] = extractAmounts(item.title, 'title');
  for (const [key, text] of Object.entries(item.sections) as Array<[SectionKey, string]>) {
    if (!SECTIONS_WITHOUT_AMOUNTS.has(key)) amounts.push(...extractAmounts(text, key));
  }
  const { topics, topicMatches, systems } = tagItem({ title: item.title, sections: item.sections });

  const decided = { amounts, sections: item.sections, decisionOutcome: item.decisionText ? classifyOutcome(item.decisionText) : null };

  // Fields the item lacks (spending, saving) are added at its end, in this order.
  item.caseType = classifyCaseType(item.sections.sagstype, item.sections.indstilling, item.title);
  item.decisionOutcome = decided.decisionOutcome;
  item.topics = topics;
  item.amounts = amounts;
  item.primaryAmount = choosePrimaryAmount(amounts);
  item.spending = chooseSpendingFigure(decided);
  item.saving = chooseSavingFigure(decided);
  item.topicMatches = topicMatches;
  item.systems = systems;
  return item;
}
