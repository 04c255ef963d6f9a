import type { TemplateInput } from "../template.schema";
import { noteField, ordinalField, resultField, yesNoField } from "./common-fields";

type FieldInput = TemplateInput["fields"][number];

const rate = (id: string, label: string, patterns: string[]): FieldInput => ({ id, label, patterns, type: "rate", min: 0, max: 100 });
const yes = (id: string, label: string, patterns: string[]) => yesNoField(id, label, patterns, false);

/**
 * Đánh giá Đơn vị học tập theo Thông tư 24/2023 (templates.md, `don-vi-hoc-tap`, the checklist variant): one row per
 * unit with its level and kind, Có/Không per target and the percentages the checklist needs, the recognition year
 * and the level written. Column ids are the item ids of the TT 24 criteria sets, so each row is judged by the set its
 * "Cấp" names; items for State bodies or education institutions only are judged by the unit's kind.
 */
export const donViHocTapTt24: TemplateInput = {
  id: "don-vi-hoc-tap-tt24",
  title: "Đánh giá Đơn vị học tập theo Thông tư 24/2023",
  titlePatterns: ["don vi hoc tap", "thong tu (so )?24", "muc do"],
  rowKind: "learning-unit",
  titleId: "don-vi-tinh",
  nameField: "unit-name",
  minFields: 6,
  fields: [
    ordinalField,
    { id: "unit-name", label: "Tên đơn vị", patterns: ["^(ten )?(don vi|co quan|co quan don vi|truong|doanh nghiep)( .*)?$"], type: "text", required: true },
    { id: "level", label: "Cấp", patterns: ["^cap( quan ly)?$"], type: "choice", choices: ["cơ sở", "xã", "huyện", "tỉnh"] },
    { id: "unit-type", label: "Loại đơn vị", patterns: ["^loai( don vi| hinh)?$"], type: "text" },
    yes("tc1-ke-hoach", "TC1 — Có kế hoạch học tập hằng năm và thực hiện", ["ke hoach hoc tap"]),
    yes("tc1-che-do", "TC1 — Áp dụng chế độ đào tạo, bồi dưỡng, quy định khuyến khích học tập", ["che do dao tao", "khuyen khich hoc tap"]),
    yes("tc1-kinh-phi", "TC1 — Bố trí đủ kinh phí đào tạo, bồi dưỡng (cơ quan nhà nước)", ["kinh phi"]),
    yes("tc1-cong-cu-so", "TC1 — Có công cụ số phục vụ học tập", ["cong cu so"]),
    yes("tc1-hoat-dong", "TC1 — Tham gia hoạt động phục vụ học tập suốt đời", ["hoat dong phuc vu hoc tap", "hoc tap suot doi"]),
    rate("tc2-ky-luat", "TC2 — Tỷ lệ thành viên chấp hành kỷ luật, đoàn kết (%)", ["ky luat"]),
    rate("tc2-boi-duong", "TC2 — Tỷ lệ thành viên hoàn thành bồi dưỡng bắt buộc (%)", ["hoan thanh boi duong", "boi duong bat buoc"]),
    rate("tc3-cong-dan", "TC3 — Tỷ lệ thành viên đạt Công dân học tập (%)", ["thanh vien dat cong dan hoc tap", "^tc3 .*thanh vien .*cong dan"]),
    rate("tc3-nguoi-hoc", "TC3 — Tỷ lệ người học đạt Công dân học tập (%, cơ sở giáo dục)", ["nguoi hoc"]),
    yes("tc3-chia-se", "TC3 — Có hoạt động chia sẻ tri thức", ["chia se tri thuc"]),
    yes("tc3-lao-dong-tien-tien", "TC3 — Đạt Tập thể lao động tiên tiến trở lên", ["lao dong tien tien"]),
    yes("tc3-chuyen-doi-so", "TC3 — Đạt mức chuyển đổi số (cơ sở giáo dục)", ["chuyen doi so"]),
    yes("tc3-lao-dong-xuat-sac", "TC3 — Đạt Tập thể lao động xuất sắc (Mức độ 2)", ["lao dong xuat sac"]),
    { id: "recognised-year", label: "Năm được công nhận", patterns: ["^nam (duoc )?cong nhan( .*)?$"], type: "year" },
    { id: "recognised-level", label: "Mức độ đã được công nhận", patterns: ["^muc( do)? (da )?(duoc )?cong nhan$"], type: "choice", choices: ["Mức độ 1", "Mức độ 2"] },
    resultField,
    noteField,
  ],
};
