/**
 * Prints the parsed minutes as JSON, without Elasticsearch:
 *   npm run --silent parse -- <file|directory|glob>... [--municipality <name|code>]
 * Errors go to stderr as one line, exit code 1.
 */
import { parseArgs } from 'node:util';
import { runMain } from '../scripts/run-main.js';
import type { Meeting } from './model.js';
import { parseMinutes } from './parse/index.js';
import { municipalityFromOption } from './parse/municipality.js';
import { expandInputs, readSource, SourceReadError } from './read.js';

const USAGE = 'usage: npm run --silent parse -- <file|directory|glob>... [--municipality <name|code>]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { municipality: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error(USAGE);
  const municipality = values.municipality;
  if (municipality !== undefined && !municipalityFromOption(municipality)) {
    throw new Error(`unknown municipality "${municipality}": give a name (Kalundborg) or a kommunekode (326)`);
  }

  const { files, missing } = await expandInputs(positionals);
  if (missing.length > 0) throw new Error(`${missing.join(', ')}: no such file or directory, or no .txt/.pdf file matches`);
  if (files.length === 0) throw new Error(`no .txt or .pdf files in ${positionals.join(', ')}`);

  const meetings: Meeting[] = [];
  for (const file of files) {
    const source = await readSource(file).catch((error: unknown) => {
      throw error instanceof SourceReadError ? new Error(`${error.code}: ${error.message}`) : error;
    });
    meetings.push(...parseMinutes(source.text, file, { municipality }));
  }
  process.stdout.write(`${JSON.stringify({ meetings }, null, 2)}\n`);
}

runMain(main);
