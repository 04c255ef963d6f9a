import { adminData, unitByCode, YEN_BAI_CODE } from "./admin-data";
import type { AdminUnit } from "./admin-unit";
import { matchUnit, successorsOfUnit } from "./match-unit";
import type { RollupNote, RollupNoteCode, RollupOptions, RollupRow } from "./rollup-types";
import type { UnitMatch } from "./unit-match";

/** The line a row's counts go to. */
export interface Target {
  readonly key: string;
  readonly kind: "unit" | "split";
  readonly code: string;
  readonly name: string;
}

/** Where one row goes: a target (or the grand total only), the unit identity for duplicate checks, and notes. */
export interface Placement {
  readonly target: Target | "total-only" | null;
  readonly identity: string | null;
  readonly notes: readonly RollupNote[];
}

type Named = Pick<AdminUnit, "code" | "name">;

function note(row: RollupRow, code: RollupNoteCode, placed: boolean, units: readonly Named[] = []): RollupNote {
  return {
    code,
    source: row.source,
    unitName: row.unitName,
    ...(row.unitCode !== undefined ? { unitCode: row.unitCode } : {}),
    placed,
    units: units.map((u) => ({ code: u.code, name: u.name })),
  };
}

const unplaced = (notes: RollupNote[]): Placement => ({ target: null, identity: null, notes });
const unitTarget = (u: Named): Target => ({ key: u.code, kind: "unit", code: u.code, name: u.name });

/** The unit a match names, or the note saying why there is none. */
function resolved(m: UnitMatch, row: RollupRow, oldIntoNew: boolean): { unit: AdminUnit; notes: RollupNote[] } | RollupNote {
  switch (m.kind) {
    case "exact":
    case "variant":
    case "historical":
    case "wrong-district":
    case "merged":
      return { unit: m.unit, notes: [] };
    case "not-in-year":
      return { unit: m.unit, notes: [note(row, "unit-not-in-year", true, [m.unit])] };
    case "out-of-scope":
      // Old Lào Cai communes belong to the new province, so an old report of either province feeds a new roll-up.
      return oldIntoNew ? { unit: m.unit, notes: [] } : note(row, "unit-out-of-scope", false, [m.unit]);
    case "ambiguous":
      return note(row, "unit-ambiguous", false, m.candidates);
    case "near-miss":
      return note(row, "unit-unknown", false, m.suggestions);
    case "code-mismatch":
      return note(row, "unit-code-mismatch", false, m.byCode ? [m.byCode] : []);
    case "unknown":
      return note(row, "unit-unknown", false);
  }
}

function afterTarget(row: RollupRow, unit: AdminUnit, isNewUnit: boolean, notes: RollupNote[]): Target | null {
  if (isNewUnit) return unitTarget(unit);
  const successors = successorsOfUnit(unit);
  if (successors.length === 0) {
    notes.push(note(row, "no-successor", false, [unit]));
    return null;
  }
  if (successors.length > 1) {
    notes.push(note(row, "split-successors", true, successors));
    return { key: `split:${unit.code}`, kind: "split", code: unit.code, name: unit.name };
  }
  const s = successors[0];
  notes.push(note(row, "mapped-to-successor", true, [s]));
  return unitTarget(unitByCode(s.code, "after") ?? s);
}

function beforeTarget(unit: AdminUnit, opts: RollupOptions): Target {
  if (opts.by === "commune") return unitTarget(unit);
  const data = adminData();
  if (opts.by === "province") return unitTarget(data.before.get(opts.provinceCode ?? YEN_BAI_CODE) ?? unit);
  const district = data.before.get(unit.districtCode ?? "");
  return unitTarget(district ?? { code: unit.districtCode ?? "", name: unit.districtName ?? "" });
}

/** Decides where one row's counts go in a roll-up, mapping old communes to new ones when the roll-up is after the merger. */
export function placeRow(row: RollupRow, opts: RollupOptions): Placement {
  const rowPeriod = row.period ?? opts.period;
  if (rowPeriod === "after" && opts.period === "before") return unplaced([note(row, "cannot-map-to-old-list", false)]);
  const year = row.year ?? opts.year;
  const m = matchUnit(row.unitName, {
    period: rowPeriod,
    ...(year !== undefined ? { year } : {}),
    ...(opts.provinceCode !== undefined && rowPeriod === opts.period ? { provinceCode: opts.provinceCode } : {}),
    ...(row.unitCode !== undefined ? { code: row.unitCode } : {}),
    level: "any",
  });
  const r = resolved(m, row, rowPeriod === "before" && opts.period === "after");
  if (!("unit" in r)) return unplaced([r]);
  const notes = r.notes;
  if (r.unit.level !== "commune") return unplaced([...notes, note(row, "subtotal-skipped", false, [r.unit])]);
  const identity = `${rowPeriod}:${r.unit.code}`;
  if (opts.period === "before") return { target: beforeTarget(r.unit, opts), identity, notes };
  const isNewUnit = rowPeriod === "after" && (m.kind === "exact" || m.kind === "variant");
  const target = afterTarget(row, r.unit, isNewUnit, notes);
  if (target === null) return unplaced(notes);
  if (opts.by === "commune") return { target, identity, notes };
  if (opts.by === "province") return { target: unitTarget(adminData().provinceAfter), identity, notes };
  return { target: "total-only", identity, notes };
}
