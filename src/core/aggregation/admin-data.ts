import type { AdminUnit, Successor, UnitLevel, UnitVersion } from "./admin-unit";
import { adminUnitsFileSchema, type AdminUnitsFile } from "./admin-units.schema";
import raw from "./data/admin-units.json";
import type { Period } from "./period";

/** The unit lists of both periods, read once from the embedded file. */
export interface AdminData {
  readonly editions: readonly string[];
  readonly provincesBefore: readonly AdminUnit[];
  readonly districts: readonly AdminUnit[];
  readonly communesBefore: readonly AdminUnit[];
  readonly versions: readonly UnitVersion[];
  readonly provinceAfter: AdminUnit;
  readonly communesAfter: readonly AdminUnit[];
  readonly oldToNew: ReadonlyMap<string, readonly Successor[]>;
  readonly before: ReadonlyMap<string, AdminUnit>;
  readonly after: ReadonlyMap<string, AdminUnit>;
}

/** Code of the old Yên Bái province, and of the new Lào Cai province after 2025-07-01. */
export const YEN_BAI_CODE = "15";
/** Code of the old Lào Cai province before 2025-07-01. */
export const OLD_LAO_CAI_CODE = "10";
/** Code of the new Lào Cai province (after 2025-07-01). */
export const NEW_LAO_CAI_CODE = "15";

let cached: AdminData | null = null;

/** The embedded unit lists, validated with zod on first use (a malformed file is a bug and throws). */
export function adminData(): AdminData {
  if (cached === null) cached = build(adminUnitsFileSchema.parse(raw));
  return cached;
}

function typeOf(name: string): string {
  return name.startsWith("Tỉnh ") ? "Tỉnh" : (name.split(" ")[0] ?? "");
}

function build(file: AdminUnitsFile): AdminData {
  const provincesBefore: AdminUnit[] = [];
  const districts: AdminUnit[] = [];
  const communesBefore: AdminUnit[] = [];
  for (const p of file.before.provinces) {
    provincesBefore.push(Object.freeze({ code: p.code, name: p.name, type: p.type, level: "province", provinceCode: p.code }));
    for (const d of p.districts) {
      districts.push(Object.freeze({ code: d.code, name: d.name, type: d.type, level: "district", provinceCode: p.code }));
      for (const c of d.communes) {
        communesBefore.push(
          Object.freeze({ code: c.code, name: c.name, type: c.type, level: "commune", districtCode: d.code, districtName: d.name, provinceCode: p.code }),
        );
      }
    }
  }
  const before = new Map<string, AdminUnit>();
  for (const u of [...provincesBefore, ...districts, ...communesBefore]) before.set(u.code, u);

  const lastEdition = file.history.editions[file.history.editions.length - 1];
  const versions: UnitVersion[] = file.history.units.map((h) => {
    const current = before.get(h.code);
    const same = h.lastSeen === lastEdition && current !== undefined && current.name === h.name && current.districtCode === h.districtCode;
    const unit: AdminUnit = same
      ? current
      : Object.freeze({ code: h.code, name: h.name, type: h.type, level: "commune", districtCode: h.districtCode, districtName: h.district, provinceCode: h.provinceCode });
    return Object.freeze({ unit, firstSeen: h.firstSeen, lastSeen: h.lastSeen });
  });

  const p = file.after.province;
  const provinceAfter: AdminUnit = Object.freeze({ code: p.code, name: p.name, type: typeOf(p.name), level: "province", provinceCode: p.code });
  const communesAfter = p.communes.map((c): AdminUnit => Object.freeze({ code: c.code, name: c.name, type: c.type, level: "commune", provinceCode: p.code }));
  const after = new Map<string, AdminUnit>([[provinceAfter.code, provinceAfter], ...communesAfter.map((u) => [u.code, u] as const)]);

  const oldToNew = new Map<string, readonly Successor[]>();
  for (const [code, list] of Object.entries(file.oldToNew)) oldToNew.set(code, Object.freeze(list.map((s) => Object.freeze({ ...s }))));

  return { editions: file.history.editions, provincesBefore, districts, communesBefore, versions, provinceAfter, communesAfter, oldToNew, before, after };
}

/** The new commune(s) that took over an old commune of the 2025-03 list (empty when the code is not an old commune). */
export function successorsOf(oldCode: string): readonly Successor[] {
  return adminData().oldToNew.get(oldCode.trim()) ?? [];
}

/** The district an old commune belonged to in the 2025-03 list, or null. */
export function districtOf(communeCode: string): AdminUnit | null {
  const data = adminData();
  const c = data.before.get(communeCode.trim());
  if (c === undefined || c.level !== "commune" || c.districtCode === undefined) return null;
  return data.before.get(c.districtCode) ?? null;
}

/** The unit with this code in a period's list (the 2025-03 list before, the new province after), or null. */
export function unitByCode(code: string, period: Period): AdminUnit | null {
  const data = adminData();
  return (period === "after" ? data.after : data.before).get(code.trim()) ?? null;
}

/** Every name a commune code carried in the GSO editions 2019–2025, oldest first. */
export function versionsOf(code: string): readonly UnitVersion[] {
  const key = code.trim();
  return adminData()
    .versions.filter((v) => v.unit.code === key)
    .sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
}

/** The units a report of a period and province may name, at one level or all ("15" = old Yên Bái before, new Lào Cai after). */
export function unitsInScope(period: Period, provinceCode?: string, level: UnitLevel | "any" = "commune"): readonly AdminUnit[] {
  const data = adminData();
  const wanted = (u: AdminUnit): boolean => level === "any" || u.level === level;
  if (period === "after") {
    if (provinceCode !== undefined && provinceCode !== data.provinceAfter.code) return [];
    return [data.provinceAfter, ...data.communesAfter].filter(wanted);
  }
  const scope = provinceCode ?? YEN_BAI_CODE;
  return [...data.provincesBefore, ...data.districts, ...data.communesBefore].filter((u) => u.provinceCode === scope && wanted(u));
}
