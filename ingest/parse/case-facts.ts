/**
 * Case facts printed with an item: case numbers (326-2020-195128, 15/26452, S2021-5237), the KLE journal
 * number ("J.nr.: 85.11.06") and the document number ("Dokumentnr.: 326-2020-170447").
 */

export interface CaseFacts {
  caseNumbers: string[];
  journalNumber: string | null;
  kleGroup: string | null;
  documentNumber: string | null;
}

export function emptyCaseFacts(): CaseFacts {
  return { caseNumbers: [], journalNumber: null, kleGroup: null, documentNumber: null };
}

export const CASE_NUMBER = String.raw`(?:\d{3}-\d{4}-\d{1,8}|\d{2}\/\d{1,8}|[A-ZÆØÅ]{1,3}\d{4}-\d{1,8})`;
/** A line holding nothing but case numbers, as printed under the item heading in htk and nordfyns. */
const CASE_NUMBER_LINE = new RegExp(String.raw`^${CASE_NUMBER}(?:\s*[,;]\s*${CASE_NUMBER})*$`);
const CASE_NUMBER_GLOBAL = new RegExp(CASE_NUMBER, 'g');
/** A document number standing alone, or at the end of an attachment line. */
const DOCUMENT_NUMBER = /^\d{3}-\d{4}-\d{1,8}$/;
const TRAILING_DOCUMENT_NUMBER = /\s+\d{3}-\d{4}-\d{1,8}$/;

const SAGSNR = /Sagsnr\.?\s*:?\s*([^\s,;]+)/i;
const JOURNAL_NUMBER = /J\.\s?nr\.?\s*:?\s*(\d{2}(?:\.\d{2}){0,2}(?:-[A-ZÆØÅ]\d{2})?)/i;
const DOCUMENTNR = /Dokumentnr\.?\s*:?\s*([^\s,;]+)/i;
/** Any line carrying one of the labelled facts. */
export const CASE_FACTS_LABEL = /(?:^|\s)(?:Sagsnr\.|J\.\s?nr\.|Dokumentnr\.)/i;

export function isCaseNumberLine(line: string): boolean {
  return CASE_NUMBER_LINE.test(line.trim());
}

export function addCaseNumbers(facts: CaseFacts, text: string): void {
  for (const found of text.match(CASE_NUMBER_GLOBAL) ?? []) {
    if (!facts.caseNumbers.includes(found)) facts.caseNumbers.push(found);
  }
}

/** Reads "Sagsnr.: … J.nr.: … Dokumentnr.: …", on one line or several. */
export function addLabelledFacts(facts: CaseFacts, text: string): void {
  const caseNumber = SAGSNR.exec(text);
  if (caseNumber && !facts.caseNumbers.includes(caseNumber[1])) facts.caseNumbers.push(caseNumber[1]);
  const journal = JOURNAL_NUMBER.exec(text);
  if (journal && !facts.journalNumber) {
    facts.journalNumber = journal[1];
    facts.kleGroup = journal[1].slice(0, 2);
  }
  const document = DOCUMENTNR.exec(text);
  if (document && !facts.documentNumber) facts.documentNumber = document[1];
}

export function isDocumentNumber(line: string): boolean {
  return DOCUMENT_NUMBER.test(line);
}

export function withoutTrailingDocumentNumber(line: string): string {
  return line.replace(TRAILING_DOCUMENT_NUMBER, '');
}
