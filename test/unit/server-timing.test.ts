import { describe, expect, it } from 'vitest';
import { serverTimingHeader } from '../../api/middleware/server-timing.js';
import { elasticsearchWait } from '../../bench/load.js';

describe('Server-Timing', () => {
  it('writes the wait for Elasticsearch and the rest of the request in milliseconds', () => {
    expect(serverTimingHeader(12.345, 15.5)).toBe('es;dur=12.3;desc="Elasticsearch", app;dur=3.2');
    expect(serverTimingHeader(0, 0.44)).toBe('es;dur=0.0;desc="Elasticsearch", app;dur=0.4');
  });

  it('never reports a negative rest when the clock rounds', () => {
    expect(serverTimingHeader(2, 1.99)).toBe('es;dur=2.0;desc="Elasticsearch", app;dur=0.0');
  });

  it('is read back by the benchmark, also beside other metrics or split over two headers', () => {
    expect(elasticsearchWait(serverTimingHeader(7.25, 9))).toBe(7.3);
    expect(elasticsearchWait('cache;desc="hit", es;dur=4.5')).toBe(4.5);
    expect(elasticsearchWait(['cache;dur=1', 'es;dur=2.5;desc="Elasticsearch"'])).toBe(2.5);
    expect(elasticsearchWait('ses;dur=3')).toBeNull();
    expect(elasticsearchWait(undefined)).toBeNull();
  });
});
