/** `--portals <file>`: a YAML list of portals, each with its municipality and the public source of its address. */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

const portalList = z.array(z.object({ municipality: z.string().min(1), url: z.string().min(1), source: z.string().min(1) }));

export type PortalEntry = z.infer<typeof portalList>[number];

const EXPECTED = 'en YAML-liste af {municipality, url, source}';

export async function readPortalList(path: string): Promise<PortalEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: kan ikke læses (${(error as NodeJS.ErrnoException).code ?? String(error)}); forventede ${EXPECTED}`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    throw new Error(`${path}: ikke gyldig YAML; forventede ${EXPECTED}`);
  }
  const parsed = portalList.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.length ? `post ${issue.path.join('.')}` : 'roden'} passer ikke; forventede ${EXPECTED}`);
  }
  return parsed.data;
}
