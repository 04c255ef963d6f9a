import { formatNumberVi, type IssueSink } from "../sink";

/** 10 ** d for the decimals a cell can show (0–10), without a power per call. */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/** How a stated rate compares with recognised ÷ denominator × 100 at the precision the cell shows. */
export function rateMatches(stated: number, recognised: number, denominator: number, decimals: number): boolean {
  if (denominator <= 0) return false;
  const exact = (recognised / denominator) * 100;
  const d = Math.max(0, Math.min(decimals, 10));
  const f = Number.isInteger(d) ? POW10[d] : 10 ** d;
  const eps = 1e-9 * Math.max(1, Math.abs(exact));
  // Published reports both round and truncate (230/454 printed as 50.6), so either is accepted.
  const rounded = Math.round(exact * f + 1e-9) / f;
  const truncated = Math.trunc(exact * f + 1e-9) / f;
  return Math.abs(stated - rounded) <= eps + 1e-12 || Math.abs(stated - truncated) <= eps + 1e-12 || Math.abs(stated - exact) <= 0.5 / f + eps;
}

/** recognised ÷ total × 100 rounded to `decimals` (the value a fix proposes), or null when total is 0. */
export function computeRate(recognised: number, total: number, decimals = 1): number | null {
  if (total <= 0) return null;
  const f = 10 ** decimals;
  return Math.round((recognised / total) * 100 * f) / f;
}

/** What a stated rate cell holds, as the rate rule needs it. */
export interface StatedRate {
  /** The rate read in percent, or null when the cell is empty. */
  readonly value: number | null;
  /** True when the cell held something unreadable (#DIV/0!, words). */
  readonly invalid: boolean;
  /** Decimals the cell shows. */
  readonly decimals: number;
}

/** Where and for what a rate is judged, and how issues are recorded. */
export interface RateTarget {
  readonly sink: IssueSink;
  readonly row: number;
  readonly col: number;
  readonly fieldId: string;
  readonly group: string;
}

/**
 * The rate rule (tỷ lệ = công nhận ÷ tổng số × 100 within the shown rounding), shared by summary groups, clans and
 * villages: a zero total needs an empty or 0 rate, a rate is at most 100, a rate over the registered count is named as
 * such, anything else that matches neither rounding nor truncation is a mismatch with the recomputed value as a fix.
 */
export function judgeRate(t: RateTarget, stated: StatedRate, numerator: number | null, total: number, registered: number | null): void {
  const { sink, row, col, fieldId, group } = t;
  if (stated.value === null && !stated.invalid) return;
  if (total === 0) {
    if (stated.invalid || (stated.value !== null && stated.value !== 0)) sink.add("rate-zero-total", "error", row, col, { group }, { fieldId, fix: { value: null, safe: false } });
    return;
  }
  if (stated.invalid) {
    if (numerator !== null) sink.add("excel-error", "error", row, col, { field: `${group} — tỷ lệ`, value: "lỗi công thức" }, { fieldId, fix: { value: computeRate(numerator, total), safe: false } });
    return;
  }
  const v = stated.value as number;
  if (v > 100) {
    sink.add("rate-over-100", "error", row, col, { group, rate: formatNumberVi(v) }, { input: v, fieldId });
    return;
  }
  if (numerator === null || rateMatches(v, numerator, total, stated.decimals)) return;
  const expected = computeRate(numerator, total, Math.max(stated.decimals, 1)) ?? 0;
  const params = { group, rate: formatNumberVi(v), expected: formatNumberVi(expected), numerator, total };
  if (registered !== null && registered > 0 && rateMatches(v, numerator, registered, stated.decimals)) {
    sink.add("rate-wrong-denominator", "error", row, col, { ...params, registered }, { input: v, fieldId, fix: { value: expected, safe: false } });
    return;
  }
  sink.add("rate-mismatch", "error", row, col, params, { input: v, fieldId, fix: { value: expected, safe: false } });
}
