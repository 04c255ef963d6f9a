import type { CriteriaSet } from "../criteria-set.schema";
import type { Confidence } from "../threshold.schema";
import { PERIOD_SIGNED_OPEN } from "./periods";
import { CITIZEN_RECOGNISERS } from "./recognisers";

const V = (value: number) => ({ value, confidence: "V" as const });
const I = (value: number) => ({ value, confidence: "I" as const });

const LABELS = [
  "Cập nhật thông tin qua sách báo, truyền hình, máy tính, điện thoại",
  "Có kế hoạch học tập cá nhân",
  "Dành thời gian học tập tại các thiết chế học tập cộng đồng",
  "Động viên gia đình, đồng nghiệp học tập",
  "Sử dụng công nghệ thông tin phù hợp với công việc",
  "Sử dụng ngoại ngữ phù hợp với công việc",
  "Kỹ năng tính toán giúp nâng cao hiệu quả công việc",
  "Tư duy phản biện trong công việc và đời sống xã hội",
  "Quan hệ thân thiện, không xung đột",
  "Hợp tác, chia sẻ trong công việc và cộng đồng",
];

const item = (n: number, min: Confidence) => ({
  id: `cs${n}`,
  short: `CS${n}`,
  label: `CS${n} — ${LABELS[n - 1]}`,
  max: I(10),
  min: { value: 5, confidence: min },
});

const groups = (min: Confidence) => [
  { id: "nhom-1", label: "Nhóm 1 — Năng lực tự học và học tập suốt đời", max: I(40), items: [1, 2, 3, 4].map((n) => item(n, min)) },
  { id: "nhom-2", label: "Nhóm 2 — Năng lực sử dụng công cụ tương tác", max: I(40), items: [5, 6, 7, 8].map((n) => item(n, min)) },
  { id: "nhom-3", label: "Nhóm 3 — Năng lực quan hệ xã hội", max: I(20), items: [9, 10].map((n) => item(n, min)) },
];

/** Công dân học tập, QĐ 324/QĐ-KHVN (25/10/2023): 10 indicators 0–10 [I], total ≥ 80 and each ≥ 5 [V]. */
export const congDan324: CriteriaSet = {
  id: "cong-dan-324",
  version: "2023.1",
  title: "cong-dan",
  name: "Công dân học tập (QĐ 324/QĐ-KHVN)",
  legalBasis: { document: "Quyết định 324/QĐ-KHVN", date: "2023-10-25", issuer: "Hội Khuyến học Việt Nam" },
  validFrom: "2023-10-25",
  validTo: null,
  period: PERIOD_SIGNED_OPEN,
  recognisers: CITIZEN_RECOGNISERS,
  origin: "builtin",
  note: "Thang 100 điểm và điều kiện tổng ≥ 80, không chỉ số nào dưới 5 đã xác minh; mỗi chỉ số 0–10 và cách chia 4+4+2 là suy luận.",
  rule: { kind: "points", groups: groups("V"), total: { max: V(100), min: V(80) } },
};

/**
 * Công dân học tập, first version QĐ 244/QĐ-KHVN (28/07/2022). Its tables were not read: the structure of QĐ 324 is
 * assumed [I] and its pass marks are provisional [P] until a province confirms them.
 */
export const congDan244: CriteriaSet = {
  id: "cong-dan-244",
  version: "2022.1",
  title: "cong-dan",
  name: "Công dân học tập (QĐ 244/QĐ-KHVN)",
  legalBasis: { document: "Quyết định 244/QĐ-KHVN", date: "2022-07-28", issuer: "Hội Khuyến học Việt Nam" },
  validFrom: "2022-07-28",
  validTo: "2023-10-24",
  period: { fromSource: "signed", toSource: "next-set", confidence: "I" },
  origin: "builtin",
  note: "Chưa đọc được bảng tiêu chí của QĐ 244; tạm dùng cấu trúc của QĐ 324, mức đạt chưa xác nhận.",
  rule: { kind: "points", groups: groups("P"), total: { max: I(100), min: { value: 80, confidence: "P" } } },
};
