/**
 * The pure parts of search quality (issue 11): known names in queries, compound marks, markup cleaning,
 * the relevance metrics, and which source files the API may serve.
 */
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownNameOf, organisationNames } from '../../analyzers/known-names.js';
import { cleanHighlight, plainText } from '../../api/query/clean-text.js';
import { markWholeWords, positiveWordStems } from '../../api/query/compound-highlight.js';
import { caseSensitiveNameFilters, liftNegatedNames, quoteKnownNames } from '../../api/query/known-names.js';
import { sourceVerdict } from '../../api/source-files.js';
import { DEMO_CORPUS_DIR } from '../../scripts/config.js';
import { ndcgAt, recallAt } from '../relevance/metrics.js';

describe('known names in a query', () => {
  it('quotes names outside quotes, as written, and leaves everything else alone', () => {
    expect(quoteKnownNames('Teams')).toBe('"Teams"');
    expect(quoteKnownNames('skype for business telefoni')).toBe('"skype for business" telefoni');
    expect(quoteKnownNames('Office 365 | Teams')).toBe('"Office 365" | "Teams"');
    expect(quoteKnownNames('pulje -Teams')).toBe('pulje -"Teams"');
    expect(quoteKnownNames('(Acadre | KMD) udbud')).toBe('("Acadre" | "KMD") udbud');
    expect(quoteKnownNames('"Teams møde" Teams')).toBe('"Teams møde" "Teams"');
    // Not a name: part of a longer word, a prefix query, a hyphenated compound.
    expect(quoteKnownNames('Teamsmøde Teams* Teams-møde team')).toBe('Teamsmøde Teams* Teams-møde team');
  });

  it('knows the taxonomy spellings and which names need their exact case', () => {
    expect(knownNameOf(['office365'])).toMatchObject({ name: 'Office 365', kind: 'system' });
    expect(knownNameOf(['KMD'])).toMatchObject({ name: 'KMD', kind: 'organisation' });
    expect(knownNameOf(['teamstrategi'])).toBeUndefined();
    expect(caseSensitiveNameFilters(['teams', 'Office 365', 'god borgerkontakt'])).toEqual([{ term: { systems: 'Teams' } }]);
    expect(organisationNames()).toEqual(['KMD', 'KOMBIT', 'Børsen Academy', 'Rambøll', 'Microsoft']);
  });

  it('turns a negated case-sensitive name into an excluded system, outside OR and grouping only', () => {
    expect(liftNegatedNames('pulje -"Teams"')).toEqual({ text: 'pulje ', excludedSystems: ['Teams'] });
    expect(liftNegatedNames('-"teams" -"Aula" budget')).toEqual({ text: '  budget', excludedSystems: ['Teams', 'Aula'] });
    expect(liftNegatedNames('pulje -"Acadre" "Teams"')).toEqual({ text: 'pulje -"Acadre" "Teams"', excludedSystems: [] });
    expect(liftNegatedNames('"Skype" | -"Teams"')).toEqual({ text: '"Skype" | -"Teams"', excludedSystems: [] });
  });
});

describe('compound highlighting', () => {
  it('takes the base forms of the positive plain words', () => {
    expect(positiveWordStems('puljen -Teams "Office 365" strategi* it-promillepuljen OR økonomi')).toEqual([
      'pulje',
      'strategi',
      'promillepuljen',
      'økonomi',
    ]);
    expect(positiveWordStems('"kun en frase" -budget')).toEqual([]);
  });

  it('extends a mark over the whole hyphenated word', () => {
    expect(markWholeWords('fra IT-<mark>promillepuljen</mark> i 2016')).toBe('fra <mark>IT-promillepuljen</mark> i 2016');
    expect(markWholeWords('<mark>Skype</mark>-møder')).toBe('<mark>Skype-møder</mark>');
    expect(markWholeWords('<mark>IT</mark>-<mark>promillepulje</mark>')).toBe('<mark>IT-promillepulje</mark>');
    expect(markWholeWords('ØDC - <mark>pulje</mark>')).toBe('ØDC - <mark>pulje</mark>');
  });
});

