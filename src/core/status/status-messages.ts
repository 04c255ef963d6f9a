import type { Lang } from "../messages";
import type { Placement } from "./place-unit";
import type { ReceiptCheck } from "./receipt";
import type { UnitStatus } from "./unit-status";

const STATUS: Readonly<Record<Lang, Readonly<Record<UnitStatus, string>>>> = {
  vi: { submitted: "Đã nộp, không lỗi", errors: "Còn lỗi", unchecked: "Không nhận ra biểu mẫu", unreadable: "Không đọc được", missing: "Chưa nộp" },
  en: { submitted: "Submitted, no errors", errors: "Has errors", unchecked: "No template recognised", unreadable: "Unreadable", missing: "Missing" },
};

/** The label of a unit or file status. */
export function statusLabel(s: UnitStatus, lang: Lang = "vi"): string {
  return STATUS[lang][s];
}

/** The receipt line of a file: checked and unchanged, edited since (with how many cells), or not checked with XHHT. */
export function receiptLabel(r: ReceiptCheck, lang: Lang = "vi"): string {
  const vi = lang === "vi";
  switch (r.kind) {
    case "unchanged":
      return vi ? `Đã kiểm tra bằng XHHT lúc ${r.at}, dữ liệu không đổi` : `Checked with XHHT at ${r.at}, data unchanged`;
    case "changed": {
      if (r.cells === 0) return vi ? `Đã sửa sau lần kiểm tra lúc ${r.at}` : `Edited after the check at ${r.at}`;
      const n = r.exact ? `${r.cells}` : vi ? `ít nhất ${r.cells}` : `at least ${r.cells}`;
      return vi ? `Đã sửa sau lần kiểm tra lúc ${r.at} (${n} ô khác)` : `Edited after the check at ${r.at} (${n} cells differ)`;
    }
    case "invalid":
      return vi ? "Biên nhận kiểm tra trong tệp bị hỏng" : "The check receipt in the file is damaged";
    case "none":
      return vi ? "Chưa kiểm tra bằng XHHT" : "Not checked with XHHT";
  }
}

/** A note on how a file was placed: a former unit counted under its new commune, a split unit, an unknown unit. */
export function placementNote(p: Placement, lang: Lang = "vi"): string | null {
  const vi = lang === "vi";
  switch (p.kind) {
    case "roster":
      return p.former ? (vi ? `Báo cáo của ${p.former.name} (đơn vị cũ), tính vào ${p.unit.name}` : `Report of ${p.former.name} (former unit), counted under ${p.unit.name}`) : null;
    case "off-roster":
      return vi ? `${p.unit.name} không có trong danh sách đơn vị phải báo cáo` : `${p.unit.name} is not on the roster`;
    case "split":
      return vi
        ? `${p.former.name} đã chia cho ${p.successors.map((s) => s.name).join(", ")}: hãy chọn đơn vị`
        : `${p.former.name} was split between ${p.successors.map((s) => s.name).join(", ")}: choose the unit`;
    case "other-year":
      return vi ? `Báo cáo năm ${p.year}, không phải năm ${p.listYear}` : `A report of ${p.year}, not of ${p.listYear}`;
    case "unknown":
      return vi ? "Không đọc được tên đơn vị báo cáo: hãy chọn đơn vị" : "The reporting unit could not be read: choose the unit";
  }
}
