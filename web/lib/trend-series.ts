import type { Interval, Normalization, TrendBucket, TrendMetric, TrendSeries, TrendsResponse } from '../../api/contract.js';
import { seriesColor } from '../charts/palette.js';
import type { ChartSpec } from '../charts/spec.js';
import type { TableCell, TableColumn } from '../components/data-table.js';
import { formatDkk, formatDkkAxis, formatNumber, formatPercent, plural } from '../format.js';

export const INTERVAL_LABELS: Record<Interval, string> = { year: 'År', quarter: 'Kvartal', month: 'Måned' };
const INTERVAL_PLURALS: Record<Interval, string> = { year: 'år', quarter: 'kvartaler', month: 'måneder' };

/** "Antal punkter, fordelt på år" — a chart or table title. */
export function trendTitle(info: MetricInfo, interval: Interval): string {
  return `${info.describe.charAt(0).toUpperCase()}${info.describe.slice(1)}, fordelt på ${INTERVAL_PLURALS[interval]}`;
}

export interface MetricInfo {
  /** Axis title, units included. */
  axis: string;
  /** Short description for captions: "antal punkter pr. møde". */
  describe: string;
  format: (value: number) => string;
  tick: (value: number) => string;
}

/** The noun of each metric: what is counted or summed. */
const METRIC_NOUNS: Record<TrendMetric, { axis: string; describe: string }> = {
  items: { axis: 'Antal punkter', describe: 'antal punkter' },
  granted: { axis: 'Bevilget (kr.)', describe: 'bevilgede kroner' },
  savings: { axis: 'Besparelser (kr.)', describe: 'besluttede besparelser i kroner' },
};

const percent = { format: (v: number) => formatPercent(v), tick: (v: number) => formatPercent(v, 0) };

/** How a metric/normalisation pair reads and is formatted. share_of_items is a fraction (0–1). */
export function metricInfo(metric: TrendMetric, normalize: Normalization): MetricInfo {
  const noun = METRIC_NOUNS[metric];
  if (metric !== 'items') {
    if (normalize === 'per_meeting') return { axis: `${noun.axis.replace(' (kr.)', '')} pr. møde (kr.)`, describe: `${noun.describe} pr. møde`, format: formatDkk, tick: formatDkkAxis };
    if (normalize === 'share_of_items') return { axis: 'Andel af beløbet (%)', describe: `andel af alle ${noun.describe}`, ...percent };
    return { ...noun, format: formatDkk, tick: formatDkkAxis };
  }
  if (normalize === 'per_meeting') return { axis: 'Punkter pr. møde', describe: 'punkter pr. møde', format: (v) => formatNumber(v, 2), tick: (v) => formatNumber(v, 2) };
  if (normalize === 'share_of_items') return { axis: 'Andel af alle punkter (%)', describe: 'andel af alle punkter', ...percent };
  return { ...noun, format: (v) => formatNumber(v), tick: (v) => formatNumber(v, 1) };
}

/** The normalisation's label: for the money metrics a share is a share of the amount, not of the items. */
export function normalizeLabels(metric: TrendMetric): Record<Normalization, string> {
  return { none: 'Ingen', per_meeting: 'Pr. møde', share_of_items: metric === 'items' ? 'Andel af punkter' : 'Andel af beløbet' };
}

/** Every bucket date in any series, oldest first, with its label. */
export function bucketAxis(response: TrendsResponse): { date: string; label: string }[] {
  const byDate = new Map<string, string>();
  for (const series of response.series) for (const bucket of series.buckets) byDate.set(bucket.date, bucket.label);
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, label]) => ({ date, label }));
}

/** Where a bucket's number leads: the money drill-down on the trends page, or the items in the search. */
export function bucketHref(bucket: TrendBucket): string {
  return bucket.moneyDrilldown ? `/tendenser?${bucket.moneyDrilldown}` : `/sog?${bucket.drilldown}`;
}

const NO_MEETINGS = 'Ingen møder i perioden: et hul i data, ikke et nul';

