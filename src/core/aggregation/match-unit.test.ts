import { matchUnit } from "./match-unit";
import type { MatchContext, UnitMatch } from "./unit-match";

/** The match in a line: its kind and the code and name of the unit it settles on (or of its suggestions/candidates). */
function summary(m: UnitMatch): string {
  switch (m.kind) {
    case "near-miss":
      return `near-miss ${m.suggestions.map((u) => `${u.code} ${u.name}`).join(", ")}`;
    case "ambiguous":
      return `ambiguous ${m.candidates.map((u) => `${u.code} ${u.name}`).join(", ")}`;
    case "unknown":
      return "unknown";
    case "code-mismatch":
      return `code-mismatch ${m.byCode?.name ?? "-"} / ${summary(m.byName)}`;
    case "merged":
      return `merged ${m.unit.code} ${m.unit.name} → ${m.successors.map((s) => `${s.code} ${s.name}`).join(", ")}`;
    case "wrong-district":
      return `wrong-district ${m.unit.code} ${m.unit.name} (${m.unit.districtName}, not ${m.listedUnder.name})`;
    case "historical":
    case "not-in-year":
      return `${m.kind} ${m.unit.code} ${m.unit.name} ${m.firstSeen}..${m.lastSeen}`;
    default:
      return `${m.kind} ${m.unit.code} ${m.unit.name}`;
  }
}

const before: MatchContext = { period: "before" };
const after: MatchContext = { period: "after" };

describe("matching unit names of a province report", () => {
  it.each<[string, string, MatchContext, string]>([
    ["accepts 'Xã Lâm Giang' as written", "Xã Lâm Giang", before, "exact 04381 Xã Lâm Giang"],
    ["accepts 'Xã Lâm Giang' after the merger too", "Xã Lâm Giang", after, "exact 04381 Xã Lâm Giang"],
    ["reads 'Lâm Giang' without 'Xã' as a variant of Xã Lâm Giang", "Lâm Giang", after, "variant 04381 Xã Lâm Giang"],
    ["reads 'XÃ  LÂM   GIANG ' in capitals and extra spaces as Xã Lâm Giang", "XÃ  LÂM   GIANG ", before, "variant 04381 Xã Lâm Giang"],
    ["reads 'Xa Lam Giang' typed without accents as Xã Lâm Giang", "Xa Lam Giang", before, "variant 04381 Xã Lâm Giang"],
    ["reads 'Xã Khánh Hòa' (new tone placement) as Xã Khánh Hoà", "Xã Khánh Hòa", before, "variant 04342 Xã Khánh Hoà"],
    ["reads 'Thị trấn Mù Cang Chải' as Thị trấn Mù Căng Chải", "Thị trấn Mù Cang Chải", before, "variant 04456 Thị trấn Mù Căng Chải"],
    ["reads 'Xã Mù Căng Chải' after the merger as Xã Mù Cang Chải", "Xã Mù Căng Chải", after, "variant 04456 Xã Mù Cang Chải"],
    ["reads 'Xã Tà Xi Láng' before the merger as Xã Tà Si Láng", "Xã Tà Xi Láng", before, "variant 04603 Xã Tà Si Láng"],
    ["reads 'TT. Mậu A' as Thị trấn Mậu A", "TT. Mậu A", before, "variant 04375 Thị trấn Mậu A"],
    ["reads 'P. Yên Ninh' as Phường Yên Ninh", "P. Yên Ninh", before, "variant 04252 Phường Yên Ninh"],
    ["reads 'TP. Yên Bái' as the district Thành phố Yên Bái", "TP. Yên Bái", before, "variant 132 Thành phố Yên Bái"],
    ["reads a district sub-total 'Văn Yên' as Huyện Văn Yên", "Văn Yên", { period: "before", level: "district" }, "variant 136 Huyện Văn Yên"],
    ["accepts 'Thị xã Nghĩa Lộ' as a district", "Thị xã Nghĩa Lộ", before, "exact 133 Thị xã Nghĩa Lộ"],
    ["reads 'Xà Hồ' (its first word looks like 'Xã') as Xã Xà Hồ", "Xà Hồ", before, "variant 04594 Xã Xà Hồ"],
    ["reads 'Thị trấn NT Phong Hải' as Thị trấn N.T Phong Hải of old Lào Cai", "Thị trấn NT Phong Hải", { period: "before", provinceCode: "10" }, "variant 02902 Thị trấn N.T Phong Hải"],
    ["finds 'Xã Lâm Giag' as a near miss of Xã Lâm Giang", "Xã Lâm Giag", before, "near-miss 04381 Xã Lâm Giang"],
    ["finds 'Xã Mỏ Vàg' as a near miss of Xã Mỏ Vàng after the merger", "Xã Mỏ Vàg", after, "near-miss 04450 Xã Mỏ Vàng"],
    ["knows nothing of 'Tổng cộng' (not a near miss of Xã Đông Cuông)", "Tổng cộng", after, "unknown"],
    ["suggests both Xã Minh Quán and Xã Minh Quân for 'Xã Minh Quăn'", "Xã Minh Quăn", before, "ambiguous 04516 Xã Minh Quán, 04567 Xã Minh Quân"],
    ["knows nothing of an empty cell", "  ", before, "unknown"],
  ])("%s", (_title, input, ctx, expected) => {
    expect(summary(matchUnit(input, ctx))).toBe(expected);
  });
});

