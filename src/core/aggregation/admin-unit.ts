/** The level of an administrative unit: tỉnh, huyện (before 2025-07 only) or xã / phường / thị trấn. */
export type UnitLevel = "province" | "district" | "commune";

/** An administrative unit (đơn vị hành chính) with its General Statistics Office code, as listed in one period. */
export interface AdminUnit {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly level: UnitLevel;
  readonly districtCode?: string;
  readonly districtName?: string;
  readonly provinceCode: string;
}

/** A new commune that took over (part of) an old one, with the confidence of that mapping. */
export interface Successor {
  readonly code: string;
  readonly name: string;
  readonly confidence: string;
}

/** One name of a commune in the GSO editions 2019–2025, with the first and last edition that show it. */
export interface UnitVersion {
  readonly unit: AdminUnit;
  readonly firstSeen: string;
  readonly lastSeen: string;
}
