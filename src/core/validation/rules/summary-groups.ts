import { cellAt, formatAt, type CellValue, type Grid } from "../../grid/grid";
import { decimalsShown, type CellRead } from "../read-cell";
import type { IssueSink } from "../sink";
import { judgeRate, rateMatches } from "./rate";
import { invalidAt, numAt, type GroupLayout, type SummaryLayout } from "./summary-layout";

const colOf = (layout: SummaryLayout, i: number): number => (i >= 0 ? layout.cols[i] : 0);

/** One sheet row's own cells and formats (0-based from the grid's first column), when the caller holds them. */
export interface RowCells {
  readonly values: readonly CellValue[];
  readonly formats: readonly (string | null)[] | undefined;
}

/**
 * Checks the group columns of one summary row: recognised ≤ registered ≤ total and the stated rates. `cells`, when
 * given, is the row of the grid as the caller already holds it (the rate cells are looked at again there).
 */
export function checkGroups(grid: Grid, layout: SummaryLayout, vals: readonly CellRead[], row: number, sink: IssueSink, cells?: RowCells): void {
  for (const g of layout.groups) {
    const total = numAt(vals, g.total);
    const registered = numAt(vals, g.registered);
    const recognised = numAt(vals, g.recognised);
    if (registered !== null && recognised !== null && recognised > registered) {
      sink.add("recognised-exceeds-registered", "error", row, colOf(layout, g.recognised), { group: g.label, recognised, registered }, { input: recognised, fieldId: `${g.id}.recognised` });
    }
    if (registered !== null && total !== null && registered > total) {
      sink.add("registered-exceeds-total", "error", row, colOf(layout, g.registered), { group: g.label, registered, total }, { input: registered, fieldId: `${g.id}.registered` });
    }
    if (registered === null && recognised !== null && total !== null && recognised > total) {
      sink.add("recognised-exceeds-total", "error", row, colOf(layout, g.recognised), { group: g.label, recognised, total }, { input: recognised, fieldId: `${g.id}.recognised` });
    }
    checkRate(grid, layout, vals, row, sink, g, g.rate, "rate", recognised, total, registered, cells);
    if (g.registeredRate >= 0) checkRate(grid, layout, vals, row, sink, g, g.registeredRate, "registered-rate", registered, total, null, cells);
  }
}

function checkRate(
  grid: Grid,
  layout: SummaryLayout,
  vals: readonly CellRead[],
  row: number,
  sink: IssueSink,
  g: GroupLayout,
  at: number,
  role: "rate" | "registered-rate",
  numerator: number | null,
  total: number | null,
  registered: number | null,
  cells: RowCells | undefined,
): void {
  if (at < 0 || total === null) return;
  const v = vals[at];
  if (v === null) return;
  const col = layout.cols[at];
  const invalid = invalidAt(vals, at);
  const value = typeof v === "number" ? v : null;
  if (!invalid && value === null) return;
  // The common case, decided before the rule's arguments are built: a rate up to 100 that matches its counts.
  if (value !== null && total > 0 && numerator !== null && value <= 100 && plainRateMatches(grid, row, col, value, numerator, total, cells)) return;
  const decimals = value !== null ? decimalsShown(grid, row, col) : 1;
  if (value !== null && total > 0 && numerator !== null && value <= 100 && rateMatches(value, numerator, total, decimals)) return;
  judgeRate({ sink, row, col, fieldId: `${g.id}.${role}`, group: g.label }, { value, invalid, decimals }, numerator, total, role === "rate" ? registered : null);
}

/**
 * A sufficient test for rateMatches on the usual cell: a plain number without a number format, showing at most one
 * decimal, within 0.05 of numerator ÷ total × 100 — which rateMatches accepts at 0 or 1 decimals. False means "look
 * closer", not "wrong" (exported for its tests).
 */
export function plainRateMatches(grid: Grid, row: number, col: number, value: number, numerator: number, total: number, cells: RowCells | undefined): boolean {
  const at = col - grid.origin.col;
  if ((cells ? cells.values[at] : cellAt(grid, row, col)) !== value) return false;
  const format = cells ? (cells.formats?.[at] ?? null) : formatAt(grid, row, col);
  if (format !== null && format !== "General") return false;
  const tenths = value * 10;
  if (Math.abs(tenths - Math.round(tenths)) >= 1e-9) return false;
  const exact = (numerator / total) * 100;
  return Math.abs(value - exact) <= 0.05 + 1e-9 * Math.max(1, Math.abs(exact));
}
