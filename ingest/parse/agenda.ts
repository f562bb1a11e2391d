/**
 * One pass over a meeting's lines: header facts until the first "Punkt N: <title>", then per item the
 * blocks of text under each known section heading of the layout. Layout rules strip the preamble
 * (case facts, a repeated title) afterwards; see item.ts for turning blocks into sections.
 */
import { classifyHeading, type SectionHeading } from '../../analyzers/sections.js';
import type { DemoLayoutId } from '../model.js';
import { addCaseNumbers, isCaseNumberLine, type CaseFacts } from './case-facts.js';
import { emptyHeader, readHeaderLine, type MeetingHeader } from './header.js';

export interface Block {
  /** Null for text before the item's first heading. */
  heading: SectionHeading | null;
  headingLine: string;
  lines: string[];
}

export interface ItemDraft {
  number: number;
  /** As printed after "Punkt N:", including a "Lukket: " prefix. */
  printedTitle: string;
  blocks: Block[];
}

export interface LayoutRules {
  layout: DemoLayoutId;
  /** True for a line that opens the item body, so it cannot be the continuation of a wrapped title. */
  opensBody(line: string, draft: ItemDraft): boolean;
  /** Removes the preamble (case facts, document label, repeated title) from the leading blocks. */
  takePreamble(draft: ItemDraft): CaseFacts;
}

export interface AgendaDraft {
  header: MeetingHeader;
  items: ItemDraft[];
}

const ITEM_HEADING = /^Punkt\s+(\d{1,4})\s*:\s*(.*)$/;
/** A title wrapped over several lines in a PDF text layer; the .txt corpus puts a blank line after it. */
const MAX_TITLE_CONTINUATIONS = 2;

export function readAgenda(lines: readonly string[], start: number, end: number, rules: LayoutRules): AgendaDraft {
  const header = emptyHeader();
  const items: ItemDraft[] = [];
  let item: ItemDraft | null = null;
  let block: Block | null = null;
  let titleContinuations = MAX_TITLE_CONTINUATIONS;

  for (let index = start; index < end; index++) {
    const line = lines[index].trimEnd();
    const trimmed = line.trimStart();

    const itemHeading = trimmed.startsWith('Punkt') ? ITEM_HEADING.exec(trimmed) : null;
    if (itemHeading && (item === null || Number(itemHeading[1]) > item.number)) {
      item = { number: Number(itemHeading[1]), printedTitle: itemHeading[2].trim(), blocks: [] };
      items.push(item);
      block = null;
      titleContinuations = 0;
      continue;
    }
    if (item === null) {
      readHeaderLine(header, trimmed);
      continue;
    }
    if (trimmed.length === 0) {
      titleContinuations = MAX_TITLE_CONTINUATIONS;
      block?.lines.push('');
      continue;
    }

    const heading = classifyHeading(trimmed, rules.layout);
    if (titleContinuations < MAX_TITLE_CONTINUATIONS) {
      if (heading === null && !rules.opensBody(trimmed, item)) {
        item.printedTitle += ` ${trimmed}`;
        titleContinuations++;
        continue;
      }
      titleContinuations = MAX_TITLE_CONTINUATIONS;
    }
    if (heading) {
      block = { heading, headingLine: trimmed, lines: [] };
      item.blocks.push(block);
      continue;
    }
    if (block === null) {
      block = { heading: null, headingLine: '', lines: [] };
      item.blocks.push(block);
    }
    block.lines.push(line);
  }
  return { header, items };
}

export function firstNonEmptyLine(lines: readonly string[]): number {
  return lines.findIndex((line) => line.trim().length > 0);
}

export function lastNonEmptyLine(lines: readonly string[]): number {
  return lines.findLastIndex((line) => line.trim().length > 0);
}

export function isEmptyBlock(block: Block): boolean {
  return firstNonEmptyLine(block.lines) === -1;
}

/** Drops a leading block without a heading once its preamble lines are taken out. */
export function dropEmptyLeadingBlock(draft: ItemDraft): void {
  const first = draft.blocks[0];
  if (first && first.heading === null && isEmptyBlock(first)) draft.blocks.shift();
}

/** Takes the line of case numbers printed first under the item heading (htk, nordfyns). */
export function takeCaseNumberLine(draft: ItemDraft, facts: CaseFacts): void {
  const first = draft.blocks[0];
  if (!first || first.heading !== null) return;
  const index = firstNonEmptyLine(first.lines);
  if (index >= 0 && isCaseNumberLine(first.lines[index])) {
    addCaseNumbers(facts, first.lines[index]);
    first.lines.splice(index, 1);
  }
}
