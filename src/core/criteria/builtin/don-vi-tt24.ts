import type { CriteriaSet } from "../criteria-set.schema";
import type { ChecklistRule } from "../rule.schema";
import type { Confidence } from "../threshold.schema";
import { PROVINCE_UNIT_RECOGNISERS } from "./recognisers";
import { LAST_DISTRICT_DAY, PERIOD_IN_FORCE_DISTRICT, PERIOD_IN_FORCE_OPEN } from "./periods";

const pct = (value: number, confidence: Confidence) => ({ value, confidence });

/** The Level 1 / Level 2 checklist of Thông tư 24/2023; `c3` marks criterion 3 (verified for province, P for district). */
function tt24Rule(c3: Confidence): ChecklistRule {
  const up = (c: Confidence): Confidence => (c === "V" ? "I" : c);
  return {
    kind: "checklist",
    levels: [
      { outcome: "level-1", label: "Mức độ 1" },
      { outcome: "level-2", label: "Mức độ 2" },
    ],
    criteria: [
      {
        id: "tc1",
        label: "Tiêu chí 1 — Điều kiện bảo đảm",
        items: [
          { id: "tc1-ke-hoach", label: "Có kế hoạch học tập hằng năm và thực hiện", type: "yes-no", from: "level-1", confidence: "V" },
          { id: "tc1-che-do", label: "Áp dụng chế độ đào tạo, bồi dưỡng và quy định khuyến khích học tập", type: "yes-no", from: "level-1", confidence: "V" },
          { id: "tc1-kinh-phi", label: "Bố trí đủ kinh phí đào tạo, bồi dưỡng hằng năm (cơ quan nhà nước)", type: "yes-no", from: "level-1", confidence: "V", appliesTo: ["state-body"] },
          { id: "tc1-cong-cu-so", label: "Có công cụ số phục vụ học tập", type: "yes-no", from: "level-1", confidence: "V" },
          { id: "tc1-hoat-dong", label: "Tham gia các hoạt động phục vụ học tập suốt đời", type: "yes-no", from: "level-1", confidence: "V" },
        ],
      },
      {
        id: "tc2",
        label: "Tiêu chí 2 — Kết quả học tập của thành viên",
        items: [
          { id: "tc2-ky-luat", label: "Tỷ lệ thành viên chấp hành kỷ luật, đoàn kết", type: "percent", targets: { "level-1": pct(90, "V"), "level-2": pct(95, "P") } },
          { id: "tc2-boi-duong", label: "Tỷ lệ thành viên hoàn thành bồi dưỡng bắt buộc", type: "percent", targets: { "level-1": pct(90, "V"), "level-2": pct(95, "P") } },
        ],
      },
      {
        id: "tc3",
        label: "Tiêu chí 3 — Tác động của học tập",
        items: [
          { id: "tc3-cong-dan", label: "Tỷ lệ thành viên đạt Công dân học tập", type: "percent", targets: { "level-1": pct(90, c3), "level-2": pct(95, up(c3)) } },
          {
            id: "tc3-nguoi-hoc",
            label: "Tỷ lệ người học đạt Công dân học tập (cơ sở giáo dục)",
            type: "percent",
            targets: { "level-1": pct(95, c3), "level-2": pct(97, up(c3)) },
            appliesTo: ["education"],
          },
          { id: "tc3-chia-se", label: "Có hoạt động chia sẻ tri thức", type: "yes-no", from: "level-1", confidence: c3 },
          { id: "tc3-lao-dong-tien-tien", label: "Đạt danh hiệu Tập thể lao động tiên tiến trở lên", type: "yes-no", from: "level-1", confidence: c3 },
          { id: "tc3-chuyen-doi-so", label: "Đạt mức chuyển đổi số theo quy định (cơ sở giáo dục)", type: "yes-no", from: "level-1", confidence: c3, appliesTo: ["education"] },
          { id: "tc3-lao-dong-xuat-sac", label: "Đạt danh hiệu Tập thể lao động xuất sắc", type: "yes-no", from: "level-2", confidence: up(c3) },
        ],
      },
    ],
  };
}

const TT24 = { document: "Thông tư 24/2023/TT-BGDĐT", date: "2023-12-11", issuer: "Bộ Giáo dục và Đào tạo" };

/** Đơn vị học tập cấp tỉnh, Thông tư 24/2023 (in force 26/01/2024): Level 1 [V], Level 2 95%/97% [I; TC2 P]. */
export const donViTinhTt24: CriteriaSet = {
  id: "don-vi-tinh-tt24",
  version: "2024.1",
  title: "don-vi-tinh",
  name: "Đơn vị học tập cấp tỉnh (Thông tư 24/2023/TT-BGDĐT)",
  legalBasis: TT24,
  validFrom: "2024-01-26",
  validTo: null,
  period: PERIOD_IN_FORCE_OPEN,
  recognisers: PROVINCE_UNIT_RECOGNISERS,
  origin: "builtin",
  note: "Mức độ 2 của tiêu chí 2 (95%) chưa xác nhận. Chỉ số chỉ dành cho cơ quan nhà nước hoặc cơ sở giáo dục là không áp dụng với đơn vị loại khác; khi chưa rõ loại đơn vị mà để trống thì là chưa đủ dữ liệu.",
  rule: tt24Rule("V"),
};

/** Đơn vị học tập cấp huyện, Thông tư 24/2023: as province level, criterion 3 provisional [P]. */
export const donViHuyenTt24: CriteriaSet = {
  ...donViTinhTt24,
  id: "don-vi-huyen-tt24",
  title: "don-vi-huyen",
  name: "Đơn vị học tập cấp huyện (Thông tư 24/2023/TT-BGDĐT)",
  validTo: LAST_DISTRICT_DAY,
  period: PERIOD_IN_FORCE_DISTRICT,
  recognisers: undefined,
  note: "Tiêu chí 3 cấp huyện tạm lấy như cấp tỉnh (chưa xác nhận); Mức độ 2 của tiêu chí 2 chưa xác nhận.",
  rule: tt24Rule("P"),
};
