import { z } from "zod";
import type { ChartKind, ChartSpec } from "../../core/charts/chart-spec";
import { a1 } from "../../core/grid/a1";
import { officeMessage, type OfficeWarning } from "../../core/ports/office-errors";
import type { ChartAnchor, Requirements, WriteOutcome } from "../../core/ports/workbook-port";
import { STATE_KEYS, hasExcelApi } from "../../core/ports/workbook-port";
import { needsTextFormat } from "./escape-text";
import { guarded, type ExcelRun } from "./office-run";
import { rangeAt } from "./request-budget";
import { loadState, saveState } from "./workbook-state";

const CHART_TYPES: Record<ChartKind, "BarClustered" | "ColumnClustered"> = {
  "bar-sorted": "BarClustered",
  "clustered-column": "ColumnClustered",
  "column-with-target": "ColumnClustered",
};

/** Rows and columns of a chart's area to the right of its data block. */
const CHART_ROWS = 18;
const CHART_COLS = 9;

const blocksSchema = z.record(z.string(), z.object({ sheet: z.string(), row: z.number(), col: z.number(), rows: z.number(), cols: z.number() }));

/** The data block a chart reads: a header row (axis title, series names) and one row per category. */
export function chartDataBlock(spec: ChartSpec): (string | number)[][] {
  return [[spec.categoryAxisTitle, ...spec.series.map((s) => s.name)], ...spec.categories.map((c, i) => [c, ...spec.series.map((s) => s.values[i] ?? "")])];
}

/**
 * Draws (or redraws) the chart named spec.id: writes its data block at `anchor`, clears the block a previous drawing
 * left (its extent is kept in workbook state), deletes only the chart with that name, and adds the new one beside
 * the block. Features this Excel lacks (line series, axis number format) are skipped with a warning.
 */
export async function upsertChart(run: ExcelRun, req: Requirements, sheet: string, anchor: ChartAnchor, spec: ChartSpec): Promise<WriteOutcome> {
  const warnings: OfficeWarning[] = [];
  const skip = (what: string) => warnings.push({ code: "office-requirement-missing", message: officeMessage("office-requirement-missing", what) });
  const stateText = await loadState(run, STATE_KEYS.charts);
  const parsed = stateText === null ? null : blocksSchema.safeParse(JSON.parse(stateText));
  const blocks = parsed?.success ? parsed.data : {};
  const data = chartDataBlock(spec);
  const rows = data.length;
  const cols = data[0].length;
  await guarded(
    run,
    async (ctx) => {
      let ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
      await ctx.sync();
      if (ws.isNullObject) ws = ctx.workbook.worksheets.add(sheet);
      const prev = blocks[spec.id];
      if (prev && prev.sheet === sheet) rangeAt(ws, prev.row, prev.col, prev.rows, prev.cols).clear();
      const old = ws.charts.getItemOrNullObject(spec.id);
      await ctx.sync();
      if (!old.isNullObject) old.delete();
      const block = rangeAt(ws, anchor.row, anchor.col, rows, cols);
      block.numberFormat = data.map((r, i) => r.map((v, j) => (j === 0 || i === 0 ? (typeof v === "string" && needsTextFormat(v) ? "@" : "General") : spec.numberFormat)));
      block.values = data;
      const chart = ws.charts.add(CHART_TYPES[spec.kind], block, "Columns");
      chart.name = spec.id;
      chart.title.text = spec.title;
      chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
      chart.axes.valueAxis.title.text = spec.valueAxisTitle;
      if (spec.valueMax !== undefined) chart.axes.valueAxis.maximum = spec.valueMax;
      if (hasExcelApi(req, 8)) chart.axes.valueAxis.numberFormat = spec.numberFormat;
      else skip("định dạng số của trục biểu đồ (ExcelApi 1.8)");
      const lines = spec.series.flatMap((s, i) => (s.asLine ? [i] : []));
      if (lines.length && !hasExcelApi(req, 7)) skip("đường chỉ tiêu trên biểu đồ (ExcelApi 1.7)");
      else for (const i of lines) chart.series.getItemAt(i).chartType = "Line";
      // Excel draws a bar chart's first category at the bottom; reversing keeps a sorted list reading top-down.
      if (spec.kind === "bar-sorted" && hasExcelApi(req, 7)) chart.axes.categoryAxis.reversePlotOrder = true;
      chart.setPosition(a1(anchor.row, anchor.col + cols + 1), a1(anchor.row + CHART_ROWS, anchor.col + cols + CHART_COLS));
      await ctx.sync();
    },
    sheet,
  );
  await saveState(run, STATE_KEYS.charts, JSON.stringify({ ...blocks, [spec.id]: { sheet, row: anchor.row, col: anchor.col, rows, cols } }));
  return { warnings };
}
