import type { CriteriaSet } from "../criteria-set.schema";
import { PERIOD_448 } from "./periods";

const P = (value: number) => ({ value, confidence: "P" as const });
const QD448 = { document: "Quyết định 448/QĐ-KHVN", date: "2015-12-01", issuer: "Hội Khuyến học Việt Nam" };

type Condition = Extract<CriteriaSet["rule"], { kind: "share" }>["conditions"][number];

/** A QĐ 448 title decided by the share of recognised households plus yes/no conditions, all provisional [P]. */
function share448(title: "dong-ho" | "cong-dong-thon", name: string, conditions: Condition[]): CriteriaSet {
  return {
    id: `${title}-448`,
    version: "2015.1",
    title,
    name,
    legalBasis: QD448,
    validFrom: "2015-12-01",
    validTo: null,
    period: PERIOD_448,
    origin: "builtin",
    note: "Chưa tìm thấy bảng tiêu chí chính thức; quy tắc tạm thời, chưa xác nhận.",
    rule: { kind: "share", householdsField: "households", recognisedField: "recognised-households", minShare: P(70), conditions },
  };
}

/** Dòng họ học tập (QĐ 448, content provisional): ≥ 70% households recognised and a fund or rules [P]. */
export const dongHo448: CriteriaSet = share448("dong-ho", "Dòng họ học tập (QĐ 448/QĐ-KHVN)", [
  { id: "quy-hoac-quy-uoc", label: "Có quỹ khuyến học hoặc quy ước khuyến học", anyOf: ["has-fund", "has-rules"], confidence: "P" },
]);

/** Cộng đồng học tập cấp thôn (QĐ 448, content provisional): ≥ 70% households, cultural village, active branch [P]. */
export const congDongThon448: CriteriaSet = share448("cong-dong-thon", "Cộng đồng học tập cấp thôn (QĐ 448/QĐ-KHVN)", [
  { id: "thon-van-hoa", label: "Thôn đạt danh hiệu thôn văn hóa", anyOf: ["cultural-village"], confidence: "P" },
  { id: "chi-hoi-khuyen-hoc", label: "Chi hội khuyến học hoạt động", anyOf: ["association-active"], confidence: "P" },
]);
