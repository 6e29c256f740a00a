// The Chart.js configuration of an educator bar chart: NHS colours, no animation for people who ask for less motion.
import type { ChartConfiguration } from 'chart.js';

/** NHS identity colours used for chart series. */
export const chartColours = {
  blue: '#005eb8',
  green: '#009639',
  warmYellow: '#ffb81c',
  darkGrey: '#4c6272',
} as const;

export interface BarSeries {
  label: string;
  /** One value per category; null leaves a gap (and, with `skipNull`, no empty slot). */
  values: (number | null)[];
  colour: string;
}

export interface BarChartData {
  /** The category under each group of bars. */
  categories: string[];
  series: BarSeries[];
  /** The top of the value axis, e.g. 100 for percentages; otherwise it fits the data. */
  max?: number;
  /** Written after each value in tooltips and on the axis, e.g. "%". */
  unit?: string;
}

const textColour = '#212b32';
const gridColour = '#d8dde0';

export function barChartConfig(
  { categories, series, max, unit = '' }: BarChartData,
  reducedMotion: boolean,
): ChartConfiguration<'bar', (number | null)[], string> {
  return {
    type: 'bar',
    data: {
      labels: categories,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.colour,
        borderColor: s.colour,
        skipNull: true,
        maxBarThickness: 48,
      })),
    },
    options: {
      animation: reducedMotion ? false : { duration: 400 },
      responsive: true,
      maintainAspectRatio: false,
      color: textColour,
      font: { family: 'Frutiger W01, Arial, sans-serif', size: 14 },
      scales: {
        x: { ticks: { color: textColour }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ...(max === undefined ? {} : { max }),
          ticks: { color: textColour, precision: 0, callback: (value) => `${value}${unit}` },
          grid: { color: gridColour },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: textColour } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.formattedValue}${unit}` } },
      },
    },
  };
}
