/**
 * GET /api/trends against the real node and corpus. The oracle is the corpus parsed directly (parseSource),
 * plus literal numbers a reader can check in the minutes.
 */
import { describe, expect, it } from 'vitest';
import type { SearchResponse, TrendsResponse } from '../../api/contract.js';
import { useCorpusApi } from '../helpers/api.js';
import { corpusDocuments, corpusMeetings } from '../helpers/corpus.js';

const { app, get } = useCorpusApi(import.meta.filename);

const meetings = await corpusMeetings();
const items = corpusDocuments(meetings);

const TOPIC = 'office-samarbejde';
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

function perYear<T>(list: T[], year: (entry: T) => number | null, value: (entry: T) => number = () => 1): Map<number, number> {
  const result = new Map<number, number>();
  for (const entry of list) {
    const key = year(entry);
    if (key !== null) result.set(key, (result.get(key) ?? 0) + value(entry));
  }
  return result;
}

const topicItems = items.filter((item) => item.topics.includes(TOPIC));
const expectedCount = perYear(topicItems, (item) => item.year);
const itemsPerYear = perYear(items, (item) => item.year);
const meetingsPerYear = perYear(meetings, (meeting) => (meeting.date ? Number(meeting.date.slice(0, 4)) : null));
const municipalitiesPerYear = new Map(
  [...meetingsPerYear.keys()].map((year) => [year, new Set(meetings.filter((m) => m.date?.startsWith(String(year))).map((m) => m.municipality)).size]),
);
/** A year without meetings is a gap (null); a year with meetings counts from 0. */
const orGap = (year: number, value: number | undefined) => (meetingsPerYear.has(year) ? (value ?? 0) : null);

