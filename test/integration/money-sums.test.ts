/**
 * The money of /api/trends is counted from aggregations plus the rows of shared cases (api/query/money-sums.ts).
 * This file checks that it equals counting every money row one by one (money-rows.ts fetchMoneyRows, the way the
 * drill-down counts), over an invented archive with every kind of case: chains of decisions across meetings and
 * years, rejected and postponed cases, cases with two case numbers, items without a case number, several
 * municipalities, bodies and topics.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { TrendsResponse } from '../../api/contract.js';
import { fetchMoneyRows, type MoneyMetric } from '../../api/query/money-rows.js';
import { trendsQuerySchema } from '../../api/query/params.js';
import { ALL_ROWS_KEY, moneyRowsQuery } from '../../api/query/trends.js';
import { searchTrends } from '../../api/query/trends-search.js';
import { trendsInputOf } from '../../api/routes/trends.js';
import { ensureIndices } from '../../ingest/indices.js';
import type { DecisionOutcome } from '../../ingest/model.js';
import { mulberry32 } from '../../bench/prng.js';
import { getJson } from '../helpers/api.js';
import { removeTestIndices, testClient, uniqueIndexNames } from '../helpers/es.js';

const names = uniqueIndexNames(import.meta.filename);
const client = testClient();
const app = createApp({ client, names, logger: pino({ level: 'silent' }) });

const MUNICIPALITIES = ['Testby', 'Prøveby', 'Eksempelby'];
const BODIES = ['Direktionen', 'Økonomiudvalget', 'Byrådet'];
const TOPICS = ['esdh-sagsbehandling', 'telefoni', 'udbud'];
const OUTCOMES: DecisionOutcome[] = ['anbefalet', 'godkendt', 'godkendt', 'udsat', 'ikke godkendt', 'taget til efterretning'];

interface Item {
  id: string;
  meetingId: string;
  municipality: string;
  body: string;
  date: string;
  caseNumbers: string[];
  outcome: DecisionOutcome;
  topics: string[];
  spending: number | null;
}

/** 240 items in 60 cases of 1–6 steps each over 2018–2021; a few items carry a second case number or none. */
function archive(): Item[] {
  const prng = mulberry32(7);
  const random = () => prng.next();
  const pick = <T>(list: readonly T[]) => prng.pick(list);
  const items: Item[] = [];
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
      items.push({
        id: `${meetingId}-${items.length}`,
        meetingId,
        municipality,
        body,
        date,
        caseNumbers,
        outcome,
        topics: random() < 0.2 ? [topic, pick(TOPICS)] : [topic],
        spending: stops || random() < 0.2 ? null : value + (random() < 0.3 ? 25_000 : 0),
      });
    }
  }
  return items;
}

beforeAll(async () => {
  await ensureIndices(client, names);
  const operations = archive().flatMap((item) => {
    const common = { municipality: item.municipality, body: item.body, date: item.date, year: Number(item.date.slice(0, 4)) };
    return [
      { index: { _index: names.meetings, _id: item.meetingId } },
      { id: item.meetingId, ...common },
      { index: { _index: names.items, _id: item.id } },
      {
        id: item.id,
        meetingId: item.meetingId,
        ...common,
        number: 1,
        title: 'Bevilling',
        closed: false,
        caseNumbers: item.caseNumbers,
        decisionOutcome: item.outcome,
        topics: [...new Set(item.topics)],
        hasAmount: item.spending !== null,
        spending: item.spending === null ? null : { value: item.spending, class: 'bevilling', sentence: `Der bevilges ${item.spending} kr.` },
        saving: null,
      },
    ];
  });
  const response = await client.bulk({ operations, refresh: true });
  expect(response.errors).toBe(false);
});

afterAll(async () => {
  await removeTestIndices(names);
  await client.close();
});

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
  const countsOf = (trends: TrendsResponse, key: string) => {
    const series = trends.series.find((line) => line.key === key)!;
    return series.buckets.map((bucket) => [bucket.label, bucket.count, bucket.normalized]);
  };
  const alone = (query: string) => getJson<TrendsResponse>(app, `/api/trends?${query}`);

  it.each(['municipality', 'body'])('by %s: each line counts its own items and meetings, "Øvrige" every other value together', async (field) => {
    const trends = await alone(`topic=telefoni&breakdown=${field}&top=1&normalize=per_meeting&interval=quarter`);
    const [top, other] = trends.series;
    expect(other.key).toBe('other');
    const value = top.label;
    const own = await alone(`topic=telefoni&${field}=${encodeURIComponent(value)}&normalize=per_meeting&interval=quarter`);
    // Same buckets, counts and per-meeting values as the value on its own (meetings of that value only).
    expect(countsOf(trends, top.key)).toEqual(countsOf(own, own.series[0].key));
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
