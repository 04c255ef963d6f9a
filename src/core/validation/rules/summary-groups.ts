import type { Grid } from "../../grid/grid";
import { decimalsShown, type CellRead } from "../read-cell";
import { formatNumberVi, type IssueSink } from "../sink";
import { computeRate, rateMatches } from "./rate";
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
  const fieldId = `${g.id}.${role}`;
  const invalid = invalidAt(vals, at);
  if (total === 0) {
    if (invalid || (typeof v === "number" && v !== 0)) sink.add("rate-zero-total", "error", row, col, { group: g.label }, { fieldId, fix: { value: null, safe: false } });
    return;
  }
  if (invalid) {
    if (numerator !== null) sink.add("excel-error", "error", row, col, { field: `${g.label} — tỷ lệ`, value: "lỗi công thức" }, { fieldId, fix: { value: computeRate(numerator, total), safe: false } });
    return;
  }
  if (typeof v !== "number") return;
  if (v > 100) {
    sink.add("rate-over-100", "error", row, col, { group: g.label, rate: formatNumberVi(v) }, { input: v, fieldId });
    return;
  }
  if (numerator === null) return;
  const decimals = decimalsShown(grid, row, col);
  if (rateMatches(v, numerator, total, decimals)) return;
  const expected = computeRate(numerator, total, Math.max(decimals, 1)) ?? 0;
  const params = { group: g.label, rate: formatNumberVi(v), expected: formatNumberVi(expected), numerator, total };
  if (role === "rate" && registered !== null && registered > 0 && rateMatches(v, numerator, registered, decimals)) {
    sink.add("rate-wrong-denominator", "error", row, col, { ...params, registered }, { input: v, fieldId, fix: { value: expected, safe: false } });
    return;
  }
  sink.add("rate-mismatch", "error", row, col, params, { input: v, fieldId, fix: { value: expected, safe: false } });
}
