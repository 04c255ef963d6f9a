import type { RollupNote } from "../aggregation";
import type { Lang } from "./index";

const names = (n: RollupNote) => n.units.map((u) => u.name).join(", ");

/** The message of a roll-up note (ghi chú tổng hợp) in a language. Exhaustive over the note codes. */
export function rollupNoteMessage(n: RollupNote, lang: Lang = "vi"): string {
  const en = lang === "en";
  const who = `"${n.unitName}"`;
  switch (n.code) {
    case "unit-unknown":
      return en ? `${who} is not an administrative unit; its numbers are not in the roll-up.` : `${who} không có trong danh mục đơn vị hành chính; số liệu không được cộng.`;
    case "unit-ambiguous":
      return en ? `${who} matches several units (${names(n)}); add the unit code.` : `${who} trùng tên nhiều đơn vị (${names(n)}); cần ghi mã đơn vị.`;
    case "unit-out-of-scope":
      return en ? `${who} belongs to another province; not rolled up.` : `${who} thuộc tỉnh khác; không cộng vào.`;
    case "unit-code-mismatch":
      return en ? `${who}: the code and the name point to different units.` : `${who}: mã và tên đơn vị không khớp nhau.`;
    case "unit-not-in-year":
      return en ? `${who} did not exist in the report's year.` : `${who} không tồn tại trong năm báo cáo.`;
    case "subtotal-skipped":
      return en ? `${who} is a sub-total row; its communes are counted instead.` : `${who} là hàng cộng của huyện; chỉ cộng các xã của nó.`;
    case "duplicate-unit":
      return en ? `${who} appears in more than one file or row; counted in each.` : `${who} có trong nhiều tệp hoặc nhiều hàng; đã cộng tất cả, cần kiểm tra.`;
    case "mapped-to-successor":
      return en ? `${who} (former unit) counted under ${names(n)}.` : `${who} (đơn vị cũ) được cộng vào ${names(n)}.`;
    case "split-successors":
      return en ? `${who} was split between ${names(n)} and cannot be divided; kept as its own line.` : `${who} đã chia cho ${names(n)}, không tách được số liệu; giữ thành một dòng riêng.`;
    case "no-successor":
      return en ? `${who} has no known successor commune.` : `${who} không rõ xã mới tiếp nhận.`;
    case "cannot-map-to-old-list":
      return en ? `${who} is a new commune and cannot be placed in the old district list.` : `${who} là xã mới, không xếp được vào danh sách huyện cũ.`;
    case "no-districts-after-merger":
      return en ? "There are no districts after 2025-07-01; rolled up by commune instead." : "Từ 01/07/2025 không còn cấp huyện; đã tổng hợp theo xã.";
  }
}
