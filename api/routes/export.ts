import type { Client, estypes } from '@elastic/elasticsearch';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { ApiDeps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { ES_OPTIONS } from '../es.js';
import { EXPORT_KEEP_ALIVE, EXPORT_MAX_ROWS, EXPORT_PAGE_SIZE } from '../limits.js';
import type { ItemDocument } from '../../ingest/documents.js';
import { allClauses } from '../query/filters.js';
import { exportQuerySchema, filtersOf, queryValidator } from '../query/params.js';
import { plainText } from '../query/clean-text.js';
import { userQuery } from '../query/user-query.js';
import { topicLabel } from '../taxonomy.js';
import { itemPageUrl, publicOrigin } from '../public-url.js';

/** Semicolon: what Danish Excel expects (the comma is the decimal separator). */
export const CSV_SEPARATOR = ';';
export const CSV_COLUMNS = [
  'id',
  'dato',
  'kommune',
  'organ',
  'punkt',
  'titel',
  'sagsnumre',
  'sagstype',
  'beslutning',
  'primærbeløb_dkk',
  'bevilget_dkk',
  'bevilget_klasse',
  'bevilget_kilde',
  'besparelse_dkk',
  'besparelse_kilde',
  'emner',
  'systemer',
  'url',
] as const;

type ExportSource = Pick<
  ItemDocument,
  | 'id'
  | 'date'
  | 'municipality'
  | 'body'
  | 'number'
  | 'title'
  | 'caseNumbers'
  | 'caseType'
  | 'decisionOutcome'
  | 'primaryAmount'
  | 'spending'
  | 'saving'
  | 'topics'
  | 'systems'
>;
const EXPORT_SOURCE = [
  'id',
  'date',
  'municipality',
  'body',
  'number',
  'title',
  'caseNumbers',
  'caseType',
  'decisionOutcome',
  'primaryAmount',
  'spending',
  'saving',
  'topics',
  'systems',
];

/**
 * One CSV cell: quoted when it holds the separator, a quote or a line break. Text that a spreadsheet would run
 * as a formula (starting with = + - @) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null | undefined, text = true): string {
  if (value === null || value === undefined) return '';
  let cell = String(value);
  if (text && /^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[";\r\n,]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvRow(cells: string[]): string {
  return `${cells.join(CSV_SEPARATOR)}\r\n`;
}

function rowOf(source: ExportSource, origin: string): string {
  return csvRow([
    csvCell(source.id),
    csvCell(source.date, false),
    csvCell(source.municipality),
    csvCell(source.body),
    csvCell(source.number, false),
    csvCell(plainText(source.title)),
    csvCell((source.caseNumbers ?? []).join(', ')),
    csvCell(source.caseType),
    csvCell(source.decisionOutcome),
    csvCell(source.primaryAmount, false),
    csvCell(source.spending?.value, false),
    csvCell(source.spending?.class),
    csvCell(source.spending?.sentence),
    csvCell(source.saving?.value, false),
    csvCell(source.saving?.sentence),
    csvCell((source.topics ?? []).map(topicLabel).join(', ')),
    csvCell((source.systems ?? []).join(', ')),
    csvCell(itemPageUrl(origin, source.id)),
  ]);
}

type Page = estypes.SearchResponse<ExportSource>;

export interface ExportLimits {
  /** Rows per file (EXPORT_MAX_ROWS). */
  maxRows: number;
  /** Rows per Elasticsearch page (EXPORT_PAGE_SIZE). */
  pageSize: number;
}

/** Pages through a point in time with search_after; closes the point in time when done or cancelled. */
class PitScan {
  private pitId: string;
  private searchAfter: estypes.SortResults | undefined;
  private rows = 0;
  private closed = false;
  /** Items matching the query, counted with the first page. */
  total = 0;

  constructor(
    private readonly client: Client,
    pitId: string,
    private readonly query: estypes.QueryDslQueryContainer,
    private readonly sort: estypes.SortCombinations[],
    private readonly limits: ExportLimits,
  ) {
    this.pitId = pitId;
  }

