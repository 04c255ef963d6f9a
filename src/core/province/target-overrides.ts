import { NATIONAL_TARGETS } from "../validation/targets";
import type { ProvinceProfile } from "./profile.schema";

/**
 * The profile's targets that a check must use instead of the national ones, as ValidationContext.targets takes them
 * (percent per group): for the period of `year` (2021–2025 → the 2025 target, 2026–2030 → 2030), each target the
 * province set differently from the national figure. National figures kept in the profile are no override, so they
 * keep their own basis and confidence; none outside 2021–2030.
 */
export function targetOverrides(profile: ProvinceProfile, year: number): Record<string, number> {
  if (year < 2021 || year > 2030) return {};
  const byYear = year <= 2025 ? 2025 : 2030;
  const out: Record<string, number> = {};
  for (const t of profile.targets) {
    if (t.byYear !== byYear) continue;
    const national = NATIONAL_TARGETS.find((n) => n.group === t.group && n.byYear === byYear && n.area === undefined);
    if (national?.percent !== t.percent) out[t.group] = t.percent;
  }
  return out;
}
