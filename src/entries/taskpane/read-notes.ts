import type { Grid } from "../../core/grid/grid";
import type { Issue } from "../../core/validation/issue";
import { countIssues, type SheetReport } from "../../core/validation/report";

/**
 * A sheet's report with what the Excel reader could not do as info issues: a sheet whose merged areas Excel could not
 * list (over 512) was checked without them, and the officer is told so instead of the whole read failing.
 */
export function withReadNotes(grid: Grid, report: SheetReport): SheetReport {
  if (!grid.mergesUnread) return report;
  const note: Issue = { code: "merges-unread", severity: "info", where: { sheet: grid.sheetName, address: "A1", row: 1, column: "A" }, params: { limit: 512 } };
  const issues = [note, ...report.issues];
  return { ...report, issues, counts: countIssues(issues) };
}