describe('GET /api/trends', () => {
  it('counts a topic per year, years without meetings as gaps', async () => {
    const trends = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}`);
    expect(trends.interval).toBe('year');
    expect(trends.metric).toBe('items');
    expect(trends.normalize).toBe('none');
    expect(trends.series).toHaveLength(1);
    const [series] = trends.series;
    expect(series).toMatchObject({ key: `topic:${TOPIC}`, label: 'Office og samarbejdsværktøjer', kind: 'topic' });
    expect(series.buckets.map((bucket) => bucket.label)).toEqual(YEARS.map(String));
    expect(series.buckets.map((bucket) => bucket.date)).toEqual(YEARS.map((year) => `${year}-01-01`));
    for (const bucket of series.buckets) {
      const year = Number(bucket.label);
      expect(bucket.count, `count ${year}`).toBe(orGap(year, expectedCount.get(year)));
      expect(bucket.amountDkk, `amount ${year}`).toBeNull();
      expect(bucket.moneyDrilldown).toBeNull();
      expect(bucket.normalized).toBe(bucket.count);
    }
    const y2020 = series.buckets.find((bucket) => bucket.label === '2020')!;
    expect(y2020.count).toBe(1);
    // No meetings in 2017, 2019 and 2023: gaps, not zeros.
    expect(series.buckets.filter((bucket) => bucket.count === null).map((bucket) => bucket.label)).toEqual(['2017', '2019', '2023']);

    expect(trends.denominators).toEqual(
      YEARS.map((year) => ({
        date: `${year}-01-01`,
        items: itemsPerYear.get(year) ?? 0,
        meetings: meetingsPerYear.get(year) ?? 0,
        municipalities: municipalitiesPerYear.get(year) ?? 0,
        amountDkk: null,
      })),
    );
    expect(trends.denominators.find((entry) => entry.date === '2020-01-01')).toEqual({ date: '2020-01-01', items: 10, meetings: 1, municipalities: 1, amountDkk: null });
  });

  it('normalises per item share and per meeting', async () => {
    const share = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&normalize=share_of_items`);
    for (const bucket of share.series[0].buckets) {
      const year = Number(bucket.label);
      const total = itemsPerYear.get(year) ?? 0;
      if (!meetingsPerYear.has(year)) expect(bucket.normalized, `gap ${year}`).toBeNull();
      else expect(bucket.normalized, `share ${year}`).toBeCloseTo((expectedCount.get(year) ?? 0) / total, 10);
    }
    expect(share.series[0].buckets.find((bucket) => bucket.label === '2020')!.normalized).toBeCloseTo(0.1, 10);

    const perMeeting = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&normalize=per_meeting`);
    for (const bucket of perMeeting.series[0].buckets) {
      const year = Number(bucket.label);
      const held = meetingsPerYear.get(year) ?? 0;
      if (!held) expect(bucket.normalized, `gap ${year}`).toBeNull();
      else expect(bucket.normalized, `per meeting ${year}`).toBeCloseTo((expectedCount.get(year) ?? 0) / held, 10);
    }

    // "amount", the old name of "granted", still works (permalinks).
    const amount = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&metric=amount&normalize=per_meeting`);
    expect(amount.metric).toBe('granted');
    const amount2020 = amount.series[0].buckets.find((bucket) => bucket.label === '2020')!;
    expect(amount2020.amountDkk).toBe(2_700_000);
    expect(amount2020.normalized).toBe(2_700_000);
    // Share of the amount: the Teams grant is all the money granted in 2020; in 2016 Office items hold 3,5 of 3,5 mio.
    const amountShare = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&metric=granted&normalize=share_of_items`);
    expect(amountShare.series[0].buckets.find((bucket) => bucket.label === '2020')!.normalized).toBe(1);
  });

  it('gives every bucket a drilldown that lists exactly its items', async () => {
    const trends = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&term=Teams&municipality=Kalundborg&municipality=H%C3%B8je-Taastrup`);
    expect(trends.series.map((series) => series.kind)).toEqual(['topic', 'term']);
    for (const series of trends.series) {
      for (const bucket of series.buckets) {
        const params = new URLSearchParams(bucket.drilldown);
        expect(params.getAll('municipality')).toEqual(['Kalundborg', 'Høje-Taastrup']);
        expect(params.get('dateFrom')).toBe(bucket.date);
        const result = await get<SearchResponse>(`/api/search?${bucket.drilldown}&size=100`);
        expect(result.total, `${series.key} ${bucket.label}`).toBe(bucket.count ?? 0);
      }
    }
    const teams2020 = trends.series[1].buckets.find((bucket) => bucket.label === '2020')!;
    expect(new URLSearchParams(teams2020.drilldown).get('q')).toBe('Teams');
    expect(teams2020.drilldown).toContain('dateTo=2020-12-31');
    const listed = await get<SearchResponse>(`/api/search?${teams2020.drilldown}`);
    expect(listed.hits.map((hit) => hit.id)).toContain('kalundborg-2020-06-02-direktionen-5');
  });

  it('aligns quarters and months over the filtered range, with Danish labels', async () => {
    const quarters = await get<TrendsResponse>(`/api/trends?term=Teams&interval=quarter&yearFrom=2020&yearTo=2020`);
    const buckets = quarters.series[0].buckets;
    expect(buckets.map((bucket) => bucket.label)).toEqual(['2020 K1', '2020 K2', '2020 K3', '2020 K4']);
    expect(buckets.map((bucket) => bucket.count)).toEqual([null, 1, null, null]);
    expect(buckets[1].drilldown).toContain('dateFrom=2020-04-01&dateTo=2020-06-30');
    expect(quarters.denominators.map((entry) => entry.meetings)).toEqual([0, 1, 0, 0]);

    const months = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&term=%22Office%20365%22&interval=month&dateFrom=2020-01-01&dateTo=2020-12-31`);
    expect(months.series).toHaveLength(2);
    for (const series of months.series) {
      expect(series.buckets.map((bucket) => bucket.label)).toEqual(Array.from({ length: 12 }, (_, index) => `2020-${String(index + 1).padStart(2, '0')}`));
    }
    expect(months.series[0].buckets.find((bucket) => bucket.label === '2020-06')!.count).toBe(1);
  });

  it('applies the filters to series and denominators alike', async () => {
    const htk = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&municipality=H%C3%B8je-Taastrup&normalize=share_of_items`);
    const htkItems = items.filter((item) => item.municipality === 'Høje-Taastrup');
    expect(htk.denominators.map((entry) => entry.date)).toEqual(['2015-01-01', '2016-01-01']);
    expect(htk.denominators.map((entry) => entry.items)).toEqual([8, 10]);
    const in2016 = htkItems.filter((item) => item.year === 2016 && item.topics.includes(TOPIC)).length;
    expect(htk.series[0].buckets[1].count).toBe(in2016);
    expect(htk.series[0].buckets[1].normalized).toBeCloseTo(in2016 / 10, 10);

    const none = await get<TrendsResponse>('/api/trends?municipality=Nordfyns');
    expect(none.series).toEqual([]);
    expect(none.denominators).toEqual([{ date: '2021-01-01', items: 10, meetings: 1, municipalities: 1, amountDkk: null }]);
  });

  it('takes up to eight series', async () => {
    const terms = ['Teams', 'Skype', 'Office', 'budget', 'pulje', 'strategi', 'ESDH'].map((term) => `term=${term}`).join('&');
    const trends = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&${terms}`);
    expect(trends.series).toHaveLength(8);
    const response = await app.request(`/api/trends?topic=${TOPIC}&${terms}&term=GDPR`);
    expect(response.status).toBe(400);
  });
});
