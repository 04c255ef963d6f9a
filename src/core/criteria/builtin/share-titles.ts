import type { CriteriaSet } from "../criteria-set.schema";

const P = (value: number) => ({ value, confidence: "P" as const });
const QD448 = { document: "Quyết định 448/QĐ-KHVN", date: "2015-12-01", issuer: "Hội Khuyến học Việt Nam" };

/** Dòng họ học tập (QĐ 448, content provisional): ≥ 70% households recognised and a fund or rules [P]. */
export const dongHo448: CriteriaSet = {
  id: "dong-ho-448",
  version: "2015.1",
  title: "dong-ho",
  name: "Dòng họ học tập (QĐ 448/QĐ-KHVN)",
  legalBasis: QD448,
  validFrom: "2015-12-01",
  validTo: null,
  origin: "builtin",
  note: "Chưa tìm thấy bảng tiêu chí chính thức; quy tắc tạm thời, chưa xác nhận.",
  rule: {
    kind: "share",
    householdsField: "households",
    recognisedField: "recognised-households",
    minShare: P(70),
    conditions: [{ id: "quy-hoac-quy-uoc", label: "Có quỹ khuyến học hoặc quy ước khuyến học", anyOf: ["has-fund", "has-rules"], confidence: "P" }],
  },
};

/** Cộng đồng học tập cấp thôn (QĐ 448, content provisional): ≥ 70% households, cultural village, active branch [P]. */
export const congDongThon448: CriteriaSet = {
  id: "cong-dong-thon-448",
  version: "2015.1",
  title: "cong-dong-thon",
  name: "Cộng đồng học tập cấp thôn (QĐ 448/QĐ-KHVN)",
  legalBasis: QD448,
  validFrom: "2015-12-01",
  validTo: null,
  origin: "builtin",
  note: "Chưa tìm thấy bảng tiêu chí chính thức; quy tắc tạm thời, chưa xác nhận.",
  rule: {
    kind: "share",
    householdsField: "households",
    recognisedField: "recognised-households",
    minShare: P(70),
    conditions: [
      { id: "thon-van-hoa", label: "Thôn đạt danh hiệu thôn văn hóa", anyOf: ["cultural-village"], confidence: "P" },
      { id: "chi-hoi-khuyen-hoc", label: "Chi hội khuyến học hoạt động", anyOf: ["association-active"], confidence: "P" },
    ],
  },
};
