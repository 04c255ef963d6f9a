import type { CriteriaSet } from "../criteria-set.schema";
import { PERIOD_448 } from "./periods";

const V = (value: number) => ({ value, confidence: "V" as const });
const P = (value: number) => ({ value, confidence: "P" as const });

/**
 * Gia đình học tập, QĐ 448/QĐ-KHVN: four criteria 30/30/20/20 [V names; V points of 1 and 2; P split of 3 and 4];
 * the rule total ≥ 80 and each criterion ≥ half its maximum is provisional [P].
 */
export const giaDinh448: CriteriaSet = {
  id: "gia-dinh-448",
  version: "2015.1",
  title: "gia-dinh",
  name: "Gia đình học tập (QĐ 448/QĐ-KHVN)",
  legalBasis: { document: "Quyết định 448/QĐ-KHVN", date: "2015-12-01", issuer: "Hội Khuyến học Việt Nam" },
  validFrom: "2015-12-01",
  validTo: null,
  period: PERIOD_448,
  origin: "builtin",
  note: "Bộ khung cho giai đoạn 2016–2020 (bản Yên Bái ghi ngày 10/11/2015); chưa thấy bộ mới nên tiếp tục áp dụng. Điều kiện công nhận chưa xác nhận.",
  rule: {
    kind: "points",
    groups: [
      {
        id: "tc1",
        short: "TC1",
        label: "TC1 — Học tập của trẻ em",
        max: V(30),
        min: P(15),
        acceptsTotal: true,
        items: [
          { id: "tc1-1", short: "TC1.1", label: "TC1.1 — Trẻ trong độ tuổi đi học đều, đạt phổ cập", max: V(10) },
          { id: "tc1-2", short: "TC1.2", label: "TC1.2 — Kết quả học tập từ trung bình, hạnh kiểm từ khá", max: V(10) },
          { id: "tc1-3", short: "TC1.3", label: "TC1.3 — Lễ phép, tham gia hoạt động ở địa phương", max: V(10) },
        ],
      },
      {
        id: "tc2",
        short: "TC2",
        label: "TC2 — Học tập của người lớn",
        max: V(30),
        min: P(15),
        acceptsTotal: true,
        items: [
          { id: "tc2-1", short: "TC2.1", label: "TC2.1 — Người 19–60 tuổi biết chữ mức độ 1 trở lên", max: V(10) },
          { id: "tc2-2", short: "TC2.2", label: "TC2.2 — Mỗi người lớn học ít nhất một nội dung mỗi năm", max: V(10) },
          { id: "tc2-3", short: "TC2.3", label: "TC2.3 — Nội dung thứ ba (chưa xác nhận)", max: P(10) },
        ],
      },
      { id: "tc3", short: "TC3", label: "TC3 — Điều kiện học tập của gia đình", max: P(20), min: P(10), acceptsTotal: true, items: [] },
      { id: "tc4", short: "TC4", label: "TC4 — Tác động của học tập đến gia đình", max: P(20), min: P(10), acceptsTotal: true, items: [] },
    ],
    total: { max: V(100), min: P(80) },
  },
};
