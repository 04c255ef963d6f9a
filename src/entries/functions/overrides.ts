import { BUILTIN_SETS, type CriteriaSet } from "../../core/criteria";

// Kept on globalThis, not in a module variable: in the shared runtime the task pane and the functions may be bundled
// as separate entries, each with its own copy of this module, and both must see the same workbook overrides.
const KEY = Symbol.for("xhht.criteriaOverrides");
type Holder = { [KEY]?: readonly CriteriaSet[] };

/** Sets the workbook's criteria overrides (from the "Tiêu chí XHHT" sheet or a province file); the task pane calls it. */
export function setCriteriaOverrides(sets: readonly CriteriaSet[]): void {
  (globalThis as Holder)[KEY] = [...sets];
}

/** The criteria sets the custom functions use: built-ins, then the workbook's overrides (which win). */
export function currentCriteriaSets(): readonly CriteriaSet[] {
  return [...BUILTIN_SETS, ...((globalThis as Holder)[KEY] ?? [])];
}
