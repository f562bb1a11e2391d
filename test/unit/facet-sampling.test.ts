import { describe, expect, it } from 'vitest';
import { FacetSampler, samplingFor } from '../../api/facet-sampling.js';
import { FACET_SAMPLE_ITEMS, TRACK_TOTAL_HITS_UP_TO } from '../../api/limits.js';
import { buildFacetsRequest } from '../../api/query/search-request.js';
import { formatCount, formatEstimate } from '../../web/format.js';

describe('samplingFor', () => {
  it('counts exactly up to twice the sample size', () => {
    expect(samplingFor(0)).toBeNull();
    expect(samplingFor(10_000)).toBeNull();
    expect(samplingFor(2 * FACET_SAMPLE_ITEMS)).toBeNull();
  });

  it('samples about FACET_SAMPLE_ITEMS items of a larger index, the probability to two digits', () => {
    expect(samplingFor(1_000_000)).toEqual({ probability: FACET_SAMPLE_ITEMS / 1_000_000 });
    expect(samplingFor(1_234_567, 100_000)).toEqual({ probability: 0.081 });
    expect(samplingFor(300_000, 100_000)).toEqual({ probability: 0.33 });
  });
});

describe('FacetSampler.countsExactly', () => {
  const sampler = new FacetSampler(null as never, 'unused', { exactBelow: 1_000 });
  it('is true only for an exact total under the threshold', () => {
    expect(sampler.countsExactly({ value: 999, relation: 'eq' })).toBe(true);
    expect(sampler.countsExactly({ value: 1_000, relation: 'eq' })).toBe(false);
    expect(sampler.countsExactly({ value: 10, relation: 'gte' })).toBe(false);
    expect(sampler.countsExactly(undefined)).toBe(false);
  });
  it('never trusts a threshold above what the hits count exactly', () => {
    const generous = new FacetSampler(null as never, 'unused', { exactBelow: 10 * TRACK_TOTAL_HITS_UP_TO });
    expect(generous.countsExactly({ value: TRACK_TOTAL_HITS_UP_TO, relation: 'gte' })).toBe(false);
    expect(generous.countsExactly({ value: TRACK_TOTAL_HITS_UP_TO - 1, relation: 'eq' })).toBe(true);
  });
});

describe('buildFacetsRequest', () => {
  it('asks for no hits, may be cached, and puts every aggregation under one seeded random_sampler when sampling', () => {
    const plain = buildFacetsRequest({ q: 'budget', filters: {} }, null);
    expect(plain).toMatchObject({ size: 0, request_cache: true, track_total_hits: false });
    const sampled = buildFacetsRequest({ q: 'budget', filters: {} }, { probability: 0.1 });
    expect(Object.keys(sampled.aggs!)).toEqual(['sample']);
    const sampler = sampled.aggs!.sample;
    expect(sampler.random_sampler?.probability).toBe(0.1);
    expect(typeof sampler.random_sampler?.seed).toBe('number');
    expect(sampler.aggs).toEqual(plain.aggs);
    expect(sampled.query).toEqual(plain.query);
  });
});

describe('formatEstimate', () => {
  it('rounds to two significant digits and says "ca."', () => {
    expect(formatEstimate(12_345)).toBe('ca. 12.000');
    expect(formatEstimate(987)).toBe('ca. 990');
    expect(formatEstimate(7)).toBe('ca. 7');
    expect(formatEstimate(0)).toBe('ca. 0');
    expect(formatCount(12_345)).toBe('12.345');
    expect(formatCount(12_345, true)).toBe('ca. 12.000');
  });
});
