/** Kinds of native chart the product draws. */
export type ChartKind = "bar-sorted" | "clustered-column" | "column-with-target";

/** One data series of a chart: a name and one value per category (null = no value). */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** Drawn as a line (a target) over the bars. */
  readonly asLine?: boolean;
}

/**
 * A chart as data (biểu đồ), drawn natively by the Office adapter or as SVG by the dashboard: Vietnamese title and
 * axis labels, categories, series, and the number format of the values. `id` is stable, so drawing again replaces the
 * product's own chart and leaves the officer's charts alone.
 */
export interface ChartSpec {
  readonly id: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Excel number format of values, e.g. "0.0" for a rate in percent. */
  readonly numberFormat: string;
  /** Upper bound of the value axis when it is a percentage (100). */
  readonly valueMax?: number;
}
