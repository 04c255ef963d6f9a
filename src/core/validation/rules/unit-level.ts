import { textKey } from "../../cells";
import type { TitleId, UnitKind } from "../../criteria";

/**
 * The learning-unit title a "Cấp" cell names (criteria.md, "The titles"): a unit a commune manages (cơ sở, xã, phường)
 * is `don-vi-co-so` (QĐ 448), a district-level unit `don-vi-huyen`, a province-level unit `don-vi-tinh` (Thông tư
 * 22/2020, then 24/2023). Null when the text names no level.
 */
export function unitTitleOfLevel(text: string): TitleId | null {
  const k = textKey(text).replace(/^cap /, "");
  if (/^(co so|xa|phuong|dac khu|xa phuong)$/.test(k)) return "don-vi-co-so";
  if (/^(huyen|quan|thi xa|thanh pho thuoc tinh)$/.test(k)) return "don-vi-huyen";
  if (/^tinh$/.test(k)) return "don-vi-tinh";
  return null;
}

const KINDS: readonly (readonly [RegExp, UnitKind])[] = [
  [/(truong|giao duc|hoc vien|dai hoc|cao dang|mam non|mau giao|tieu hoc|trung hoc|gdnn|gdtx|nha tre)/, "education"],
  [/(doanh nghiep|cong ty|hop tac xa|tap doan)/, "enterprise"],
  [/(co quan|ubnd|uy ban|^so |^phong |hdnd|hoi dong nhan dan|dang uy|mat tran)/, "state-body"],
  [/(don vi su nghiep|benh vien|trung tam|tram |hoi |doan the|to chuc)/, "other"],
];

/**
 * The kinds of a unit from its "Loại đơn vị" text (trường học → education, cơ quan nhà nước → State body, doanh
 * nghiệp → enterprise); undefined when the text is empty or names no known kind, so no item is guessed inapplicable.
 */
export function unitKindsOf(text: string | null | undefined): UnitKind[] | undefined {
  if (!text) return undefined;
  const k = textKey(text);
  const kinds = KINDS.filter(([re]) => re.test(k)).map(([, kind]) => kind);
  return kinds.length ? [...new Set(kinds)] : undefined;
}
