import { textKey } from "../cells";
import { unitByCode } from "../aggregation/admin-data";
import { matchUnit } from "../aggregation/match-unit";
import { periodOfYear } from "../aggregation/period";
import type { UnitMatch } from "../aggregation/unit-match";
import type { Roster, RosterUnit } from "../province/profile.schema";

/** Where a file's unit stands against the roster (vị trí trong danh sách). */
export type Placement =
  /** A roster unit; `former` is the old unit the file names when it reported before the merger. */
  | { readonly kind: "roster"; readonly unit: RosterUnit; readonly former?: RosterUnit }
  /** A real unit that is not on the roster of the year (listed apart). */
  | { readonly kind: "off-roster"; readonly unit: RosterUnit }
  /** A former unit split between several new communes: flagged, never guessed. */
  | { readonly kind: "split"; readonly former: RosterUnit; readonly successors: readonly RosterUnit[] }
  /** A report of another year than the list's (listed apart, never counted). */
  | { readonly kind: "other-year"; readonly year: number; readonly listYear: number }
  /** No unit could be read. */
  | { readonly kind: "unknown" };

const TYPE_WORDS = /^(?:ubnd )?(xa|phuong|thi tran|thi xa|thanh pho|huyen|tinh) /;
const bare = (name: string): string => textKey(name).replace(TYPE_WORDS, "");

/** A name lookup of one roster: full key and key without the type word ("xa lam giang", "lam giang"). */
export interface RosterIndex {
  readonly roster: Roster;
  readonly byCode: ReadonlyMap<string, RosterUnit>;
  readonly byKey: ReadonlyMap<string, readonly RosterUnit[]>;
}

/** Indexes a roster by code and name keys. */
export function indexRoster(roster: Roster): RosterIndex {
  const byKey = new Map<string, RosterUnit[]>();
  const add = (k: string, u: RosterUnit) => {
    const list = byKey.get(k) ?? [];
    if (!list.includes(u)) list.push(u);
    byKey.set(k, list);
  };
  for (const u of roster.units) {
    add(textKey(u.name), u);
    add(bare(u.name), u);
  }
  return { roster, byCode: new Map(roster.units.map((u) => [u.code, u])), byKey };
}

const plain = (u: { code: string; name: string }): RosterUnit => ({ code: u.code, name: u.name });

/** The placement an administrative-unit match gives on a roster; null when the match names no unit. */
export function placementOfMatch(m: UnitMatch, idx: RosterIndex): Placement | null {
  switch (m.kind) {
    case "exact":
    case "variant":
    case "historical": {
      const on = idx.byCode.get(m.unit.code);
      return on ? { kind: "roster", unit: on } : { kind: "off-roster", unit: plain(m.unit) };
    }
    case "merged": {
      if (m.successors.length !== 1) return { kind: "split", former: plain(m.unit), successors: m.successors.map(plain) };
      const on = idx.byCode.get(m.successors[0].code);
      return on ? { kind: "roster", unit: on, former: plain(m.unit) } : { kind: "off-roster", unit: plain(m.unit) };
    }
    case "out-of-scope":
      return { kind: "off-roster", unit: plain(m.unit) };
    default:
      return null;
  }
}

/**
 * Places a written unit name on the roster of a report year: the roster's own names first (any province's roster),
 * then the administrative-unit lists (spelling variants, names of the year, former units after the merger, which
 * count under their new commune). Provinces are tried in order, the profile's first.
 */
export function placeUnit(text: string, idx: RosterIndex, year: number, provinceCodes: readonly string[]): Placement | null {
  const key = textKey(text);
  // A written type word must agree ("Tỉnh Yên Bái" is not "Phường Yên Bái"); a bare name may match either.
  for (const k of TYPE_WORDS.test(`${key} `) && bare(text) !== key ? [key] : [key, bare(text)]) {
    const hits = idx.byKey.get(k) ?? [];
    if (hits.length === 1) return { kind: "roster", unit: hits[0] };
    if (hits.length > 1) return null;
  }
  const period = periodOfYear(year);
  const written = TYPE_WORDS.exec(`${key} `)?.[1];
  for (const provinceCode of provinceCodes) {
    const m = matchUnit(text, { period, year, provinceCode, level: "commune" });
    // The lists forgive a missing or abbreviated type word, not a different one.
    if (written !== undefined && "unit" in m && !textKey(m.unit.name).startsWith(`${written} `)) continue;
    const placed = placementOfMatch(m, idx);
    if (placed !== null) return placed;
  }
  return null;
}

/**
 * Places a file by the words of its name: the longest run of words that names a unit wins ("bc xa lam giang van yen"
 * → Xã Lâm Giang); runs of one word are not tried, they name too many places.
 */
export function placeByWords(words: string, idx: RosterIndex, year: number, provinceCodes: readonly string[]): Placement | null {
  const w = words.split(" ");
  for (let len = Math.min(w.length, 6); len >= 2; len--) {
    for (let i = 0; i + len <= w.length; i++) {
      const placed = placeUnit(w.slice(i, i + len).join(" "), idx, year, provinceCodes);
      if (placed !== null) return placed;
    }
  }
  return w.length === 1 ? (placeUnit(w[0], idx, year, provinceCodes) ?? null) : null;
}

/** The province codes whose units a roster holds (old Yên Bái and old Lào Cai before the merger), the profile's first. */
export function rosterProvinces(idx: RosterIndex, year: number, profileCode: string): string[] {
  const period = periodOfYear(year);
  const codes = new Set<string>([profileCode]);
  for (const u of idx.roster.units) {
    const known = unitByCode(u.code, period);
    if (known) codes.add(known.provinceCode);
  }
  return [...codes];
}
