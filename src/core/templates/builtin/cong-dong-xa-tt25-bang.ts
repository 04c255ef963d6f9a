import type { TemplateInput } from "../template.schema";
import { noteField } from "./common-fields";

/**
 * Bảng tự đánh giá Cộng đồng học tập cấp xã theo Thông tư 25/2023 (the dossier's table of one commune): one row per
 * criterion ("1" … "5") and indicator ("1.1", "1.2" …, the set's checklist items in order), the self-assessment as
 * Đạt / Không đạt, the evidence and a note. The commune, the year, the level sought and the year Level 1 was
 * recognised are read from the title lines; the sheet gets one verdict for the commune.
 */
export const congDongXaTt25Bang: TemplateInput = {
  id: "cong-dong-xa-tt25-bang",
  title: "Bảng tự đánh giá Cộng đồng học tập cấp xã theo tiêu chí, chỉ số (Thông tư 25/2023)",
  titlePatterns: ["tu danh gia", "cong dong hoc tap cap xa", "thong tu (so )?25"],
  rowKind: "indicator",
  titleId: "cong-dong-xa",
  nameField: "content",
  minFields: 3,
  fields: [
    { id: "code", label: "TT", patterns: ["^(tt|stt|so tt|so thu tu|ma|ma so|chi so|ma chi so)$"], type: "code" },
    {
      id: "content",
      label: "Tiêu chí / Chỉ số (nội dung)",
      patterns: ["^(ten )?tieu chi( chi (so|tieu))?( .*)?$", "^noi dung( tieu chi| chi so)?( .*)?$"],
      type: "text",
      required: true,
    },
    {
      id: "self-assessment",
      label: "Tự đánh giá (Đạt / Không đạt)",
      patterns: ["^(ket qua )?tu danh gia( .*)?$", "^xa tu danh gia( .*)?$"],
      type: "text",
      required: true,
    },
    { id: "evidence", label: "Minh chứng", patterns: ["^(ma )?minh chung( .*)?$", "^tai lieu minh chung( .*)?$"], type: "text" },
    noteField,
  ],
};
