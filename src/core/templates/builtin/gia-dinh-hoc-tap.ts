import type { TemplateInput } from "../template.schema";
import { noteField, ordinalField, resultField, totalPointsField, villageField } from "./common-fields";

/** Danh sách gia đình đăng ký / đề nghị công nhận Gia đình học tập (templates.md, `gia-dinh-hoc-tap`). */
export const giaDinhHocTap: TemplateInput = {
  id: "gia-dinh-hoc-tap",
  title: "Danh sách gia đình học tập",
  titlePatterns: ["gia dinh hoc tap"],
  rowKind: "household",
  titleId: "gia-dinh",
  nameField: "household-head",
  minFields: 5,
  fields: [
    ordinalField,
    { id: "household-head", label: "Họ tên chủ hộ", patterns: ["^(ho (va )?ten )?chu ho$", "^ho (va )?ten chu ho", "^ten chu ho$"], type: "text", required: true },
    villageField,
    { id: "members", label: "Số thành viên", patterns: ["^so (thanh vien|nhan khau|nguoi)( .*)?$"], type: "count" },
    { id: "tc1", label: "TC1 Học tập của trẻ em", patterns: ["^(tc|tieu chi) ?1( .*)?$", "hoc tap cua tre em"], type: "points", min: 0, max: 30, required: true },
    { id: "tc2", label: "TC2 Học tập của người lớn", patterns: ["^(tc|tieu chi) ?2( .*)?$", "hoc tap cua nguoi lon"], type: "points", min: 0, max: 30, required: true },
    { id: "tc3", label: "TC3 Điều kiện học tập", patterns: ["^(tc|tieu chi) ?3( .*)?$", "dieu kien hoc tap"], type: "points", min: 0, max: 20, required: true },
    { id: "tc4", label: "TC4 Tác động của học tập", patterns: ["^(tc|tieu chi) ?4( .*)?$", "tac dong"], type: "points", min: 0, max: 20, required: true },
    totalPointsField,
    resultField,
    noteField,
  ],
};
