import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../ingest/model.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const cli = [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}ingest/parse-cli.ts`];

async function parse(file: string): Promise<Meeting[]> {
  const { stdout } = await run(process.execPath, [...cli, file], { cwd: ROOT });
  return (JSON.parse(stdout) as { meetings: Meeting[] }).meetings;
}

describe('npm run parse on the other input formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-parse-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a FirstAgenda publication', async () => {
    const meetings = await parse('corpus/demo/greve/2024-04-17_klima-teknik-og-miljoeudvalget.json');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      layout: 'firstagenda',
      sourceFile: 'corpus/demo/greve/2024-04-17_klima-teknik-og-miljoeudvalget.json',
      body: 'Klima-, Teknik- og Miljøudvalget',
      date: '2024-04-17',
      startTime: '15:00',
      kind: 'referat',
    });
    expect(meetings[0].items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden', 'Strandparken I/S - Fælles fondsansøgning til udvikling', 'Underskriftsark']);
  });

  it('reads an HTML page through the minutes reader, with its stated address and without the site chrome', async () => {
    const file = 'test/fixtures/formats/byraadet-2019-04-24.html';
    const meetings = await parse(file);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ sourceFile: file, sourceUrl: 'https://www.example.dk/politik/byraadet/referat-2019-04-24', date: '2019-04-24' });
    expect(meetings[0].items.map((item) => item.title)).toEqual(expect.arrayContaining(['Godkendelse af dagsorden', 'Anlægsbevilling til ny skole']));
    const printed = JSON.stringify(meetings);
    for (const chrome of ['cookies', 'Borger', 'dataLayer', 'display: none', 'Rådhuspladsen']) expect(printed).not.toContain(chrome);
  });

  it('reports a .json file that is not a FirstAgenda agenda on one stderr line with exit code 1', async () => {
    const file = join(dir, 'export.json');
    writeFileSync(file, '[{"kolonne": 1}]');
    const failure = await run(process.execPath, [...cli, file], { cwd: ROOT }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    expect((failure as { stderr: string }).stderr).toBe(
      `Error: NOT_FIRSTAGENDA: ${file}: not a FirstAgenda agenda: expected an object with Udvalg.Navn, Moede.Dato and Dagsordenpunkter (the agenda items, each with a Navn) (the top level: Invalid input: expected object, received array)\n`,
    );
  });
});
