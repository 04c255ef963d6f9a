import type { TemplateInput } from "../template.schema";
import { noteField, ordinalField, resultField, yesNoField } from "./common-fields";

/** Danh sách thôn, tổ dân phố — Cộng đồng học tập cấp thôn (templates.md, `cong-dong-hoc-tap-thon`). */
export const congDongHocTapThon: TemplateInput = {
  id: "cong-dong-hoc-tap-thon",
  title: "Danh sách thôn, tổ dân phố học tập",
  titlePatterns: ["cong dong hoc tap", "thon"],
  rowKind: "village",
  titleId: "cong-dong-thon",
  nameField: "village-name",
  minFields: 5,
  fields: [
    ordinalField,
    {
      id: "village-name",
      label: "Tên thôn, tổ dân phố",
      patterns: ["^(ten )?(thon|ban|to dan pho|thon ban|thon to dan pho|thon ban to dan pho)$", "^ten (thon|ban|to dan pho)"],
      type: "text",
      required: true,
    },
    { id: "households", label: "Tổng số hộ", patterns: ["^tong so ho( .*)?$", "^so ho$"], type: "count", required: true },
    {
      id: "recognised-households",
      label: "Số hộ Gia đình học tập",
      patterns: ["^so ho (dat|duoc cong nhan|cong nhan)( .*)?$", "^so ho gia dinh hoc tap", "gia dinh hoc tap"],
      abbreviations: ["gđht"],
      type: "count",
      required: true,
    },
    { id: "rate", label: "Tỷ lệ", patterns: ["^(ty|ti) le( .*)?$"], type: "rate" },
    yesNoField("cultural-village", "Danh hiệu thôn văn hóa", ["van hoa"]),
    yesNoField("association-active", "Chi hội khuyến học hoạt động", ["chi hoi khuyen hoc", "khuyen hoc"], false),
    resultField,
    noteField,
  ],
};
