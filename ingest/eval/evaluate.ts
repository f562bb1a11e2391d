/** Evaluates the reader on every document of a keyed folder (`key.json` + `docs/`). */
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../../scripts/config.js';
import type { Meeting } from '../model.js';
import { SourceReadError } from '../read.js';
import { DOCS_DIR, loadKey, type KeyEntry } from './key.js';
import { sumScores, type Scores } from './metrics.js';
import { readKeyedDocument } from './read-document.js';
import { scoreDocument, type DocumentScore } from './score.js';

/** The real-world dev set of issue 9: 41 documents from 26 municipalities. */
export const DEV_SET_DIR = resolve(REPO_ROOT, 'test', 'fixtures', 'realworld');

export interface DocumentEvaluation {
  entry: KeyEntry;
  /** The file the reader parsed, and its text ('' when it could not be read). */
  path: string;
  text: string;
  meetings: Meeting[];
  /** Why the document could not be read or parsed; it then scores as if nothing was found. */
  error: string | null;
  score: DocumentScore;
}

export interface Evaluation {
  dir: string;
  documents: DocumentEvaluation[];
  overall: Scores;
}

export async function evaluate(dir: string): Promise<Evaluation> {
  const entries = await loadKey(dir);
  const documents: DocumentEvaluation[] = [];
  for (const entry of entries) documents.push(await evaluateDocument(join(dir, DOCS_DIR), entry));
  return { dir, documents, overall: sumScores(documents.map((document) => document.score.scores)) };
}

async function evaluateDocument(docsDir: string, entry: KeyEntry): Promise<DocumentEvaluation> {
  try {
    const reading = await readKeyedDocument(docsDir, entry);
    return { entry, ...reading, error: null, score: scoreDocument(entry, reading.meetings) };
  } catch (error) {
    const message = error instanceof SourceReadError ? error.message : `${entry.file}: the reader failed (${error instanceof Error ? error.message : String(error)})`;
    return { entry, path: join(docsDir, entry.file), text: '', meetings: [], error: message, score: scoreDocument(entry, []) };
  }
}
