import type { TemplateInput } from "../template.schema";
import { noteField, ordinalField, resultField, totalPointsField } from "./common-fields";

/** Đánh giá Đơn vị học tập (templates.md, `don-vi-hoc-tap`), points of Thông tư 22/2020 under three criteria. */
export const donViHocTap: TemplateInput = {
  id: "don-vi-hoc-tap",
  title: "Đánh giá Đơn vị học tập",
  titlePatterns: ["don vi hoc tap"],
  rowKind: "learning-unit",
  titleId: "don-vi-co-so",
  nameField: "unit-name",
  minFields: 5,
  fields: [
    ordinalField,
    { id: "unit-name", label: "Tên đơn vị", patterns: ["^(ten )?(don vi|co quan|co quan don vi|truong|doanh nghiep)( .*)?$"], type: "text", required: true },
    { id: "level", label: "Cấp", patterns: ["^cap( quan ly)?$"], type: "choice", choices: ["cơ sở", "xã", "huyện", "tỉnh"] },
    { id: "unit-type", label: "Loại đơn vị", patterns: ["^loai( don vi| hinh)?$"], type: "text" },
    { id: "c1", label: "Tiêu chí 1 — Điều kiện (30)", patterns: ["^(tc|tieu chi) ?1( .*)?$", "dieu kien"], type: "points", min: 0, max: 30, required: true },
    { id: "c2", label: "Tiêu chí 2 — Kết quả của thành viên (30)", patterns: ["^(tc|tieu chi) ?2( .*)?$", "ket qua (hoc tap )?cua (thanh vien|can bo)"], type: "points", min: 0, max: 30, required: true },
    { id: "c3", label: "Tiêu chí 3 — Tác động (40)", patterns: ["^(tc|tieu chi) ?3( .*)?$", "tac dong"], type: "points", min: 0, max: 40, required: true },
    totalPointsField,
    resultField,
    noteField,
  ],
};
