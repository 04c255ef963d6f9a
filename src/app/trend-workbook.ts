import type { RollupRow } from "../core/aggregation";
import { OfficePortError, type OfficeWarning } from "../core/ports/office-errors";
import type { WorkbookPort } from "../core/ports/workbook-port";
import { buildTrend, trendCharts, type Trend, type TrendOptions } from "../core/trend";
import type { ValidationContext } from "../core/validation/context";
import { readSummaryData } from "../core/validation/summary-data";
import { PRODUCT_SHEETS } from "./check-sheets";
import { rollupRowsOf } from "./consolidate";
import { drawCharts } from "./draw-charts";
import { attempt, type OfficeResult } from "./office-result";
import { groupLabel } from "./trend";

/** The sheet the pane draws its year-over-year charts on (apart from "Biểu đồ", so neither drawing covers the other); one of PRODUCT_SHEETS. */
export const TREND_CHART_SHEET = "Biểu đồ theo năm";

/** The summary sheets of one open workbook lined up by report year (xu hướng trong một sổ tính). */
export interface WorkbookTrend {
  readonly trend: Trend;
  /** Each summary sheet used, with its report year. */
  readonly sheets: readonly { readonly sheet: string; readonly year: number }[];
  /** Summary sheets whose report year could not be read: left out of the comparison. */
  readonly withoutYear: readonly string[];
}

/** Reads every summary sheet of the workbook (not the add-in's own sheets) and builds the year-over-year trend. */
export async function workbookTrend(port: WorkbookPort, ctx: ValidationContext, opts: TrendOptions): Promise<WorkbookTrend> {
  const rows: RollupRow[] = [];
  const sheets: { sheet: string; year: number }[] = [];
  const withoutYear: string[] = [];
  for (const name of await port.listSheets()) {
    if (PRODUCT_SHEETS.includes(name)) continue;
    const data = readSummaryData(await port.readSheet(name), ctx);
    if (data === null) continue;
    if (data.year === null) {
      withoutYear.push(name);
      continue;
    }
    sheets.push({ sheet: name, year: data.year });
    rows.push(...rollupRowsOf(name, data));
  }
  return { trend: buildTrend(rows, opts), sheets, withoutYear };
}

/** What drawing the trend charts did: the chart titles (none when fewer than two years), the years and sheets read. */
export interface TrendChartsDrawn {
  readonly charts: readonly string[];
  readonly years: readonly number[];
  readonly sheets: readonly { readonly sheet: string; readonly year: number }[];
  readonly withoutYear: readonly string[];
  readonly warnings: readonly OfficeWarning[];
}

/**
 * Draws one native chart per learning model on "Biểu đồ theo năm" (the province's rate each year against the target)
 * when the workbook's summary sheets span at least two report years; draws nothing otherwise. Drawing again replaces
 * only the add-in's charts of the same model.
 */
export function drawWorkbookTrendCharts(port: WorkbookPort, ctx: ValidationContext, opts: TrendOptions): Promise<OfficeResult<TrendChartsDrawn>> {
  return attempt(async () => {
    const { trend, sheets, withoutYear } = await workbookTrend(port, ctx, opts);
    const specs = trend.years.length >= 2 ? trendCharts(trend, groupLabel) : [];
    const base = { years: trend.years, sheets, withoutYear };
    if (specs.length === 0) return { ...base, charts: [], warnings: [] };
    const drawn = await drawCharts(port, specs, TREND_CHART_SHEET);
    if (!drawn.ok) throw new OfficePortError(drawn.error);
    return { ...base, charts: specs.map((s) => s.title), warnings: drawn.value.warnings };
  });
}
