/** A national target for one group (chỉ tiêu), with its basis and how sure the number is (criteria.md). */
export interface Target {
  readonly group: string;
  readonly percent: number;
  readonly byYear: number;
  readonly basis: string;
  readonly confidence: "V" | "I" | "P";
}

/**
 * National targets of criteria.md: QĐ 387/QĐ-TTg (25/03/2022) for households, clans, villages and units; QĐ 677/QĐ-TTg
 * (03/06/2022) for learning citizens. The 2030 figures of QĐ 387 are inferred [I]. A province may pass its own.
 */
export const NATIONAL_TARGETS: readonly Target[] = [
  { group: "gia-dinh", percent: 70, byYear: 2025, basis: "QĐ 387/QĐ-TTg", confidence: "V" },
  { group: "dong-ho", percent: 65, byYear: 2025, basis: "QĐ 387/QĐ-TTg", confidence: "V" },
  { group: "cong-dong-thon", percent: 65, byYear: 2025, basis: "QĐ 387/QĐ-TTg", confidence: "V" },
  { group: "don-vi-co-so", percent: 80, byYear: 2025, basis: "QĐ 387/QĐ-TTg", confidence: "V" },
  { group: "cong-dan", percent: 40, byYear: 2025, basis: "QĐ 677/QĐ-TTg", confidence: "V" },
  { group: "gia-dinh", percent: 80, byYear: 2030, basis: "QĐ 387/QĐ-TTg", confidence: "I" },
  { group: "dong-ho", percent: 75, byYear: 2030, basis: "QĐ 387/QĐ-TTg", confidence: "I" },
  { group: "cong-dong-thon", percent: 75, byYear: 2030, basis: "QĐ 387/QĐ-TTg", confidence: "I" },
  { group: "don-vi-co-so", percent: 90, byYear: 2030, basis: "QĐ 387/QĐ-TTg", confidence: "I" },
  { group: "cong-dan", percent: 70, byYear: 2030, basis: "QĐ 677/QĐ-TTg", confidence: "V" },
];

/** The target that applies to a report year for a group: the phase goal of that year's period (2021–2025, 2026–2030). */
export function targetFor(group: string, year: number, overrides?: Readonly<Record<string, number>>): Target | null {
  const own = overrides?.[group];
  if (own !== undefined) return { group, percent: own, byYear: year, basis: "tỉnh", confidence: "V" };
  if (year < 2021 || year > 2030) return null;
  const byYear = year <= 2025 ? 2025 : 2030;
  return NATIONAL_TARGETS.find((t) => t.group === group && t.byYear === byYear) ?? null;
}
