import { normalizeText, textKey } from "../cells";
import type { Grid } from "../grid/grid";
import { BUILTIN_TEMPLATES } from "../templates/builtin";
import { detectTemplate } from "../templates/detect";
import { readTableRows, type RowKind } from "../templates/read-rows";
import { readReportYear } from "../templates/report-year";
import type { Template } from "../templates/template.schema";
import type { ValidationContext } from "./context";
import { readCell } from "./read-cell";
import { IssueSink } from "./sink";
import { periodForYear } from "./summary-sheet";

/** The counts of one learning model in one row. */
export interface GroupCounts {
  readonly total: number | null;
  readonly registered: number | null;
  readonly recognised: number | null;
}

/** One row of a summary report as numbers, for roll-ups and charts. */
export interface SummaryRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly kind: RowKind;
  readonly name: string;
  readonly code: string | null;
  readonly groups: Readonly<Record<string, GroupCounts>>;
}

/** The numbers of a `tong-hop-mo-hinh` sheet (số liệu biểu tổng hợp): year, period, groups present and every row. */
export interface SummaryData {
  readonly sheet: string;
  readonly year: number | null;
  readonly period: "before" | "after";
  /** The unit that made the report, from a title line ("Đơn vị báo cáo: Xã Lâm Giang", "UBND XÃ LÂM GIANG"). */
  readonly reportingUnit: string | null;
  readonly groups: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly SummaryRow[];
}

const REPORTING_UNIT = /^(?:don vi bao cao|don vi|ubnd|uy ban nhan dan)\s*:?\s*((?:xa|phuong|thi tran|huyen|thi xa|thanh pho|tinh)\s.+)$/;

/** The reporting unit named in the title lines, in the sheet's own spelling ("Xã Lâm Giang"). */
export function readReportingUnit(grid: Grid, headerTop: number): string | null {
  const stop = Math.min(headerTop - grid.origin.row, grid.values.length);
  for (let i = 0; i < stop; i++) {
    for (const v of grid.values[i]) {
      if (typeof v !== "string") continue;
      const text = normalizeText(v);
      const m = REPORTING_UNIT.exec(textKey(text));
      if (!m) continue;
      // Keep the officer's spelling: the part of the text after the label, in title case when written in capitals.
      const words = text.split(" ");
      const part = words.slice(words.length - m[1].split(" ").length).join(" ");
      return part === part.toUpperCase() ? part.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : part;
    }
  }
  return null;
}

/** Reads the numbers of a summary sheet (values read as the validator reads them); null for other sheets. */
export function readSummaryData(grid: Grid, ctx: ValidationContext, templates: readonly Template[] = BUILTIN_TEMPLATES): SummaryData | null {
  const found = detectTemplate(grid, templates, ctx.columnMaps);
  if (!found.ok || found.value.template.groups.length === 0) return null;
  const d = found.value;
  const t = d.template;
  const year = ctx.reportYear ?? readReportYear(grid, d.headerTop)?.year ?? null;
  const period = periodForYear(year, ctx);
  const rows = readTableRows(grid, d, { subtotalsByDistrict: period === "before" });
  const quiet = new IssueSink(grid.sheetName, t.id);
  const present = t.groups.filter((g) => d.columns.has(`${g.id}.total`) || d.columns.has(`${g.id}.recognised`));
  // Column and field spec of each id looked up once per sheet, not once per cell.
  const specs = new Map<string, { col: number; spec: Parameters<typeof readCell>[3] }>();
  for (const f of t.fields) {
    const col = d.columns.get(f.id);
    if (col !== undefined && !specs.has(f.id)) specs.set(f.id, { col, spec: { ...f, required: false } });
  }
  const read = (row: number, id: string): number | string | null => {
    const at = specs.get(id);
    if (!at) return null;
    const v = readCell(grid, row, at.col, at.spec, quiet).value;
    return typeof v === "number" || typeof v === "string" ? v : null;
  };
  const ids = present.map((g) => ({ id: g.id, total: `${g.id}.total`, registered: `${g.id}.registered`, recognised: `${g.id}.recognised` }));
  const asNum = (v: number | string | null) => (typeof v === "number" ? v : null);
  return {
    sheet: grid.sheetName,
    year,
    period,
    reportingUnit: readReportingUnit(grid, d.headerTop),
    groups: present.map((g) => ({ id: g.id, label: g.label })),
    rows: rows.map((r) => {
      const groups: Record<string, GroupCounts> = {};
      for (const g of ids) {
        groups[g.id] = {
          total: asNum(read(r.row, g.total)),
          registered: asNum(read(r.row, g.registered)),
          recognised: asNum(read(r.row, g.recognised)),
        };
      }
      const name = read(r.row, t.nameField);
      const code = read(r.row, "unit-code");
      return { row: r.row + 1, kind: r.kind, name: typeof name === "string" ? name : r.name, code: code === null ? null : String(code), groups };
    }),
  };
}
