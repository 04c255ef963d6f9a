import type { Template } from "../../templates/template.schema";
import type { ReadCell } from "../read-cell";
import { formatNumberVi, type IssueSink } from "../sink";
import { computeRate, rateMatches } from "./rate";

/** The values of one row, by field id. */
export type RowValues = ReadonlyMap<string, ReadCell>;

/** Number value of a field in a row, or null when absent or unreadable. */
export function num(values: RowValues, id: string): number | null {
  const c = values.get(id);
  return c && typeof c.value === "number" ? c.value : null;
}

/** Checks the group columns of one summary row: recognised ≤ registered ≤ total and the stated rates. */
export function checkGroups(t: Template, values: RowValues, row: number, columns: ReadonlyMap<string, number>, sink: IssueSink): void {
  for (const g of t.groups) {
    const total = num(values, `${g.id}.total`);
    const registered = num(values, `${g.id}.registered`);
    const recognised = num(values, `${g.id}.recognised`);
    const col = (role: string) => columns.get(`${g.id}.${role}`) ?? 0;
    const p = (extra: Record<string, string | number>) => ({ group: g.label, ...extra });
    if (registered !== null && recognised !== null && recognised > registered) {
      sink.add("recognised-exceeds-registered", "error", row, col("recognised"), p({ recognised, registered }), { input: recognised, fieldId: `${g.id}.recognised` });
    }
    if (registered !== null && total !== null && registered > total) {
      sink.add("registered-exceeds-total", "error", row, col("registered"), p({ registered, total }), { input: registered, fieldId: `${g.id}.registered` });
    }
    if (registered === null && recognised !== null && total !== null && recognised > total) {
      sink.add("recognised-exceeds-total", "error", row, col("recognised"), p({ recognised, total }), { input: recognised, fieldId: `${g.id}.recognised` });
    }
    checkRate(values, row, columns, sink, g.id, g.label, "rate", recognised, total, registered);
    checkRate(values, row, columns, sink, g.id, g.label, "registered-rate", registered, total, null);
  }
}

function checkRate(
  values: RowValues,
  row: number,
  columns: ReadonlyMap<string, number>,
  sink: IssueSink,
  group: string,
  label: string,
  role: "rate" | "registered-rate",
  numerator: number | null,
  total: number | null,
  registered: number | null,
): void {
  const id = `${group}.${role}`;
  const cell = values.get(id);
  const col = columns.get(id);
  if (!cell || !cell.present || col === undefined || total === null) return;
  const fieldId = id;
  if (total === 0) {
    if (cell.invalid || (typeof cell.value === "number" && cell.value !== 0)) {
      sink.add("rate-zero-total", "error", row, col, { group: label }, { fieldId, fix: { value: null, safe: false } });
    }
    return;
  }
  if (cell.invalid) {
    if (numerator !== null) sink.add("excel-error", "error", row, col, { field: `${label} — tỷ lệ`, value: "lỗi công thức" }, { fieldId, fix: { value: computeRate(numerator, total), safe: false } });
    return;
  }
  const stated = cell.value as number;
  if (stated > 100) {
    sink.add("rate-over-100", "error", row, col, { group: label, rate: formatNumberVi(stated) }, { input: stated, fieldId });
    return;
  }
  if (numerator === null) return;
  const decimals = cell.decimals ?? 1;
  if (rateMatches(stated, numerator, total, decimals)) return;
  const expected = computeRate(numerator, total, Math.max(decimals, 1)) ?? 0;
  const params = { group: label, rate: formatNumberVi(stated), expected: formatNumberVi(expected), numerator, total };
  if (role === "rate" && registered !== null && registered > 0 && rateMatches(stated, numerator, registered, decimals)) {
    sink.add("rate-wrong-denominator", "error", row, col, { ...params, registered }, { input: stated, fieldId, fix: { value: expected, safe: false } });
    return;
  }
  sink.add("rate-mismatch", "error", row, col, params, { input: stated, fieldId, fix: { value: expected, safe: false } });
}
