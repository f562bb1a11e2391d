import { createHash } from 'node:crypto';

/** sha256 of a text (its UTF-8 bytes) or of bytes, hex: a meeting's contentHash, a document's sourceHash, a harvested file. */
export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
