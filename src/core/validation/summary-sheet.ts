import { periodOf, type Period } from "../aggregation";
import type { Grid } from "../grid/grid";
import type { Detection } from "../templates/detect";
import type { TableRow } from "../templates/read-rows";
import { readCell, type ReadCell } from "./read-cell";
import { checkAdminUnits, type UnitRow } from "./rules/admin-units";
import { checkDuplicates } from "./rules/duplicates";
import { checkOrdinals } from "./rules/ordinal";
import { checkGroups, num } from "./rules/summary-groups";
import { checkTotals, type ValuedRow } from "./rules/summary-totals";
import { formatNumberVi, type IssueSink } from "./sink";
import { targetFor } from "./targets";
import type { ValidationContext } from "./context";

/** The report period for a year: after the 2025-07-01 merger from year-end 2025 on. */
export function periodForYear(year: number | null, ctx: ValidationContext): Period {
  if (year === null) return periodOf(ctx.today);
  return periodOf({ year, month: 12, day: 31 });
}

/** Checks a `tong-hop-mo-hinh` table: cells, groups, totals, duplicates, numbering, units and targets. */
export function checkSummarySheet(grid: Grid, d: Detection, rows: readonly TableRow[], year: number | null, ctx: ValidationContext, sink: IssueSink): void {
  const t = d.template;
  const valued: ValuedRow[] = [];
  const fields = t.fields.filter((f) => d.columns.has(f.id));
  for (const r of rows) {
    const values = new Map<string, ReadCell>();
    for (const f of fields) {
      if (f.id === "ordinal") continue;
      const field = r.kind === "data" ? f : { ...f, required: false };
      values.set(f.id, readCell(grid, r.row, d.columns.get(f.id) as number, field, sink));
    }
    valued.push({ row: r, values });
    checkGroups(t, values, r.row, d.columns, sink);
  }
  checkTotals(t, valued, d.columns, sink);
  checkOrdinals(grid, rows, d.columns.get("ordinal"), sink);
  const nameCol = d.columns.get(t.nameField) as number;
  const period = periodForYear(year, ctx);
  const nameOf = (v: ValuedRow) => {
    const c = v.values.get(t.nameField);
    return typeof c?.value === "string" ? c.value : v.row.name;
  };
  let district: string | null = null;
  const candidates = valued
    .filter((v) => v.row.kind !== "totals")
    .map((v) => {
      if (v.row.kind === "subtotal") district = nameOf(v);
      return { row: v.row.row, col: nameCol, name: nameOf(v), context: v.row.kind === "subtotal" ? ["huyen"] : [district] };
    });
  checkDuplicates(candidates, "duplicate-unit", "error", sink);
  const unitRows: UnitRow[] = valued
    .filter((v) => v.row.kind !== "totals")
    .map((v) => {
      const code = v.values.get("unit-code")?.value;
      return { row: v.row.row, col: nameCol, name: nameOf(v), code: code === null || code === undefined ? null : String(code), kind: v.row.kind === "subtotal" ? "subtotal" : "data" };
    });
  checkAdminUnits(unitRows, { period, year, ...(ctx.scopeProvinceCode ? { provinceCode: ctx.scopeProvinceCode } : {}) }, sink);
  checkTargets(t.groups, valued, d.columns, year, ctx, sink);
}

function checkTargets(
  groups: readonly { id: string; label: string }[],
  valued: readonly ValuedRow[],
  columns: ReadonlyMap<string, number>,
  year: number | null,
  ctx: ValidationContext,
  sink: IssueSink,
): void {
  if (year === null) return;
  const totals = valued.find((v) => v.row.kind === "totals") ?? (valued.filter((v) => v.row.kind === "data").length === 1 ? valued.find((v) => v.row.kind === "data") : undefined);
  if (!totals) return;
  for (const g of groups) {
    const target = targetFor(g.id, year, ctx.targets);
    const rec = num(totals.values, `${g.id}.recognised`);
    const tot = num(totals.values, `${g.id}.total`);
    if (!target || rec === null || !tot) continue;
    const rate = (rec / tot) * 100;
    if (rate + 1e-9 >= target.percent) continue;
    const col = columns.get(`${g.id}.rate`) ?? columns.get(`${g.id}.recognised`) ?? 0;
    sink.add("below-target", "info", totals.row.row, col, {
      group: g.label,
      rate: formatNumberVi(Math.round(rate * 10) / 10),
      target: target.percent,
      byYear: target.byYear,
      basis: target.basis,
      provisional: target.confidence === "V" ? 0 : 1,
    });
  }
}
