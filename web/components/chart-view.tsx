import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartSpec } from '../charts/spec.js';

type ChartModule = typeof import('../charts/render.js');
let chartModule: Promise<ChartModule> | null = null;
const loadChartModule = () => (chartModule ??= import('../charts/render.js'));

/**
 * A chart.js canvas. The chart code is fetched on first use only. The canvas is an image for assistive
 * technology: every page that draws a chart also renders the same numbers as a table.
 */
export function ChartView({ spec, label, height = 320 }: { spec: ChartSpec; label: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const specRef = useRef(spec);
  specRef.current = spec;
  const [failed, setFailed] = useState(false);
  // Redraw when the data or presentation changes; callbacks are read through specRef.
  const key = JSON.stringify([spec.kind, spec.labels, spec.series, spec.coverage, spec.stacked, spec.xTitle, spec.yTitle]);

  useEffect(() => {
    let live = true;
    loadChartModule()
      .then((module) => {
        if (!live || !canvas.current) return;
        module.drawChart(canvas.current, {
          ...specRef.current,
          formatValue: (v) => specRef.current.formatValue(v),
          formatTick: (v) => specRef.current.formatTick(v),
          onSelect: specRef.current.onSelect ? (s, i) => specRef.current.onSelect?.(s, i) : undefined,
        });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [key]);

  useEffect(
    () => () => {
      canvas.current?.__chart?.destroy();
    },
    [],
  );

  return (
    <div class="chart-box" style={{ '--chart-height': `${height}px` }}>
      {failed ? (
        <p class="muted">Diagrammet kunne ikke indlæses. Tallene står i tabellen.</p>
      ) : (
        <canvas ref={canvas} role="img" aria-label={label} />
      )}
    </div>
  );
}
