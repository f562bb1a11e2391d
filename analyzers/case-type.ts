/**
 * The case type of an agenda item. First source that answers:
 *
 * 1. The explicit "Sagstype" section: "Orientering.", "Beslutning", "Drøftelse.".
 * 2. The indstilling, first matching type wins (a decision may also ask for discussion or take notes):
 *    Beslutning  "godkender", "godkendes", "beslutter", "bevilges", "vedtager", "overføres"
 *    Drøftelse   "drøfter", "drøftes", "kvalificerer"
 *    Orientering "til efterretning", "orientering"
 * 3. The title, whole words only: "Orientering" → Orientering, "Drøftelse"/"Temadrøftelse" → Drøftelse
 *    ("… Direktionens drøftelser og beslutninger …" says neither).
 * null otherwise.
 */
import type { CaseType } from '../ingest/model.js';

const CASE_TYPES: readonly CaseType[] = ['Orientering', 'Beslutning', 'Drøftelse'];

const INDSTILLING_WORDS: ReadonlyArray<readonly [CaseType, RegExp]> = [
  ['Beslutning', /godkend|beslut|bevilg|vedtag|overføres/iu],
  ['Drøftelse', /(?<!\p{L})(?:drøft(?:er|es)|kvalificerer)(?!\p{L})/iu],
  ['Orientering', /til\s+efterretning|orientering/iu],
];

const TITLE_WORDS: ReadonlyArray<readonly [CaseType, RegExp]> = [
  ['Orientering', /(?<!\p{L})orientering(?!\p{L})/iu],
  ['Drøftelse', /(?<!\p{L})(?:tema)?drøftelse(?!\p{L})/iu],
];

export function classifyCaseType(
  sagstype: string | undefined,
  indstilling: string | undefined,
  title: string,
): CaseType | null {
  return explicitCaseType(sagstype) ?? firstMatch(INDSTILLING_WORDS, indstilling) ?? firstMatch(TITLE_WORDS, title);
}

function explicitCaseType(sagstype: string | undefined): CaseType | null {
  const word = sagstype?.trim().replace(/\.$/u, '').toLowerCase();
  return CASE_TYPES.find((type) => type.toLowerCase() === word) ?? null;
}

function firstMatch(words: ReadonlyArray<readonly [CaseType, RegExp]>, text: string | undefined): CaseType | null {
  if (!text) return null;
  return words.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
