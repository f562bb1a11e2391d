/**
 * Prints the parsed minutes as JSON, without Elasticsearch:
 *   npm run --silent parse -- <file|directory|glob>... [--municipality <name|code>]
 * Errors go to stderr as one line, exit code 1.
 */
import { parseArgs } from 'node:util';
import { runMain } from '../scripts/run-main.js';
import type { Meeting } from './model.js';
import { FirstAgendaError } from './parse/firstagenda.js';
import { municipalityFromOption } from './parse/municipality.js';
import { parseSource } from './parse/source.js';
import { expandInputs, readSource, SourceReadError } from './read.js';

const FORMATS = '.txt, .pdf, .html, .htm or .json';
const USAGE = 'usage: npm run --silent parse -- <file|directory|glob>... [--municipality <name|code>]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { municipality: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error(USAGE);
  const municipality = values.municipality;
  if (municipality !== undefined && !municipalityFromOption(municipality)) {
    throw new Error(`unknown municipality "${municipality}": give a name (Kalundborg) or a kommunekode (326)`);
  }

  const { files, missing } = await expandInputs(positionals);
  if (missing.length > 0) throw new Error(`${missing.join(', ')}: no such file or directory, or no ${FORMATS} file matches`);
  if (files.length === 0) throw new Error(`no ${FORMATS} files in ${positionals.join(', ')}`);

  const meetings: Meeting[] = [];
  for (const file of files) {
    try {
      meetings.push(...parseSource(await readSource(file), file, { municipality }));
    } catch (error) {
      throw error instanceof SourceReadError || error instanceof FirstAgendaError ? new Error(`${error.code}: ${error.message}`) : error;
    }
  }
  process.stdout.write(`${JSON.stringify({ meetings }, null, 2)}\n`);
}

runMain(main);
