import type { CriteriaSet } from "../criteria-set.schema";
import type { ChecklistItem } from "../rule.schema";
import { COMMUNE_RECOGNISERS, DISTRICT_COMMUNITY_RECOGNISERS } from "./recognisers";
import { LAST_DISTRICT_DAY, PERIOD_IN_FORCE_DISTRICT, PERIOD_IN_FORCE_OPEN } from "./periods";

const TT25 = { document: "Thông tư 25/2023/TT-BGDĐT", date: "2023-12-27", issuer: "Bộ Giáo dục và Đào tạo" };
const yes = (id: string, label: string, confidence: "V" | "P", from: "level-1" | "level-2" | "met" = "level-1"): ChecklistItem => ({
  id,
  label,
  type: "yes-no",
  from,
  confidence,
});
const LEVELS = [
  { outcome: "level-1" as const, label: "Mức độ 1" },
  { outcome: "level-2" as const, label: "Mức độ 2" },
];

/**
 * Cộng đồng học tập cấp xã, Thông tư 25/2023 (in force 12/02/2024): the Level 1 items read [V]; criteria 3–5 and
 * Level 2 (which raises only criteria 4 and 5) as one provisional item each, for the province to fill in [P].
 */
export const congDongXaTt25: CriteriaSet = {
  id: "cong-dong-xa-tt25",
  version: "2024.1",
  title: "cong-dong-xa",
  name: "Cộng đồng học tập cấp xã (Thông tư 25/2023/TT-BGDĐT)",
  legalBasis: TT25,
  validFrom: "2024-02-12",
  validTo: null,
  period: PERIOD_IN_FORCE_OPEN,
  recognisers: COMMUNE_RECOGNISERS,
  origin: "builtin",
  note: "5 tiêu chí, 15 chỉ số; chỉ số của tiêu chí 3–5 và Mức độ 2 chưa đọc được: mỗi phần là một mục chưa xác nhận để tỉnh bổ sung.",
  rule: {
    kind: "checklist",
    levels: LEVELS,
    criteria: [
      {
        id: "tc1",
        label: "Tiêu chí 1 — Sự lãnh đạo của cấp ủy, chính quyền",
        items: [
          yes("tc1-tuyen-truyen", "Tuyên truyền nâng cao nhận thức về xây dựng xã hội học tập", "V"),
          yes("tc1-chuong-trinh", "Có chương trình, kế hoạch hằng năm và thực hiện", "V"),
          yes("tc1-tuan-le", "Tổ chức và báo cáo Tuần lễ hưởng ứng học tập suốt đời", "V"),
        ],
      },
      {
        id: "tc2",
        label: "Tiêu chí 2 — Nguồn lực và môi trường thuận lợi",
        items: [
          yes("tc2-kinh-phi", "Bố trí đủ kinh phí", "V"),
          yes("tc2-xa-hoi-hoa", "Huy động xã hội hóa", "V"),
          yes("tc2-phoi-hop", "Phối hợp giữa Hội Khuyến học, đoàn thể, trường học và thiết chế văn hóa", "V"),
        ],
      },
      {
        id: "tc3",
        label: "Tiêu chí 3 — Trung tâm học tập cộng đồng, thư viện, trung tâm văn hóa – thể thao",
        items: [yes("tc3-hieu-qua", "Đạt các chỉ số về hiệu quả hoạt động (theo hướng dẫn của tỉnh)", "P")],
      },
      {
        id: "tc4",
        label: "Tiêu chí 4 — Kết quả phổ cập giáo dục, xóa mù chữ",
        items: [
          yes("tc4-muc-1", "Đạt chỉ tiêu phổ cập giáo dục, xóa mù chữ Mức độ 1 (theo hướng dẫn của tỉnh)", "P"),
          yes("tc4-muc-2", "Đạt chỉ tiêu phổ cập giáo dục, xóa mù chữ Mức độ 2 (theo hướng dẫn của tỉnh)", "P", "level-2"),
        ],
      },
      {
        id: "tc5",
        label: "Tiêu chí 5 — Tác động của xây dựng cộng đồng học tập",
        items: [
          yes("tc5-muc-1", "Đạt chỉ tiêu về tác động Mức độ 1 (theo hướng dẫn của tỉnh)", "P"),
          yes("tc5-muc-2", "Đạt chỉ tiêu về tác động Mức độ 2 (theo hướng dẫn của tỉnh)", "P", "level-2"),
        ],
      },
    ],
  },
};

const wholeLevels = (title: "cong-dong-huyen" | "cong-dong-tinh", name: string): CriteriaSet => ({
  id: `${title}-tt25`,
  version: "2024.1",
  title,
  name: `${name} (Thông tư 25/2023/TT-BGDĐT)`,
  legalBasis: TT25,
  validFrom: "2024-02-12",
  validTo: title === "cong-dong-huyen" ? LAST_DISTRICT_DAY : null,
  period: title === "cong-dong-huyen" ? PERIOD_IN_FORCE_DISTRICT : PERIOD_IN_FORCE_OPEN,
  ...(title === "cong-dong-huyen" ? { recognisers: DISTRICT_COMMUNITY_RECOGNISERS } : {}),
  origin: "builtin",
  note: "Danh mục chỉ số của cấp này chưa đọc được: mỗi mức độ là một mục chưa xác nhận để tỉnh bổ sung.",
  rule: {
    kind: "checklist",
    levels: LEVELS,
    criteria: [
      {
        id: "muc-do",
        label: "Các tiêu chí của Thông tư 25/2023",
        items: [
          yes("dat-muc-1", "Đạt toàn bộ chỉ số Mức độ 1 (theo hướng dẫn của tỉnh)", "P"),
          yes("dat-muc-2", "Đạt toàn bộ chỉ số Mức độ 2 (theo hướng dẫn của tỉnh)", "P", "level-2"),
        ],
      },
    ],
  },
});

/** Cộng đồng học tập cấp huyện, Thông tư 25/2023: levels known, items not read [P]. */
export const congDongHuyenTt25 = wholeLevels("cong-dong-huyen", "Cộng đồng học tập cấp huyện");

/** Cộng đồng học tập cấp tỉnh, Thông tư 25/2023: levels known, items not read [P]. */
export const congDongTinhTt25 = wholeLevels("cong-dong-tinh", "Cộng đồng học tập cấp tỉnh");

/**
 * Cộng đồng học tập cấp xã before 12/02/2024, Thông tư 44/2014: communes were rated each December but the bands were
 * not found, so only the recorded rating is represented, as one provisional yes/no item.
 */
export const congDongXaTt44: CriteriaSet = {
  id: "cong-dong-xa-tt44",
  version: "2014.1",
  title: "cong-dong-xa",
  name: "Cộng đồng học tập cấp xã (Thông tư 44/2014/TT-BGDĐT)",
  legalBasis: { document: "Thông tư 44/2014/TT-BGDĐT", date: null, issuer: "Bộ Giáo dục và Đào tạo" },
  validFrom: null,
  validTo: "2024-02-11",
  period: { fromSource: "unknown", toSource: "next-set", confidence: "V" },
  origin: "builtin",
  note: "Xếp loại hằng năm vào tháng 12; chưa tìm thấy các mức xếp loại, nên chỉ ghi nhận kết quả xếp loại đã có.",
  rule: {
    kind: "checklist",
    levels: [{ outcome: "met", label: "Đạt" }],
    criteria: [{ id: "xep-loai", label: "Kết quả xếp loại theo Thông tư 44/2014", items: [yes("xep-loai-dat", "Được xếp loại đạt (theo kết quả đánh giá của huyện)", "P", "met")] }],
  },
};
