/**
 * Spending figures through the API against the real node and the demo corpus. The oracle is the hand count in
 * test/fixtures/spending-key.json (what a reader of the minutes decided each item spends), not the analyzers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResponse, TopicsResponse, TrendDrilldownResponse, TrendsResponse } from '../../api/contract.js';
import { useCorpusApi } from '../helpers/api.js';

const { app, get } = useCorpusApi(import.meta.filename);

interface KeyItem {
  file: string;
  date: string;
  body: string;
  number: number;
  title: string;
  spending: { value: number; class: string } | null;
  saving: { value: number; class: string } | null;
}
const key = JSON.parse(readFileSync(new URL('../fixtures/spending-key.json', import.meta.url), 'utf8')) as { items: KeyItem[] };
const spent = key.items.filter((item) => item.spending !== null);

const identity = (item: { date: string | null; number: number; title: string }) => `${item.date} #${item.number} ${item.title}`;

/** Every item in the index, by the identity the key uses. */
async function indexedItems(): Promise<Map<string, SearchHit>> {
  const result = await get<SearchResponse>('/api/search?size=100&sort=date_asc');
  expect(result.total).toBe(key.items.length);
  return new Map(result.hits.map((hit) => [identity({ date: hit.meeting.date, number: hit.number, title: hit.title }), hit]));
}

function keyTotal(items: KeyItem[], year: string): number {
  return items.filter((item) => item.date.startsWith(year)).reduce((sum, item) => sum + item.spending!.value, 0);
}

