/** A target for one group (chỉ tiêu), with its basis and how sure the number is (criteria.md; T = the province's own). */
export interface Target {
  readonly group: string;
  readonly percent: number;
  readonly byYear: number;
  readonly basis: string;
  readonly confidence: "V" | "I" | "P" | "T";
  /** The area the target is for (vùng miền núi, vùng khó khăn), when it is an area target. */
  readonly area?: "mien-nui-kho-khan";
}

/** Basis of the 2020 targets (QĐ 281/QĐ-TTg, 2014); which figure is which group follows the order criteria.md lists them [I]. */
const QD281 = "QĐ 281/QĐ-TTg";

/**
 * Targets of criteria.md. QĐ 387/QĐ-TTg (25/03/2022) for households, clans, villages and commune-level units, its 2030
 * figures inferred [I]; QĐ 677/QĐ-TTg (03/06/2022) for learning citizens — the 2030 figure differs between sources
 * (70% / 60%), so it is unconfirmed [P] — and for officials and workers in learning units (`cong-dan-don-vi`);
 * QĐ 281/QĐ-TTg for 2020, with lower figures for mountainous and disadvantaged areas.
 */
export const NATIONAL_TARGETS: readonly Target[] = [
  { group: "gia-dinh", percent: 70, byYear: 2020, basis: QD281, confidence: "I" },
  { group: "dong-ho", percent: 50, byYear: 2020, basis: QD281, confidence: "I" },
  { group: "cong-dong-thon", percent: 60, byYear: 2020, basis: QD281, confidence: "I" },
  { group: "don-vi-co-so", percent: 50, byYear: 2020, basis: QD281, confidence: "I" },
  { group: "gia-dinh", percent: 60, byYear: 2020, basis: QD281, confidence: "I", area: "mien-nui-kho-khan" },
  { group: "dong-ho", percent: 40, byYear: 2020, basis: QD281, confidence: "I", area: "mien-nui-kho-khan" },
  { group: "cong-dong-thon", percent: 50, byYear: 2020, basis: QD281, confidence: "I", area: "mien-nui-kho-khan" },
  { group: "gia-dinh", percent: 70, byYear: 2025, basis: "QĐ 387/QĐ-TTg", confidence: "V" },
  { group: "dong-ho", percent: 65, byYear: 2025, basis: "QĐ 387/QĐ-TTg", confidence: "V" },
  { group: "cong-dong-thon", percent: 65, byYear: 2025, basis: "QĐ 387/QĐ-TTg", confidence: "V" },
  { group: "don-vi-co-so", percent: 80, byYear: 2025, basis: "QĐ 387/QĐ-TTg", confidence: "V" },
  { group: "cong-dan", percent: 40, byYear: 2025, basis: "QĐ 677/QĐ-TTg", confidence: "V" },
  { group: "cong-dan-don-vi", percent: 60, byYear: 2025, basis: "QĐ 677/QĐ-TTg", confidence: "V" },
  { group: "gia-dinh", percent: 80, byYear: 2030, basis: "QĐ 387/QĐ-TTg", confidence: "I" },
  { group: "dong-ho", percent: 75, byYear: 2030, basis: "QĐ 387/QĐ-TTg", confidence: "I" },
  { group: "cong-dong-thon", percent: 75, byYear: 2030, basis: "QĐ 387/QĐ-TTg", confidence: "I" },
  { group: "don-vi-co-so", percent: 90, byYear: 2030, basis: "QĐ 387/QĐ-TTg", confidence: "I" },
  { group: "cong-dan", percent: 70, byYear: 2030, basis: "QĐ 677/QĐ-TTg; một số nguồn ghi 60%", confidence: "P" },
  { group: "cong-dan-don-vi", percent: 80, byYear: 2030, basis: "QĐ 677/QĐ-TTg", confidence: "V" },
];

/** Basis shown for a target the province set itself. */
export const PROVINCE_TARGET_BASIS = "chỉ tiêu của tỉnh";

/**
 * The target that applies to a report year for a group: the province's own when it set one (marked T), else the goal
 * of that year's period (2016–2020 QĐ 281, 2021–2025, 2026–2030); for 2016–2020 an area variant when asked for and
 * the group has one. Null outside 2016–2030 or when no target exists (never a guess).
 */
export function targetFor(group: string, year: number, overrides?: Readonly<Record<string, number>>, area?: Target["area"]): Target | null {
  const own = overrides?.[group];
  if (own !== undefined) return { group, percent: own, byYear: year, basis: PROVINCE_TARGET_BASIS, confidence: "T" };
  if (year < 2016 || year > 2030) return null;
  const byYear = year <= 2020 ? 2020 : year <= 2025 ? 2025 : 2030;
  const of = (a: Target["area"]) => NATIONAL_TARGETS.find((t) => t.group === group && t.byYear === byYear && t.area === a);
  return (area ? of(area) : undefined) ?? of(undefined) ?? null;
}

/** True when a target is not confirmed (inferred or provisional), so the user sees it as "chưa xác nhận". */
export const targetUnconfirmed = (t: Target): boolean => t.confidence === "I" || t.confidence === "P";
