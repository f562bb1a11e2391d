import { createHash } from 'node:crypto';

/** sha256 of a text (its UTF-8 bytes), hex: a meeting's contentHash and a document's sourceHash. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