  async next(): Promise<ExportSource[]> {
    const remaining = this.limits.maxRows - this.rows;
    if (remaining <= 0 || this.closed) return [];
    const first = this.rows === 0 && this.searchAfter === undefined;
    const page: Page = await this.client.search<ExportSource>(
      {
        pit: { id: this.pitId, keep_alive: EXPORT_KEEP_ALIVE },
        query: this.query,
        sort: this.sort,
        size: Math.min(this.limits.pageSize, remaining),
        search_after: this.searchAfter,
        track_total_hits: first,
        _source: EXPORT_SOURCE,
      },
      ES_OPTIONS,
    );
    if (first) {
      const total = page.hits.total;
      this.total = typeof total === 'number' ? total : (total?.value ?? 0);
    }
    if (page.pit_id) this.pitId = page.pit_id;
    const hits = page.hits.hits;
    this.searchAfter = hits.at(-1)?.sort ?? this.searchAfter;
    this.rows += hits.length;
    return hits.flatMap((hit) => (hit._source ? [hit._source] : []));
  }

  async close(log?: Logger): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.client.closePointInTime({ id: this.pitId }, ES_OPTIONS);
    } catch (error) {
      log?.warn({ err: error }, 'could not close the export point in time');
    }
  }
}

/**
 * GET /api/export.csv: every item matching a search (same parameters; page and size have no meaning here),
 * newest first (oldest first with sort=date_asc), up to EXPORT_MAX_ROWS rows. UTF-8 with BOM, semicolon
 * separated, CRLF line ends: opens directly in Danish Excel.
 */
export function exportRoutes(deps: ApiDeps, limits: ExportLimits = { maxRows: EXPORT_MAX_ROWS, pageSize: EXPORT_PAGE_SIZE }) {
  return new Hono<AppEnv>().get('/', queryValidator(exportQuerySchema), async (c) => {
    const params = c.req.valid('query');
    const query: estypes.QueryDslQueryContainer = {
      bool: { must: [userQuery(params.q, params.section)], filter: allClauses(filtersOf(params)) },
    };
    const order = params.sort === 'date_asc' ? 'asc' : 'desc';
    // The items of a meeting in agenda order (2 before 10), the meeting's date first.
    const sort: estypes.SortCombinations[] = [
      { date: { order, missing: '_last' } },
      { meetingId: { order: 'asc' } },
      { number: { order: 'asc' } },
      { id: { order: 'asc' } },
    ];
    const origin = publicOrigin(deps.publicUrl, c.req.url);
    const log = c.var.logger;

    // The point in time and the first page come before the response starts, so their errors (503 …) can
    // still become a proper status; later errors can only cut the download short.
    const pit = await deps.client.openPointInTime({ index: deps.names.items, keep_alive: EXPORT_KEEP_ALIVE }, ES_OPTIONS);
    const scan = new PitScan(deps.client, pit.id, query, sort, limits);
    let first: ExportSource[];
    try {
      first = await scan.next();
    } catch (error) {
      await scan.close(log);
      throw error;
    }

    const encoder = new TextEncoder();
    const header = `\uFEFF${csvRow([...CSV_COLUMNS])}`;
    let pending: ExportSource[] | null = first;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(header));
      },
      async pull(controller) {
        try {
          const rows = pending ?? (await scan.next());
          pending = null;
          if (rows.length === 0) {
            await scan.close(log);
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode(rows.map((row) => rowOf(row, origin)).join('')));
        } catch (error) {
          log?.error({ err: error }, 'CSV export failed midway');
          await scan.close(log);
          controller.error(error);
        }
      },
      async cancel() {
        await scan.close(log);
      },
    });

    const today = new Date().toISOString().slice(0, 10);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="referat-radar-${today}.csv"`);
    c.header('Cache-Control', 'no-store');
    // How many items match, and whether the file stops at EXPORT_MAX_ROWS before listing them all.
    c.header('X-Total-Count', String(scan.total));
    c.header('X-Export-Truncated', String(scan.total > limits.maxRows));
    return c.body(stream, 200);
  });
}
