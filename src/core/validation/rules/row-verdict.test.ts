import { gridFromRows } from "../../grid/from-rows";
import type { CellValue } from "../../grid/grid";
import { parseCriteriaFile } from "../../criteria";
import type { ValidationContext } from "../context";
import { validateSheet } from "../validate";

const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const HEAD = ["STT", "Tên đơn vị", "Cấp", "Loại đơn vị", "Tiêu chí 1: Điều kiện (30)", "Tiêu chí 2: Kết quả học tập của thành viên (30)", "Tiêu chí 3: Tác động (40)", "Tổng điểm", "Xếp loại"];

/** A TT 22 learning-unit list of the year, one row per [level, kind, c1, c2, c3, written]. */
function units(year: number, rows: readonly (readonly CellValue[])[]) {
  return gridFromRows("ĐVHT", [
    ["UBND TỈNH LÀO CAI"],
    [`KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐƠN VỊ HỌC TẬP NĂM ${year}`],
    [],
    HEAD,
    ...rows.map((r, i) => {
      const [level, kind, a, b, c, written] = r;
      const total = typeof a === "number" && typeof b === "number" && typeof c === "number" ? a + b + c : null;
      return [i + 1, `Đơn vị ${i + 1}`, level, kind, a, b, c, total, written ?? null];
    }),
  ]);
}

const verdicts = (year: number, rows: readonly (readonly CellValue[])[], c: ValidationContext = ctx) =>
  validateSheet(units(year, rows), c).verdicts.map((v) => `${v.verdict.setId} ${v.verdict.outcome}${v.verdict.provisional ? " P" : ""}`);

