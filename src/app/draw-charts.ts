import type { ChartSpec } from "../core/charts/chart-spec";
import type { OfficeWarning } from "../core/ports/office-errors";
import type { WorkbookPort } from "../core/ports/workbook-port";
import type { SheetSpec } from "../core/templates/sheet-spec";
import { attempt, type OfficeResult } from "./office-result";

/** Name of the sheet the product draws its charts on. */
export const CHART_SHEET = "Biểu đồ";

/** Rows between the tops of two charts on the chart sheet. */
const CHART_BAND_ROWS = 22;

/** Draws each chart (replacing only the product's chart of the same id), one below the other; returns the warnings. */
export function drawCharts(port: WorkbookPort, specs: readonly ChartSpec[], sheet = CHART_SHEET): Promise<OfficeResult<{ warnings: readonly OfficeWarning[] }>> {
  return attempt(async () => {
    const warnings: OfficeWarning[] = [];
    let row = 0;
    for (const spec of specs) {
      const out = await port.upsertChart(sheet, { row, col: 0 }, spec);
      warnings.push(...out.warnings.filter((w) => !warnings.some((x) => x.message === w.message)));
      row += Math.max(CHART_BAND_ROWS, spec.categories.length + 3);
    }
    return { warnings };
  });
}

/** Adds a blank template sheet; refuses (office-sheet-exists) when a sheet of that name is already there. */
export function createTemplateSheet(port: WorkbookPort, spec: SheetSpec): Promise<OfficeResult<{ warnings: readonly OfficeWarning[] }>> {
  return attempt(async () => ({ warnings: (await port.addSheet(spec)).warnings }));
}
