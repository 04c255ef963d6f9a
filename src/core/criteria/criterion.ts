import type { CriterionResult } from "./verdict";
import type { ReasonCode } from "./reason";
import type { Threshold } from "./threshold.schema";

/** Builds a criterion result with a typed reason code. */
export function criterion(
  id: string,
  label: string,
  met: boolean,
  reason: ReasonCode,
  params: Record<string, string | number>,
  used: readonly (Threshold | undefined)[],
): CriterionResult {
  return { id, label, met, reason, params, provisional: isProvisional(used) };
}

/** True when any of the thresholds used is provisional (P). */
export function isProvisional(used: readonly (Threshold | undefined)[]): boolean {
  return used.some((t) => t?.confidence === "P");
}

/** Rounds away binary noise (0.1 + 0.2) so boundaries compare as people expect. */
export const clean = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A missing-input result for a field. */
export const missingResult = (id: string, label: string, code: string): CriterionResult =>
  criterion(id, label, false, "missing-input", { field: id, code }, []);

/** An out-of-range result for a field (giá trị ngoài khoảng). */
export const outOfRange = (id: string, label: string, code: string, value: unknown, min: number, max: number, used: readonly (Threshold | undefined)[]): CriterionResult =>
  criterion(id, label, false, "value-out-of-range", { field: id, code, value: typeof value === "number" ? value : String(value), min, max }, used);
