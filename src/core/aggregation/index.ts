export type { AdminUnit, Successor, UnitLevel, UnitVersion } from "./admin-unit";
export { districtOf, NEW_LAO_CAI_CODE, OLD_LAO_CAI_CODE, successorsOf, unitByCode, unitsInScope, versionsOf, YEN_BAI_CODE } from "./admin-data";
export { matchUnit, normaliseCode, successorsOfUnit } from "./match-unit";
export type { MatchContext, UnitMatch, UnitMatchKind } from "./unit-match";
export { MERGER_DATE, periodOf, periodOfYear, type CalendarDate, type Period } from "./period";
export { rollup } from "./rollup";
export {
  ROLLUP_GROUP_IDS,
  type GroupCounts,
  type GroupSum,
  type RollupLine,
  type RollupNote,
  type RollupNoteCode,
  type RollupOptions,
  type RollupResult,
  type RollupRow,
} from "./rollup-types";
export { rateOf } from "./group-sums";
export { compareToTargets, ratesOf, type TargetComparison } from "./targets";