describe("names reused across periods and years", () => {
  it.each<[string, string, MatchContext, string]>([
    ["takes 'Xã Yên Bình' after the merger as the new commune 04714", "Xã Yên Bình", after, "exact 04714 Xã Yên Bình"],
    [
      "takes 'Xã Yên Bình' in a 2024 report as the old commune 04774, merged in 2025",
      "Xã Yên Bình",
      { period: "before", year: 2024 },
      "historical 04774 Xã Yên Bình 2019-09-11..2025-01-01",
    ],
    [
      "says code 04714 (then Thị trấn Yên Bình) does not fit the name 'Xã Yên Bình' in 2024",
      "Xã Yên Bình",
      { period: "before", year: 2024, code: "04714" },
      "code-mismatch Thị trấn Yên Bình / historical 04774 Xã Yên Bình 2019-09-11..2025-01-01",
    ],
    ["takes 'Xã Trạm Tấu' after the merger as 04606, not the old 04600", "Xã Trạm Tấu", after, "exact 04606 Xã Trạm Tấu"],
    ["uses the code cell first: old 'Xã Trạm Tấu' 04600 in a new report is merged", "Xã Trạm Tấu", { period: "after", code: "04600" }, "merged 04600 Xã Trạm Tấu → 04606 Xã Trạm Tấu"],
    ["restores the leading zero Excel dropped from code 4606", "Xã Trạm Tấu", { period: "after", code: "4606" }, "exact 04606 Xã Trạm Tấu"],
    [
      "says when the code names another commune than the name",
      "Xã Lâm Giang",
      { period: "after", code: "04399" },
      "code-mismatch Xã Đông Cuông / exact 04381 Xã Lâm Giang",
    ],
    ["takes 'Phường Hồng Hà' in a 2023 report as the old ward 04267", "Phường Hồng Hà", { period: "before", year: 2023 }, "historical 04267 Phường Hồng Hà 2019-09-11..2025-01-01"],
    ["takes 'Phường Hồng Hà' in 2025 as the ward 04264 renamed from Nguyễn Phúc", "Phường Hồng Hà", { period: "before", year: 2025 }, "exact 04264 Phường Hồng Hà"],
    ["asks which 'Xã Tân Thịnh' is meant when no district is given", "Xã Tân Thịnh", before, "ambiguous 04279 Xã Tân Thịnh, 04696 Xã Tân Thịnh"],
    ["takes 'Xã Tân Thịnh' under Huyện Văn Chấn as 04696", "Xã Tân Thịnh", { period: "before", districtCode: "140" }, "exact 04696 Xã Tân Thịnh"],
    ["asks which of Xã Minh Quán / Xã Minh Quân is meant by 'Xa Minh Quan'", "Xa Minh Quan", before, "ambiguous 04516 Xã Minh Quán, 04567 Xã Minh Quân"],
    ["tells 'Xã Minh Quân' from Xã Minh Quán by its accents", "Xã Minh Quân", before, "exact 04567 Xã Minh Quân"],
  ])("%s", (_title, input, ctx, expected) => {
    expect(summary(matchUnit(input, ctx))).toBe(expected);
  });
});

