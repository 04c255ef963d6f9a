import { periodOf, type Period } from "../aggregation";
import { textKey } from "../cells";
import { NO_CELLS, type CellValue, type Grid } from "../grid/grid";
import type { Detection } from "../templates/detect";
import type { TableRows } from "../templates/read-rows";
import type { ValidationContext } from "./context";
import { readValue, type CellRead } from "./read-cell";
import { checkAdminUnits, isVillageKey, type UnitRow } from "./rules/admin-units";
import { checkOrdinals } from "./rules/ordinal";
import { checkGroups } from "./rules/summary-groups";
import { summaryLayout, numAt, type SummaryLayout } from "./rules/summary-layout";
import { checkAggregate, PartSums } from "./rules/summary-totals";
import { FirstSeen } from "./first-seen";
import { formatNumberVi, type IssueSink } from "./sink";
import { targetFor, targetUnconfirmed } from "./targets";

/** True when a cell's number format shows a percentage ("0.0%"). */
function isPercentFormat(format: string | null | undefined): boolean {
  return typeof format === "string" && format.includes("%");
}

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
export function checkSummarySheet(grid: Grid, d: Detection, rows: TableRows, year: number | null, ctx: ValidationContext, sink: IssueSink): void {
  const t = d.template;
  const layout = summaryLayout(d);
  const nameAt = layout.index.get(t.nameField) ?? -1;
  const codeAt = layout.index.get("unit-code") ?? -1;
  const nameCol = d.columns.get(t.nameField) as number;
  const all = new PartSums(layout);
  let segment = new PartSums(layout);
  let pendingSubtotal: Held | null = null;
  const totals: Held[] = [];
  const seen = new FirstSeen(rows.length);
  const unitRows: UnitRow[] = [];
  let district = "";
  let firstData: Held | null = null;
  let dataRows = 0;
  const n = layout.fields.length;
  const vals: CellRead[] = new Array<CellRead>(n).fill(null);
  const { lo, hi, whole, rate, required } = layout.fast;
  const at = layout.cols.map((c) => c - grid.origin.col);
  // The grid's parts, read once: the row loop touches no property of the grid itself.
  const sheetValues = grid.values;
  const sheetFormats = grid.numberFormats;
  const originRow = grid.origin.row;
  const allSums = all.sums;
  const allSeen = all.seen;
  const rowCells: { values: readonly CellValue[]; formats: readonly (string | null)[] | undefined } = { values: NO_CELLS, formats: undefined };
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows.row(ri);
    const kind = rows.kind(ri);
    const data = kind === "data";
    const fields = data ? layout.fields : layout.optionalFields;
    const cells = sheetValues[row - originRow] ?? NO_CELLS;
    const formats = sheetFormats?.[row - originRow];
    for (let i = 0; i < n; i++) {
      // readValue's own fast path, inlined: a plain number in range, or an empty cell that may be empty.
      const v = cells[at[i]];
      if (typeof v === "number") {
        if (v >= lo[i] && v <= hi[i] && (whole[i] === 0 || Number.isInteger(v)) && (rate[i] === 0 || !isPercentFormat(formats?.[at[i]]))) {
          vals[i] = v;
          // A unit's numbers go into the running sums as they are read (all.addRow below counts the row).
          if (data) {
            allSums[i] += v;
            allSeen[i] = 1;
          }
          continue;
        }
      } else if ((v === null || v === undefined) && (!data || required[i] === 0)) {
        vals[i] = null;
        continue;
      }
      const read = readValue(grid, row, layout.cols[i], fields[i], sink);
      vals[i] = read;
      if (data && typeof read === "number") {
        allSums[i] += read;
        allSeen[i] = 1;
      }
    }
    rowCells.values = cells;
    rowCells.formats = formats;
    checkGroups(grid, layout, vals, row, sink, rowCells);
    if (kind === "totals") {
      totals.push({ row: row, vals: [...vals] });
      continue;
    }
    const rowName = rows.name(ri);
    const name = nameAt >= 0 && typeof vals[nameAt] === "string" ? (vals[nameAt] as string) : rowName;
    const key = name === rowName ? rows.nameKey(ri) : textKey(name);
    if (kind === "subtotal") {
      if (pendingSubtotal) checkAggregate(grid, pendingSubtotal.row, pendingSubtotal.vals, segment, sink, "subtotal-mismatch");
      pendingSubtotal = { row: row, vals: [...vals] };
      segment = new PartSums(layout);
      district = key;
    } else {
      all.addRow(vals);
      // The running sum of a district is only compared when a district sub-total heads it.
      if (pendingSubtotal) segment.add(vals);
      dataRows += 1;
      if (dataRows === 1) firstData = { row: row, vals: [...vals] };
    }
    // No unit twice (within its district for reports that list districts).
    const dupKey = kind === "subtotal" ? `huyen|${key}` : district === "" ? key : `${district}|${key}`;
    const first = key === "" ? undefined : seen.firstOrAdd(dupKey, row);
    if (first !== undefined) sink.add("duplicate-unit", "error", row, nameCol, { name, firstRow: first + 1 }, { input: name });
    if (!isVillageKey(key)) {
      const code = codeAt >= 0 ? vals[codeAt] : null;
      unitRows.push({ row: row, col: nameCol, name, code: code === null || typeof code === "object" ? null : String(code), kind: kind === "subtotal" ? "subtotal" : "data" });
    }
  }
  if (pendingSubtotal) checkAggregate(grid, pendingSubtotal.row, pendingSubtotal.vals, segment, sink, "subtotal-mismatch");
  for (const tr of totals) checkAggregate(grid, tr.row, tr.vals, all, sink, "totals-mismatch");
  checkOrdinals(grid, rows, d.columns.get("ordinal"), sink);
  checkAdminUnits(unitRows, { period: periodForYear(year, ctx), year, ...(ctx.scopeProvinceCode ? { provinceCode: ctx.scopeProvinceCode } : {}) }, sink);
  const single = dataRows === 1 ? firstData : null;
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
      provisional: targetUnconfirmed(target) ? 1 : 0,
    });
  }
}
