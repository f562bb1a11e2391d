/**
 * The money of /api/trends is counted from aggregations plus the rows of shared cases (api/query/money-sums.ts).
 * This file checks that it equals counting every money row one by one (money-rows.ts fetchMoneyRows, the way the
 * drill-down counts), over an invented archive with every kind of case: chains of decisions across meetings and
 * years, rejected and postponed cases, cases with two case numbers, items without a case number, several
 * municipalities, bodies and topics.
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { TrendsResponse } from '../../api/contract.js';
import { fetchMoneyRows, type MoneyMetric } from '../../api/query/money-rows.js';
import { trendsQuerySchema } from '../../api/query/params.js';
import { ALL_ROWS_KEY, moneyRowsQuery } from '../../api/query/trends.js';
import { searchTrends } from '../../api/query/trends-search.js';
import { trendsInputOf } from '../../api/routes/trends.js';
import type { DecisionOutcome } from '../../ingest/model.js';
import { useDecidedItems, type DecidedItem } from '../helpers/decided-items.js';
import { mulberry32 } from '../../bench/prng.js';
import { getJson } from '../helpers/api.js';


const MUNICIPALITIES = ['Testby', 'Prøveby', 'Eksempelby'];
const BODIES = ['Direktionen', 'Økonomiudvalget', 'Byrådet'];
const TOPICS = ['esdh-sagsbehandling', 'telefoni', 'udbud'];
const OUTCOMES: DecisionOutcome[] = ['anbefalet', 'godkendt', 'godkendt', 'udsat', 'ikke godkendt', 'taget til efterretning'];


/** 240 items in 60 cases of 1–6 steps each over 2018–2021; a few items carry a second case number or none. */
function archive(): DecidedItem[] {
  const prng = mulberry32(7);
  const random = () => prng.next();
  const pick = <T>(list: readonly T[]) => prng.pick(list);
  const items: DecidedItem[] = [];
  for (let caseIndex = 0; items.length < 240; caseIndex++) {
    const municipality = pick(MUNICIPALITIES);
    const topic = pick(TOPICS);
    const steps = 1 + Math.floor(random() * 6);
    const value = (1 + Math.floor(random() * 40)) * 50_000;
    let day = Math.floor(random() * 1400);
    for (let step = 0; step < steps; step++) {
      day += 5 + Math.floor(random() * 60);
      const date = new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const body = BODIES[Math.min(step, BODIES.length - 1)];
      const outcome = pick(OUTCOMES);
      const roll = random();
      const caseNumbers = roll < 0.1 ? [] : roll < 0.18 ? [`C-${caseIndex}`, `C-${caseIndex + 1}`] : [`C-${caseIndex}`];
      const stops = outcome === 'udsat' || outcome === 'ikke godkendt';
      const meetingId = `${municipality}-${date}-${body}`.toLowerCase();
      const granted = stops || random() < 0.2 ? null : value + (random() < 0.3 ? 25_000 : 0);
      items.push({
        id: `${meetingId}-${items.length}`,
        meetingId,
        municipality,
        body,
        date,
        title: 'Bevilling',
        caseNumbers,
        outcome,
        topics: random() < 0.2 ? [topic, pick(TOPICS)] : [topic],
        spending: granted === null ? null : { value: granted, sentence: `Der bevilges ${granted} kr.` },
      });
    }
  }
  return items;
}

const { client, names } = useDecidedItems(import.meta.filename, archive);
const app = createApp({ client, names, logger: pino({ level: 'silent' }) });

/** The trends as counted from every money row, one by one. */
async function countedRowByRow(query: string): Promise<TrendsResponse> {
  const search = new URLSearchParams(query);
  const raw = Object.fromEntries([...new Set(search.keys())].map((key) => [key, search.getAll(key).length > 1 ? search.getAll(key) : search.get(key)]));
  const input = trendsInputOf(trendsQuerySchema.parse(raw));
  const rows = async () => {
    const read = await fetchMoneyRows(client, names.items, moneyRowsQuery(input)!, input.metric as MoneyMetric);
    return read.map((row) => ({ ...row, series: [...row.series, ALL_ROWS_KEY] }));
  };
  return searchTrends(client, names, input, rows);
}

