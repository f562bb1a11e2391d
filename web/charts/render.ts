/**
 * chart.js, tree-shaken: only the pieces the line and bar charts use are registered. This module is loaded
 * with a dynamic import by components/chart-view.tsx, so pages without charts never download it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartEvent,
} from 'chart.js';
import type { ChartSpec } from './spec.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 13;
Chart.defaults.color = '#3d4856';
Chart.defaults.borderColor = '#e3e7ed';

declare global {
  interface HTMLCanvasElement {
    /** The chart drawn on this canvas (tests read element positions from it). */
    __chart?: Chart;
  }
}

const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'circle', 'rect', 'triangle', 'rectRot'] as const;
const COVERAGE_COLORS = ['#5b6675', '#8a94a3'];
const COVERAGE_AXIS = 'coverage';

function alpha(hex: string, opacity: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${opacity})`;
}

/** The coverage lines: thin, dashed, on their own axis, and not clickable (onClick ignores them). */
function coverageDatasets(spec: ChartSpec) {
  return (spec.coverage ?? []).map((line, index) => ({
    type: 'line' as const,
    label: line.label,
    data: line.values,
    yAxisID: COVERAGE_AXIS,
    borderColor: COVERAGE_COLORS[index % COVERAGE_COLORS.length],
    backgroundColor: COVERAGE_COLORS[index % COVERAGE_COLORS.length],
    borderDash: index === 0 ? [6, 4] : [2, 3],
    borderWidth: 1.5,
    pointRadius: 2,
    pointStyle: 'line' as const,
    stack: COVERAGE_AXIS,
    tension: 0,
    order: -1,
  }));
}

function config(spec: ChartSpec): ChartConfiguration<'line' | 'bar'> {
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const line = spec.kind === 'line';
  const narrow = matchMedia('(max-width: 600px)').matches;
  const hasCoverage = (spec.coverage?.length ?? 0) > 0;
  return {
    type: spec.kind,
    data: {
      labels: spec.labels,
      datasets: [...spec.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        borderColor: series.color,
        backgroundColor: line ? series.color : alpha(series.color, 0.85),
        borderWidth: line ? 2.5 : 0,
        // A shape per series as well as a colour, so the lines stay apart without colour vision.
        pointStyle: line ? POINT_STYLES[index % POINT_STYLES.length] : undefined,
        pointRadius: line ? 4.5 : undefined,
        pointHoverRadius: line ? 7 : undefined,
        pointHitRadius: line ? 12 : undefined,
        pointBackgroundColor: series.color,
        pointBorderColor: '#fff',
        pointBorderWidth: 1.5,
        // Straight segments: the data are per-period totals, not a continuous curve.
        tension: 0,
        // A bucket without meetings is a gap in the data, drawn as a break in the line, never as a dip to 0.
        spanGaps: false,
        borderRadius: line ? undefined : 3,
        maxBarThickness: 56,
      })), ...coverageDatasets(spec)],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 350 },
      interaction: { mode: 'index', intersect: false },
      layout: { padding: { top: 4, right: 8 } },
      scales: {
        x: {
          stacked: spec.stacked,
          grid: { display: false },
          ticks: { maxRotation: 0, autoSkipPadding: 8 },
          title: { display: true, text: spec.xTitle, font: { weight: 600 } },
        },
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          title: { display: true, text: spec.yTitle, font: { weight: 600 } },
          ticks: { callback: (value) => spec.formatTick(Number(value)), maxTicksLimit: 7 },
        },
        ...(hasCoverage
          ? {
              [COVERAGE_AXIS]: {
                position: 'right' as const,
                beginAtZero: true,
                grid: { display: false },
                title: { display: true, text: 'Møder og kommuner (stiplet)' },
                ticks: { precision: 0, maxTicksLimit: 5 },
              },
            }
          : {}),
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            usePointStyle: true,
            pointStyle: line ? undefined : 'rectRounded',
            padding: narrow ? 10 : 16,
            boxHeight: 8,
            font: { size: narrow ? 12 : 13 },
          },
        },
        tooltip: {
          backgroundColor: '#18212d',
          padding: 10,
          boxPadding: 4,
          usePointStyle: true,
          callbacks: {
            label: (item) =>
              item.datasetIndex < spec.series.length
                ? ` ${item.dataset.label}: ${item.parsed.y === null ? 'ingen møder' : spec.formatValue(Number(item.parsed.y))}`
                : ` ${item.dataset.label}: ${item.parsed.y}`,
            footer: () => (spec.onSelect ? 'Klik for at se punkterne' : ''),
          },
        },
      },
      onHover: (event: ChartEvent, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target && spec.onSelect) target.style.cursor = elements.length ? 'pointer' : 'default';
      },
      onClick: (event: ChartEvent, _elements, chart) => {
        if (!spec.onSelect || !event.native) return;
        // The exact point or bar segment under the pointer (the hover mode spans every series).
        let hits = chart.getElementsAtEventForMode(event.native, 'nearest', { intersect: true }, false);
        if (hits.length === 0) hits = chart.getElementsAtEventForMode(event.native, 'nearest', { intersect: false, axis: 'xy' }, false);
        const hit = hits.find((candidate) => candidate.datasetIndex < spec.series.length);
        if (hit) spec.onSelect(hit.datasetIndex, hit.index);
      },
    },
  };
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
  canvas.__chart?.destroy();
  const chart = new Chart(canvas, config(spec) as ChartConfiguration);
  canvas.__chart = chart;
  return chart;
}
