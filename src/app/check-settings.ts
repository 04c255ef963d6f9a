import type { LoadedProfile } from "../core/province";
import { targetOverrides } from "../core/province";
import type { ColumnMap } from "../core/templates/column-map";
import type { ValidationContext } from "../core/validation/context";

/**
 * What a check needs besides the file and the date, as plain data a worker can take: the column maps (a province's
 * forms, then its profile's template file), the profile's confirmed criteria values and the targets it set itself. The
 * profile's province code is not a scope here: reports before 2025-07-01 belong to the former provinces.
 */
export type CheckSettings = Pick<ValidationContext, "columnMaps" | "criteriaSets" | "targets">;

/** The settings of a check under a loaded profile, for reports of `year` (the season the officer works on). */
export function profileCheckSettings(loaded: LoadedProfile, year: number, forms: readonly ColumnMap[] = []): CheckSettings {
  const maps = [...forms, ...loaded.columnMaps];
  const targets = targetOverrides(loaded.profile, year);
  return {
    ...(loaded.criteriaSets.length > 0 ? { criteriaSets: loaded.criteriaSets } : {}),
    ...(maps.length > 0 ? { columnMaps: maps } : {}),
    ...(Object.keys(targets).length > 0 ? { targets } : {}),
  };
}