describe("units of earlier years, other districts and other provinces", () => {
  it.each<[string, string, MatchContext, string]>([
    ["accepts Xã Hoàng Thắng (merged in 2020) in a 2019 report", "Xã Hoàng Thắng", { period: "before", year: 2019 }, "historical 04444 Xã Hoàng Thắng 2019-09-11..2020-01-01"],
    ["flags Xã Hoàng Thắng in a 2023 report: it was gone by then", "Xã Hoàng Thắng", { period: "before", year: 2023 }, "not-in-year 04444 Xã Hoàng Thắng 2019-09-11..2020-01-01"],
    ["flags Xã Nghĩa Lộ in a 2019 report: it was still Thị trấn NT Nghĩa Lộ", "Xã Nghĩa Lộ", { period: "before", year: 2019 }, "not-in-year 04624 Xã Nghĩa Lộ 2020-03-01..2025-03-01"],
    [
      "accepts Xã Sơn A under Huyện Văn Chấn in 2019, before it moved to Nghĩa Lộ",
      "Xã Sơn A",
      { period: "before", year: 2019, districtCode: "140" },
      "historical 04660 Xã Sơn A 2019-09-11..2020-01-01",
    ],
    [
      "flags Xã Sơn A under Huyện Văn Chấn in 2023 as the wrong district",
      "Xã Sơn A",
      { period: "before", year: 2023, districtCode: "140" },
      "wrong-district 04660 Xã Sơn A (Thị xã Nghĩa Lộ, not Huyện Văn Chấn)",
    ],
    [
      "flags Xã Lâm Giang listed under Huyện Yên Bình as the wrong district",
      "Xã Lâm Giang",
      { period: "before", districtCode: "141" },
      "wrong-district 04381 Xã Lâm Giang (Huyện Văn Yên, not Huyện Yên Bình)",
    ],
    ["flags Xã Bảo Hà of old Lào Cai in a Yên Bái report as out of scope", "Xã Bảo Hà", before, "out-of-scope 02989 Xã Bảo Hà"],
    ["accepts Xã Bảo Hà in an old Lào Cai report", "Xã Bảo Hà", { period: "before", provinceCode: "10" }, "exact 02989 Xã Bảo Hà"],
    ["prefers Yên Bái's Phường Nam Cường in a Yên Bái report", "Phường Nam Cường", before, "exact 04273 Phường Nam Cường"],
    ["prefers old Lào Cai's Phường Nam Cường in an old Lào Cai report", "Phường Nam Cường", { period: "before", provinceCode: "10" }, "exact 02671 Phường Nam Cường"],
  ])("%s", (_title, input, ctx, expected) => {
    expect(summary(matchUnit(input, ctx))).toBe(expected);
  });
});

describe("old units named in a report after the merger", () => {
  it.each<[string, string, MatchContext, string]>([
    ["names Xã Trạm Tấu as the successor of old Xã Pá Hu", "Xã Pá Hu", after, "merged 04606 Xã Pá Hu → 04606 Xã Trạm Tấu"],
    ["names Xã Yên Bình as the successor of old Thị trấn Yên Bình", "Thị trấn Yên Bình", after, "merged 04714 Thị trấn Yên Bình → 04714 Xã Yên Bình"],
    ["names Xã Tà Xi Láng as the successor of old Xã Tà Si Láng", "Xã Tà Si Láng", after, "merged 04603 Xã Tà Si Láng → 04603 Xã Tà Xi Láng"],
    ["follows Xã Việt Thành (renamed Thành Thịnh in 2025) to Xã Trấn Yên", "Xã Việt Thành", after, "merged 04510 Xã Việt Thành → 04498 Xã Trấn Yên"],
    ["accepts Xã Bảo Hà of old Lào Cai after the merger: the new commune kept name and code", "Xã Bảo Hà", after, "exact 02989 Xã Bảo Hà"],
    ["names Xã Cao Sơn as the successor of old Lào Cai's Xã La Pan Tẩn", "Xã La Pan Tẩn", after, "merged 02791 Xã La Pan Tẩn → 02782 Xã Cao Sơn"],
    ["names the new Tỉnh Lào Cai as the successor of Tỉnh Yên Bái", "Tỉnh Yên Bái", after, "merged 15 Tỉnh Yên Bái → 15 Tỉnh Lào Cai"],
    ["flags Xã Hoàng Thắng (gone in 2020) with no successor", "Xã Hoàng Thắng", after, "not-in-year 04444 Xã Hoàng Thắng 2019-09-11..2020-01-01"],
  ])("%s", (_title, input, ctx, expected) => {
    expect(summary(matchUnit(input, ctx))).toBe(expected);
  });

  it("lists the new communes that took over a district named after the merger", () => {
    const m = matchUnit("Huyện Văn Yên", after);
    expect(m.kind).toBe("merged");
    expect(m.kind === "merged" && m.successors.map((s) => s.name)).toContain("Xã Lâm Giang");
  });

  it("returns the same answer for the same name twice (cached)", () => {
    expect(matchUnit("Xã Lâm Giag", before)).toBe(matchUnit("Xã Lâm Giag", { ...before }));
  });
});
