import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../../ingest/pipeline.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';
import { DEMO_CORPUS_DIR, indexDemoCorpus } from '../helpers/corpus.js';
import { corpusText, encodeWindows1252, pdfBytes } from '../helpers/files.js';

const names = uniqueIndexNames(import.meta.filename);
const client = testClient();
let summary: IngestSummary;
afterAll(() => client.close());

async function idsMatching(query: object): Promise<string[]> {
  const result = await client.search<{ id: string }>({ index: names.items, query, size: 100, _source: ['id'] });
  return result.hits.hits.map((hit) => hit._source!.id).sort();
}

const simpleQuery = (query: string, fields = ['title', 'sections.*', 'parts.*']) => ({
  simple_query_string: { query, fields, default_operator: 'and' as const, quote_field_suffix: '.exact' },
});

describe('ingesting the demo corpus into the real node', () => {
  beforeAll(async () => {
    summary = await indexDemoCorpus(names);
  });
  afterAll(() => removeTestIndices(names));

  it('indexes every file, meeting and item', async () => {
    // Five Direktionen minutes (.txt, 46 items) and five Greve FirstAgenda publications (.json, 12 + 8 + 4 + 4 + 3 items).
    expect(summary.files.map((file) => [file.file.split('/').pop(), file.status, file.layout, file.items])).toEqual([
      ['000_490524c9065e3097.txt', 'indexed', 'kalundborg', 10],
      ['001_d2ab82ecbe224a62.txt', 'indexed', 'htk', 10],
      ['002_fa922f910423b0f9.txt', 'indexed', 'kalundborg', 8],
      ['003_8a25da385c947bda.txt', 'indexed', 'nordfyns', 10],
      ['004_902df0bf8777cf68.txt', 'indexed', 'htk', 8],
      ['2022-01-10_oekonomiudvalget.json', 'indexed', 'firstagenda', 4],
      ['2022-01-14_byraadet.json', 'indexed', 'firstagenda', 4],
      ['2024-04-17_klima-teknik-og-miljoeudvalget.json', 'indexed', 'firstagenda', 3],
      ['2024-09-09_sundheds-og-omsorgsudvalget.json', 'indexed', 'firstagenda', 8],
      ['2025-08-13_kultur-og-fritidsudvalget.json', 'indexed', 'firstagenda', 12],
    ]);
    expect(summary.meetings).toBe(10);
    expect(summary.items).toBe(77);
    expect(summary.failures).toEqual([]);
    expect((await client.count({ index: names.items })).count).toBe(77);
    expect((await client.count({ index: names.meetings })).count).toBe(10);
  });

  it('indexes the number and title of a closed FirstAgenda item, never the decision the publication prints', async () => {
    const closedId = 'greve-2025-08-13-kultur-og-fritidsudvalget-7';
    const closed = await client.get<{ title: string; closed: boolean; sections: object; attachments: string[] }>({ index: names.items, id: closedId });
    expect(closed._source).toMatchObject({ title: 'Lukket: Forpagtning af Café Langsiden i Greve Idrætscenter', closed: true, sections: {}, attachments: [] });
    const anbefales = await idsMatching(simpleQuery('anbefales'));
    expect(anbefales).toContain('greve-2025-08-13-kultur-og-fritidsudvalget-4');
    expect(anbefales).not.toContain(closedId);
  });

  it('keeps stable ids, so re-ingesting updates and never duplicates', async () => {
    const again = await ingest(client, names, [join(DEMO_CORPUS_DIR, '000_490524c9065e3097.txt')]);
    expect(again.items).toBe(10);
    expect((await client.count({ index: names.items })).count).toBe(77);
    const item = await client.get<{ title: string }>({ index: names.items, id: 'kalundborg-2020-06-02-direktionen-5' });
    expect(item._source?.title).toBe('Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams');
  });

  it.each([
    ['pulje', 'effektiviseringspuljen', 'kalundborg-2020-06-02-direktionen-5'],
    ['pulje', 'it-promillepuljen', 'hoeje-taastrup-2016-12-21-direktionen-5'],
    ['strategi', 'digitaliseringsstrategi', 'nordfyns-2021-04-21-direktionen-7'],
    ['telefoni', 'telefoniløsning', 'kalundborg-2020-06-02-direktionen-5'],
    ['bevilling', 'rammebevilling', 'kalundborg-2020-06-02-direktionen-2'],
  ])('compound parts: "%s" finds %s', async (word, _compound, expectedId) => {
    expect(await idsMatching(simpleQuery(word))).toContain(expectedId);
  });

  it('compound parts: "bevilling" finds "anlægsbevillingen" (a file of unknown layout)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-compound-'));
    writeFileSync(join(dir, 'notat.txt'), 'Notat om skolebyggeriet\n\nAnlægsbevillingen til skolen frigives i 2019.\n');
    const result = await ingest(client, names, [dir], { municipality: 'Kalundborg' });
    expect(result.files[0]).toMatchObject({ status: 'indexed', layout: 'unknown', items: 1 });
    const found = await client.search({ index: names.items, query: simpleQuery('bevilling'), size: 50, _source: ['title', 'layout'] });
    expect(found.hits.hits.map((hit) => hit._source)).toContainEqual({ title: 'Notat om skolebyggeriet', layout: 'unknown' });
  });

  it('stems inflections: "kommunerne" and "kommune" find the same items', async () => {
    const plural = await idsMatching(simpleQuery('kommunerne'));
    expect(plural.length).toBeGreaterThan(0);
    expect(plural).toEqual(await idsMatching(simpleQuery('kommune')));
  });

  it('matches quoted phrases exactly, on the unstemmed field', async () => {
    const office365 = await idsMatching(simpleQuery('"Office 365"'));
    expect(office365).toContain('hoeje-taastrup-2016-12-21-direktionen-6');
    expect(office365).toContain('kalundborg-2018-11-05-direktionen-2');
    expect(await idsMatching(simpleQuery('"Office 2007"'))).toEqual(['hoeje-taastrup-2016-12-21-direktionen-6']);
    // Stemmed, "kommunerne" matches "kommune"; quoted, only the exact inflection.
    const exact = await idsMatching(simpleQuery('"kommunerne"'));
    expect(exact.length).toBeLessThan((await idsMatching(simpleQuery('kommunerne'))).length);
  });
});

