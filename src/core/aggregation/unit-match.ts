import type { AdminUnit, Successor } from "./admin-unit";
import type { Period } from "./period";

/** What is known about the row whose unit name is matched. */
export interface MatchContext {
  readonly period: Period;
  /** Report year; before the merger it decides which historical names were in use. */
  readonly year?: number;
  /** Scope: "15" is old Yên Bái before the merger and new Lào Cai after; "10" is old Lào Cai (before only). */
  readonly provinceCode?: string;
  /** The district sub-total the row is listed under (before period). */
  readonly districtCode?: string;
  /** Which levels the row may name; "any" (the default) includes districts and the province. */
  readonly level?: "commune" | "district" | "any";
  /** A unit code written in its own cell; it is used first (names were reused, codes identify). */
  readonly code?: string;
}

/** How a written unit name relates to the unit lists of its period and scope. */
export type UnitMatch =
  /** The official name, as written. */
  | { readonly kind: "exact"; readonly unit: AdminUnit }
  /** A known spelling variant (case, spaces, Hoà/Hòa, Căng/Cang, Si/Xi, missing or abbreviated type); `canonical` is the fix. */
  | { readonly kind: "variant"; readonly unit: AdminUnit; readonly canonical: string }
  /** A real commune listed under a district sub-total it does not belong to. */
  | { readonly kind: "wrong-district"; readonly unit: AdminUnit; readonly listedUnder: AdminUnit }
  /** A unit of the old list named in a report after the merger; `successors` took it over. */
  | { readonly kind: "merged"; readonly unit: AdminUnit; readonly successors: readonly Successor[] }
  /** A unit that existed in the report's year though no longer in the 2025-03 list: correct. */
  | { readonly kind: "historical"; readonly unit: AdminUnit; readonly firstSeen: string; readonly lastSeen: string }
  /** A real name that was not in use in the report's year (created later or gone earlier, per the GSO editions). */
  | { readonly kind: "not-in-year"; readonly unit: AdminUnit; readonly firstSeen: string; readonly lastSeen: string }
  /** No unit of that name, but some within a small edit distance. */
  | { readonly kind: "near-miss"; readonly suggestions: readonly AdminUnit[] }
  /** A real unit of another province than the report's scope. */
  | { readonly kind: "out-of-scope"; readonly unit: AdminUnit }
  /** Several units of the scope carry that name (e.g. two "Xã Tân Thịnh" before the merger); a district or code decides. */
  | { readonly kind: "ambiguous"; readonly candidates: readonly AdminUnit[] }
  /** The code cell names another unit than the name cell (`byCode` null when the code is in no list). */
  | { readonly kind: "code-mismatch"; readonly code: string; readonly byCode: AdminUnit | null; readonly byName: UnitMatch }
  /** Nothing close. */
  | { readonly kind: "unknown" };

/** The kinds of a unit match, for exhaustive switches. */
export type UnitMatchKind = UnitMatch["kind"];
