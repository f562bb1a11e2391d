/**
 * The items behind the money metrics of /api/trends: every item under the filters that has a figure for the
 * metric (spending for `granted`, saving for `savings`), plus the items whose decision stops a case (udsat,
 * ikke godkendt), which case counting needs (case-counting.ts). Read in pages sorted by date, from doc values only
 * (no _source: the rows may be many); each row says which series it belongs to (named queries), so one read serves
 * every series and the "all items" denominator. The drill-down reads the few items it lists in full (moneySources).
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import type { TrendMetric } from '../contract.js';
import { ES_OPTIONS } from '../es.js';
import { TRENDS_MONEY_MAX_ITEMS } from '../limits.js';
import type { ItemDocument } from '../../ingest/documents.js';
import type { DecisionOutcome } from '../../ingest/model.js';
import type { CaseRow } from './case-counting.js';
import { SUMMARY_SOURCE, type SummarySource } from './summaries.js';

export type MoneyMetric = Exclude<TrendMetric, 'items'>;

/** The item field holding each money metric's figure. */
export const FIGURE_FIELD = { granted: 'spending', savings: 'saving' } as const satisfies Record<MoneyMetric, keyof ItemDocument>;

/** Decisions after which a case has, for now, spent nothing. */
const STOPPING_OUTCOMES: DecisionOutcome[] = ['udsat', 'ikke godkendt'];
const PAGE_SIZE = 5_000;

export type MoneySource = SummarySource & Pick<ItemDocument, 'caseNumbers' | 'spending' | 'saving'>;

export interface MoneyRow extends CaseRow {
  municipality: string | null;
  body: string | null;
  /** Keys of the named series queries the item matches. */
  series: string[];
}

const ROW_FIELDS = ['id', 'caseNumbers', 'municipality', 'body'] as const;

export interface NamedFilter {
  key: string;
  filter: estypes.QueryDslQueryContainer;
}

export function moneyQuery(
  filter: estypes.QueryDslQueryContainer,
  metric: MoneyMetric,
  series: NamedFilter[],
): estypes.QueryDslQueryContainer {
  const figure = FIGURE_FIELD[metric];
  return {
    bool: {
      filter: [
        filter,
        {
          bool: {
            should: [
              { exists: { field: `${figure}.value` } },
              { bool: { filter: [{ terms: { decisionOutcome: STOPPING_OUTCOMES } }, { exists: { field: 'caseNumbers' } }] } },
            ],
            minimum_should_match: 1,
          },
        },
      ],
      should: series.map((spec) => ({ bool: { filter: [spec.filter], _name: spec.key } })),
    },
  };
}

/** Throws RangeError when more than TRENDS_MONEY_MAX_ITEMS items match. */
export async function fetchMoneyRows(client: Client, index: string, query: estypes.QueryDslQueryContainer, metric: MoneyMetric): Promise<MoneyRow[]> {
  const rows: MoneyRow[] = [];
  let searchAfter: estypes.SortResults | undefined;
  for (;;) {
    const page = await client.search(
      {
        index,
        query,
        size: PAGE_SIZE,
        sort: [{ date: { order: 'asc', missing: '_last' } }, { id: 'asc' }],
        search_after: searchAfter,
        track_total_hits: false,
        _source: false,
        stored_fields: ['_none_'],
        docvalue_fields: [...ROW_FIELDS, { field: 'date', format: 'strict_date' }, `${FIGURE_FIELD[metric]}.value`],
      },
      ES_OPTIONS,
    );
    for (const hit of page.hits.hits) rows.push(rowOf(hit.fields ?? {}, metric, hit.matched_queries));
    if (rows.length > TRENDS_MONEY_MAX_ITEMS) {
      throw new RangeError(`mere end ${TRENDS_MONEY_MAX_ITEMS} punkter med beløb: afgræns med filtre (kommune, år …)`);
    }
    if (page.hits.hits.length < PAGE_SIZE) return rows;
    searchAfter = page.hits.hits.at(-1)!.sort;
  }
}

type DocValues = Record<string, unknown[] | undefined>;

function rowOf(fields: DocValues, metric: MoneyMetric, matched: estypes.SearchHit['matched_queries']): MoneyRow {
  const first = <T>(name: string): T | null => (fields[name]?.[0] as T | undefined) ?? null;
  return {
    id: first<string>('id')!,
    date: first<string>('date'),
    caseNumbers: (fields.caseNumbers as string[] | undefined) ?? [],
    value: first<number>(`${FIGURE_FIELD[metric]}.value`),
    municipality: first<string>('municipality'),
    body: first<string>('body'),
    series: Array.isArray(matched) ? matched : Object.keys(matched ?? {}),
  };
}

/** The full items (summary, case numbers, figures) of a drill-down's rows, by id. */
export async function moneySources(client: Client, index: string, ids: string[]): Promise<Map<string, MoneySource>> {
  if (ids.length === 0) return new Map();
  const response = await client.search<MoneySource>(
    {
      index,
      query: { ids: { values: ids } },
      size: ids.length,
      _source: [...SUMMARY_SOURCE, 'caseNumbers', 'spending', 'saving'],
    },
    ES_OPTIONS,
  );
  return new Map(response.hits.hits.flatMap((hit) => (hit._source ? [[hit._source.id, hit._source] as const] : [])));
}