/** The chart for a trends response, with the coverage (meetings, municipalities) as dashed lines on their own axis. */
export function trendChartSpec(
  response: TrendsResponse,
  options: { kind: 'line' | 'bar'; stacked?: boolean; info: MetricInfo; onSelect?: (bucket: TrendBucket, series: TrendSeries) => void },
): ChartSpec {
  const axis = bucketAxis(response);
  const coverage = new Map(response.denominators.map((entry) => [entry.date, entry]));
  return {
    kind: options.kind,
    stacked: options.stacked ?? false,
    labels: axis.map((a) => a.label),
    series: response.series.map((series, index) => {
      const byDate = new Map(series.buckets.map((b) => [b.date, b]));
      return { label: series.label, color: seriesColor(index), values: axis.map((a) => byDate.get(a.date)?.normalized ?? null) };
    }),
    coverage: [
      { label: 'Møder', values: axis.map((a) => coverage.get(a.date)?.meetings ?? 0) },
      { label: 'Kommuner', values: axis.map((a) => coverage.get(a.date)?.municipalities ?? 0) },
    ],
    xTitle: INTERVAL_LABELS[response.interval],
    yTitle: options.info.axis,
    formatValue: options.info.format,
    formatTick: options.info.tick,
    onSelect: options.onSelect
      ? (seriesIndex, index) => {
          const series = response.series[seriesIndex];
          const bucket = series?.buckets.find((b) => b.date === axis[index]?.date);
          if (series && bucket && bucket.normalized !== null) options.onSelect!(bucket, series);
        }
      : undefined,
  };
}

export interface TrendTable {
  columns: TableColumn[];
  rows: { label: string; cells: TableCell[] }[];
}

/**
 * The same numbers as rows (one per bucket) and columns (one per series, then the coverage); each cell links to its
 * items. Without normalisation, a total row sums each series over the buckets (a case counts in one bucket only),
 * and an "Alle punkter" column gives the bucket's total with every item once, however many series it is in.
 */
export function trendTable(response: TrendsResponse, info: MetricInfo): TrendTable {
  const axis = bucketAxis(response);
  const money = response.metric !== 'items';
  const withTotals = response.normalize === 'none' && response.breakdown === 'none' && response.series.length > 0;
  const coverage = new Map(response.denominators.map((entry) => [entry.date, entry]));
  const columns: TableColumn[] = [
    ...response.series.map((series, index) => ({ label: series.label, color: seriesColor(index) })),
    ...(withTotals ? [{ label: money ? 'Alle punkter (hvert én gang)' : 'Alle punkter' }] : []),
    { label: 'Møder' },
    { label: 'Kommuner' },
  ];
  const cellOf = (bucket: TrendBucket | undefined): TableCell => {
    if (!bucket) return { text: '–' };
    if (bucket.normalized === null) return { text: '–', title: NO_MEETINGS };
    const hasItems = money ? (bucket.amountDkk ?? 0) > 0 : (bucket.count ?? 0) > 0;
    return {
      text: info.format(bucket.normalized),
      href: hasItems ? bucketHref(bucket) : undefined,
      title: money ? 'Vis punkterne bag beløbet' : `Vis ${plural(bucket.count ?? 0, 'punkt', 'punkter')}`,
    };
  };
  const rows = axis.map(({ date, label }) => {
    const held = coverage.get(date);
    const all = money ? held?.amountDkk : held?.items;
    return {
      label,
      cells: [
        ...response.series.map((series) => cellOf(series.buckets.find((b) => b.date === date))),
        ...(withTotals ? [{ text: held?.meetings ? info.format(all ?? 0) : '–' }] : []),
        { text: formatNumber(held?.meetings ?? 0) },
        { text: formatNumber(held?.municipalities ?? 0) },
      ],
    };
  });
  if (withTotals) {
    const sum = (values: (number | null | undefined)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
    rows.push({
      label: 'I alt',
      cells: [
        ...response.series.map((series) => ({ text: info.format(sum(series.buckets.map((b) => b.normalized))) })),
        { text: info.format(sum(response.denominators.map((entry) => (money ? entry.amountDkk : entry.items)))) },
        { text: formatNumber(sum(response.denominators.map((entry) => entry.meetings))) },
        { text: '' },
      ],
    });
  }
  return { columns, rows };
}
