/**
 * Høje-Taastrup minutes. Under "Punkt N: <title>" comes the case number ("15/26452"), sometimes a "Bilag"
 * list and the title printed again, then "Baggrund", "Indstilling", "Beslutning Direktionen den
 * 21-12-2016" (an item may carry decisions from several meetings), "Sagsfremstilling", "Økonomi", "Bilag".
 */
import { emptyCaseFacts, isCaseNumberLine } from './case-facts.js';
import { dropEmptyLeadingBlock, lastNonEmptyLine, takeCaseNumberLine, type Block, type LayoutRules } from './agenda.js';
import { resemblesTitle, splitClosedTitle } from './title.js';

/** The last block before the item's first section proper: the headingless start or a "Bilag" list. */
function lastLeadingBlock(blocks: readonly Block[]): Block | null {
  let leading: Block | null = null;
  for (const block of blocks) {
    if (block.heading !== null && block.heading.key !== 'bilag') break;
    leading = block;
  }
  return leading;
}

export const htk: LayoutRules = {
  layout: 'htk',

  opensBody: (line) => isCaseNumberLine(line),

  takePreamble(draft) {
    const facts = emptyCaseFacts();
    takeCaseNumberLine(draft, facts);

    const leading = lastLeadingBlock(draft.blocks);
    if (leading) {
      const last = lastNonEmptyLine(leading.lines);
      if (last >= 0 && resemblesTitle(leading.lines[last], splitClosedTitle(draft.printedTitle).title)) leading.lines.splice(last, 1);
    }
    dropEmptyLeadingBlock(draft);
    return facts;
  },
};
