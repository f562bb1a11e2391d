import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { DEMO_CORPUS_DIR } from '../../scripts/config.js';

export { DEMO_CORPUS_DIR as CORPUS_DIR };

/** The text of a demo corpus file, by its number prefix ("000" … "004"). */
export function corpusText(prefix: string): string {
  const file = readdirSync(DEMO_CORPUS_DIR).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no corpus file ${prefix}_*`);
  return readFileSync(join(DEMO_CORPUS_DIR, file), 'utf8');
}

/** Code page 1252 at bytes 0x80–0x9F; the rest of its printable range is Latin-1. */
const CP1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes for text; throws on a character the code page lacks. */
export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const index = CP1252_80_TO_9F.indexOf(char);
    if (index === -1) throw new Error(`not in windows-1252: ${char}`);
    return 0x80 + index;
  });
}

/** A PDF drawn with pdfkit, as bytes. */
export function pdfBytes(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}
