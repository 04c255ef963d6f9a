import { adminData } from "./admin-data";
import type { AdminUnit } from "./admin-unit";
import type { Period } from "./period";
import { officialKeys, type NameKeys } from "./unit-key";

/**
 * Where an entry comes from: "current" is the period's own list (2025-03 list before, new province after), "old" the
 * 2025-03 list seen from after the merger, "history" a name of 2019–2025 that the 2025-03 list no longer carries.
 */
export type Pool = "current" | "old" | "history";

/** One unit (or one historical name of it) with its keys, as seen from one period. */
export interface IndexEntry {
  readonly unit: AdminUnit;
  readonly pool: Pool;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly keys: NameKeys;
}

/** The entries of one period, looked up by loose name key or by code. */
export interface UnitIndex {
  readonly entries: readonly IndexEntry[];
  readonly byLoose: ReadonlyMap<string, readonly IndexEntry[]>;
  readonly byCode: ReadonlyMap<string, readonly IndexEntry[]>;
  readonly firstEdition: string;
  readonly lastEdition: string;
}

const built: Partial<Record<Period, UnitIndex>> = {};

function entry(unit: AdminUnit, pool: Pool, seen?: { firstSeen: string; lastSeen: string }): IndexEntry {
  return { unit, pool, ...(seen ? { firstSeen: seen.firstSeen, lastSeen: seen.lastSeen } : {}), keys: officialKeys(unit.name, unit.type) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function build(period: Period): UnitIndex {
  const data = adminData();
  const seen = new Map(data.versions.map((v) => [v.unit, v] as const));
  const beforePool: Pool = period === "after" ? "old" : "current";
  const entries: IndexEntry[] = [];
  if (period === "after") for (const u of [data.provinceAfter, ...data.communesAfter]) entries.push(entry(u, "current"));
  for (const u of [...data.provincesBefore, ...data.districts, ...data.communesBefore]) entries.push(entry(u, beforePool, seen.get(u)));
  const listed = new Set(data.communesBefore);
  for (const v of data.versions) if (!listed.has(v.unit)) entries.push(entry(v.unit, "history", v));

  const byLoose = new Map<string, IndexEntry[]>();
  const byCode = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    push(byLoose, e.keys.loose, e);
    push(byCode, e.unit.code, e);
  }
  return { entries, byLoose, byCode, firstEdition: data.editions[0], lastEdition: data.editions[data.editions.length - 1] };
}

/** The lookup tables of a period, built on first use. */
export function unitIndex(period: Period): UnitIndex {
  return (built[period] ??= build(period));
}

/** True when the entry's name was in use in the report year (editions are snapshots, so the years at both ends count). */
export function inUseIn(e: IndexEntry, year: number | undefined, idx: UnitIndex): boolean {
  if (year === undefined || e.firstSeen === undefined || e.lastSeen === undefined) return true;
  const fromOk = e.firstSeen === idx.firstEdition || year >= Number(e.firstSeen.slice(0, 4));
  const toOk = e.lastSeen === idx.lastEdition || year <= Number(e.lastSeen.slice(0, 4));
  return fromOk && toOk;
}
