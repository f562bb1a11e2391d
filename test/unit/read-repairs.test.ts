/** What readSource and expandInputs repair or report instead of failing: stray NUL bytes, symlink loops. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, readSource, SourceReadError } from '../../ingest/read.js';
import { corpusText } from '../helpers/files.js';

const dir = mkdtempSync(join(tmpdir(), 'referat-repairs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withNulBytes(text: string, count: number): Buffer {
  const bytes = Buffer.from(text);
  const step = Math.floor(bytes.length / (count + 1));
  const parts: Buffer[] = [];
  for (let index = 0; index < count; index++) parts.push(bytes.subarray(index * step, (index + 1) * step), Buffer.from([0]));
  parts.push(bytes.subarray(count * step));
  return Buffer.concat(parts);
}

describe('NUL bytes in a text file', () => {
  const text = corpusText('002');

  it('one is removed, with a note, and the text is otherwise unchanged', async () => {
    const path = join(dir, 'one-nul.txt');
    writeFileSync(path, withNulBytes(text, 1));
    expect(await readSource(path)).toMatchObject({ text, encoding: 'utf-8', notes: ['NUL_REMOVED: 1 NUL byte removed'] });
  });

  it('a few are removed too', async () => {
    const path = join(dir, 'few-nul.txt');
    writeFileSync(path, withNulBytes(text, 16));
    expect(await readSource(path)).toMatchObject({ text, notes: ['NUL_REMOVED: 16 NUL bytes removed'] });
  });

  it('many make the file binary (UTF-16, images)', async () => {
    const path = join(dir, 'utf16.txt');
    writeFileSync(path, Buffer.from(text, 'utf16le'));
    const error = await readSource(path).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SourceReadError);
    expect((error as SourceReadError).code).toBe('BINARY_FILE');
    const seventeen = join(dir, 'seventeen-nul.txt');
    writeFileSync(seventeen, withNulBytes(text, 17));
    expect(((await readSource(seventeen).catch((thrown: unknown) => thrown)) as SourceReadError).code).toBe('BINARY_FILE');
  });

  it('a clean file has no notes', async () => {
    const path = join(dir, 'clean.txt');
    writeFileSync(path, text);
    expect((await readSource(path)).notes).toBeUndefined();
  });
});

describe('symlinks among the inputs', () => {
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'a', 'b'), { recursive: true });
  writeFileSync(join(tree, 'a', 'x.txt'), 'x');
  writeFileSync(join(tree, 'a', 'b', 'y.txt'), 'y');
  symlinkSync('..', join(tree, 'a', 'b', 'up'));
  symlinkSync('self.txt', join(tree, 'self.txt'));

  it('a folder link back up its own tree: every file once, by its shortest path, the loop reported once', async () => {
    const { files, missing, loops } = await expandInputs([join(tree, 'a')]);
    expect(files).toEqual([join(tree, 'a', 'b', 'y.txt'), join(tree, 'a', 'x.txt')]);
    expect(missing).toEqual([]);
    expect(loops).toEqual([join(tree, 'a', 'b', 'up')]);
  });

  it('a file named twice, directly and through a folder link, is read once', async () => {
    symlinkSync(join(tree, 'a'), join(dir, 'alias-of-a'));
    const { files, loops } = await expandInputs([join(tree, 'a', 'x.txt'), join(dir, 'alias-of-a', 'x.txt')]);
    expect(files).toEqual([join(tree, 'a', 'x.txt')]);
    expect(loops).toEqual([]);
  });

  it('a link to itself is a loop, not a missing file', async () => {
    const { files, missing, loops } = await expandInputs([join(tree, 'self.txt')]);
    expect(files).toEqual([]);
    expect(missing).toEqual([]);
    expect(loops).toEqual([join(tree, 'self.txt')]);
  });
});
