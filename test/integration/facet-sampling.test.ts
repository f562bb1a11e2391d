/**
 * Sampled facet counts (api/facet-sampling.ts) against the real node and the demo corpus. The corpus is small, so
 * the app is told to sample as a million-item archive would: a sample of about 10 items, for searches with at
 * least 5 matches. Sampled counts are estimates and flagged; hits and totals stay exact; searches with few matches
 * get exact counts; the same search draws the same sample.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { FacetValue, SearchResponse } from '../../api/contract.js';
import { getJson, useIndexedCorpus } from '../helpers/api.js';
import { DEMO_CORPUS_ITEMS } from '../helpers/corpus.js';

const deps = useIndexedCorpus(import.meta.filename);
const sampling = createApp({ ...deps, facetSampling: { sampleItems: 10, exactBelow: 5 } });
const exact = createApp(deps);

const sampled = (query: string) => getJson<SearchResponse>(sampling, `/api/search?${query}`);
const counted = (query: string) => getJson<SearchResponse>(exact, `/api/search?${query}`);
const counts = (values: FacetValue[]) => Object.fromEntries(values.map((value) => [value.value, value.count]));

describe('sampled facet counts', () => {
  it('counts a broad search on a sample: flagged, scaled up, stable, while hits and total stay exact', async () => {
    const first = await sampled('sort=date_desc');
    const reference = await counted('sort=date_desc');
    expect(first.facetsApproximate).toBe(true);
    expect(reference.facetsApproximate).toBe(false);
    expect(first.total).toBe(DEMO_CORPUS_ITEMS);
    expect(first.hits.map((hit) => hit.id)).toEqual(reference.hits.map((hit) => hit.id));
    // 13 % of the items are drawn (10 of 77, two digits); each drawn item counts for 1 / 0.13 of an item. Which
    // items are drawn depends on the order the index holds them in, so the test checks the scaling, not the draw.
    expect(first.facets.closed.length).toBeGreaterThan(0);
    for (const value of [...first.facets.closed, ...first.facets.municipality]) {
      const drawn = Math.round(value.count * 0.13);
      expect(drawn).toBeGreaterThan(0);
      expect(value.count).toBe(Math.round(drawn / 0.13));
    }
    const again = await sampled('sort=date_desc');
    expect(counts(again.facets.municipality)).toEqual(counts(first.facets.municipality));
    expect(again.histogram).toEqual(first.histogram);
  });

  it('counts exactly when the search has fewer matches than the threshold', async () => {
    const few = await sampled('q=Teams');
    expect(few.total).toBeLessThan(5);
    expect(few.facetsApproximate).toBe(false);
    const reference = await counted('q=Teams');
    expect(few.facets).toEqual(reference.facets);
    expect(few.histogram).toEqual(reference.histogram);
  });

  it('never samples an index smaller than twice the sample', async () => {
    const result = await counted('sort=date_desc');
    expect(result.facetsApproximate).toBe(false);
    expect(result.facets.closed.reduce((sum, value) => sum + value.count, 0)).toBe(DEMO_CORPUS_ITEMS);
  });
});
