import type { CriteriaSet } from "../criteria-set.schema";
import type { PointsRule } from "../rule.schema";
import type { Confidence } from "../threshold.schema";
import { PERIOD_448 } from "./periods";

const TT22 = { document: "Thông tư 22/2020/TT-BGDĐT", date: null, issuer: "Bộ Giáo dục và Đào tạo" };

/** The 30/30/40 points of Thông tư 22/2020 with bands Tốt 85, Khá 70, Trung bình 50; `c` marks the verified values. */
function tt22Rule(c: Confidence): PointsRule {
  const t = (value: number, confidence: Confidence = c) => ({ value, confidence });
  return {
    kind: "points",
    groups: [
      {
        id: "c1",
        short: "TC1",
        label: "TC1 — Điều kiện bảo đảm",
        max: t(30),
        acceptsTotal: true,
        items: [
          { id: "c1-1", short: "TC1.1", label: "TC1.1 — Kế hoạch học tập", max: t(10) },
          { id: "c1-2", short: "TC1.2", label: "TC1.2 — Quy định, chế độ khuyến khích học tập", max: t(10) },
          { id: "c1-3", short: "TC1.3", label: "TC1.3 — Nguồn lực bảo đảm", max: t(10) },
        ],
      },
      {
        id: "c2",
        short: "TC2",
        label: "TC2 — Kết quả học tập của thành viên",
        max: t(30),
        acceptsTotal: true,
        items: [
          { id: "c2-1", short: "TC2.1", label: "TC2.1 — Có kế hoạch tự học", max: t(10) },
          { id: "c2-2", short: "TC2.2", label: "TC2.2 — Chấp hành kỷ luật", max: t(5) },
          { id: "c2-3", short: "TC2.3", label: "TC2.3 — Hoàn thành bồi dưỡng bắt buộc", max: t(10) },
          { id: "c2-4", short: "TC2.4", label: "TC2.4 — Đạt từ Lao động tiên tiến", max: t(5) },
        ],
      },
      {
        id: "c3",
        short: "TC3",
        label: "TC3 — Tác động của học tập",
        max: t(40),
        acceptsTotal: true,
        items: [
          { id: "c3-1", short: "TC3.1", label: "TC3.1 — Thành viên đạt phẩm chất công dân học tập", max: t(25) },
          { id: "c3-2", short: "TC3.2", label: "TC3.2 — Các nội dung còn lại (chưa xác nhận)", max: t(15, "P") },
        ],
      },
    ],
    total: { max: t(100) },
    bands: [
      { outcome: "good", label: "Tốt", min: t(85) },
      { outcome: "fair", label: "Khá", min: t(70) },
      { outcome: "average", label: "Trung bình", min: t(50) },
    ],
  };
}

const tt22Unit = (title: "don-vi-huyen" | "don-vi-tinh", name: string): CriteriaSet => ({
  id: `${title}-tt22`,
  version: "2020.1",
  title,
  name: `${name} (Thông tư 22/2020/TT-BGDĐT)`,
  legalBasis: TT22,
  validFrom: null,
  validTo: "2024-01-25",
  period: { fromSource: "unknown", toSource: "next-set", confidence: "V" },
  origin: "builtin",
  note: "Áp dụng cho các năm trước Thông tư 24/2023 (hiệu lực 26/01/2024); ngày ban hành và ngày hiệu lực của Thông tư 22/2020 chưa ghi trong tài liệu nguồn.",
  rule: tt22Rule("V"),
});

/** Đơn vị học tập cấp huyện under Thông tư 22/2020 (points and bands) [V; the last 15 points of TC3 P]. */
export const donViHuyenTt22 = tt22Unit("don-vi-huyen", "Đơn vị học tập cấp huyện");

/** Đơn vị học tập cấp tỉnh under Thông tư 22/2020 (points and bands) [V; the last 15 points of TC3 P]. */
export const donViTinhTt22 = tt22Unit("don-vi-tinh", "Đơn vị học tập cấp tỉnh");

/** Đơn vị học tập cơ sở (QĐ 448, content not found): the points and bands of Thông tư 22/2020, all provisional [P]. */
export const donViCoSo448: CriteriaSet = {
  id: "don-vi-co-so-448",
  version: "2015.1",
  title: "don-vi-co-so",
  name: "Đơn vị học tập cơ sở (QĐ 448/QĐ-KHVN, chấm điểm theo Thông tư 22/2020)",
  legalBasis: { document: "Quyết định 448/QĐ-KHVN", date: "2015-12-01", issuer: "Hội Khuyến học Việt Nam" },
  validFrom: "2015-12-01",
  validTo: null,
  period: PERIOD_448,
  origin: "builtin",
  note: "Chưa tìm thấy bảng tiêu chí chính thức; tạm dùng thang điểm 30/30/40 và xếp loại của Thông tư 22/2020, chưa xác nhận.",
  rule: tt22Rule("P"),
};
