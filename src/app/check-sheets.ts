import type { Grid } from "../core/grid/grid";
import { fingerprintGrid } from "../core/ports/fingerprint";
import type { CellMark, ReadProgress, WorkbookPort } from "../core/ports/workbook-port";
import type { ValidationContext } from "../core/validation/context";
import { workbookReport, type SheetReport, type WorkbookReport } from "../core/validation/report";
import { attempt, type OfficeResult } from "./office-result";

/** The core validator, injected (validateSheet in production, a tiny fake in tests). */
export type SheetValidator = (grid: Grid, ctx: ValidationContext) => SheetReport;

/** Sheets the product writes itself; never checked. */
export const PRODUCT_SHEETS: readonly string[] = ["Kết quả kiểm tra", "Biểu đồ", "Biểu đồ theo năm"];

/** A check's result: the report, and a fingerprint of the data of each checked sheet. */
export interface CheckOutcome<R> {
  readonly report: R;
  readonly fingerprints: Readonly<Record<string, string>>;
}

/** The marks for a report: red for errors, yellow for warnings; information is not marked. */
export function marksForReport(reports: readonly SheetReport[]): CellMark[] {
  return reports.flatMap((r) => r.issues.flatMap((i) => (i.severity === "info" ? [] : [{ sheet: i.where.sheet, address: i.where.address, severity: i.severity }])));
}

/** Checks the active sheet: reads it in blocks, validates, and replaces that sheet's marks with the new ones. */
export function checkActiveSheet(port: WorkbookPort, validate: SheetValidator, ctx: ValidationContext, onProgress?: (p: ReadProgress) => void): Promise<OfficeResult<CheckOutcome<SheetReport>>> {
  return attempt(async () => {
    const name = await port.activeSheetName();
    const grid = await port.readSheet(name, onProgress);
    const report = validate(grid, ctx);
    await port.applyMarks(marksForReport([report]), [name]);
    return { report, fingerprints: { [name]: fingerprintGrid(grid) } };
  });
}

/** Checks every sheet but the product's own, then replaces all their marks in one pass. */
export function checkAllSheets(port: WorkbookPort, validate: SheetValidator, ctx: ValidationContext, onProgress?: (p: ReadProgress) => void): Promise<OfficeResult<CheckOutcome<WorkbookReport>>> {
  return attempt(async () => {
    const names = (await port.listSheets()).filter((n) => !PRODUCT_SHEETS.includes(n));
    const reports: SheetReport[] = [];
    const fingerprints: Record<string, string> = {};
    for (const name of names) {
      const grid = await port.readSheet(name, onProgress);
      reports.push(validate(grid, ctx));
      fingerprints[name] = fingerprintGrid(grid);
    }
    await port.applyMarks(marksForReport(reports), names);
    return { report: workbookReport(reports), fingerprints };
  });
}

/** Restores every marked cell's own fill. */
export function clearMarks(port: WorkbookPort): Promise<OfficeResult<number>> {
  return attempt(() => port.clearMarks());
}

/** Selects an issue's cell so the officer sees it. */
export function goToCell(port: WorkbookPort, sheet: string, address: string): Promise<OfficeResult<void>> {
  return attempt(() => port.selectCell(sheet, address));
}
