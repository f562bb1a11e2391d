/**
 * The answer key of an evaluation set: `key.json` beside a `docs/` folder, one entry per document.
 * The fields are defined in test/fixtures/realworld/README.md.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const keyItemSchema = z.object({
  number: z.number().int().nullable(),
  /** null: the layout prints no titles; "": a number printed without a title. */
  title: z.string().nullable(),
  closed: z.boolean(),
});

const keyEntrySchema = z.object({
  file: z.string().min(1),
  source_url: z.string().min(1),
  municipality: z.string().min(1),
  body: z.string().nullable(),
  meeting_date: z.iso.date().nullable(),
  kind: z.enum(['referat', 'dagsorden']),
  items: z.array(keyItemSchema),
  amounts_dkk: z.array(z.number()),
  notes: z.string(),
});

export type KeyItem = z.infer<typeof keyItemSchema>;
export type KeyEntry = z.infer<typeof keyEntrySchema>;

export class KeyError extends Error {
  override name = 'KeyError';
}

export const KEY_FILE = 'key.json';
export const DOCS_DIR = 'docs';

/** Reads and validates `<dir>/key.json`; a bad entry is named by its position and file. */
export async function loadKey(dir: string): Promise<KeyEntry[]> {
  const path = join(dir, KEY_FILE);
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new KeyError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new KeyError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = z.array(keyEntrySchema).safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${describePath(issue.path, raw)}: ${issue.message}`);
  throw new KeyError(`${path} is invalid:\n  ${problems.join('\n  ')}`);
}

function describePath(path: PropertyKey[], raw: unknown): string {
  const [index, ...field] = path;
  if (typeof index !== 'number') return 'the key must be a list of entries';
  const file = (raw as Array<{ file?: unknown }>)[index]?.file;
  const entry = typeof file === 'string' ? `entry ${index + 1} (${file})` : `entry ${index + 1}`;
  return field.length > 0 ? `${entry}, field "${field.map(String).join('.')}"` : entry;
}