const withoutTook = ({ tookMs: _took, ...rest }: TrendsResponse) => rest;

describe('money counted from sums and shared cases', () => {
  it.each([
    'topic=esdh-sagsbehandling&metric=granted',
    'topic=esdh-sagsbehandling&topic=telefoni&topic=udbud&metric=granted&interval=month',
    'topic=telefoni&topic=udbud&metric=granted&interval=quarter&normalize=share_of_items',
    'topic=udbud&metric=granted&countPer=item',
    'topic=esdh-sagsbehandling&metric=granted&breakdown=municipality&top=2',
    'topic=telefoni&metric=granted&breakdown=body&top=1&normalize=per_meeting',
    'metric=granted&breakdown=municipality',
    'topic=esdh-sagsbehandling&topic=telefoni&metric=granted&yearFrom=2019&yearTo=2020',
    'topic=udbud&metric=granted&body=Byrådet&municipality=Testby',
  ])('%s', async (query) => {
    const api = await getJson<TrendsResponse>(app, `/api/trends?${query}`);
    const oracle = await countedRowByRow(query);
    expect(api.series.some((series) => series.buckets.some((bucket) => (bucket.amountDkk ?? 0) > 0))).toBe(true);
    expect(withoutTook(api)).toEqual(withoutTook(JSON.parse(JSON.stringify(oracle)) as TrendsResponse));
  });
});

describe('a breakdown counted in two steps (the best values, then the rest)', () => {
  const alone = (query: string) => getJson<TrendsResponse>(app, `/api/trends?${query}`);

  it.each(['municipality', 'body'])('by %s: each line counts its own items and meetings, "Øvrige" every other value together', async (field) => {
    const trends = await alone(`topic=telefoni&breakdown=${field}&top=1&normalize=per_meeting&interval=quarter`);
    const [top, other] = trends.series;
    expect(other.key).toBe('other');
    const value = top.label;
    const own = await alone(`topic=telefoni&${field}=${encodeURIComponent(value)}&normalize=per_meeting&interval=quarter`);
    // The counts and per-meeting values of the value on its own (meetings of that value only), bucket by bucket;
    // where the value on its own has no bucket (outside its own dates), the line has no item.
    const ownBuckets = new Map(own.series[0].buckets.map((bucket) => [bucket.date, [bucket.count, bucket.normalized]]));
    for (const bucket of top.buckets) expect([bucket.date, bucket.count, bucket.normalized]).toEqual([bucket.date, ...(ownBuckets.get(bucket.date) ?? [bucket.count === null ? null : 0, bucket.normalized === null ? null : 0])]);
    expect([...ownBuckets.keys()].every((date) => top.buckets.some((bucket) => bucket.date === date))).toBe(true);
    const rest = (field === 'municipality' ? MUNICIPALITIES : BODIES).filter((name) => name !== value);
    const others = await Promise.all(rest.map((name) => alone(`topic=telefoni&${field}=${encodeURIComponent(name)}&interval=quarter`)));
    const restCounts = trends.denominators.map((entry) =>
      others.reduce((sum, response) => sum + (response.series[0].buckets.find((bucket) => bucket.date === entry.date)?.count ?? 0), 0),
    );
    const restMeetings = trends.denominators.map((entry) =>
      others.reduce((sum, response) => sum + (response.denominators.find((bucket) => bucket.date === entry.date)?.meetings ?? 0), 0),
    );
    expect(other.buckets.map((bucket) => bucket.count ?? 0)).toEqual(restCounts);
    other.buckets.forEach((bucket, index) => {
      if (restMeetings[index] === 0) expect(bucket.count).toBeNull();
      else expect(bucket.normalized).toBeCloseTo((bucket.count ?? 0) / restMeetings[index], 10);
    });
    expect(restCounts.some((count) => count > 0)).toBe(true);
  });
});
