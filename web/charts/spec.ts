/** What a page asks the chart to draw: plain data, independent of chart.js (which loads lazily). */
export interface ChartSeriesSpec {
  label: string;
  values: (number | null)[];
  color: string;
}

export interface ChartSpec {
  kind: 'line' | 'bar';
  labels: string[];
  series: ChartSeriesSpec[];
  /** What the numbers rest on (meetings, municipalities per bucket): dashed lines on a right-hand axis, never stacked. */
  coverage?: { label: string; values: number[] }[];
  stacked: boolean;
  xTitle: string;
  yTitle: string;
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  /** Called with the series and bucket index of a clicked point or bar. */
  onSelect?: (seriesIndex: number, index: number) => void;
}
