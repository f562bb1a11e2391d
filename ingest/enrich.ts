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

export function enrichItem(item: AgendaItem): AgendaItem {
  const amounts: Amount[] = extractAmounts(item.title, 'title');
  for (const [key, text] of Object.entries(item.sections) as Array<[SectionKey, string]>) {
    if (!SECTIONS_WITHOUT_AMOUNTS.has(key)) amounts.push(...extractAmounts(text, key));
  }
  const { topics, topicMatches, systems } = tagItem({ title: item.title, sections: item.sections });

  const decided = { amounts, sections: item.sections, decisionOutcome: item.decisionText ? classifyOutcome(item.decisionText) : null };

  return {
    ...item,
    caseType: classifyCaseType(item.sections.sagstype, item.sections.indstilling, item.title),
    decisionOutcome: decided.decisionOutcome,
    topics,
    amounts,
    primaryAmount: choosePrimaryAmount(amounts),
    spending: chooseSpendingFigure(decided),
    saving: chooseSavingFigure(decided),
    topicMatches,
    systems,
  };
}
