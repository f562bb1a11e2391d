/**
 * Case facts as publishing systems print them next to an item heading:
 *   "Sagsnr.: 00.01.00-P35-130-15", "Sagsnummer: 17/409", "Sagsid.: 14/40", "Dok.nr.: 1965",
 *   a KLE case number alone ("85.02.02-G01-5-17", printed before the heading by some systems),
 *   "012497 - 2017/12299", "2017-016978".
 */
import { CASE_NUMBER, type CaseFacts } from '../case-facts.js';
import { previousNonBlank } from './lines.js';

const KLE_CASE = String.raw`\d{2}\.\d{2}(?:\.\d{2})?-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2}`;
/** The demo layouts' case numbers (case-facts.ts) and the other systems' forms: "2017-016978", "012497 - 2017/12299". */
const PLAIN_CASE = String.raw`${CASE_NUMBER}|\d{3,4}\/\d{1,8}|\d{4}-\d{4,8}|\d{3,8}\s*-\s*\d{4}\/\d{1,8}`;
const CASE_ALONE = new RegExp(String.raw`^(?:${KLE_CASE}|${PLAIN_CASE})$`);
const LABELLED = /^(?:sagsnr\.?|sagsnummer|sagsid\.?|sag\s*nr\.?|dok\.?\s*nr\.?|dokumentnr\.?|j\.\s?nr\.?|journalnr\.?)\s*:\s*(.*)$/i;
const KLE = new RegExp(KLE_CASE);
const CASE_LABEL = /^(?:sagsnr\.?|sagsnummer|sagsid\.?|sag\s*nr\.?)$/i;

/** A line that carries only case facts: a labelled case or document number, or a case number alone. */
export function isCaseLine(line: string): boolean {
  const trimmed = line.trim();
  return CASE_ALONE.test(trimmed) || LABELLED.test(trimmed);
}

/** Adds the facts of one case line; a KLE case number also gives the KLE group ("85.02.02-…" → "85"). */
export function addCaseLine(facts: CaseFacts, line: string): void {
  const trimmed = line.trim();
  const labelled = LABELLED.exec(trimmed);
  const label = labelled ? trimmed.slice(0, trimmed.indexOf(':')).trim() : '';
  const value = (labelled ? labelled[1] : trimmed).trim();
  if (value.length === 0) return;
  if (!labelled || CASE_LABEL.test(label)) {
    const caseNumber = value.split(/\s+(?=\S*:)/)[0];
    if (!facts.caseNumbers.includes(caseNumber)) facts.caseNumbers.push(caseNumber);
    const kle = KLE.exec(caseNumber);
    if (kle && !facts.journalNumber) {
      facts.journalNumber = caseNumber.slice(0, 8);
      facts.kleGroup = caseNumber.slice(0, 2);
    }
  } else if (/^dok/i.test(label)) {
    facts.documentNumber ??= value;
  } else {
    facts.journalNumber ??= value;
    facts.kleGroup ??= /^\d{2}/.exec(value)?.[0] ?? null;
  }
}

/**
 * The case-number line just above `line` (blank lines between allowed), or -1. Only a bare case number by default
 * ("85.02.02-G01-5-17" above "131. Title"); `labelled` also takes "Sagsid.: 20/100".
 */
export function caseLineAbove(lines: readonly string[], line: number, { labelled = false } = {}): number {
  const above = previousNonBlank(lines, line - 1);
  if (above === -1 || !isCaseLine(lines[above])) return -1;
  return labelled || !lines[above].includes(':') ? above : -1;
}
