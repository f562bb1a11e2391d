/**
 * Turns an item's blocks into the structural AgendaItem: sections joined per key, attachments from the
 * Bilag blocks, decision blocks latest first. Analysis fields stay empty until enrichItem fills them.
 */
import type { AgendaItem, SectionKey, Sections } from '../model.js';
import { isDocumentNumber, withoutTrailingDocumentNumber, type CaseFacts } from './case-facts.js';
import type { Block, ItemDraft } from './agenda.js';
import { splitClosedTitle } from './title.js';

/** A section holding only dashes ("-") is an empty placeholder in the template, not content. */
const PLACEHOLDER = /^[-–—\s]*$/;

interface Decision {
  date: string | null;
  headingLine: string;
  text: string;
}

export function buildItem(draft: ItemDraft, facts: CaseFacts): AgendaItem {
  const { title, closed } = splitClosedTitle(draft.printedTitle);
  const texts = new Map<SectionKey, string[]>();
  const decisions: Decision[] = [];
  const attachments: string[] = [];

  for (const block of draft.blocks) {
    // Text before the first heading reads as the case description.
    const key = block.heading?.key ?? 'sagsfremstilling';
    const parts = texts.get(key) ?? [];
    texts.set(key, parts);
    if (key === 'bilag') {
      addAttachments(attachments, block.lines);
      continue;
    }
    const text = blockText(block);
    if (PLACEHOLDER.test(text)) continue;
    if (key === 'beslutning') decisions.push({ date: block.heading?.decisionDate ?? null, headingLine: block.headingLine, text });
    else if (!parts.includes(text)) parts.push(text);
  }
  // Set on keys already present, so beslutning and bilag keep their printed position.
  if (decisions.length > 0) texts.set('beslutning', [decisionText(decisions)]);
  if (attachments.length > 0) texts.set('bilag', [attachments.join('\n')]);

  const sections: Sections = {};
  for (const [key, parts] of texts) if (parts.length > 0) sections[key] = parts.join('\n\n');

  return {
    number: draft.number,
    numbered: true,
    title,
    closed,
    caseNumbers: facts.caseNumbers,
    journalNumber: facts.journalNumber,
    caseType: null,
    decisionOutcome: null,
    topics: [],
    amounts: [],
    primaryAmount: null,
    sections,
    kleGroup: facts.kleGroup,
    documentNumber: facts.documentNumber,
    attachments,
    decisionText: sections.beslutning ?? null,
    topicMatches: [],
    systems: [],
  };
}

/** The block's lines with blank runs collapsed to one blank line and no blank lines at either end. */
function blockText(block: Block): string {
  const kept: string[] = [];
  for (const line of block.lines) {
    if (line.length === 0 && (kept.length === 0 || kept[kept.length - 1].length === 0)) continue;
    kept.push(line);
  }
  if (kept.length > 0 && kept[kept.length - 1].length === 0) kept.pop();
  return kept.join('\n');
}

function addAttachments(attachments: string[], lines: readonly string[]): void {
  for (const line of lines) {
    const name = withoutTrailingDocumentNumber(line.trim());
    if (name.length === 0 || isDocumentNumber(name) || attachments.includes(name)) continue;
    attachments.push(name);
  }
}

/**
 * One decision block as printed; several (the item was on earlier meetings too) are ordered latest
 * meeting first, each under its heading so the dates stay readable.
 */
function decisionText(decisions: Decision[]): string {
  if (decisions.length === 1) return decisions[0].text;
  const latestFirst = [...decisions].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : 0));
  return latestFirst.map((decision) => `${decision.headingLine}\n${decision.text}`).join('\n\n');
}