describe('spending figures against the hand count', () => {
  it('the key covers every item of the demo corpus', async () => {
    const indexed = await indexedItems();
    for (const item of key.items) expect(indexed.has(identity(item)), identity(item)).toBe(true);
  });

  it('grants DKK per theme and year exactly as the hand count says', async () => {
    const indexed = await indexedItems();
    const { topics } = await get<TopicsResponse>('/api/topics');
    let checkedBuckets = 0;
    for (const topic of topics) {
      const trends = await get<TrendsResponse>(`/api/trends?topic=${topic.id}&metric=granted`);
      const inTopic = spent.filter((item) => indexed.get(identity(item))!.topics.includes(topic.id));
      for (const bucket of trends.series[0].buckets) {
        if (bucket.amountDkk === null) {
          expect(keyTotal(inTopic, bucket.label), `${topic.id} ${bucket.label} is a gap`).toBe(0);
          continue;
        }
        expect(bucket.amountDkk, `${topic.id} ${bucket.label}`).toBe(keyTotal(inTopic, bucket.label));
        checkedBuckets++;
      }
    }
    expect(checkedBuckets).toBeGreaterThan(20);
  });

  it('grants DKK per year over all items as the hand count says', async () => {
    const trends = await get<TrendsResponse>('/api/trends?metric=granted&breakdown=municipality&top=10');
    const years = trends.denominators.map((entry) => entry.date.slice(0, 4));
    const perYear = years.map((year, index) => trends.series.reduce((sum, series) => sum + (series.buckets[index].amountDkk ?? 0), 0));
    expect(perYear).toEqual(years.map((year) => keyTotal(spent, year)));
    expect(trends.denominators.map((entry) => entry.amountDkk)).toEqual(perYear);
    expect(Object.fromEntries(years.map((year, index) => [year, perYear[index]]))).toMatchObject({
      '2015': 484_000,
      '2016': 3_500_000,
      '2018': 0,
      '2020': 2_700_000,
    });
  });

  it('does not count the 170 mio. kr. ESDH contract value in 2018', async () => {
    const trends = await get<TrendsResponse>('/api/trends?topic=esdh-sagsbehandling&metric=granted');
    const y2018 = trends.series[0].buckets.find((bucket) => bucket.label === '2018')!;
    expect(y2018.count).toBeGreaterThan(0);
    expect(y2018.amountDkk).toBe(0);
    const item = await get<{ amounts: { value: number; role: string }[] }>('/api/items/kalundborg-2018-11-05-direktionen-2');
    expect(item.amounts.map((amount) => [amount.value, amount.role])).toEqual([[170_000_000, 'kontraktvaerdi']]);
  });

  it('lists exactly the items behind each DKK point, largest first, adding up to the point', async () => {
    const indexed = await indexedItems();
    const trends = await get<TrendsResponse>('/api/trends?topic=office-samarbejde&topic=it-budget-puljer&metric=granted&countPer=item');
    let points = 0;
    for (const series of trends.series) {
      for (const bucket of series.buckets) {
        expect(bucket.moneyDrilldown).not.toBeNull();
        const drill = await get<TrendDrilldownResponse>(`/api/trends/drilldown?${bucket.moneyDrilldown}`);
        expect(drill.series.key).toBe(series.key);
        expect(drill.total, `${series.key} ${bucket.label}`).toBe(bucket.amountDkk ?? 0);
        expect(drill.items.reduce((sum, entry) => sum + entry.figure.value, 0)).toBe(drill.total);
        const values = drill.items.map((entry) => entry.figure.value);
        expect(values).toEqual([...values].sort((a, b) => b - a));
        const expected = spent
          .filter((item) => item.date.startsWith(bucket.label) && indexed.get(identity(item))!.topics.includes(series.key.slice('topic:'.length)))
          .map((item) => [identity(item), item.spending!.value, item.spending!.class])
          .sort();
        const listed = drill.items.map((entry) => [identity({ date: entry.item.meeting.date, number: entry.item.number, title: entry.item.title }), entry.figure.value, entry.figure.class]).sort();
        expect(listed).toEqual(expected);
        if (drill.items.length) points++;
      }
    }
    // Office 2016 and 2020; IT budgets and pools 2015, 2016 and 2020.
    expect(points).toBe(5);

    const teams = await get<TrendDrilldownResponse>(
      '/api/trends/drilldown?topic=office-samarbejde&metric=granted&series=topic%3Aoffice-samarbejde&bucket=2020-01-01',
    );
    expect(teams.total).toBe(2_700_000);
    expect(teams.items).toHaveLength(1);
    expect(teams.items[0]).toMatchObject({
      item: { id: 'kalundborg-2020-06-02-direktionen-5' },
      figure: { value: 2_700_000, class: 'bevilling' },
      caseNumbers: ['326-2018-1373'],
      passed: [{ itemId: 'kalundborg-2020-06-02-direktionen-5', decisionOutcome: 'anbefalet', value: 2_700_000 }],
    });
    expect(teams.items[0].figure.sentence).toContain('2,7 mio. kr.');
  });

  it('breaks a topic down by municipality: top N and "Øvrige", with gaps where a municipality held no meeting', async () => {
    const trends = await get<TrendsResponse>('/api/trends?topic=office-samarbejde&metric=granted&breakdown=municipality&top=1');
    expect(trends.breakdown).toBe('municipality');
    expect(trends.series.map((series) => [series.key, series.label, series.kind])).toEqual([
      ['municipality:Høje-Taastrup', 'Høje-Taastrup', 'municipality'],
      ['other', 'Øvrige', 'other'],
    ]);
    const [htk, other] = trends.series;
    const byLabel = (series: typeof htk) => Object.fromEntries(series.buckets.map((bucket) => [bucket.label, bucket.amountDkk]));
    expect(byLabel(htk)).toMatchObject({ '2015': 0, '2016': 3_500_000, '2018': null, '2020': null, '2021': null });
    expect(byLabel(other)).toMatchObject({ '2015': null, '2016': null, '2018': 0, '2020': 2_700_000, '2021': 0 });
    expect(new URLSearchParams(htk.buckets[1].drilldown).getAll('municipality')).toEqual(['Høje-Taastrup']);

    const items = await get<TrendsResponse>('/api/trends?topic=office-samarbejde&breakdown=body');
    expect(items.series.map((series) => series.key)[0]).toBe('body:Direktionen');
  });

  it('shows the coverage of each bucket: meetings and municipalities', async () => {
    const trends = await get<TrendsResponse>('/api/trends?topic=office-samarbejde&metric=granted');
    const coverage = Object.fromEntries(trends.denominators.map((entry) => [entry.date.slice(0, 4), [entry.meetings, entry.municipalities]]));
    expect(coverage).toMatchObject({ '2015': [1, 1], '2016': [1, 1], '2017': [0, 0], '2018': [1, 1], '2019': [0, 0], '2020': [1, 1], '2021': [1, 1] });
  });

  it('rejects measures it cannot compute, in Danish', async () => {
    const twoSeries = await app.request('/api/trends?topic=office-samarbejde&term=Teams&breakdown=municipality');
    expect(twoSeries.status).toBe(400);
    expect(((await twoSeries.json()) as { error: { parameter: string } }).error.parameter).toBe('breakdown');
    const itemsDrill = await app.request('/api/trends/drilldown?topic=office-samarbejde&metric=items&series=topic%3Aoffice-samarbejde&bucket=2020-01-01');
    expect(itemsDrill.status).toBe(400);
    const countPer = await app.request('/api/trends?topic=office-samarbejde&countPer=sag');
    expect(countPer.status).toBe(400);
    expect(((await countPer.json()) as { error: { message: string } }).error.message).toBe('Ugyldig parameter "countPer": skal være en af: case, item');
  });
});
