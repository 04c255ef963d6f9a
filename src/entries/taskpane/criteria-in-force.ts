import type { ExcelRun } from "../../adapters/office/office-run";
import { recalculateWorkbook } from "../../adapters/office/recalculate";
import { attempt } from "../../app/office-result";
import type { CriteriaSet } from "../../core/criteria";
import { setCriteriaOverrides } from "../functions/overrides";

/**
 * Hands the criteria in force to the custom functions and, when they differ from what the function cells were last
 * calculated with (built-ins only when the pane starts), recalculates the workbook; resolves true when it did. A failed
 * recalculation leaves the next change to try again.
 */
export function criteriaPublisher(run: ExcelRun): (sets: readonly CriteriaSet[]) => Promise<boolean> {
  let calculatedWith = "[]";
  return async (sets) => {
    setCriteriaOverrides(sets);
    const key = JSON.stringify(sets);
    if (key === calculatedWith) return false;
    const r = await attempt(() => recalculateWorkbook(run));
    if (r.ok) calculatedWith = key;
    return r.ok;
  };
}