describe("a learning-unit list is judged by the set its level names (Cấp)", () => {
  it("in 2023 a district or province unit scored 85 gets the verified TT 22 set; a commune unit the provisional one", () => {
    expect(verdicts(2023, [["Huyện", "Cơ quan", 30, 25, 30], ["Tỉnh", "Cơ quan", 30, 25, 30], ["Cơ sở", "Cơ quan", 30, 25, 30], ["Xã", "Trường học", 30, 24, 30]])).toEqual([
      "don-vi-huyen-tt22 good",
      "don-vi-tinh-tt22 good",
      "don-vi-co-so-448 good P",
      "don-vi-co-so-448 fair P",
    ]);
  });

  it("the TT 22 bands hold at every boundary for a district unit (84,9 / 85, 69 / 70, 49 / 50)", () => {
    const r = verdicts(2023, [["Huyện", null, 30, 25, 30], ["Huyện", null, 30, 25, 29.9], ["Huyện", null, 30, 20, 20], ["Huyện", null, 30, 20, 19], ["Huyện", null, 20, 10, 20], ["Huyện", null, 20, 10, 19]]);
    expect(r.map((s) => s.split(" ")[1])).toEqual(["good", "fair", "fair", "average", "average", "fail"]);
  });

  it("in 2024 district and province units are judged by TT 24 levels, never a TT 22 band: a points list gets a warning", () => {
    const r = validateSheet(units(2024, [["Tỉnh", "Doanh nghiệp", 30, 25, 30], ["Cơ sở", "Doanh nghiệp", 30, 25, 30]]), ctx);
    expect(r.verdicts.map((v) => v.verdict.setId)).toEqual(["don-vi-co-so-448"]);
    const w = r.issues.find((i) => i.code === "unit-layout-mismatch");
    expect([w?.where.address, w?.severity, w?.params.set]).toEqual(["C5", "warning", "Đơn vị học tập cấp tỉnh (Thông tư 24/2023/TT-BGDĐT)"]);
  });

  it("a points list of many province units in 2024 says the TT 24 mismatch once, at the first such row", () => {
    const rows = Array.from({ length: 30 }, () => ["Tỉnh", "Doanh nghiệp", 30, 25, 30] as [string, string, number, number, number]);
    const r = validateSheet(units(2024, [...rows, ["Cơ sở", "Doanh nghiệp", 30, 25, 30]]), ctx);
    expect(r.issues.filter((i) => i.code === "unit-layout-mismatch").map((i) => i.where.address)).toEqual(["C5"]);
    expect(r.verdicts.map((v) => v.verdict.setId)).toEqual(["don-vi-co-so-448"]);
  });

  it("a district unit in a report after 2025-07-01 is reported as such, with no verdict", () => {
    const r = validateSheet(units(2025, [["Huyện", "Cơ quan", 30, 25, 30], ["Cơ sở", "Cơ quan", 30, 25, 30]]), ctx);
    expect(r.verdicts.map((v) => v.verdict.setId)).toEqual(["don-vi-co-so-448"]);
    expect(r.issues.filter((i) => i.code === "unit-level-ended").map((i) => [i.where.address, i.severity, i.params.year])).toEqual([["C5", "warning", 2025]]);
  });

  it("a blank level is a warning and no verdict, never a guessed level", () => {
    const r = validateSheet(units(2023, [[null, "Cơ quan", 30, 25, 30]]), ctx);
    expect(r.verdicts).toEqual([]);
    expect(r.issues.map((i) => `${i.code}@${i.where.address}`)).toContain("unit-level-missing@C5");
  });

  it("an out-of-range score is named as out of range in the verdict, not as missing", () => {
    const r = validateSheet(units(2023, [["Huyện", "Cơ quan", 31, 25, 30]]), ctx);
    const v = r.verdicts[0].verdict;
    expect(v.outcome).toBe("insufficient-data");
    expect(v.invalid).toEqual(["c1"]);
    expect(v.criteria[0]).toMatchObject({ reason: "value-out-of-range", params: { value: 31, min: 0, max: 30 } });
  });

  it("the proposed result of a provisional verdict says 'chưa xác nhận', and a written one with that note still agrees", () => {
    const missing = validateSheet(units(2023, [["Cơ sở", "Cơ quan", 30, 25, 30, null]]), ctx).issues.find((i) => i.code === "result-missing");
    expect(missing?.fix?.value).toBe("Tốt (chưa xác nhận)");
    expect(missing?.params).toMatchObject({ set: "don-vi-co-so-448 (phiên bản 2015.1)", provisional: 1 });
    const written = validateSheet(units(2023, [["Cơ sở", "Cơ quan", 30, 25, 30, "Tốt (chưa xác nhận)"]]), ctx);
    expect(written.issues.filter((i) => i.code.startsWith("result-"))).toEqual([]);
  });

  it("a province file that confirms every value of the commune set clears the provisional flag", () => {
    // A bare number in the file is a province value (mark T).
    const values = { "total.max": 100, "c1.max": 30, "c1-1.max": 10, "c1-2.max": 10, "c1-3.max": 10, "c2.max": 30, "c2-1.max": 10, "c2-2.max": 5, "c2-3.max": 10, "c2-4.max": 5, "c3.max": 40, "c3-1.max": 25, "c3-2.max": 15, "band.good": 85, "band.fair": 70, "band.average": 50 };
    const file = parseCriteriaFile([{ base: "don-vi-co-so-448", version: "2015.1-lc", values }]);
    if (!file.ok) throw new Error(file.error.join("\n"));
    expect(verdicts(2023, [["Cơ sở", "Cơ quan", 30, 25, 30]], { ...ctx, criteriaSets: file.value })).toEqual(["don-vi-co-so-448 good"]);
  });
});

describe("a village list with the association status blank", () => {
  it("warns (never an error) and leaves the verdict undecided", () => {
    const g = gridFromRows("Thôn", [
      ["DANH SÁCH THÔN, TỔ DÂN PHỐ HỌC TẬP NĂM 2025"],
      [],
      ["STT", "Tên thôn, tổ dân phố", "Tổng số hộ", "Số hộ Gia đình học tập", "Tỷ lệ (%)", "Thôn văn hóa", "Chi hội khuyến học hoạt động", "Kết quả"],
      [1, "Thôn Làng Chạp", 120, 96, 80, "Có", null, null],
      [2, "Thôn Khe Cam", 100, 80, 80, "Có", "Có", null],
    ]);
    const r = validateSheet(g, ctx);
    expect(r.templateId).toBe("cong-dong-hoc-tap-thon");
    const blank = r.issues.filter((i) => i.where.address === "G4");
    expect(blank.map((i) => [i.code, i.severity])).toEqual([["association-status-blank", "warning"]]);
    expect(r.verdicts.map((v) => [v.verdict.outcome, v.verdict.missing])).toEqual([
      ["insufficient-data", ["association-active"]],
      ["met", []],
    ]);
  });
});
