import type { AdminUnit } from "./admin-unit";
import type { Period } from "./period";
import { inUseIn, type IndexEntry, type UnitIndex } from "./unit-index";
import { sameSpelling, type NameParse } from "./unit-key";

/** What ranking needs to know about the report. */
export interface RankContext {
  readonly period: Period;
  readonly year: number | undefined;
  readonly scope: string;
  readonly districtCode: string | undefined;
  readonly idx: UnitIndex;
}

/** The best entry for a name, several equally good units, or nothing. */
export type Choice =
  | { readonly kind: "one"; readonly entry: IndexEntry; readonly tier: number }
  | { readonly kind: "many"; readonly units: readonly AdminUnit[] }
  | null;

/** Tier of a name that does not match an entry at all. */
export const NO_MATCH = 99;

/**
 * How closely a written name matches an entry, 0 (as written) to 7 (same name, other type): same type and accents 1,
 * same type without accents 2, no type written 3–4, s/x or i/y spelling 5, another type word 6–7.
 */
export function tierOf(e: IndexEntry, parse: NameParse, input: string): number {
  if (sameSpelling(input, e.unit.name)) return 0;
  let best = NO_MATCH;
  const p = parse.prefixed;
  if (p !== null) {
    const sameType = p.type === e.keys.type;
    if (p.accent === e.keys.accent) best = sameType ? 1 : 6;
    else if (p.plain === e.keys.plain) best = sameType ? 2 : 6;
    else if (p.loose === e.keys.loose) best = sameType ? 5 : 7;
  }
  const w = parse.whole;
  if (w.accent === e.keys.accent) best = Math.min(best, 3);
  else if (w.plain === e.keys.plain) best = Math.min(best, 4);
  else if (w.loose === e.keys.loose) best = Math.min(best, 5);
  return best;
}

const AFTER_POOL_RANK = { current: 0, old: 1, history: 2 } as const;

/** True when the entry is a commune of the district the row is listed under, or no district applies. */
export function inListedDistrict(e: IndexEntry, rc: RankContext): boolean {
  return rc.period === "after" || rc.districtCode === undefined || e.unit.level !== "commune" || e.unit.districtCode === rc.districtCode;
}

function score(e: IndexEntry, tier: number, rc: RankContext): number {
  if (rc.period === "after") return tier * 10_000 + AFTER_POOL_RANK[e.pool] * 1_000;
  const outOfScope = e.unit.provinceCode === rc.scope ? 0 : 1;
  const notInYear = inUseIn(e, rc.year, rc.idx) ? 0 : 1;
  const otherDistrict = inListedDistrict(e, rc) ? 0 : 1;
  const notCurrent = e.pool === "current" ? 0 : 1;
  return tier * 10_000 + outOfScope * 1_000 + notInYear * 100 + otherDistrict * 10 + notCurrent;
}

/** Picks the best-ranked entry among candidates (tier, then scope, year, district, current list); ties between units are "many". */
export function choose(candidates: readonly IndexEntry[], parse: NameParse, input: string, rc: RankContext): Choice {
  let bestScore = Infinity;
  let best: { entry: IndexEntry; tier: number }[] = [];
  for (const e of candidates) {
    const tier = tierOf(e, parse, input);
    if (tier === NO_MATCH) continue;
    const s = score(e, tier, rc);
    if (s < bestScore) {
      bestScore = s;
      best = [{ entry: e, tier }];
    } else if (s === bestScore) best.push({ entry: e, tier });
  }
  if (best.length === 0) return null;
  const units = new Map<string, AdminUnit>();
  for (const b of best) if (!units.has(`${b.entry.unit.level}:${b.entry.unit.code}`)) units.set(`${b.entry.unit.level}:${b.entry.unit.code}`, b.entry.unit);
  return units.size > 1 ? { kind: "many", units: [...units.values()] } : { kind: "one", ...best[0] };
}
