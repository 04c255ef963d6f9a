import { periodOf, type Period } from "../aggregation";
import { textKey } from "../cells";
import type { Grid } from "../grid/grid";
import type { Detection } from "../templates/detect";
import type { TableRow } from "../templates/read-rows";
import type { ValidationContext } from "./context";
import { readValue, type CellRead } from "./read-cell";
import { checkAdminUnits, isVillageKey, type UnitRow } from "./rules/admin-units";
import { checkOrdinals } from "./rules/ordinal";
import { checkGroups } from "./rules/summary-groups";
import { summaryLayout, numAt, type SummaryLayout } from "./rules/summary-layout";
import { checkAggregate, PartSums } from "./rules/summary-totals";
import { formatNumberVi, type IssueSink } from "./sink";
import { targetFor } from "./targets";

/** The report period for a year: after the 2025-07-01 merger from year-end 2025 on. */
export function periodForYear(year: number | null, ctx: ValidationContext): Period {
  if (year === null) return periodOf(ctx.today);
  return periodOf({ year, month: 12, day: 31 });
}

interface Held {
  readonly row: number;
  readonly vals: CellRead[];
}

/**
 * Checks a `tong-hop-mo-hinh` table in one streaming pass: cells, groups, totals and district sub-totals against
 * running sums, duplicates, numbering, administrative units and targets. Memory stays proportional to the issues.
 */
export function checkSummarySheet(grid: Grid, d: Detection, rows: readonly TableRow[], year: number | null, ctx: ValidationContext, sink: IssueSink): void {
  const t = d.template;
  const layout = summaryLayout(d);
  const nameAt = layout.index.get(t.nameField) ?? -1;
  const codeAt = layout.index.get("unit-code") ?? -1;
  const nameCol = d.columns.get(t.nameField) as number;
  const all = new PartSums(layout);
  let segment = new PartSums(layout);
  let pendingSubtotal: Held | null = null;
  const totals: Held[] = [];
  const seen = new Map<string, number>();
  const unitRows: UnitRow[] = [];
  let district = "";
  let lastData: Held | null = null;
  let dataRows = 0;
  const vals: CellRead[] = new Array<CellRead>(layout.fields.length).fill(null);
  for (const r of rows) {
    const fields = r.kind === "data" ? layout.fields : layout.optionalFields;
    for (let i = 0; i < fields.length; i++) vals[i] = readValue(grid, r.row, layout.cols[i], fields[i], sink);
    checkGroups(grid, layout, vals, r.row, sink);
    if (r.kind === "totals") {
      totals.push({ row: r.row, vals: [...vals] });
      continue;
    }
    const name = nameAt >= 0 && typeof vals[nameAt] === "string" ? (vals[nameAt] as string) : r.name;
    const key = name === r.name ? r.nameKey : textKey(name);
    if (r.kind === "subtotal") {
      if (pendingSubtotal) checkAggregate(grid, pendingSubtotal.row, pendingSubtotal.vals, segment, sink, "subtotal-mismatch");
      pendingSubtotal = { row: r.row, vals: [...vals] };
      segment = new PartSums(layout);
      district = key;
    } else {
      all.add(vals);
      segment.add(vals);
      dataRows += 1;
      lastData = { row: r.row, vals: dataRows === 1 ? [...vals] : vals };
    }
    // No unit twice (within its district for reports that list districts).
    const dupKey = r.kind === "subtotal" ? `huyen|${key}` : district === "" ? key : `${district}|${key}`;
    const first = seen.get(dupKey);
    if (key !== "" && first !== undefined) sink.add("duplicate-unit", "error", r.row, nameCol, { name, firstRow: first + 1 }, { input: name });
    else if (key !== "") seen.set(dupKey, r.row);
    if (!isVillageKey(key)) {
      const code = codeAt >= 0 ? vals[codeAt] : null;
      unitRows.push({ row: r.row, col: nameCol, name, code: code === null || typeof code === "object" ? null : String(code), kind: r.kind === "subtotal" ? "subtotal" : "data" });
    }
  }
  if (pendingSubtotal) checkAggregate(grid, pendingSubtotal.row, pendingSubtotal.vals, segment, sink, "subtotal-mismatch");
  for (const tr of totals) checkAggregate(grid, tr.row, tr.vals, all, sink, "totals-mismatch");
  checkOrdinals(grid, rows, d.columns.get("ordinal"), sink);
  checkAdminUnits(unitRows, { period: periodForYear(year, ctx), year, ...(ctx.scopeProvinceCode ? { provinceCode: ctx.scopeProvinceCode } : {}) }, sink);
  const single = dataRows === 1 ? lastData : null;
  const target = totals[0] ?? single;
  if (target) checkTargets(layout, target, year, ctx, sink);
}

function checkTargets(layout: SummaryLayout, totals: Held, year: number | null, ctx: ValidationContext, sink: IssueSink): void {
  if (year === null) return;
  for (const g of layout.groups) {
    const target = targetFor(g.id, year, ctx.targets);
    const rec = numAt(totals.vals, g.recognised);
    const tot = numAt(totals.vals, g.total);
    if (!target || rec === null || !tot) continue;
    const rate = (rec / tot) * 100;
    if (rate + 1e-9 >= target.percent) continue;
    const at = g.rate >= 0 ? g.rate : g.recognised;
    sink.add("below-target", "info", totals.row, layout.cols[at], {
      group: g.label,
      rate: formatNumberVi(Math.round(rate * 10) / 10),
      target: target.percent,
      byYear: target.byYear,
      basis: target.basis,
      provisional: target.confidence === "V" ? 0 : 1,
    });
  }
}
