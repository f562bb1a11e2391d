/**
 * When to count a search's facets on a sample (api/query/search-request.ts `buildFacetsRequest`). Counting every
 * match costs time in proportion to the matches: at a million items a broad search spends most of its time there.
 * So on an index of more than twice FACET_SAMPLE_ITEMS, facets are counted on a random sample of about that many
 * items (the probability follows the index size, which is looked up at most once a minute); the route counts them
 * exactly again when the search has fewer than TRACK_TOTAL_HITS_UP_TO matches, where exact counts are cheap.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { ES_OPTIONS } from './es.js';
import { FACET_SAMPLE_ITEMS, INDEX_SIZE_TTL_MS, TRACK_TOTAL_HITS_UP_TO } from './limits.js';
import type { FacetSampling } from './query/search-request.js';

/** random_sampler takes a probability below 0.5 (or exactly 1). */
const MAX_PROBABILITY = 0.5;

/** The sampling for an index of `items` items; null when exact counts are cheap enough. */
export function samplingFor(items: number, sampleItems = FACET_SAMPLE_ITEMS): FacetSampling | null {
  if (items <= 0) return null;
  const probability = sampleItems / items;
  if (probability >= MAX_PROBABILITY) return null;
  // Two significant digits: the probability (part of the cached request) changes only when the index grows a lot.
  return { probability: Number(probability.toPrecision(2)) };
}

export interface FacetSamplerOptions {
  sampleItems?: number;
  /** Searches with fewer matches than this get exact counts (at most TRACK_TOTAL_HITS_UP_TO, which hits count exactly). */
  exactBelow?: number;
  ttlMs?: number;
  now?: () => number;
}

export class FacetSampler {
  private cached: { items: number; until: number } | null = null;
  private pending: Promise<number> | null = null;

  constructor(
    private readonly client: Client,
    private readonly index: string,
    private readonly options: FacetSamplerOptions = {},
  ) {}

  /** The sampling for the index as it is now (its size looked up at most once per ttl). */
  async sampling(): Promise<FacetSampling | null> {
    return samplingFor(await this.items(), this.options.sampleItems);
  }

  /** Whether a search whose hits counted `total` (exactly, or as a lower bound) should count its facets exactly. */
  countsExactly(total: estypes.SearchTotalHits | number | undefined): boolean {
    const exactBelow = Math.min(this.options.exactBelow ?? TRACK_TOTAL_HITS_UP_TO, TRACK_TOTAL_HITS_UP_TO);
    if (total === undefined) return false;
    if (typeof total === 'number') return total < exactBelow;
    return total.relation === 'eq' && total.value < exactBelow;
  }

  private async items(): Promise<number> {
    const now = (this.options.now ?? Date.now)();
    if (this.cached && now < this.cached.until) return this.cached.items;
    this.pending ??= this.client
      .count({ index: this.index }, ES_OPTIONS)
      .then(({ count }) => {
        this.cached = { items: count, until: now + (this.options.ttlMs ?? INDEX_SIZE_TTL_MS) };
        return count;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
