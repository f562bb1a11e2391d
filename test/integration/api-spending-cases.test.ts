/**
 * Counting money once per case, through the API against the real node. The demo corpus has no grant that passes
 * several meetings, so this file indexes a small invented case history of its own: a grant that goes
 * Direktion → Økonomiudvalg → Byråd, one that is decided across a new year, one the Byråd rejects, and one
 * without a case number.
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { TrendDrilldownResponse, TrendsResponse } from '../../api/contract.js';
import type { DecisionOutcome } from '../../ingest/model.js';
import { getJson } from '../helpers/api.js';
import { useDecidedItems } from '../helpers/decided-items.js';


const TOPIC = 'esdh-sagsbehandling';

interface Step {
  body: string;
  date: string;
  caseNumber: string | null;
  outcome: DecisionOutcome;
  value: number | null;
}

const STEPS: Step[] = [
  { body: 'Direktionen', date: '2020-05-04', caseNumber: '326-2020-1', outcome: 'anbefalet', value: 2_700_000 },
  { body: 'Økonomiudvalget', date: '2020-06-10', caseNumber: '326-2020-1', outcome: 'anbefalet', value: 2_700_000 },
  { body: 'Byrådet', date: '2020-06-24', caseNumber: '326-2020-1', outcome: 'godkendt', value: 2_700_000 },
  { body: 'Direktionen', date: '2020-11-02', caseNumber: '326-2020-2', outcome: 'anbefalet', value: 1_000_000 },
  { body: 'Byrådet', date: '2021-01-20', caseNumber: '326-2020-2', outcome: 'godkendt', value: 1_000_000 },
  { body: 'Direktionen', date: '2021-03-01', caseNumber: '326-2021-3', outcome: 'anbefalet', value: 500_000 },
  { body: 'Byrådet', date: '2021-04-01', caseNumber: '326-2021-3', outcome: 'ikke godkendt', value: null },
  { body: 'Direktionen', date: '2021-05-03', caseNumber: null, outcome: 'godkendt', value: 200_000 },
];

const meetingIdOf = (step: Step) => `testby-${step.date}-${step.body.toLowerCase().replace('ø', 'oe').replace('å', 'aa')}`;

const { client, names } = useDecidedItems(import.meta.filename, () =>
  STEPS.map((step) => {
    const meetingId = meetingIdOf(step);
    return {
      id: `${meetingId}-1`,
      meetingId,
      municipality: 'Testby',
      body: step.body,
      date: step.date,
      title: 'Nyt ESDH-system',
      caseNumbers: step.caseNumber ? [step.caseNumber] : [],
      outcome: step.outcome,
      topics: [TOPIC],
      primaryAmount: step.value ?? 500_000,
      spending: step.value === null ? null : { value: step.value, sentence: `Der bevilges ${step.value} kr. til nyt ESDH-system.` },
    };
  }),
);
const app = createApp({ client, names, logger: pino({ level: 'silent' }) });
const get = <T>(url: string) => getJson<T>(app, url);

const amounts = (trends: TrendsResponse) => Object.fromEntries(trends.series[0].buckets.map((bucket) => [bucket.label, bucket.amountDkk]));

describe('counting granted DKK once per case', () => {
  it('counts each case once, at its last decision in the selection; a rejected case counts nothing', async () => {
    const perCase = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&metric=granted`);
    expect(perCase.countPer).toBe('case');
    expect(amounts(perCase)).toEqual({ '2020': 2_700_000, '2021': 1_200_000 });
    expect(perCase.denominators.map((entry) => entry.amountDkk)).toEqual([2_700_000, 1_200_000]);

    const perItem = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&metric=granted&countPer=item`);
    expect(amounts(perItem)).toEqual({ '2020': 9_100_000, '2021': 1_700_000 });

    // Within 2020 alone, the case decided in January 2021 last passed the Direktion in November 2020.
    const in2020 = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&metric=granted&yearFrom=2020&yearTo=2020`);
    expect(amounts(in2020)).toEqual({ '2020': 3_700_000 });
  });

  it('lists the counted items with the meetings each case passed, adding up to the point', async () => {
    const trends = await get<TrendsResponse>(`/api/trends?topic=${TOPIC}&metric=granted`);
    const drill2020 = await get<TrendDrilldownResponse>(`/api/trends/drilldown?${trends.series[0].buckets[0].moneyDrilldown}`);
    expect(drill2020.total).toBe(2_700_000);
    expect(drill2020.items.map((entry) => [entry.item.id, entry.figure.value])).toEqual([['testby-2020-06-24-byraadet-1', 2_700_000]]);
    expect(drill2020.items[0].passed.map((step) => [step.meeting.body, step.meeting.date, step.decisionOutcome])).toEqual([
      ['Direktionen', '2020-05-04', 'anbefalet'],
      ['Økonomiudvalget', '2020-06-10', 'anbefalet'],
      ['Byrådet', '2020-06-24', 'godkendt'],
    ]);

    const drill2021 = await get<TrendDrilldownResponse>(`/api/trends/drilldown?${trends.series[0].buckets[1].moneyDrilldown}`);
    expect(drill2021.total).toBe(1_200_000);
    expect(drill2021.items.map((entry) => [entry.item.id, entry.figure.value, entry.passed.length])).toEqual([
      ['testby-2021-01-20-byraadet-1', 1_000_000, 2],
      ['testby-2021-05-03-direktionen-1', 200_000, 1],
    ]);
  });

  it('gives a spending table whose cells and totals add up to the trends', async () => {
    const table = await getJson<{ columns: { values: string[] }; rows: { key: string; cells: { amountDkk: number }[]; total: { amountDkk: number; moneyDrilldown: string } }[]; total: { total: { amountDkk: number } } }>(
      app,
      `/api/trends/spending-table?topic=${TOPIC}&metric=granted`,
    );
    expect(table.columns.values).toEqual(['Testby']);
    expect(table.rows.map((row) => [row.key, row.cells.map((cell) => cell.amountDkk), row.total.amountDkk])).toEqual([
      [`topic:${TOPIC}`, [3_900_000], 3_900_000],
    ]);
    expect(table.total.total.amountDkk).toBe(3_900_000);
    const drill = await get<TrendDrilldownResponse>(`/api/trends/drilldown?${table.rows[0].total.moneyDrilldown}`);
    expect(drill.bucket).toBeNull();
    expect(drill.total).toBe(3_900_000);

    const csv = await app.request(`/api/trends/spending-table.csv?topic=${TOPIC}&metric=granted`);
    expect(csv.status).toBe(200);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer())).toBe('\uFEFFemne / kommune;Testby;i_alt\r\nESDH og sagsbehandling;3900000;3900000\r\nAlle punkter (hvert én gang);3900000;3900000\r\n');
  });
});
