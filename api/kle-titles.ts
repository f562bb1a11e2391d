import { readFileSync } from 'node:fs';

/**
 * KL licenses the KLE titles, so none ship with the project. A user who holds a licence can point
 * KLE_TITLES_FILE at a CSV or TSV of "code,title" lines (e.g. "85.11.06;Sagsbehandlingssystemer").
 */
export function loadKleTitles(path: string | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  if (!path) return titles;
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const match = /^\s*"?(\d{2}(?:\.\d{2}){0,2})"?\s*[,;\t]\s*"?(.+?)"?\s*$/.exec(line);
    if (match) titles.set(match[1], match[2]);
  }
  return titles;
}
