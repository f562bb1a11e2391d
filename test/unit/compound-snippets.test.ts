import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../api/contract.js';
import { markStemWords } from '../../api/query/compound-highlight.js';
import { compoundSnippet, unmarkedHits } from '../../api/query/compound-snippets.js';

describe('marking compounds in highlighter fragments', () => {
  it('marks the words outside marks that contain a stem, and leaves tags and marked text alone', () => {
    expect(markStemWords('Fra <mark>puljen</mark> og effektiviseringspuljen &amp; IT-promillepuljen.', ['pulje'])).toBe(
      'Fra <mark>puljen</mark> og <mark>effektiviseringspuljen</mark> &amp; <mark>IT-promillepuljen</mark>.',
    );
    expect(markStemWords('Ingen match her', ['pulje'])).toBe('Ingen match her');
    expect(markStemWords('effektiviseringspuljen', [])).toBe('effektiviseringspuljen');
  });

  it('leaves a fragment alone when the stem occurs only inside marks, and still marks it after a closing tag', () => {
    expect(markStemWords('Fra <mark>Puljen</mark> og <mark>puljerne</mark>.', ['pulje'])).toBe('Fra <mark>Puljen</mark> og <mark>puljerne</mark>.');
    expect(markStemWords('<mark>marked</mark> markedsføring', ['mark'])).toBe('<mark>marked</mark> <mark>markedsføring</mark>');
    expect(markStemWords('<mark>pulje</mark>-puljen', ['pulje'])).toBe('<mark>pulje</mark>-<mark>puljen</mark>');
  });
});

describe('a snippet for a hit that matched only deep inside a section', () => {
  const filler = 'Sagen beskriver baggrunden for forslaget og de økonomiske forhold i detaljer. '.repeat(6);

  it('cuts an escaped fragment around the first compound that holds the stem, in snippet order', () => {
    const snippet = compoundSnippet({ sagsfremstilling: `${filler}Midlerne tages fra effektiviseringspuljen & reserven i 2020. ${filler}`, beslutning: 'Godkendt.' }, ['pulje']);
    expect(snippet?.section).toBe('sagsfremstilling');
    expect(snippet?.html).toContain('fra <mark>effektiviseringspuljen</mark> &amp; reserven i 2020.');
    expect(snippet?.html.startsWith('…')).toBe(true);
    expect(snippet?.html.endsWith('…')).toBe(true);
  });

  it('gives nothing when no section holds the stem', () => {
    expect(compoundSnippet({ beslutning: 'Godkendt.' }, ['pulje'])).toBeNull();
  });

  it('is wanted only for hits whose title and snippets show no mark', () => {
    const hit = (id: string, titleHtml: string, snippet: string) => ({ id, titleHtml, snippets: [{ section: 'beslutning', html: snippet }] }) as unknown as SearchHit;
    const hits = [hit('a', 'Titel', 'Godkendt.'), hit('b', '<mark>Pulje</mark>', 'Godkendt.'), hit('c', 'Titel', 'Fra <mark>puljen</mark>')];
    expect(unmarkedHits(hits).map((found) => found.id)).toEqual(['a']);
  });
});
