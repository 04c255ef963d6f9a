import { blankTemplateSheet } from "../../templates/blank-sheet";
import { builtinTemplate } from "../../templates/builtin";
import type { CellValue } from "../../grid/grid";
import type { SpecValue } from "../../templates/sheet-spec";
import { gridFromRows } from "../../grid/from-rows";
import type { ValidationContext } from "../context";
import { validateSheet } from "../validate";

const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const plain = (v: SpecValue): CellValue => (v !== null && typeof v === "object" ? null : v);

/** The "Tạo biểu mẫu" sheet of a template for a year, its first data rows filled by field id. */
function filled(templateId: string, year: number, rows: readonly Record<string, CellValue>[]) {
  const t = builtinTemplate(templateId)!;
  const spec = blankTemplateSheet(t, { year, unitName: "Tỉnh Lào Cai", rows: Math.max(rows.length, 1) });
  const values = spec.rows.map((r) => r.map(plain));
  const first = values.findIndex((r) => r[0] === 1);
  rows.forEach((data, i) => {
    t.fields.forEach((f, c) => {
      if (f.id in data) values[first + i][c] = data[f.id];
    });
  });
  return gridFromRows(spec.name, values);
}

const TT24_ALL = {
  "unit-name": "Sở Giáo dục và Đào tạo",
  level: "Tỉnh",
  "unit-type": "Cơ quan nhà nước",
  "tc1-ke-hoach": "Có",
  "tc1-che-do": "Có",
  "tc1-kinh-phi": "Có",
  "tc1-cong-cu-so": "Có",
  "tc1-hoat-dong": "Có",
  "tc2-ky-luat": 96,
  "tc2-boi-duong": 96,
  "tc3-cong-dan": 95,
  "tc3-chia-se": "Có",
  "tc3-lao-dong-tien-tien": "Có",
  "tc3-lao-dong-xuat-sac": "Có",
};

describe("the TT 24 unit checklist layout", () => {
  it("its blank form is found again and each row is judged by the TT 24 set its level names", () => {
    const g = filled("don-vi-hoc-tap-tt24", 2024, [
      TT24_ALL,
      { ...TT24_ALL, "unit-name": "Phòng GD&ĐT Văn Yên", level: "Huyện", "tc3-cong-dan": 94.9 },
      { ...TT24_ALL, "unit-name": "Trường THPT Lê Quý Đôn", "unit-type": "Trường học", "tc1-kinh-phi": null, "tc3-nguoi-hoc": 97, "tc3-chuyen-doi-so": "Có" },
      { ...TT24_ALL, "unit-name": "Công ty Chè", "unit-type": null, "tc1-kinh-phi": null },
    ]);
    const r = validateSheet(g, ctx);
    expect(r.templateId).toBe("don-vi-hoc-tap-tt24");
    expect(r.verdicts.map((v) => `${v.verdict.setId} ${v.verdict.outcome}`)).toEqual([
      "don-vi-tinh-tt24 level-2",
      "don-vi-huyen-tt24 level-1",
      "don-vi-tinh-tt24 level-2",
      "don-vi-tinh-tt24 insufficient-data",
    ]);
    // A unit of unknown kind that leaves the limited items blank: named, never guessed "not applicable".
    expect(r.verdicts[3].verdict.missing).toEqual(["tc1-kinh-phi", "tc3-nguoi-hoc", "tc3-chuyen-doi-so"]);
  });

  it("a district unit in 2025 gets no verdict and a warning", () => {
    const r = validateSheet(filled("don-vi-hoc-tap-tt24", 2025, [{ ...TT24_ALL, level: "Huyện" }]), ctx);
    expect(r.verdicts).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("unit-level-ended");
  });

  it("warns on an expired recognition and on Level 2 in the year Level 1 was granted", () => {
    const r = validateSheet(
      filled("don-vi-hoc-tap-tt24", 2025, [
        { ...TT24_ALL, "recognised-year": 2021, "recognised-level": "Mức độ 1" },
        { ...TT24_ALL, "recognised-year": 2022, "recognised-level": "Mức độ 1" },
        { ...TT24_ALL, "recognised-year": 2025, "recognised-level": "Mức độ 1" },
        { ...TT24_ALL, "recognised-year": 2024, "recognised-level": "Mức độ 1" },
      ]),
      ctx,
    );
    const found = r.issues.filter((i) => i.code.startsWith("recognition-")).map((i) => `${i.code}@${i.where.row}`);
    const first = r.table!.firstDataRow;
    expect(found).toEqual([`recognition-expired@${first}`, `recognition-too-early@${first + 2}`]);
  });
});

const TT25_ALL = Object.fromEntries(
  ["tc1-tuyen-truyen", "tc1-chuong-trinh", "tc1-tuan-le", "tc2-kinh-phi", "tc2-xa-hoi-hoa", "tc2-phoi-hop", "tc3-hieu-qua", "tc4-muc-1", "tc4-muc-2", "tc5-muc-1", "tc5-muc-2"].map((k) => [k, "Có"]),
);

describe("the TT 25 commune self-assessment layout", () => {
  it("its blank form is found again; Level 2 needs every item, Level 1 those of Level 1, a blank item is missing data", () => {
    const r = validateSheet(
      filled("cong-dong-xa-tt25", 2024, [
        { "unit-name": "Xã Lâm Giang", ...TT25_ALL, result: "Mức độ 2" },
        { "unit-name": "Xã Châu Quế", ...TT25_ALL, "tc5-muc-2": "Không", result: "Mức độ 2" },
        { "unit-name": "Xã Đông Cuông", ...TT25_ALL, "tc1-tuan-le": null },
        { "unit-name": "Xã Mậu A", ...TT25_ALL, "tc2-kinh-phi": "Không" },
      ]),
      ctx,
    );
    expect(r.templateId).toBe("cong-dong-xa-tt25");
    expect(r.verdicts.map((v) => `${v.verdict.setId} ${v.verdict.outcome}${v.verdict.provisional ? " P" : ""}`)).toEqual([
      "cong-dong-xa-tt25 level-2 P",
      "cong-dong-xa-tt25 level-1 P",
      "cong-dong-xa-tt25 insufficient-data P",
      "cong-dong-xa-tt25 not-met P",
    ]);
    const disagrees = r.issues.filter((i) => i.code === "result-disagrees");
    expect(disagrees.map((i) => i.fix?.value)).toEqual(["Mức độ 1 (chưa xác nhận)"]);
  });

  it("before TT 25 (2023) the commune falls under the TT 44 set, which these columns do not carry: a warning, no verdict", () => {
    const r = validateSheet(filled("cong-dong-xa-tt25", 2023, [{ "unit-name": "Xã Lâm Giang", ...TT25_ALL }]), ctx);
    expect(r.verdicts).toEqual([]);
    expect(r.issues.find((i) => i.code === "unit-layout-mismatch")?.params).toEqual({ set: "Cộng đồng học tập cấp xã (Thông tư 44/2014/TT-BGDĐT)", year: 2023 });
  });
});
