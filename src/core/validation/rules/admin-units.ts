import { matchUnit, type Period } from "../../aggregation";
import { textKey } from "../../cells";
import type { IssueSink } from "../sink";

/** A named row of a summary report to place among the administrative units. */
export interface UnitRow {
  readonly row: number;
  readonly col: number;
  readonly name: string;
  readonly code: string | null;
  readonly kind: "data" | "subtotal";
}

const VILLAGE = /^(thon|ban|to dan pho|tdp|to|khu|xom|lang|khom|pho|khu dan cu|khu pho|doi|nhom ho|thon ban) /;

/** True when a row names a village or residential group, which the official unit lists do not hold. */
export function isVillageName(name: string): boolean {
  return isVillageKey(textKey(name));
}

/** The same test on a name's matching key, when the caller already has it. */
export function isVillageKey(key: string): boolean {
  return VILLAGE.test(key);
}

/** Checks every unit name of a summary report against the administrative units of its period and scope. */
export function checkAdminUnits(rows: readonly UnitRow[], ctx: { period: Period; year: number | null; provinceCode?: string }, sink: IssueSink): void {
  let districtCode: string | undefined;
  for (const r of rows) {
    if (r.name.trim() === "" || isVillageName(r.name)) continue;
    const m = matchUnit(r.name, {
      period: ctx.period,
      ...(ctx.year !== null ? { year: ctx.year } : {}),
      ...(ctx.provinceCode ? { provinceCode: ctx.provinceCode } : {}),
      ...(r.kind === "data" && districtCode ? { districtCode } : {}),
      ...(r.code ? { code: r.code } : {}),
      level: r.kind === "subtotal" ? "district" : "any",
    });
    const input = r.name;
    switch (m.kind) {
      case "exact":
      case "historical":
        if (r.kind === "subtotal" || m.unit.level === "district") districtCode = m.unit.code;
        break;
      case "variant":
        if (r.kind === "subtotal" || m.unit.level === "district") districtCode = m.unit.code;
        sink.add("unit-spelling-variant", "info", r.row, r.col, { name: input, canonical: m.canonical }, { input, fix: { value: m.canonical, safe: true } });
        break;
      case "wrong-district":
        sink.add("unit-wrong-district", "error", r.row, r.col, { name: input, district: m.unit.districtName ?? "", listedUnder: m.listedUnder.name }, { input });
        break;
      case "merged":
        sink.add("unit-merged", "warning", r.row, r.col, { name: input, successors: m.successors.map((s) => s.name).join(", ") }, { input });
        break;
      case "near-miss": {
        const names = m.suggestions.map((s) => s.name);
        sink.add("unit-near-miss", "error", r.row, r.col, { name: input, suggestions: names.join(", ") }, { input, ...(names.length === 1 ? { fix: { value: names[0], safe: false } } : {}) });
        break;
      }
      case "out-of-scope":
        sink.add("unit-out-of-scope", "error", r.row, r.col, { name: input, province: m.unit.provinceCode === "10" ? "Lào Cai (cũ)" : m.unit.provinceCode }, { input });
        break;
      case "not-in-year":
        sink.add("unit-not-in-year", "error", r.row, r.col, { name: input, firstSeen: m.firstSeen, lastSeen: m.lastSeen }, { input });
        break;
      case "ambiguous":
        sink.add("unit-ambiguous", "warning", r.row, r.col, { name: input, candidates: m.candidates.map((c) => `${c.name} – ${c.districtName ?? c.code}`).join("; ") }, { input });
        break;
      case "code-mismatch":
        sink.add("unit-code-mismatch", "error", r.row, r.col, { name: input, code: m.code, byCode: m.byCode?.name ?? "" }, { input });
        break;
      case "unknown":
        sink.add("unit-unknown", "error", r.row, r.col, { name: input, period: ctx.period === "after" ? "sau 01/07/2025" : "trước 01/07/2025" }, { input });
    }
  }
}
