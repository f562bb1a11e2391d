/**
 * Input files → text. Text files are UTF-8, or Windows-1252 when the bytes are not valid UTF-8; PDFs are
 * read through their text layer (unpdf), pages joined by a blank line; HTML pages (.html, .htm) are laid out
 * as text (ingest/html-text.ts); .json files are FirstAgenda publications, left to their reader. Every failure
 * is a SourceReadError with a `code` and a one-line message.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { extractText, getDocumentProxy } from 'unpdf';
import { readHtml } from './html-text.js';
import { uniqueByRealPath } from './real-paths.js';
import { PAGE_BREAK } from './parse/pdf-pages.js';

export type SourceEncoding = 'utf-8' | 'windows-1252' | 'pdf';
/** How the text was read, and so how it is parsed: FirstAgenda JSON has its own reader. */
export type SourceFormat = 'text' | 'pdf' | 'html' | 'firstagenda-json';

export interface SourceText {
  text: string;
  encoding: SourceEncoding;
  format: SourceFormat;
  /** The address the file states for itself (an HTML page's canonical link). */
  sourceUrl?: string;
  /** What was repaired, e.g. "NUL_REMOVED: 1 NUL byte removed"; absent when nothing was. */
  notes?: string[];
}

export type ReadErrorCode = 'EMPTY_FILE' | 'BINARY_FILE' | 'TOO_LARGE' | 'PDF_NO_TEXT' | 'UNREADABLE';

export class SourceReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceReadError';
  }
}

