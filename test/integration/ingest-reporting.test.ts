/** What ingest reports: the CLI's exit code, symlink loops, repaired NUL bytes, items cut to the text cap. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { indexNames } from '../../ingest/index-names.js';
import { ingest } from '../../ingest/pipeline.js';
import { parseMinutes } from '../../ingest/parse/index.js';
import { REPO_ROOT } from '../../scripts/config.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';
import { corpusText } from '../helpers/files.js';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const MB = 1024 * 1024;
const names = uniqueIndexNames(import.meta.filename);
const cliPrefix = `test-ingest-cli-${process.pid}-`;
const client = testClient();
const dir = mkdtempSync(join(tmpdir(), 'referat-reporting-'));
afterAll(async () => {
  await removeTestIndices(names);
  await removeTestIndices(indexNames(cliPrefix));
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

function runIngestCli(...args: string[]) {
  return spawnSync(TSX, ['ingest/cli.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ES_URL: inject('esUrl'), ES_INDEX_PREFIX: cliPrefix },
    timeout: 90_000,
  });
}

describe('npm run ingest', () => {
  const good = join(dir, 'good.txt');
  const bad = join(dir, 'bad.txt');
  writeFileSync(good, corpusText('002'));
  writeFileSync(bad, Buffer.from(corpusText('004'), 'utf16le'));

  it('exits 1 when a file failed, with the summary as always', () => {
    const result = runIngestCli(good, bad);
    expect(result.stdout).toContain('Færdig: 1 af 2 filer indekseret, 1 møder, 8 punkter');
    expect(result.stdout).toContain(`  ✗ ${bad}: BINARY_FILE: `);
    expect(result.status).toBe(1);
  });

  it('exits 0 when every file was indexed', () => {
    const result = runIngestCli(good);
    expect(result.stdout).toContain('Færdig: 1 af 1 filer indekseret, 1 møder, 8 punkter');
    expect(result.status).toBe(0);
  });
});

describe('awkward inputs', () => {
  it('a folder symlink loop: every file indexed once, the loop reported once', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(tree, 'kalundborg.txt'), corpusText('002'));
    writeFileSync(join(tree, 'sub', 'htk.txt'), corpusText('004'));
    symlinkSync('..', join(tree, 'sub', 'up'));
    const summary = await ingest(client, names, [tree]);
    expect(summary.files.map((file) => [file.file, file.status, file.items])).toEqual([
      [join(tree, 'kalundborg.txt'), 'indexed', 8],
      [join(tree, 'sub', 'htk.txt'), 'indexed', 8],
    ]);
    expect(summary.items).toBe(16);
    expect(summary.symlinkLoops).toEqual([join(tree, 'sub', 'up')]);
  });

  it('a symlink to itself is reported as a loop, not as a missing file', async () => {
    const self = join(dir, 'self.txt');
    symlinkSync('self.txt', self);
    const summary = await ingest(client, names, [self]);
    expect(summary.files).toEqual([]);
    expect(summary.symlinkLoops).toEqual([self]);
  });

  it('a file with a NUL byte is indexed, with a note', async () => {
    const path = join(dir, 'nul.txt');
    const text = corpusText('002');
    writeFileSync(path, Buffer.concat([Buffer.from(text.slice(0, 500)), Buffer.from([0]), Buffer.from(text.slice(500))]));
    const summary = await ingest(client, names, [path]);
    expect(summary.files).toMatchObject([{ status: 'indexed', items: 8, notes: ['NUL_REMOVED: 1 NUL byte removed'] }]);
  });

  it('an oversized item is cut to the cap, reported, and served small', async () => {
    const path = join(dir, 'huge-notat.txt');
    const text = `Notat om skolebyggeriet\n\n${'Referat af sag. '.repeat((3 * MB) / 16)}\n`;
    writeFileSync(path, text);
    const [parsed] = parseMinutes(text, path, { municipality: 'Kalundborg' });
    const [item] = parsed.items;
    const textBytes = [item.title, ...Object.values(item.sections)].reduce((sum, part) => sum + Buffer.byteLength(part), 0);

    const summary = await ingest(client, names, [path], { municipality: 'Kalundborg' });
    expect(summary.files).toMatchObject([{ status: 'indexed', items: 1, layout: 'unknown' }]);
    expect(summary.truncated).toEqual([{ file: path, id: expect.stringMatching(/^kalundborg-/), bytesDropped: textBytes - MB }]);

    const app = createApp({ client, names, logger: pino({ level: 'silent' }) });
    const response = await app.request(`/api/items/${summary.truncated[0].id}`);
    expect(response.status).toBe(200);
    expect((await response.text()).length).toBeLessThan(1.1 * MB);
  });
});
