import { describeFailures, verdictResult } from "../criteria";
import { gridFromRows } from "../grid/from-rows";
import type { CellValue } from "../grid/grid";
import { blankTemplateSheet } from "../templates/blank-sheet";
import { builtinTemplate } from "../templates/builtin";
import type { SpecValue } from "../templates/sheet-spec";
import type { ValidationContext } from "./context";
import { validateSheet } from "./validate";

const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const t = builtinTemplate("cong-dong-xa-tt25-bang")!;
const plain = (v: SpecValue): CellValue => (v !== null && typeof v === "object" ? null : v);
const LEVEL_1 = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "4.1", "5.1"];
const LEVEL_2 = ["4.2", "5.2"];

interface Fill {
  readonly year?: number;
  readonly sought?: string | null;
  readonly level1Year?: number | null;
  /** Self-assessment by code; codes absent here stay blank; `drop` removes rows; `extra` appends rows. */
  readonly marks?: Readonly<Record<string, CellValue>>;
  readonly drop?: readonly string[];
  readonly extra?: readonly CellValue[][];
}

/** The "Tạo biểu mẫu" table of Xã Bảo Ái filled in as an officer would. */
function sheet(f: Fill = {}) {
  const spec = blankTemplateSheet(t, { year: f.year ?? 2025, unitName: "Xã Bảo Ái", rows: 1 });
  const values = spec.rows.map((r) => r.map(plain));
  values[3][2] = f.sought === undefined ? "Mức độ 1" : f.sought;
  values[4][2] = f.level1Year ?? null;
  const marks = f.marks ?? Object.fromEntries(LEVEL_1.map((c) => [c, "Đạt"]));
  for (const row of values) if (typeof row[0] === "string" && row[0] in marks) row[2] = marks[row[0]];
  const kept = values.filter((row) => !(typeof row[0] === "string" && f.drop?.includes(row[0])));
  return gridFromRows(spec.name, [...kept, ...(f.extra ?? [])]);
}

const all = (codes: readonly string[], v: CellValue = "Đạt") => Object.fromEntries(codes.map((c) => [c, v]));
const check = (f: Fill = {}) => validateSheet(sheet(f), ctx);
const codes = (r: ReturnType<typeof check>) => r.issues.map((i) => i.code);