describe('bad input', () => {
  const badNames = uniqueIndexNames(`${import.meta.filename}-bad`);
  afterAll(() => removeTestIndices(badNames));

  it('reports each broken file by name and reason, and still indexes every other file in the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-bad-'));
    copyFileSync(join(DEMO_CORPUS_DIR, '002_fa922f910423b0f9.txt'), join(dir, 'a-good.txt'));
    writeFileSync(join(dir, 'b-windows-1252.txt'), encodeWindows1252(corpusText('003')));
    writeFileSync(join(dir, 'c-empty.txt'), '');
    writeFileSync(join(dir, 'd-garbage.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(dir, 'e-huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'Punkt 1: a\n'));
    writeFileSync(join(dir, 'f-scan.pdf'), await pdfBytes((doc) => doc.rect(100, 100, 200, 300).fill('#888888')));
    writeFileSync(join(dir, 'g-not-a-pdf.pdf'), 'this is not a PDF');
    writeFileSync(join(dir, 'h-vanishes.txt'), corpusText('000'));
    copyFileSync(join(DEMO_CORPUS_DIR, '004_902df0bf8777cf68.txt'), join(dir, 'i-good.txt'));
    writeFileSync(join(dir, 'j-broken.json'), '{"Dagsordenpunkter": [');
    writeFileSync(join(dir, 'k-not-firstagenda.json'), '{"name": "referat-radar"}');
    copyFileSync(join(DEMO_CORPUS_DIR, 'greve', '2022-01-14_byraadet.json'), join(dir, 'l-good.json'));

    const result = await ingest(client, badNames, [dir, join(dir, 'missing.txt')], {
      onProgress: (progress) => {
        if (progress.currentFile.endsWith('a-good.txt')) rmSync(join(dir, 'h-vanishes.txt'));
      },
    });
    const byName = Object.fromEntries(result.files.map((file) => [file.file.split('/').pop(), file]));
    expect(byName['a-good.txt']).toMatchObject({ status: 'indexed', items: 8, layout: 'kalundborg' });
    expect(byName['b-windows-1252.txt']).toMatchObject({ status: 'indexed', items: 10, layout: 'nordfyns' });
    expect(byName['i-good.txt']).toMatchObject({ status: 'indexed', items: 8, layout: 'htk' });
    expect(byName['l-good.json']).toMatchObject({ status: 'indexed', items: 4, layout: 'firstagenda' });
    expect(byName['k-not-firstagenda.json'].error).toMatch(/^NOT_FIRSTAGENDA: .*k-not-firstagenda\.json: not a FirstAgenda agenda: expected /);
    const failures = Object.fromEntries(
      result.files.filter((file) => file.status === 'failed').map((file) => [file.file.split('/').pop(), file.error?.split(':')[0]]),
    );
    expect(failures).toEqual({
      'c-empty.txt': 'EMPTY_FILE',
      'd-garbage.txt': 'BINARY_FILE',
      'e-huge.txt': 'TOO_LARGE',
      'f-scan.pdf': 'PDF_NO_TEXT',
      'g-not-a-pdf.pdf': expect.stringMatching(/^(UNREADABLE|PDF_NO_TEXT|BINARY_FILE)$/),
      'h-vanishes.txt': 'UNREADABLE',
      'j-broken.json': 'INVALID_JSON',
      'k-not-firstagenda.json': 'NOT_FIRSTAGENDA',
      'missing.txt': 'NOT_FOUND',
    });
    expect((await client.count({ index: badNames.items })).count).toBe(30);
    const nordfyns = await client.search<{ title: string }>({ index: badNames.items, query: { term: { municipality: 'Nordfyns' } }, size: 20 });
    expect(nordfyns.hits.hits.map((hit) => hit._source!.title)).toContain('Årshjul for Organisationens Strategi- og Udviklingsplan 2020-2022');
  });
});
