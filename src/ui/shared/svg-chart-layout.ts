import type { ChartSpec } from "../../core/charts/chart-spec";

/** A bar in chart coordinates, with the value it draws. */
export interface BarShape {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly value: number;
  readonly series: number;
  readonly category: number;
}

/** A target mark across one category's band (a dashed segment). */
export interface TargetMark {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly value: number;
  readonly category: number;
}

/** Everything the SVG needs, in pixels: plot box, bars, target marks, ticks and category label positions. */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly horizontal: boolean;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly max: number;
  readonly ticks: readonly { readonly value: number; readonly pos: number }[];
  readonly categories: readonly { readonly label: string; readonly pos: number }[];
  readonly bars: readonly BarShape[];
  readonly targets: readonly TargetMark[];
  readonly barSeries: readonly number[];
  readonly lineSeries: readonly number[];
}

/** A round upper bound for the value axis (10, 20, 50, 100, 200…). */
export function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (v <= m * p) return m * p;
  return 10 * p;
}

const WIDTH = 720;
const TITLE = 44;
const LEGEND = 28;
const AXIS_TITLE = 22;

/** Places a chart spec: horizontal bars for the sorted rate chart, columns otherwise; line series become target marks. */
export function layoutChart(spec: ChartSpec): ChartLayout {
  const horizontal = spec.kind === "bar-sorted";
  const barSeries = spec.series.map((s, i) => (s.asLine ? -1 : i)).filter((i) => i >= 0);
  const lineSeries = spec.series.map((s, i) => (s.asLine ? i : -1)).filter((i) => i >= 0);
  const values = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = spec.valueMax ?? niceMax(Math.max(0, ...values));
  const n = Math.max(1, spec.categories.length);
  const band = horizontal ? Math.max(22, 8 + 14 * barSeries.length) : 0;
  const height = horizontal ? TITLE + LEGEND + n * band + 40 + AXIS_TITLE : 380;
  const plot = horizontal
    ? { left: 190, top: TITLE + LEGEND, right: WIDTH - 50, bottom: TITLE + LEGEND + n * band }
    : { left: 70, top: TITLE + LEGEND, right: WIDTH - 20, bottom: height - 90 };
  const along = horizontal ? plot.right - plot.left : plot.bottom - plot.top;
  const scale = (v: number) => (Math.min(v, max) / max) * along;
  const bandSize = horizontal ? band : (plot.right - plot.left) / n;
  const start = horizontal ? plot.top : plot.left;
  const gap = bandSize * 0.2;
  const slot = (bandSize - 2 * gap) / Math.max(1, barSeries.length);
  const bars: BarShape[] = [];
  const targets: TargetMark[] = [];
  spec.categories.forEach((_, c) => {
    const b0 = start + c * bandSize;
    barSeries.forEach((si, k) => {
      const v = spec.series[si].values[c];
      if (v === null || v === undefined) return;
      const len = scale(Math.max(0, v));
      const off = b0 + gap + k * slot;
      bars.push(horizontal
        ? { x: plot.left, y: off, width: len, height: slot - 2, value: v, series: si, category: c }
        : { x: off, y: plot.bottom - len, width: slot - 2, height: len, value: v, series: si, category: c });
    });
    for (const si of lineSeries) {
      const v = spec.series[si].values[c];
      if (v === null || v === undefined) continue;
      const p = scale(v);
      targets.push(horizontal
        ? { x1: plot.left + p, y1: b0 + 2, x2: plot.left + p, y2: b0 + bandSize - 2, value: v, category: c }
        : { x1: b0 + 2, y1: plot.bottom - p, x2: b0 + bandSize - 2, y2: plot.bottom - p, value: v, category: c });
    }
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: max * f, pos: horizontal ? plot.left + f * along : plot.bottom - f * along }));
  const categories = spec.categories.map((label, c) => ({ label, pos: start + c * bandSize + bandSize / 2 }));
  return { width: WIDTH, height, horizontal, plot, max, ticks, categories, bars, targets, barSeries, lineSeries };
}