/** Largest text accepted, from a text file or a PDF's text layer: 20 MB (a year of minutes is a few MB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** Largest PDF file accepted: 200 MB (scanned attachments make PDFs far larger than their text). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

const MINUTES_EXTENSIONS = new Set(['.txt', '.pdf', '.html', '.htm', '.json']);
const MINUTES_GLOB = `**/*.{${[...MINUTES_EXTENSIONS].map((extension) => extension.slice(1)).join(',')}}`;
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const PDF_MAGIC = '%PDF-';
/** Files up to this size are read synchronously (see contentOf). */
const MAX_SYNC_READ_BYTES = 1024 * 1024;
/** How much of a text file is inspected for binary content. */
const BINARY_SAMPLE_BYTES = 64 * 1024;
/** NUL bytes tolerated in an otherwise-text file (a stray byte from a broken export); they are removed. */
const MAX_STRAY_NUL_BYTES = 16;
/** Share of control characters (other than tab, line breaks, form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.05;
/**
 * Windows-1252 characters for the bytes 0x80–0x9F. Node 20's TextDecoder decodes the 'windows-1252' label as
 * Latin-1, which turns these bytes (€, „, “, ”, –, — …) into C1 control characters; they are mapped here.
 */
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1_CONTROL = /[\u0080-\u009f]/g;
/** pdf.js logs malformed-PDF warnings to the console unless told to report errors only. */
const PDFJS_ERRORS_ONLY = 0;

export async function readSource(path: string): Promise<SourceText> {
  const info = statOf(path);
  if (!info.isFile()) throw new SourceReadError('UNREADABLE', path, `${path}: not a file`);
  if (info.size === 0) throw new SourceReadError('EMPTY_FILE', path, `${path}: the file is empty`);

  const declaredPdf = extname(path).toLowerCase() === '.pdf';
  const limit = declaredPdf ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
  if (info.size > limit) throw tooLarge(path, info.size, limit);

  const bytes = await contentOf(path, info.size);
  if (declaredPdf || startsWithPdfMagic(bytes)) return readPdf(path, bytes);
  return inDeclaredFormat(path, decodeText(path, bytes));
}

function statOf(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

/**
 * A file's bytes. Minutes files are small, and reading one synchronously costs a fraction of the thread-pool round
 * trips of an asynchronous read; large files (PDFs with scans) are read without blocking.
 */
async function contentOf(path: string, size: number): Promise<Buffer> {
  try {
    return size <= MAX_SYNC_READ_BYTES ? readFileSync(path) : await readFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

function inDeclaredFormat(path: string, source: SourceText): SourceText {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return { ...source, format: 'firstagenda-json' };
  if (!HTML_EXTENSIONS.has(extension)) return source;
  const page = readHtml(source.text);
  if (page.text.length === 0) throw new SourceReadError('EMPTY_FILE', path, `${path}: the page holds no text`);
  return { ...source, text: page.text, format: 'html', ...(page.sourceUrl ? { sourceUrl: page.sourceUrl } : {}) };
}

function decodeText(path: string, raw: Uint8Array): SourceText {
  const nulBytes = countNulBytes(raw);
  const bytes = nulBytes === 0 ? raw : raw.filter((byte) => byte !== 0);
  if (nulBytes > MAX_STRAY_NUL_BYTES || looksBinary(bytes)) {
    throw new SourceReadError('BINARY_FILE', path, `${path}: binary data, not text (NUL bytes or mostly control characters)`);
  }
  const notes = nulBytes > 0 ? [`NUL_REMOVED: ${nulBytes} NUL byte${nulBytes === 1 ? '' : 's'} removed`] : undefined;
  let text: string;
  let encoding: SourceEncoding;
  try {
    // ignoreBOM: false drops a leading byte order mark.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    encoding = 'utf-8';
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  if (text.trim().length === 0) throw new SourceReadError('EMPTY_FILE', path, `${path}: the file holds only whitespace`);
  return notes ? { text, encoding, format: 'text', notes } : { text, encoding, format: 'text' };
}

/** Counts NUL bytes, stopping once there are more than a text file may hold. */
function countNulBytes(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0); at !== -1 && count <= MAX_STRAY_NUL_BYTES; at = bytes.indexOf(0, at + 1)) count++;
  return count;
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(C1_CONTROL, (char) => WINDOWS_1252_80_TO_9F[char.charCodeAt(0) - 0x80]);
}

async function readPdf(path: string, bytes: Uint8Array): Promise<SourceText> {
  let pages: string[];
  let document: Awaited<ReturnType<typeof getDocumentProxy>> | null = null;
  try {
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: PDFJS_ERRORS_ONLY });
    pages = (await extractText(document, { mergePages: false })).text;
  } catch (error) {
    throw new SourceReadError('UNREADABLE', path, `${path}: not a readable PDF (${messageOf(error)})`);
  } finally {
    await document?.destroy();
  }
  // A form feed between pages, so readers can tell on which page an item starts (parse/pdf-pages.ts).
  const text = pages.join(`\n${PAGE_BREAK}\n`);
  if (text.trim().length === 0) throw new SourceReadError('PDF_NO_TEXT', path, `${path}: the PDF has no text layer (scanned? run OCR first)`);
  const size = Buffer.byteLength(text);
  if (size > MAX_TEXT_BYTES) throw tooLarge(path, size, MAX_TEXT_BYTES);
  return { text, encoding: 'pdf', format: 'pdf' };
}

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).toString('latin1') === PDF_MAGIC;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  // An index loop: iterating a Uint8Array with for…of is several times slower.
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i];
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls > sample.length * MAX_CONTROL_SHARE;
}

function tooLarge(path: string, size: number, limit: number): SourceReadError {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return new SourceReadError('TOO_LARGE', path, `${path}: ${mb(size)} is over the ${mb(limit)} limit`);
}

function unreadable(path: string, error: unknown): SourceReadError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : messageOf(error);
  return new SourceReadError('UNREADABLE', path, `${path}: cannot be read (${reason})`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ExpandedInputs {
  /** Minutes files (.txt, .pdf, .html, .htm, .json), sorted, each once. */
  files: string[];
  /** Arguments that name no existing file or directory, and globs that match no minutes file. */
  missing: string[];
  /** Symlinks that loop (ELOOP): a link to itself given as an argument, a folder link back up its own tree. */
  loops: string[];
}

/**
 * Files, directories (searched recursively for minutes files) and globs → minutes files. Paths inside
 * the working directory are returned relative to it, others absolute.
 */
export async function expandInputs(args: string[]): Promise<ExpandedInputs> {
  const found = new Set<string>();
  const missing: string[] = [];
  const loops: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch((error: NodeJS.ErrnoException) => (error.code === 'ELOOP' ? ('loop' as const) : null));
    if (info === 'loop') {
      loops.push(resolve(arg));
    } else if (info?.isFile()) {
      found.add(resolve(arg));
    } else if (info?.isDirectory()) {
      for (const file of await glob(MINUTES_GLOB, { cwd: arg, absolute: true, caseSensitiveMatch: false })) found.add(file);
    } else if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { absolute: true })).filter(isMinutesFile);
      if (matches.length === 0) missing.push(arg);
      for (const file of matches) found.add(file);
    } else {
      missing.push(arg);
    }
  }
  const unique = await uniqueByRealPath(found);
  return { files: unique.files.map(displayPath).sort(), missing, loops: [...loops, ...unique.loops].map(displayPath) };
}

function isMinutesFile(path: string): boolean {
  return MINUTES_EXTENSIONS.has(extname(path).toLowerCase());
}

function displayPath(absolutePath: string): string {
  const inside = relative(process.cwd(), absolutePath);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolutePath;
}
