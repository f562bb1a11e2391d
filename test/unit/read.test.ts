import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMinutes } from '../../ingest/parse/index.js';
import { expandInputs, MAX_TEXT_BYTES, readSource, SourceReadError, type ReadErrorCode } from '../../ingest/read.js';
import { CORPUS_DIR, corpusText, encodeWindows1252, pdfBytes } from '../helpers/files.js';


const dir = mkdtempSync(join(tmpdir(), 'referat-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readError(path: string): Promise<SourceReadError> {
  const error = await readSource(path).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SourceReadError);
  return error as SourceReadError;
}

async function expectCode(path: string, code: ReadErrorCode): Promise<void> {
  const error = await readError(path);
  expect(error.code).toBe(code);
  expect(error.path).toBe(path);
  expect(error.message).toContain(path);
  expect(error.message).not.toContain('\n');
}

describe('readSource', () => {
  it('reads UTF-8 text as is', async () => {
    const path = join(dir, 'utf8.txt');
    const text = corpusText('003');
    await writeFile(path, text);
    expect(await readSource(path)).toEqual({ text, encoding: 'utf-8', format: 'text' });
  });

  it('strips a UTF-8 byte order mark', async () => {
    const path = join(dir, 'bom.txt');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('REFERAT Direktionen d. 02-06-2020\n')]));
    expect(await readSource(path)).toEqual({ text: 'REFERAT Direktionen d. 02-06-2020\n', encoding: 'utf-8', format: 'text' });
  });

  it('decodes a file that is not valid UTF-8 as Windows-1252', async () => {
    const original = corpusText('000');
    expect(original).toMatch(/[æøåÆØÅ]/);
    expect(original).toContain('–');
    const path = join(dir, 'cp1252.txt');
    await writeFile(path, encodeWindows1252(original));
    const source = await readSource(path);
    expect(source.encoding).toBe('windows-1252');
    expect(source.text).toBe(original);
    expect(parseMinutes(source.text, path)[0].items.map((item) => item.title)).toEqual(parseMinutes(original, path)[0].items.map((item) => item.title));
  });

  it('rejects an empty file and a file of only whitespace', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.txt'), ' \n\t\n');
    await expectCode(join(dir, 'empty.txt'), 'EMPTY_FILE');
    await expectCode(join(dir, 'blank.txt'), 'EMPTY_FILE');
  });

  it('rejects binary garbage', async () => {
    const path = join(dir, 'garbage.txt');
    await writeFile(path, Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256));
    await expectCode(path, 'BINARY_FILE');
    const controls = join(dir, 'controls.txt');
    await writeFile(controls, Uint8Array.from({ length: 4096 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41)));
    await expectCode(controls, 'BINARY_FILE');
  });

  it('rejects a 50 MB text quickly, without reading it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, Buffer.alloc(50 * 1024 * 1024, 'Referat af mødet. '));
    expect(50 * 1024 * 1024).toBeGreaterThan(MAX_TEXT_BYTES);
    const started = performance.now();
    await expectCode(path, 'TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('rejects a PDF without a text layer', async () => {
    const path = join(dir, 'scan.pdf');
    await writeFile(path, await pdfBytes((doc) => doc.rect(100, 100, 200, 300).fill('#888888')));
    await expectCode(path, 'PDF_NO_TEXT');
  });

  it('rejects a .pdf that is not a PDF as unreadable', async () => {
    const path = join(dir, 'fake.pdf');
    await writeFile(path, 'REFERAT Direktionen d. 02-06-2020\n');
    await expectCode(path, 'UNREADABLE');
  });

  it('reads a PDF by its content even without the .pdf extension', async () => {
    const path = join(dir, 'pdf-in-disguise.txt');
    await writeFile(path, await pdfBytes((doc) => doc.font('Helvetica').text('Punkt 1: Økonomiopfølgning')));
    expect(await readSource(path)).toEqual({ text: 'Punkt 1: Økonomiopfølgning', encoding: 'pdf', format: 'pdf' });
  });

  it('lays out an HTML page as text, with the address it states', async () => {
    const path = join(dir, 'referat.HTM');
    const html = '<html><head><title>Referat</title><link rel="canonical" href="https://www.example.dk/referat"></head><body><p>Punkt&nbsp;1</p></body></html>';
    await writeFile(path, html);
    expect(await readSource(path)).toEqual({ text: 'Referat\n\nPunkt 1', encoding: 'utf-8', format: 'html', sourceUrl: 'https://www.example.dk/referat' });
    const latin = join(dir, 'latin.html');
    await writeFile(latin, encodeWindows1252('<p>Økonomiudvalget – referat</p>'));
    expect(await readSource(latin)).toEqual({ text: 'Økonomiudvalget – referat', encoding: 'windows-1252', format: 'html' });
  });

  it('rejects an HTML page without text', async () => {
    await writeFile(join(dir, 'blank.html'), '<html><head><script>x()</script></head><body>&nbsp;</body></html>');
    await expectCode(join(dir, 'blank.html'), 'EMPTY_FILE');
  });

  it('reads a .json file as FirstAgenda JSON, left to its reader', async () => {
    const path = join(dir, 'dagsorden.json');
    await writeFile(path, '{"Dagsordenpunkter": []}');
    expect(await readSource(path)).toEqual({ text: '{"Dagsordenpunkter": []}', encoding: 'utf-8', format: 'firstagenda-json' });
  });

  it('rejects a missing path and a directory as unreadable', async () => {
    await expectCode(join(dir, 'never-there.txt'), 'UNREADABLE');
    await expectCode(dir, 'UNREADABLE');
  });
});

