import { adminData, NEW_LAO_CAI_CODE, YEN_BAI_CODE, unitByCode } from "./admin-data";
import type { AdminUnit, Successor } from "./admin-unit";
import { choose, inListedDistrict, type RankContext } from "./match-rank";
import { nearMisses, type LevelFilter } from "./near-miss";
import { inUseIn, unitIndex, type IndexEntry } from "./unit-index";
import { parseUnitName, type NameParse } from "./unit-key";
import type { MatchContext, UnitMatch } from "./unit-match";

const UNKNOWN: UnitMatch = Object.freeze({ kind: "unknown" });
// A code whose unit matches the name only with another type word ("Xã Yên Bình" for 04714 Thị trấn Yên Bình) yields
// to a unit that carries the name itself (04774 Xã Yên Bình, until 2025): names were reused.
const OTHER_TYPE_TIER = 6;
const MEMO_LIMIT = 20_000;
// Results per context, then per written name; a context's table is dropped whole when it grows too big.
const memo = new Map<string, Map<string, UnitMatch>>();

/**
 * Codes read from Excel often lose their leading zero ("4381" for commune 04381, "80" for district 080); this puts
 * it back, and drops spaces.
 */
export function normaliseCode(code: string | undefined): string {
  const c = (code ?? "").replace(/\s+/g, "");
  if (!/^\d+$/.test(c)) return c;
  if (c.length === 4) return `0${c}`;
  if (c.length === 2 && !adminData().before.has(c) && !adminData().after.has(c)) return `0${c}`;
  return c;
}

/** The new units that took over an old unit: its commune's successors, all communes' for a district, the new province for a province. */
export function successorsOfUnit(unit: AdminUnit): readonly Successor[] {
  const data = adminData();
  if (unit.level === "commune") return data.oldToNew.get(unit.code) ?? [];
  if (unit.level === "province") return [{ code: data.provinceAfter.code, name: data.provinceAfter.name, confidence: "high" }];
  const byCode = new Map<string, Successor>();
  for (const c of data.communesBefore) {
    if (c.districtCode !== unit.code) continue;
    for (const s of data.oldToNew.get(c.code) ?? []) if (!byCode.has(s.code)) byCode.set(s.code, s);
  }
  return [...byCode.values()];
}

function classify(e: IndexEntry, tier: number, input: string, rc: RankContext): UnitMatch {
  const { unit } = e;
  const spelled = (): UnitMatch => (tier === 0 ? { kind: "exact", unit } : { kind: "variant", unit, canonical: unit.name });
  if (rc.period === "after") {
    if (e.pool === "current") return unit.provinceCode === rc.scope ? spelled() : { kind: "out-of-scope", unit };
    const successors = successorsOfUnit(unit);
    if (successors.length > 0) return { kind: "merged", unit, successors };
    return { kind: "not-in-year", unit, firstSeen: e.firstSeen ?? "", lastSeen: e.lastSeen ?? "" };
  }
  if (unit.provinceCode !== rc.scope) return { kind: "out-of-scope", unit };
  if (!inUseIn(e, rc.year, rc.idx)) return { kind: "not-in-year", unit, firstSeen: e.firstSeen ?? "", lastSeen: e.lastSeen ?? "" };
  if (!inListedDistrict(e, rc)) {
    const listedUnder = adminData().before.get(rc.districtCode ?? "");
    if (listedUnder !== undefined && listedUnder.level === "district") return { kind: "wrong-district", unit, listedUnder };
  }
  if (e.pool === "history") return { kind: "historical", unit, firstSeen: e.firstSeen ?? "", lastSeen: e.lastSeen ?? "" };
  return spelled();
}

function byName(input: string, parse: NameParse, rc: RankContext, level: LevelFilter): UnitMatch {
  const levelOk = (u: AdminUnit): boolean => level === "any" || u.level === level;
  if (parse.whole.loose === "") return UNKNOWN;
  const candidates: IndexEntry[] = [];
  for (const k of [parse.whole.loose, parse.prefixed?.loose]) {
    for (const e of (k === undefined ? undefined : rc.idx.byLoose.get(k)) ?? []) {
      if (levelOk(e.unit) && !candidates.includes(e)) candidates.push(e);
    }
  }
  const choice = choose(candidates, parse, input, rc);
  if (choice?.kind === "one") return classify(choice.entry, choice.tier, input, rc);
  if (choice?.kind === "many") return { kind: "ambiguous", candidates: choice.units };
  const suggestions = nearMisses(parse, rc, level);
  return suggestions.length > 0 ? { kind: "near-miss", suggestions } : UNKNOWN;
}

function compute(input: string, ctx: MatchContext): UnitMatch {
  const idx = unitIndex(ctx.period);
  const rc: RankContext = {
    period: ctx.period,
    year: ctx.year,
    scope: ctx.provinceCode?.trim() || (ctx.period === "after" ? NEW_LAO_CAI_CODE : YEN_BAI_CODE),
    districtCode: ctx.districtCode === undefined ? undefined : normaliseCode(ctx.districtCode),
    idx,
  };
  const level: LevelFilter = ctx.level ?? "any";
  const parse = parseUnitName(input);
  const code = normaliseCode(ctx.code);
  if (code === "") return byName(input, parse, rc, level);
  const own = (idx.byCode.get(code) ?? []).filter((e) => level === "any" || e.unit.level === level);
  const choice = choose(own, parse, input, rc);
  const named = choice?.kind === "one" && choice.tier < OTHER_TYPE_TIER ? null : byName(input, parse, rc, level);
  if (choice?.kind === "one" && (named === null || !("unit" in named) || named.unit.code === code)) return classify(choice.entry, choice.tier, input, rc);
  return { kind: "code-mismatch", code, byCode: unitByCode(code, ctx.period), byName: named ?? UNKNOWN };
}

let lastCtx: MatchContext | null = null;
let lastTable = new Map<string, UnitMatch>();

// Rows of one sheet share their context, so the last context's table is checked field by field before building a key.
function tableFor(ctx: MatchContext): Map<string, UnitMatch> {
  const l = lastCtx;
  if (
    l !== null &&
    l.period === ctx.period &&
    l.year === ctx.year &&
    l.provinceCode === ctx.provinceCode &&
    l.districtCode === ctx.districtCode &&
    l.level === ctx.level &&
    l.code === ctx.code
  ) {
    return lastTable;
  }
  const ctxKey = `${ctx.period}|${ctx.year ?? ""}|${ctx.provinceCode ?? ""}|${ctx.districtCode ?? ""}|${ctx.level ?? ""}|${ctx.code ?? ""}`;
  let table = memo.get(ctxKey);
  if (table === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    table = new Map();
    memo.set(ctxKey, table);
  }
  lastCtx = { ...ctx };
  lastTable = table;
  return table;
}

/**
 * Places a written unit name among the administrative units of the report's period and scope: by its code first when
 * one is given, then by name (exact, known variants, history of the report's year, old list after the merger), and
 * finally suggests near misses. Results are cached, so repeated names cost a map lookup.
 */
export function matchUnit(input: string, ctx: MatchContext): UnitMatch {
  const table = tableFor(ctx);
  const hit = table.get(input);
  if (hit !== undefined) return hit;
  const result = compute(input, ctx);
  if (table.size >= MEMO_LIMIT) table.clear();
  table.set(input, result);
  return result;
}
