/** The per-item text cap: one oversized item must not become a many-megabyte document and API answer. */
import type { AgendaItem, SectionKey, Sections } from './model.js';

/** Default largest text (title and sections, UTF-8) of one item: 1 MiB, far above any real agenda item. */
export const DEFAULT_MAX_ITEM_TEXT_BYTES = 1024 * 1024;

export interface CappedItem {
  item: AgendaItem;
  /** UTF-8 bytes of section text left out; 0 when the item fits. */
  bytesDropped: number;
}

/** The most UTF-8 bytes one UTF-16 code unit takes (a surrogate pair, two units, takes four). */
const UTF8_BYTES_PER_CODE_UNIT = 3;

/** The title's and sections' length in UTF-16 code units. */
function textLength(item: AgendaItem): number {
  let length = item.title.length;
  for (const text of Object.values(item.sections)) length += text?.length ?? 0;
  return length;
}

/** The start of `text` that fits in `bytes` UTF-8 bytes, never splitting a character. */
function utf8Prefix(text: string, bytes: number): string {
  return Buffer.from(text).subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}

/** Keeps the sections in printed order until the budget is spent; the section that crosses it is cut. */
export function capItemText(item: AgendaItem, maxBytes: number): CappedItem {
  if (UTF8_BYTES_PER_CODE_UNIT * textLength(item) <= maxBytes) return { item, bytesDropped: 0 };
  let budget = maxBytes - Buffer.byteLength(item.title);
  let bytesDropped = 0;
  const sections: Sections = {};
  for (const [key, text] of Object.entries(item.sections) as Array<[SectionKey, string]>) {
    const size = Buffer.byteLength(text);
    const kept = size <= budget ? text : utf8Prefix(text, Math.max(budget, 0));
    const keptSize = kept === text ? size : Buffer.byteLength(kept);
    if (kept) sections[key] = kept;
    budget -= keptSize;
    bytesDropped += size - keptSize;
  }
  return bytesDropped === 0 ? { item, bytesDropped } : { item: { ...item, sections }, bytesDropped };
}