describe("the TT 25 commune self-assessment table (one row per criterion and indicator)", () => {
  it("is detected from its header words and gives one verdict for the commune", () => {
    const r = check();
    expect(r.templateId).toBe("cong-dong-xa-tt25-bang");
    expect(r.reportYear).toBe(2025);
    expect(r.verdicts).toHaveLength(1);
    expect(r.verdicts[0].subject).toBe("Xã Bảo Ái");
    expect(r.verdicts[0].verdict.outcome).toBe("level-1");
    expect(r.verdicts[0].verdict.setId).toBe("cong-dong-xa-tt25");
    expect(verdictResult(r.verdicts[0].verdict)).toBe("Mức độ 1 (chưa xác nhận)");
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("is not taken for the one-row-per-commune layout, nor that one for it", () => {
    expect(validateSheet(sheet(), ctx).templateId).not.toBe("cong-dong-xa-tt25");
    const oneRow = gridFromRows("S", [
      ["STT", "Tên xã, phường", "Tuyên truyền", "Chương trình", "Tuần lễ", "Kinh phí", "Xã hội hóa", "Phối hợp"],
      [1, "Xã A", "Có", "Có", "Có", "Có", "Có", "Có"],
    ]);
    expect(validateSheet(oneRow, ctx).templateId).toBe("cong-dong-xa-tt25");
  });

  it("accepts Đạt / Không đạt / Có / Không as officers write them; a failed indicator is named", () => {
    const r = check({ marks: { ...all(LEVEL_1, "Có"), "2.1": "Không", "1.2": "không đạt" } });
    expect(codes(r)).not.toContain("self-assessment-invalid");
    const v = r.verdicts[0].verdict;
    expect(v.outcome).toBe("not-met");
    const failures = describeFailures(v).join("; ");
    expect(failures).toContain("Bố trí đủ kinh phí");
    expect(failures).toContain("Có chương trình, kế hoạch hằng năm");
    expect(codes(r)).toContain("level-sought-not-reached");
  });

  it("reports a self-assessment that is not Đạt / Không đạt, and the verdict names it as invalid", () => {
    const r = check({ marks: { ...all(LEVEL_1), "1.3": "Tốt" } });
    const bad = r.issues.find((i) => i.code === "self-assessment-invalid")!;
    expect(bad.severity).toBe("error");
    expect(bad.input).toBe("Tốt");
    expect(bad.params.code).toBe("1.3");
    expect(r.verdicts[0].verdict.outcome).toBe("insufficient-data");
    expect(r.verdicts[0].verdict.invalid).toEqual(["tc1-tuan-le"]);
  });

  it("a blank self-assessment is not assessed: a warning, and insufficient data naming the indicator", () => {
    const r = check({ marks: { ...all(LEVEL_1), "3.1": null } });
    expect(r.issues.find((i) => i.code === "self-assessment-blank")?.params.code).toBe("3.1");
    const v = r.verdicts[0].verdict;
    expect(v.outcome).toBe("insufficient-data");
    expect(v.missing).toEqual(["tc3-hieu-qua"]);
    expect(v.provisional).toBe(true);
  });

  it("reports an indicator id the set does not have, and a row written twice", () => {
    const clean = check();
    expect(codes(clean)).not.toContain("indicator-unknown");
    const r = check({ extra: [["6.1", "Chỉ số không có", "Đạt", null, null], ["1.1", "Tuyên truyền (lần hai)", "Không đạt", null, null]] });
    const unknown = r.issues.find((i) => i.code === "indicator-unknown")!;
    expect(unknown.params.code).toBe("6.1");
    expect(unknown.severity).toBe("error");
    expect(r.issues.find((i) => i.code === "indicator-duplicate")?.params.first).toBeGreaterThan(7);
    expect(r.verdicts[0].verdict.outcome).toBe("level-1");
  });

  it("reports a Level 1 indicator missing from the table, and the verdict lacks it", () => {
    const r = check({ drop: ["2.2"] });
    const miss = r.issues.filter((i) => i.code === "indicator-missing");
    expect(miss.map((i) => i.params.code)).toEqual(["2.2"]);
    expect(r.verdicts[0].verdict.missing).toEqual(["tc2-xa-hoi-hoa"]);
  });

  it("does not ask a commune seeking Level 1 for Level 2's indicators, but does when it seeks Level 2", () => {
    expect(codes(check({ drop: LEVEL_2 }))).not.toContain("indicator-missing");
    const r = check({ sought: "Mức độ 2", drop: LEVEL_2 });
    expect(r.issues.filter((i) => i.code === "indicator-missing").map((i) => i.params.code)).toEqual(["4.2", "5.2"]);
  });

  it("reads numbers typed in Excel (1.1), Roman criterion numbers and the code at the start of the content", () => {
    const r = check({ drop: ["1.1", "1.2"], extra: [[1.1, "Tuyên truyền", "Đạt", null, null], [null, "1.2. Có chương trình", "Đạt", null, null], ["II", "Tiêu chí 2", null, null, null]] });
    expect(codes(r)).toEqual(expect.not.arrayContaining(["indicator-unknown", "indicator-missing"]));
    expect(r.verdicts[0].verdict.outcome).toBe("level-1");
  });
});

describe("criterion heading rows", () => {
  const heading = (code: string, v: CellValue, marks: Record<string, CellValue>, sought = "Mức độ 1") => {
    const g = sheet({ sought, marks });
    const values = g.values.map((r) => [...r]);
    values.find((r) => r[0] === code)![2] = v;
    return validateSheet(gridFromRows(g.sheetName, values), ctx);
  };

  it("a criterion written as its indicators say is not questioned, nor a blank one", () => {
    expect(codes(heading("2", "Đạt", all(LEVEL_1)))).not.toContain("criterion-assessment-disagrees");
    expect(codes(heading("2", "Không đạt", { ...all(LEVEL_1), "2.3": "Không đạt" }))).not.toContain("criterion-assessment-disagrees");
    expect(codes(heading("2", null, { ...all(LEVEL_1), "2.3": "Không đạt" }))).not.toContain("criterion-assessment-disagrees");
  });

  it("'Đạt' over a failed indicator, or 'Không đạt' over indicators all met, is a warning naming them", () => {
    const over = heading("2", "Đạt", { ...all(LEVEL_1), "2.3": "Không đạt" });
    expect(over.issues.find((i) => i.code === "criterion-assessment-disagrees")?.params.failed).toBe("2.3");
    const under = heading("4", "Không đạt", all([...LEVEL_1, ...LEVEL_2]), "Mức độ 2");
    expect(under.issues.find((i) => i.code === "criterion-assessment-disagrees")?.params.all).toBe("4.1, 4.2");
    expect(codes(heading("1", "Tốt", all(LEVEL_1)))).toContain("self-assessment-invalid");
  });
});

describe("the commune's level at the Level 1 / Level 2 boundaries", () => {
  it("Level 2 when all of Level 2's indicators are met too", () => {
    const r = check({ sought: "Mức độ 2", marks: all([...LEVEL_1, ...LEVEL_2]), level1Year: 2023 });
    expect(r.verdicts[0].verdict.outcome).toBe("level-2");
    expect(codes(r)).not.toContain("recognition-too-early");
  });

  it("stays at Level 1 when one Level 2 indicator fails, and says why against the level sought", () => {
    const r = check({ sought: "Mức độ 2", marks: { ...all([...LEVEL_1, ...LEVEL_2]), "5.2": "Không đạt" } });
    expect(r.verdicts[0].verdict.outcome).toBe("level-1");
    const w = r.issues.find((i) => i.code === "level-sought-not-reached")!;
    expect(w.params.sought).toBe("Mức độ 2");
    expect(String(w.params.reason)).toContain("tác động Mức độ 2");
  });

  it("is not met when one Level 1 indicator fails even though Level 2's are met", () => {
    const r = check({ marks: { ...all([...LEVEL_1, ...LEVEL_2]), "1.1": "Không đạt" } });
    expect(r.verdicts[0].verdict.outcome).toBe("not-met");
  });

  it("withholds Level 2 when Level 1 was recognised the same year (under 12 months), a year later it is allowed", () => {
    const early = check({ year: 2025, sought: "Mức độ 2", marks: all([...LEVEL_1, ...LEVEL_2]), level1Year: 2025 });
    expect(early.verdicts[0].verdict.outcome).toBe("level-1");
    expect(codes(early)).toContain("recognition-too-early");
    const later = check({ year: 2025, sought: "Mức độ 2", marks: all([...LEVEL_1, ...LEVEL_2]), level1Year: 2024 });
    expect(later.verdicts[0].verdict.outcome).toBe("level-2");
    expect(codes(later)).not.toContain("recognition-too-early");
    // Seeking Level 2 that soon is warned even when the indicators would not give it; seeking Level 1 is not.
    expect(codes(check({ year: 2025, sought: "Mức độ 2", marks: { ...all([...LEVEL_1, ...LEVEL_2]), "4.2": "Không đạt" }, level1Year: 2025 }))).toContain("recognition-too-early");
    expect(codes(check({ year: 2025, sought: "Mức độ 1", level1Year: 2025 }))).not.toContain("recognition-too-early");
  });

  it("warns when the Level 1 recognition has expired (kept three years)", () => {
    expect(codes(check({ year: 2025, level1Year: 2022 }))).not.toContain("recognition-expired");
    expect(codes(check({ year: 2026, level1Year: 2022 }))).toContain("recognition-expired");
  });

  it("judges a 2023 table under the set in force then (TT 44), which has no such indicators", () => {
    const g = sheet();
    const values = g.values.map((r) => [...r]);
    values[1][0] = "BẢNG TỰ ĐÁNH GIÁ CỘNG ĐỒNG HỌC TẬP CẤP XÃ NĂM 2023";
    const r = validateSheet(gridFromRows(g.sheetName, values), ctx);
    expect(r.verdicts).toEqual([]);
    expect(codes(r)).toContain("unit-layout-mismatch");
    expect(codes(r)).not.toContain("indicator-unknown");
  });
});

describe("the title lines", () => {
  it("warns when no commune is named, and still gives the verdict", () => {
    const g = sheet();
    const values = g.values.map((r) => [...r]);
    values[0][0] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    values[2][0] = null;
    const r = validateSheet(gridFromRows(g.sheetName, values), ctx);
    expect(codes(r)).toContain("commune-name-missing");
    expect(r.verdicts[0].verdict.outcome).toBe("level-1");
  });

  it("reads the commune from a line of its own under 'ỦY BAN NHÂN DÂN', never from 'Xã hội học tập'", () => {
    const g = sheet();
    const values = g.values.map((r) => [...r]);
    values[0][0] = "ỦY BAN NHÂN DÂN";
    values[2][0] = "XÃ HỘI HỌC TẬP — CỘNG ĐỒNG HỌC TẬP";
    values[3][0] = "XÃ VIỆT HỒNG";
    expect(validateSheet(gridFromRows(g.sheetName, values), ctx).verdicts[0].subject).toBe("Xã Việt Hồng");
  });

  it("reads the Level 1 year from the decision's date, not from its number", () => {
    const g = sheet({ sought: "Mức độ 2", marks: all([...LEVEL_1, ...LEVEL_2]) });
    const values = g.values.map((r) => [...r]);
    values[4][1] = "Đã được công nhận Mức độ 1 theo Quyết định số 2019/QĐ-UBND ngày 20/3/2025";
    const r = validateSheet(gridFromRows(g.sheetName, values), ctx);
    expect(r.issues.find((i) => i.code === "recognition-too-early")?.params.granted).toBe(2025);
    expect(r.verdicts[0].verdict.outcome).toBe("level-1");
  });

  it("reads the commune from 'UBND xã …' and the Level 1 year written in the line itself", () => {
    const g = sheet({ sought: null });
    const values = g.values.map((r) => [...r]);
    values[0][0] = "UBND XÃ PHÚC LỢI";
    values[2][0] = null;
    values[3][1] = "Đề nghị công nhận Mức độ 2";
    values[4][1] = "Đã được công nhận Mức độ 1 năm 2025";
    const r = validateSheet(gridFromRows(g.sheetName, values), ctx);
    expect(r.verdicts[0].subject).toBe("Xã Phúc Lợi");
    expect(r.issues.filter((i) => i.code === "self-assessment-blank").map((i) => i.params.code)).toEqual(["4.2", "5.2"]);
    expect(r.verdicts[0].verdict.outcome).toBe("level-1");
    expect(String(r.issues.find((i) => i.code === "level-sought-not-reached")?.params.reason)).toContain("chưa tự đánh giá chỉ số 4.2, 5.2");
  });
});

describe("the same verdict as the one-row-per-commune layout", () => {
  /** The one-row layout's blank ("Tạo biểu mẫu") with one commune whose item cells say Có / Không by item id. */
  function oneRow(marks: Readonly<Record<string, string>>) {
    const one = builtinTemplate("cong-dong-xa-tt25")!;
    const spec = blankTemplateSheet(one, { year: 2025, unitName: "Huyện Văn Yên", rows: 1 });
    const values = spec.rows.map((r) => r.map(plain));
    const first = values.findIndex((r) => r[0] === 1);
    one.fields.forEach((f, c) => {
      if (f.id === "unit-name") values[first][c] = "Xã Bảo Ái";
      if (f.id in marks) values[first][c] = marks[f.id];
    });
    return validateSheet(gridFromRows(spec.name, values), ctx).verdicts[0].verdict;
  }
  const ids: Readonly<Record<string, string>> = {
    "1.1": "tc1-tuyen-truyen", "1.2": "tc1-chuong-trinh", "1.3": "tc1-tuan-le", "2.1": "tc2-kinh-phi", "2.2": "tc2-xa-hoi-hoa", "2.3": "tc2-phoi-hop",
    "3.1": "tc3-hieu-qua", "4.1": "tc4-muc-1", "4.2": "tc4-muc-2", "5.1": "tc5-muc-1", "5.2": "tc5-muc-2",
  };

  it.each<[string, Record<string, CellValue>]>([
    ["Level 1", all(LEVEL_1)],
    ["Level 2", all([...LEVEL_1, ...LEVEL_2])],
    ["Level 2 failed", { ...all([...LEVEL_1, ...LEVEL_2]), "4.2": "Không đạt" }],
    ["not met", { ...all(LEVEL_1), "2.1": "Không đạt" }],
    ["a Level 1 blank", { ...all(LEVEL_1), "3.1": null }],
  ])("%s", (_, marks) => {
    const table = check({ sought: null, marks }).verdicts[0].verdict;
    const byId = Object.fromEntries(Object.entries(marks).filter(([, v]) => v !== null).map(([code, v]) => [ids[code], v === "Đạt" ? "Có" : "Không"]));
    expect(table).toEqual(oneRow(byId));
  });
});