describe('expandInputs', () => {
  const tree = join(dir, 'tree');

  it('expands directories recursively to .txt, .pdf, .html, .htm and .json files, sorted and deduplicated', async () => {
    await mkdir(join(tree, 'b', 'deeper'), { recursive: true });
    for (const file of ['a.txt', 'b/c.PDF', 'b/deeper/d.txt', 'b/deeper/e.htm', 'b/notes.md', 'm.json', 'p.html', 'z.pdf']) await writeFile(join(tree, file), 'x');
    const { files, missing } = await expandInputs([join(tree, 'z.pdf'), tree, join(tree, 'a.txt')]);
    expect(files).toEqual(['a.txt', 'b/c.PDF', 'b/deeper/d.txt', 'b/deeper/e.htm', 'm.json', 'p.html', 'z.pdf'].map((file) => join(tree, file)));
    expect(missing).toEqual([]);
  });

  it('expands globs', async () => {
    const { files, missing } = await expandInputs([join(tree, '**/*.txt')]);
    expect(files).toEqual([join(tree, 'a.txt'), join(tree, 'b/deeper/d.txt')]);
    expect(missing).toEqual([]);
  });

  it('reports missing paths and globs matching nothing instead of throwing', async () => {
    const absent = join(tree, 'absent.txt');
    const { files, missing } = await expandInputs([absent, join(tree, '*.docx'), join(tree, 'a.txt')]);
    expect(files).toEqual([join(tree, 'a.txt')]);
    expect(missing).toEqual([absent, join(tree, '*.docx')]);
  });

  it('returns paths inside the working directory relative to it', async () => {
    const { files } = await expandInputs([CORPUS_DIR]);
    const texts = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.txt'));
    const publications = readdirSync(join(CORPUS_DIR, 'greve'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `greve/${file}`);
    expect(files).toEqual([...texts, ...publications].sort().map((file) => `corpus/demo/${file}`));
    expect(files).toHaveLength(10);
  });

  it('leaves a file that vanishes before it is read to readSource, which reports it unreadable', async () => {
    const path = join(dir, 'vanishing.txt');
    await writeFile(path, corpusText('002'));
    const { files } = await expandInputs([path]);
    expect(files).toEqual([path]);
    await unlink(path);
    await expectCode(files[0], 'UNREADABLE');
  });
});
