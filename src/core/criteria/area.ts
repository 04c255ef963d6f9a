import type { Area, CriteriaSet } from "./criteria-set.schema";
import { withValues } from "./value-paths";

/** The set with an area variant's values applied (vùng miền núi / khó khăn); the set itself when it has no such variant. */
export function applyArea(set: CriteriaSet, area: Area | undefined): CriteriaSet {
  if (!area || set.appliedArea) return set;
  const v = set.variants?.find((x) => x.area === area);
  if (!v) return set;
  return { ...withValues(set, v.values).set, appliedArea: area };
}
