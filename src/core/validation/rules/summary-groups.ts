import type { Grid } from "../../grid/grid";
import { decimalsShown, type CellRead } from "../read-cell";
import type { IssueSink } from "../sink";
import { judgeRate } from "./rate";
import { invalidAt, numAt, type GroupLayout, type SummaryLayout } from "./summary-layout";

const colOf = (layout: SummaryLayout, i: number): number => (i >= 0 ? layout.cols[i] : 0);

/** Checks the group columns of one summary row: recognised ≤ registered ≤ total and the stated rates. */
export function checkGroups(grid: Grid, layout: SummaryLayout, vals: readonly CellRead[], row: number, sink: IssueSink): void {
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
    checkRate(grid, layout, vals, row, sink, g, g.rate, "rate", recognised, total, registered);
    checkRate(grid, layout, vals, row, sink, g, g.registeredRate, "registered-rate", registered, total, null);
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
): void {
  if (at < 0 || total === null) return;
  const v = vals[at];
  if (v === null) return;
  const col = layout.cols[at];
  const invalid = invalidAt(vals, at);
  const value = typeof v === "number" ? v : null;
  if (!invalid && value === null) return;
  const decimals = value !== null ? decimalsShown(grid, row, col) : 1;
  judgeRate({ sink, row, col, fieldId: `${g.id}.${role}`, group: g.label }, { value, invalid, decimals }, numerator, total, role === "rate" ? registered : null);
}
