/** Runs the project's reader on one keyed document, exactly as `npm run parse` would. */
import { existsSync } from 'node:fs';
import { join, parse as parsePath } from 'node:path';
import type { Meeting } from '../model.js';
import { parseSource } from '../parse/source.js';
import { readSource } from '../read.js';
import type { KeyEntry } from './key.js';

export interface Reading {
  /** The file the reader parsed, and its text. */
  path: string;
  text: string;
  meetings: Meeting[];
}

export async function readKeyedDocument(docsDir: string, entry: KeyEntry): Promise<Reading> {
  const path = sourcePath(docsDir, entry.file);
  const source = await readSource(path);
  return { path, text: source.text, meetings: parseSource(source, path, { sourceUrl: entry.source_url }) };
}

/**
 * The raw FirstAgenda `.json` beside a keyed `.txt` (Greve 001–005) is what the key describes; the `.txt` is
 * only a rendering of it. Every other document is read as keyed.
 */
function sourcePath(docsDir: string, file: string): string {
  const json = join(docsDir, `${parsePath(file).name}.json`);
  return existsSync(json) ? json : join(docsDir, file);
}
