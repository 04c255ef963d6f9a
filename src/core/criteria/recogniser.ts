import type { CriteriaSet, Recogniser } from "./criteria-set.schema";
import { isoOf, type ReportDate } from "./select-set";

/** Who recognises the set's title on a date (cấp công nhận), or undefined when the set does not say (never a guess). */
export function recogniserOn(set: CriteriaSet, date: ReportDate): Recogniser | undefined {
  const d = isoOf(date);
  return set.recognisers?.find((r) => (r.from === undefined || r.from <= d) && (r.to === undefined || d <= r.to));
}
