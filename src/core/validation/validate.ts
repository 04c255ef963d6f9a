import type { Grid } from "../grid/grid";
import { columnLetter } from "../grid/a1";
import { BUILTIN_TEMPLATES } from "../templates/builtin";
import { detectTemplate } from "../templates/detect";
import { findNextTable, readTableRows } from "../templates/read-rows";
import { readReportYear } from "../templates/report-year";
import type { Template } from "../templates/template.schema";
import type { ValidationContext } from "./context";
import { countIssues, sortIssues, workbookReport, type RowVerdict, type SheetReport, type TableLocation, type WorkbookReport } from "./report";
import { IssueSink } from "./sink";
import { checkIndicatorSheet } from "./indicator-sheet";
import { checkSubjectSheet } from "./subject-sheet";
import { checkSummarySheet, periodForYear } from "./summary-sheet";
import type { Issue } from "./issue";

function isEmpty(grid: Grid): boolean {
  for (const row of grid.values) for (const v of row) if (v !== null && v !== "") return false;
  return true;
}

function emptyReport(grid: Grid, issues: Issue[]): SheetReport {
  return { sheet: grid.sheetName, templateId: null, table: null, reportYear: null, rowsRead: 0, issues, counts: countIssues(issues), verdicts: [] };
}

/** Checks one sheet against the templates: finds its template and table, then applies every rule (kiểm tra trang tính). */
export function validateSheet(grid: Grid, ctx: ValidationContext, templates: readonly Template[] = BUILTIN_TEMPLATES): SheetReport {
  const origin = { row: grid.origin.row, col: grid.origin.col };
  if (isEmpty(grid)) {
    const sink = new IssueSink(grid.sheetName, undefined);
    sink.add("sheet-empty", "info", origin.row, origin.col);
    return emptyReport(grid, sink.issues);
  }
  const found = detectTemplate(grid, templates, ctx.columnMaps);
  if (!found.ok) {
    const sink = new IssueSink(grid.sheetName, undefined);
    const closest = found.error.closest;
    sink.add("no-template-match", closest ? "warning" : "info", origin.row, origin.col, {
      closest: closest ? closest.title : "",
      templateId: closest ? closest.id : "",
      missing: found.error.missing.join(", "),
    });
    return emptyReport(grid, sink.issues);
  }
  const d = found.value;
  const t = d.template;
  const sink = new IssueSink(grid.sheetName, t.id);
  const yearCell = readReportYear(grid, d.headerTop);
  const year = ctx.reportYear ?? yearCell?.year ?? null;
  if (year === null) sink.add("report-year-missing", "warning", origin.row, origin.col);
  else if (year > ctx.today.year) {
    sink.add("report-year-future", "warning", yearCell?.row ?? origin.row, yearCell?.col ?? origin.col, { year, today: ctx.today.year }, { input: year });
  }
  for (const h of d.legacyHeaders) {
    sink.add("text-legacy-encoding", "warning", h.row, h.col, { encoding: h.encoding === "tcvn3" ? "TCVN3" : "VNI", text: h.text, field: "tiêu đề cột", value: h.raw }, { input: h.raw, fix: { value: h.text.normalize("NFC"), safe: true } });
  }
  for (const u of d.unknownColumns) sink.add("unknown-column", "info", d.headerBottom, u.col, { header: u.header });
  for (const u of d.unconfirmed) {
    const label = t.fields.find((f) => f.id === u.fieldId)?.label ?? u.fieldId;
    sink.add("column-unconfirmed", "warning", d.headerBottom, u.col, { header: u.header, field: label, how: u.how }, { fieldId: u.fieldId });
  }
  const byDistrict = t.groups.length > 0 && periodForYear(year, ctx) === "before";
  const rows = readTableRows(grid, d, { subtotalsByDistrict: byDistrict });
  const lastRow = rows.last ?? d.firstBodyRow;
  const next = findNextTable(grid, d, lastRow);
  if (next !== null) sink.add("second-table", "info", next, grid.origin.col, { row: next + 1, first: (rows.first ?? d.firstBodyRow) + 1, last: lastRow + 1 });
  let verdicts: RowVerdict[] = [];
  if (rows.length === 0) sink.add("no-data-rows", "warning", d.headerBottom, grid.origin.col, { template: t.title });
  else if (t.groups.length > 0) checkSummarySheet(grid, d, rows, year, ctx, sink);
  else if (t.rowKind === "indicator") verdicts = checkIndicatorSheet(grid, d, rows, year, ctx, sink);
  else verdicts = checkSubjectSheet(grid, d, rows, year, ctx, sink);
  const issues = sortIssues(dropShadowed(sink.issues));
  const table: TableLocation = {
    headerTop: d.headerTop + 1,
    headerBottom: d.headerBottom + 1,
    ...(d.numberingRow !== null ? { numberingRow: d.numberingRow + 1 } : {}),
    firstDataRow: (rows.first ?? d.firstBodyRow) + 1,
    lastDataRow: (rows.last ?? d.firstBodyRow) + 1,
    columns: [...d.columns.entries()].map(([fieldId, col]) => ({ fieldId, column: columnLetter(col), header: d.headers.get(fieldId) ?? "", how: d.sources.get(fieldId) ?? "header" })),
    unconfirmedColumns: d.unconfirmed.map((u) => ({ fieldId: u.fieldId, column: columnLetter(u.col), header: u.header, how: u.how })),
    unknownColumns: d.unknownColumns.map((u) => ({ column: columnLetter(u.col), header: u.header })),
  };
  const models = t.groups.length > 0 ? modelsOf(t, d.columns) : undefined;
  return { sheet: grid.sheetName, templateId: t.id, table, reportYear: year, rowsRead: rows.length, issues, counts: countIssues(issues), verdicts, ...(models ? { models } : {}) };
}

/** The models a summary sheet holds (a recognised column of the group) and those it lacks. */
function modelsOf(t: Template, columns: ReadonlyMap<string, number>): NonNullable<SheetReport["models"]> {
  const ref = (g: Template["groups"][number]) => ({ id: g.id, label: g.label });
  const holds = (g: Template["groups"][number]) => [...columns.keys()].some((k) => k.startsWith(`${g.id}.`));
  return { held: t.groups.filter(holds).map(ref), lacking: t.groups.filter((g) => !holds(g)).map(ref) };
}

/** An averaged totals rate is one problem, not two: drop the plain rate mismatch reported at the same cell. */
function dropShadowed(issues: readonly Issue[]): Issue[] {
  const averaged = new Set(issues.filter((i) => i.code === "totals-rate-averaged").map((i) => i.where.address));
  return averaged.size === 0 ? [...issues] : issues.filter((i) => !(i.code === "rate-mismatch" && averaged.has(i.where.address)));
}

/** Checks every sheet of a workbook and combines the reports (kiểm tra sổ tính). */
export function validateWorkbook(grids: readonly Grid[], ctx: ValidationContext, templates: readonly Template[] = BUILTIN_TEMPLATES): WorkbookReport {
  return workbookReport(grids.map((g) => validateSheet(g, ctx, templates)));
}
