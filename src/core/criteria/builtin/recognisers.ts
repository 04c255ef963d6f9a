import type { Recogniser } from "../criteria-set.schema";

/** Before the reform: criteria.md's recognisers; since 2025-07-01 not confirmed, so the entry says so [P]. */
const AFTER_REFORM_UNKNOWN: Recogniser = { from: "2025-07-01", name: "Chưa xác nhận — tỉnh quy định cấp công nhận sau 01/07/2025", confidence: "P" };

/** Cộng đồng học tập cấp xã (TT 25/2023): the head of the district education office before 2025-07 [V]; then unknown. */
export const COMMUNE_RECOGNISERS: Recogniser[] = [
  { to: "2025-06-30", name: "Trưởng phòng Giáo dục và Đào tạo cấp huyện", confidence: "V" },
  AFTER_REFORM_UNKNOWN,
];

/** Cộng đồng học tập cấp huyện (TT 25/2023): the director of the provincial Department of Education [V]. */
export const DISTRICT_COMMUNITY_RECOGNISERS: Recogniser[] = [{ to: "2025-06-30", name: "Giám đốc Sở Giáo dục và Đào tạo", confidence: "V" }];

/** Đơn vị học tập cấp tỉnh (TT 24/2023): the Chairman of the provincial People's Committee [V]. */
export const PROVINCE_UNIT_RECOGNISERS: Recogniser[] = [{ name: "Chủ tịch Ủy ban nhân dân tỉnh", confidence: "V" }];

/** Công dân học tập: not confirmed [P: yearly, by the commune People's Committee on the commune association's proposal]. */
export const CITIZEN_RECOGNISERS: Recogniser[] = [{ name: "Ủy ban nhân dân cấp xã, theo đề nghị của Hội Khuyến học xã (hằng năm)", confidence: "P" }];