describe('markup is never shown as text', () => {
  it('strips tags and decodes entities of plain text', () => {
    expect(plainText('<i>Jan Lysgaard Thomsen</i> Budgetaftale')).toBe('Jan Lysgaard Thomsen Budgetaftale');
    expect(plainText('Pc&#x27;er &amp; headset, 5&nbsp;mio.')).toBe('Pc\'er & headset, 5\u00a0mio.');
    expect(plainText('beløb < 5 mio. og a<b')).toBe('beløb < 5 mio. og a<b');
  });

  it('cleans the highlighter\'s escaped HTML and keeps its marks', () => {
    expect(cleanHighlight('&lt;i&gt;Jan <mark>Thomsen</mark>&lt;&#x2F;i&gt;')).toBe('Jan <mark>Thomsen</mark>');
    expect(cleanHighlight('&lt;i&gt;Jan <mark>Thomsen</mark>&lt;/i&gt; &amp;amp; &amp;nbsp;x')).toBe('Jan <mark>Thomsen</mark> &amp; \u00a0x');
    expect(cleanHighlight('&lt;script&gt; stays visible as text &lt; 5')).toBe(' stays visible as text &lt; 5');
  });
});

describe('relevance metrics', () => {
  const judgments = { a: 3, b: 1, c: 2 } as const;

  it('nDCG@k is 1 for the ideal order and less for a worse one', () => {
    expect(ndcgAt(10, ['a', 'c', 'b'], judgments)).toBe(1);
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(10, ['x', 'a', 'b'], judgments)).toBeCloseTo((7 / Math.log2(3) + 1 / 2) / ideal, 10);
    expect(ndcgAt(1, ['c', 'a'], judgments)).toBeCloseTo(3 / 7, 10);
    expect(ndcgAt(10, [], judgments)).toBe(0);
  });

  it('recall@k counts the relevant items among the first k', () => {
    expect(recallAt(20, ['a', 'x', 'b'], judgments)).toBeCloseTo(2 / 3, 10);
    expect(recallAt(1, ['a', 'b', 'c'], judgments)).toBeCloseTo(1 / 3, 10);
  });
});

describe('which source files the API serves', () => {
  const demoFile = '000_490524c9065e3097.txt';
  const root = mkdtempSync(join(tmpdir(), 'sources-'));
  const open = join(root, demoFile);
  copyFileSync(join(DEMO_CORPUS_DIR, demoFile), open);
  // The same minutes with the text of a closed item printed under it.
  const withClosedText = join(root, 'lukket.txt');
  writeFileSync(
    withClosedText,
    readFileSync(open, 'utf8').replace(
      'Punkt 3: Lukket: Lønbånd direktører og niveau 2 ledere 04.2020\n',
      'Punkt 3: Lukket: Lønbånd direktører og niveau 2 ledere 04.2020\n\nSagsfremstilling\nDirektørernes lønbånd hæves med 4 %.\n',
    ),
  );
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  const escape = join(root, 'escape.txt');
  symlinkSync(join(DEMO_CORPUS_DIR, demoFile), escape);

  it('serves a file under a source root whose closed items have no text', async () => {
    expect(await sourceVerdict(open, { sourceRoots: [root] })).toEqual({ status: 'servable', path: open });
  });

  it('withholds a file with closed items\' text unless the instance opted in', async () => {
    expect(await sourceVerdict(withClosedText, { sourceRoots: [root] })).toEqual({ status: 'closed-text' });
    expect(await sourceVerdict(withClosedText, { sourceRoots: [root], closedTextPublic: true })).toEqual({ status: 'servable', path: withClosedText });
  });

  it('never serves a file outside the roots, through a link or that does not exist', async () => {
    expect(await sourceVerdict(open, { sourceRoots: [outside] })).toEqual({ status: 'missing' });
    expect(await sourceVerdict(escape, { sourceRoots: [root] })).toEqual({ status: 'missing' });
    expect(await sourceVerdict(join(root, 'findes-ikke.txt'), { sourceRoots: [root] })).toEqual({ status: 'missing' });
    expect(await sourceVerdict(root, { sourceRoots: [tmpdir()] })).toEqual({ status: 'missing' });
  });
});
