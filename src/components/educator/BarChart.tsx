// A grouped bar chart drawn by Chart.js once the island runs. The table beside it holds the same figures and is the
// accessible source; the canvas is an image with a label that says what it shows and where the figures are.
import { useEffect, useRef, useState } from 'react';
import { barChartConfig, type BarChartData } from '#lib/educator/bar-chart-config.ts';
import './bar-chart.scss';

interface Props extends BarChartData {
  /** What the chart shows, for screen readers, e.g. "Bar chart of booked, started and completed learners per cohort". */
  label: string;
}

export default function BarChart({ label, categories, series, max, unit }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let gone = false;
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    import('./chart.ts')
      .then(({ Chart }) => {
        if (gone || !canvas.current) return;
        chart = new Chart(canvas.current, barChartConfig({ categories, series, max, unit }, reducedMotion));
        setDrawn(true);
      })
      .catch(() => {
        /* the table still has every figure */
      });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [categories, series, max, unit]);

  return (
    <div className={drawn ? 'app-bar-chart app-bar-chart--drawn' : 'app-bar-chart'}>
      <canvas ref={canvas} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}
