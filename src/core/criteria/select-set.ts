import type { TitleId } from "./verdict";
import type { Area, CriteriaSet } from "./criteria-set.schema";
import { applyArea } from "./area";
import { BUILTIN_SETS } from "./builtin";

/** A calendar date without a clock (ngày báo cáo). */
export interface ReportDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The ISO text of a date (yyyy-mm-dd), for comparing with a set's period. */
export const isoOf = (d: ReportDate): string =>
  `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** The last day of a year: yearly titles are assessed for the calendar year, so a year alone means its end. */
export const yearEnd = (year: number): ReportDate => ({ year, month: 12, day: 31 });

const ORIGIN_RANK: Record<string, number> = { builtin: 0, file: 1, sheet: 2 };

/** True when the set applies on the date. */
export function inForce(set: CriteriaSet, date: ReportDate): boolean {
  const d = isoOf(date);
  return (set.validFrom === null || set.validFrom <= d) && (set.validTo === null || d <= set.validTo);
}

/**
 * The set in force for a title on the report date (bộ tiêu chí áp dụng), with the area variant applied. Among sets in
 * force, a province's sheet beats a province's file, which beats a built-in set; then the latest start wins, then the
 * later in the list. Undefined when none applies (no guess).
 */
export function selectSet(title: TitleId, reportDate: ReportDate, sets: readonly CriteriaSet[] = BUILTIN_SETS, area?: Area): CriteriaSet | undefined {
  let best: { set: CriteriaSet; rank: number; from: string; index: number } | undefined;
  sets.forEach((set, index) => {
    if (set.title !== title || !inForce(set, reportDate)) return;
    const cand = { set, rank: ORIGIN_RANK[set.origin ?? "builtin"], from: set.validFrom ?? "", index };
    if (!best || cand.rank > best.rank || (cand.rank === best.rank && cand.from >= best.from)) best = cand;
  });
  return best ? applyArea(best.set, area) : undefined;
}

/** Built-in sets followed by overrides, the list selectSet expects when a province has its own sets. */
export function withOverrides(overrides: readonly CriteriaSet[] = [], base: readonly CriteriaSet[] = BUILTIN_SETS): CriteriaSet[] {
  return [...base, ...overrides];
}
