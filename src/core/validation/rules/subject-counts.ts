import type { Detection } from "../../templates/detect";
import type { ReadCell } from "../read-cell";
import { formatNumberVi, type IssueSink } from "../sink";
import { computeRate, rateMatches } from "./rate";

/** Clans and villages: recognised households ≤ households, and the stated rate equals recognised ÷ households. */
export function checkGroupsOfSubject(values: ReadonlyMap<string, ReadCell>, d: Detection, row: number, sink: IssueSink): void {
  const total = values.get("households")?.value;
  const rec = values.get("recognised-households")?.value;
  if (typeof total !== "number" || typeof rec !== "number") return;
  const label = "Gia đình học tập";
  const recCol = d.columns.get("recognised-households") as number;
  if (rec > total) sink.add("recognised-exceeds-total", "error", row, recCol, { group: label, recognised: rec, total }, { input: rec, fieldId: "recognised-households" });
  const rateCol = d.columns.get("rate");
  const rate = values.get("rate");
  if (rateCol === undefined || !rate || !rate.present) return;
  if (total === 0) {
    if (rate.invalid || (typeof rate.value === "number" && rate.value !== 0)) sink.add("rate-zero-total", "error", row, rateCol, { group: label }, { fieldId: "rate", fix: { value: null, safe: false } });
    return;
  }
  if (typeof rate.value !== "number") return;
  if (rate.value > 100) {
    sink.add("rate-over-100", "error", row, rateCol, { group: label, rate: formatNumberVi(rate.value) }, { input: rate.value, fieldId: "rate" });
    return;
  }
  if (rateMatches(rate.value, rec, total, rate.decimals ?? 1)) return;
  const expected = computeRate(rec, total, Math.max(rate.decimals ?? 1, 1)) ?? 0;
  sink.add("rate-mismatch", "error", row, rateCol, { group: label, rate: formatNumberVi(rate.value), expected: formatNumberVi(expected), numerator: rec, total }, { input: rate.value, fieldId: "rate", fix: { value: expected, safe: false } });
}
