import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../ingest/pipeline.js';
import { exitCodeOf, formatSummary } from '../../ingest/report.js';

const clean: IngestSummary = {
  files: [{ file: 'a.txt', status: 'indexed', meetings: 1, items: 8, bytes: 2 * 1024 * 1024, layout: 'kalundborg' }],
  meetings: 1,
  items: 8,
  failures: [],
  closedTextDropped: 0,
  truncated: [],
  removed: { items: 0, meetings: 0 },
  symlinkLoops: [],
  bytes: 2 * 1024 * 1024,
  elapsedMs: 1000,
};
const failedFile = { file: 'b.txt', status: 'failed' as const, meetings: 0, items: 0, bytes: 0, error: 'BINARY_FILE: b.txt: binary data' };

describe('the ingest exit code', () => {
  it('is 0 when every file and document was indexed', () => {
    expect(exitCodeOf(clean)).toBe(0);
  });

  it('is 1 when a file failed, even though others were indexed', () => {
    expect(exitCodeOf({ ...clean, files: [...clean.files, failedFile] })).toBe(1);
  });

  it('is 1 when a document failed, or nothing was indexed', () => {
    expect(exitCodeOf({ ...clean, failures: [{ file: 'a.txt', id: 'x-1', index: 'i', reason: 'mapper_parsing_exception: …' }] })).toBe(1);
    expect(exitCodeOf({ ...clean, files: [], items: 0, meetings: 0 })).toBe(1);
  });

  it('stays 0 for repairs and notices: a symlink loop, a truncated item, closed text, removed documents', () => {
    expect(
      exitCodeOf({
        ...clean,
        symlinkLoops: ['corpus/up'],
        truncated: [{ file: 'a.txt', id: 'x-1', bytesDropped: 5 }],
        closedTextDropped: 2,
        removed: { items: 3, meetings: 1 },
      }),
    ).toBe(0);
  });
});

describe('the summary', () => {
  it('names what was dropped, cut, removed, repaired and looped, then the failures', () => {
    const summary: IngestSummary = {
      ...clean,
      files: [{ ...clean.files[0], notes: ['NUL_REMOVED: 1 NUL byte removed'] }, failedFile],
      closedTextDropped: 2,
      truncated: [{ file: 'a.txt', id: 'x-1', bytesDropped: 18.5 * 1024 * 1024 }],
      removed: { items: 3, meetings: 1 },
      symlinkLoops: ['corpus/b/up'],
    };
    expect(formatSummary(summary).split('\n')).toEqual([
      'Færdig: 1 af 2 filer indekseret, 1 møder, 8 punkter, 2.00 MB på 1.0 s (2.00 MB/s).',
      'Lukkede punkter: teksten er udeladt for 2 (kun nummer, titel og sagsnumre indekseres).',
      'Fjernet: 3 punkter og 1 møder, som filerne ikke længere indeholder.',
      '  ↻ corpus/b/up: ELOOP: symlink-løkke, filerne bag den er kun læst én gang',
      '  ! a.txt: NUL_REMOVED: 1 NUL byte removed',
      '  ✂ a.txt (x-1): afkortet, 18.50 MB tekst udeladt',
      '  ✗ b.txt: BINARY_FILE: b.txt: binary data',
    ]);
  });
});

describe('files read weakly', () => {
  it('are listed with their confidence and the reasons, so a user knows which to check', () => {
    const summary: IngestSummary = {
      ...clean,
      files: [
        { ...clean.files[0], confidence: { score: 1, level: 'høj', reasons: [] } },
        { file: 'aalborg.html', status: 'indexed', meetings: 1, items: 4, bytes: 2000, layout: 'generic', confidence: { score: 0.7, level: 'middel', reasons: ['punkterne har ingen overskrifter; delt ved »Åben«'] } },
        { file: 'notat.txt', status: 'indexed', meetings: 1, items: 1, bytes: 90, layout: 'unknown', confidence: { score: 0, level: 'lav', reasons: ['ingen dagsordensstruktur fundet', 'ingen mødedato fundet'] } },
      ],
    };
    expect(formatSummary(summary).split('\n').slice(1)).toEqual([
      'Ukendt layout (indekseret som ét punkt): notat.txt',
      'Læst med usikker struktur (kontrollér dem): 2 filer',
      '  ? aalborg.html: middel sikkerhed (0.70): punkterne har ingen overskrifter; delt ved »Åben«',
      '  ? notat.txt: lav sikkerhed (0.00): ingen dagsordensstruktur fundet; ingen mødedato fundet',
    ]);
  });
});
