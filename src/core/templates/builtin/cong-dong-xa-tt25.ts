import type { TemplateInput } from "../template.schema";
import { noteField, ordinalField, resultField, yesNoField } from "./common-fields";

const yes = (id: string, label: string, patterns: string[]) => yesNoField(id, label, patterns, false);

/**
 * Tự đánh giá Cộng đồng học tập cấp xã theo Thông tư 25/2023: one row per commune (xã, phường) with Đạt/Không đạt per
 * indicator of the built-in TT 25 set (the indicators read [V]; criteria 3–5 and Level 2 as the province fills them
 * in [P]), the year of the last recognition and its level, and the level written. Column ids are the set's item ids.
 */
export const congDongXaTt25: TemplateInput = {
  id: "cong-dong-xa-tt25",
  title: "Tự đánh giá Cộng đồng học tập cấp xã theo Thông tư 25/2023",
  titlePatterns: ["cong dong hoc tap cap xa", "thong tu (so )?25", "tu danh gia"],
  rowKind: "unit",
  titleId: "cong-dong-xa",
  nameField: "unit-name",
  minFields: 6,
  fields: [
    ordinalField,
    { id: "unit-name", label: "Tên xã, phường", patterns: ["^ten (xa|phuong|don vi)( .*)?$", "^(xa|phuong|xa phuong|xa, phuong)$"], type: "text", required: true },
    yes("tc1-tuyen-truyen", "TC1 — Tuyên truyền nâng cao nhận thức", ["tuyen truyen"]),
    yes("tc1-chuong-trinh", "TC1 — Có chương trình, kế hoạch hằng năm và thực hiện", ["chuong trinh"]),
    yes("tc1-tuan-le", "TC1 — Tổ chức, báo cáo Tuần lễ học tập suốt đời", ["tuan le"]),
    yes("tc2-kinh-phi", "TC2 — Bố trí đủ kinh phí", ["kinh phi"]),
    yes("tc2-xa-hoi-hoa", "TC2 — Huy động xã hội hóa", ["xa hoi hoa"]),
    yes("tc2-phoi-hop", "TC2 — Phối hợp Hội Khuyến học, đoàn thể, trường học, thiết chế văn hóa", ["phoi hop"]),
    yes("tc3-hieu-qua", "TC3 — Trung tâm học tập cộng đồng, thư viện, văn hóa – thể thao hoạt động hiệu quả", ["trung tam hoc tap cong dong", "thu vien"]),
    yes("tc4-muc-1", "TC4 — Phổ cập giáo dục, xóa mù chữ đạt Mức độ 1", ["pho cap .*muc( do)? ?1", "xoa mu chu .*muc( do)? ?1"]),
    yes("tc4-muc-2", "TC4 — Phổ cập giáo dục, xóa mù chữ đạt Mức độ 2", ["pho cap .*muc( do)? ?2", "xoa mu chu .*muc( do)? ?2"]),
    yes("tc5-muc-1", "TC5 — Tác động của xây dựng cộng đồng học tập đạt Mức độ 1", ["tac dong .*muc( do)? ?1"]),
    yes("tc5-muc-2", "TC5 — Tác động của xây dựng cộng đồng học tập đạt Mức độ 2", ["tac dong .*muc( do)? ?2"]),
    { id: "recognised-year", label: "Năm được công nhận", patterns: ["^nam (duoc )?cong nhan( .*)?$"], type: "year" },
    { id: "recognised-level", label: "Mức độ đã được công nhận", patterns: ["^muc( do)? (da )?(duoc )?cong nhan$"], type: "choice", choices: ["Mức độ 1", "Mức độ 2"] },
    resultField,
    noteField,
  ],
};
