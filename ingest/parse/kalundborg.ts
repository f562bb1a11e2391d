/**
 * Kalundborg minutes. An item body opens with a preamble before its sections:
 *   Sagsfremstilling                 ← document label, not the section of that name
 *   5. <title>
 *   Åbent
 *   Sagsnr.: 326-2018-1373 J.nr.: 81.00.00 Dokumentnr.: 326-2020-170447   (or on three lines)
 * The decision block is headed "Direktionens møde den 2. juni 2020:".
 */
import { CASE_FACTS_LABEL, addLabelledFacts, emptyCaseFacts, type CaseFacts } from './case-facts.js';
import { firstNonEmptyLine, isEmptyBlock, type ItemDraft, type LayoutRules } from './agenda.js';

const NUMBERED_TITLE = /^(\d{1,4})\.\s+\S/;
const ACCESS = /^(?:Åbent|Lukket)$/i;
/** A number alone on a line after the case facts: "Dokumentnr.:" wrapped before its value in a PDF. */
const FACT_VALUE = /^(?=.*\d)[\w./-]+$/u;
/** How far into the body the access line and case facts may start (a wrapped title comes first). */
const PREAMBLE_REACH = 6;

function isNumberedTitle(line: string, draft: ItemDraft): boolean {
  const match = NUMBERED_TITLE.exec(line);
  return match !== null && Number(match[1]) === draft.number;
}

function isPreambleFact(line: string): boolean {
  return ACCESS.test(line) || CASE_FACTS_LABEL.test(line);
}

export const kalundborg: LayoutRules = {
  layout: 'kalundborg',

  opensBody: (line, draft) => isNumberedTitle(line, draft) || isPreambleFact(line),

  takePreamble(draft) {
    const facts: CaseFacts = emptyCaseFacts();
    const first = draft.blocks[0];
    if (!first || (first.heading !== null && first.heading.key !== 'sagsfremstilling')) return facts;

    const lines = first.lines;
    const start = firstNonEmptyLine(lines);
    const opensWithTitle = start >= 0 && isNumberedTitle(lines[start].trim(), draft);
    if (start >= 0 && (opensWithTitle || isPreambleFact(lines[start].trim()))) {
      let end = opensWithTitle ? start : -1;
      const factLines: string[] = [];
      let linesBeforeFacts = 0;
      for (let index = start; index < lines.length; index++) {
        const line = lines[index].trim();
        if (line.length === 0) continue;
        const continuesFacts = factLines.length > 0 && FACT_VALUE.test(line);
        if (isPreambleFact(line) || continuesFacts) {
          factLines.push(line);
          end = index;
        } else if (factLines.length > 0 || ++linesBeforeFacts > PREAMBLE_REACH) {
          break;
        }
      }
      addLabelledFacts(facts, factLines.join(' '));
      lines.splice(0, end + 1);
    }
    if (isEmptyBlock(first)) draft.blocks.shift();
    return facts;
  },
};
