import { adminData, NEW_LAO_CAI_CODE, OLD_LAO_CAI_CODE, YEN_BAI_CODE } from "../aggregation/admin-data";
import { NATIONAL_TARGETS } from "../validation/targets";
import type { LoadedProfile } from "./parse-profile";
import { PROFILE_VERSION, type Deadline, type ProvinceProfile } from "./profile.schema";

/** The reporting calendar of criteria.md ("Calendar"), each with its source; provinces and portals differ. */
export const DEFAULT_DEADLINES: readonly Deadline[] = [
  { id: "bao-cao-nam", label: "Báo cáo năm về gia đình, dòng họ, cộng đồng, đơn vị học tập", month: 12, day: 15, yearOffset: 0, basis: "Công văn 6782/BGDĐT-GDTX, 29/12/2015", confidence: "V" },
  { id: "ho-so-don-vi", label: "Hồ sơ Đơn vị học tập (TT 24/2023)", month: 1, day: 15, yearOffset: 1, basis: "Thủ tục 2.002594 (TT 24/2023/TT-BGDĐT)", confidence: "V" },
  { id: "quyet-dinh-don-vi", label: "Quyết định công nhận Đơn vị học tập", month: 2, day: 15, yearOffset: 1, basis: "Thủ tục 2.002594 (TT 24/2023/TT-BGDĐT)", confidence: "V" },
  { id: "ho-so-xa", label: "Hồ sơ tự đánh giá Cộng đồng học tập cấp xã", month: 2, day: 28, yearOffset: 1, basis: "Thủ tục 1.005097 (TT 25/2023/TT-BGDĐT)", confidence: "V" },
  { id: "cong-nhan-xa", label: "Công nhận Cộng đồng học tập cấp xã", month: 3, day: 31, yearOffset: 1, basis: "Thủ tục 1.005097 (TT 25/2023/TT-BGDĐT)", confidence: "V" },
];

let cached: ProvinceProfile | null = null;

/**
 * The built-in profile of Lào Cai (hồ sơ tỉnh mặc định): the 99 communes and wards since 2025-07-01, the communes of
 * old Yên Bái and old Lào Cai before, the calendar of criteria.md, the national targets; no confirmed values, no
 * template file.
 */
export function laoCaiProfile(): ProvinceProfile {
  if (cached !== null) return cached;
  const data = adminData();
  const old = data.communesBefore.filter((u) => u.provinceCode === YEN_BAI_CODE || u.provinceCode === OLD_LAO_CAI_CODE);
  cached = {
    version: PROFILE_VERSION,
    id: "lao-cai",
    name: data.provinceAfter.name,
    provinceCode: NEW_LAO_CAI_CODE,
    rosters: [
      { from: null, to: "2025-06-30", units: old.map((u) => ({ code: u.code, name: u.name })) },
      { from: "2025-07-01", to: null, units: data.communesAfter.map((u) => ({ code: u.code, name: u.name })) },
    ],
    deadlines: [...DEFAULT_DEADLINES],
    targets: NATIONAL_TARGETS.map((t) => ({ group: t.group, byYear: t.byYear, percent: t.percent, basis: t.basis, confidence: t.confidence })),
    confirmedValues: [],
    templates: null,
  };
  return cached;
}

/** The built-in profile as a loaded one: no confirmed values (no criteria sets of its own), no column maps. */
export function laoCaiLoaded(): LoadedProfile {
  return { profile: laoCaiProfile(), criteriaSets: [], columnMaps: [] };
}
