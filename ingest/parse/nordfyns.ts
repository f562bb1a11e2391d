/**
 * Nordfyns minutes: "Punkt N: <title>", the case number ("S2021-5237"), then "Sagens kerne", "Indstilling",
 * "Sagens baggrund"/"Baggrund", "Økonomiske oplysninger", "Lovgrundlag", "Beslutning", "Bilag".
 */
import { emptyCaseFacts, isCaseNumberLine } from './case-facts.js';
import { dropEmptyLeadingBlock, takeCaseNumberLine, type LayoutRules } from './agenda.js';

export const nordfyns: LayoutRules = {
  layout: 'nordfyns',

  opensBody: (line) => isCaseNumberLine(line),

  takePreamble(draft) {
    const facts = emptyCaseFacts();
    takeCaseNumberLine(draft, facts);
    dropEmptyLeadingBlock(draft);
    return facts;
  },
};
