import type { TemplateInput } from "../template.schema";
import { noteField, ordinalField, resultField, villageField, yesNoField } from "./common-fields";

/** Danh sách dòng họ học tập (templates.md, `dong-ho-hoc-tap`). */
export const dongHoHocTap: TemplateInput = {
  id: "dong-ho-hoc-tap",
  title: "Danh sách dòng họ học tập",
  titlePatterns: ["dong ho hoc tap"],
  rowKind: "clan",
  titleId: "dong-ho",
  nameField: "clan-name",
  minFields: 5,
  fields: [
    ordinalField,
    { id: "clan-name", label: "Tên dòng họ", patterns: ["^(ten )?(dong ho|chi toc|dong ho chi phai|ho)( .*)?$"], type: "text", required: true },
    villageField,
    { id: "households", label: "Tổng số hộ", patterns: ["^tong so ho( .*)?$", "^so ho$"], type: "count", required: true },
    {
      id: "recognised-households",
      label: "Số hộ đạt Gia đình học tập",
      patterns: ["^so ho (dat|duoc cong nhan|cong nhan)( .*)?$", "gia dinh hoc tap"],
      abbreviations: ["gđht"],
      type: "count",
      required: true,
    },
    { id: "rate", label: "Tỷ lệ", patterns: ["^(ty|ti) le( .*)?$"], type: "rate" },
    yesNoField("has-fund", "Có quỹ khuyến học", ["quy khuyen hoc"]),
    yesNoField("has-rules", "Có quy ước khuyến học", ["quy uoc"]),
    resultField,
    noteField,
  ],
};
