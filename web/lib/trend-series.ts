import type { Interval, Normalization, TrendMetric, TrendsResponse } from '../../api/contract.js';
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

/** How a metric/normalisation pair reads and is formatted. share_of_items is a fraction (0–1). */
export function metricInfo(metric: TrendMetric, normalize: Normalization): MetricInfo {
  if (metric === 'amount') {
    if (normalize === 'per_meeting')
      return { axis: 'Kroner pr. møde (kr.)', describe: 'kroner pr. møde', format: formatDkk, tick: formatDkkAxis };
    if (normalize === 'share_of_items')
      return {
        axis: 'Andel af alle kroner (%)',
        describe: 'andel af alle kroner',
        format: (v) => formatPercent(v),
        tick: (v) => formatPercent(v, 0),
      };
    return { axis: 'Beløb (kr.)', describe: 'kroner', format: formatDkk, tick: formatDkkAxis };
  }
  if (normalize === 'per_meeting')
    return {
      axis: 'Punkter pr. møde',
      describe: 'punkter pr. møde',
      format: (v) => formatNumber(v, 2),
      tick: (v) => formatNumber(v, 2),
    };
  if (normalize === 'share_of_items')
    return {
      axis: 'Andel af alle punkter (%)',
      describe: 'andel af alle punkter',
      format: (v) => formatPercent(v),
      tick: (v) => formatPercent(v, 0),
    };
  return { axis: 'Antal punkter', describe: 'antal punkter', format: (v) => formatNumber(v), tick: (v) => formatNumber(v, 1) };
}

/** Every bucket date in any series, oldest first, with its label. */
export function bucketAxis(response: TrendsResponse): { date: string; label: string }[] {
  const byDate = new Map<string, string>();
  for (const series of response.series) for (const bucket of series.buckets) byDate.set(bucket.date, bucket.label);
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, label]) => ({ date, label }));
}

export function drilldownHref(drilldown: string): string {
  return `/sog?${drilldown}`;
}

/** The chart for a trends response; `onSelect` receives the clicked bucket's drill-down query. */
export function trendChartSpec(
  response: TrendsResponse,
  options: { kind: 'line' | 'bar'; stacked?: boolean; info: MetricInfo; onDrilldown?: (drilldown: string) => void },
): ChartSpec {
  const axis = bucketAxis(response);
  return {
    kind: options.kind,
    stacked: options.stacked ?? false,
    labels: axis.map((a) => a.label),
    series: response.series.map((series, index) => {
      const byDate = new Map(series.buckets.map((b) => [b.date, b]));
      return { label: series.label, color: seriesColor(index), values: axis.map((a) => byDate.get(a.date)?.normalized ?? null) };
    }),
    xTitle: INTERVAL_LABELS[response.interval],
    yTitle: options.info.axis,
    formatValue: options.info.format,
    formatTick: options.info.tick,
    onSelect: options.onDrilldown
      ? (seriesIndex, index) => {
          const date = axis[index]?.date;
          const bucket = response.series[seriesIndex]?.buckets.find((b) => b.date === date);
          if (bucket) options.onDrilldown!(bucket.drilldown);
        }
      : undefined,
  };
}

/** The same numbers as rows (one per bucket) and columns (one per series); each cell links to its items. */
export function trendTable(response: TrendsResponse, info: MetricInfo): { columns: TableColumn[]; rows: { label: string; cells: TableCell[] }[] } {
  const axis = bucketAxis(response);
  const columns = response.series.map((series, index) => ({ label: series.label, color: seriesColor(index) }));
  const rows = axis.map(({ date, label }) => ({
    label,
    cells: response.series.map((series) => {
      const bucket = series.buckets.find((b) => b.date === date);
      if (!bucket) return { text: '–' };
      return {
        text: info.format(bucket.normalized),
        href: bucket.count > 0 ? drilldownHref(bucket.drilldown) : undefined,
        title: `Vis ${plural(bucket.count, 'punkt', 'punkter')}`,
      };
    }),
  }));
  return { columns, rows };
}
