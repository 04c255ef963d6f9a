import type { TemplateInput } from "../template.schema";
import { noteField, ordinalField, resultField, totalPointsField, villageField } from "./common-fields";

/** The ten indicators CS1…CS10 of QĐ 324/QĐ-KHVN, each scored 0–10. */
const INDICATORS = Array.from({ length: 10 }, (_, i) => ({
  id: `cs${i + 1}`,
  label: `CS${i + 1}`,
  patterns: [`^(cs|chi so|tieu chi|tc|cs so) ?${i + 1}( .*)?$`],
  type: "score" as const,
  min: 0,
  max: 10,
  required: true,
}));

/** Danh sách đánh giá Công dân học tập (templates.md, `cong-dan-hoc-tap`). */
export const congDanHocTap: TemplateInput = {
  id: "cong-dan-hoc-tap",
  title: "Danh sách đánh giá Công dân học tập",
  titlePatterns: ["cong dan hoc tap"],
  rowKind: "person",
  titleId: "cong-dan",
  nameField: "full-name",
  minFields: 8,
  fields: [
    ordinalField,
    { id: "full-name", label: "Họ và tên", patterns: ["^(ho (va )?ten|ho ten cong dan|ten)$"], type: "text", required: true },
    { id: "birth-year", label: "Năm sinh", patterns: ["^(nam sinh|ngay sinh|ngay thang nam sinh)$"], type: "year", required: true },
    { id: "gender", label: "Giới tính", patterns: ["^(gioi tinh|nam nu|nam\\/nu)$"], type: "choice", choices: ["Nam", "Nữ"] },
    {
      id: "subject-group",
      label: "Nhóm đối tượng",
      patterns: ["^(nhom )?doi tuong( .*)?$", "^nhom$"],
      type: "choice",
      choices: ["1", "2", "3", "4"],
    },
    villageField,
    ...INDICATORS,
    totalPointsField,
    resultField,
    noteField,
  ],
};
