import { BUILTIN_SETS, type CriteriaSet } from "../criteria";
import { gridFromRows } from "../grid/from-rows";
import type { CellValue } from "../grid/grid";
import { validateSheet } from "../validation/validate";
import { blankTemplateSheet } from "./blank-sheet";
import { builtinTemplate } from "./builtin";
import type { SpecValue } from "./sheet-spec";

const t = builtinTemplate("cong-dong-xa-tt25-bang")!;
const plain = (v: SpecValue): CellValue => (v !== null && typeof v === "object" ? null : v);
const tt25 = BUILTIN_SETS.find((s) => s.id === "cong-dong-xa-tt25")!;

/** The province's version of the TT 25 commune set: criterion 3 with two indicators of its own (as a criteria file gives). */
const province: CriteriaSet = {
  ...tt25,
  origin: "file",
  version: "2025.lc",
  rule:
    tt25.rule.kind === "checklist"
      ? {
          ...tt25.rule,
          criteria: tt25.rule.criteria.map((c) =>
            c.id === "tc3"
              ? {
                  ...c,
                  items: [
                    { id: "tc3-ttht", label: "Trung tâm học tập cộng đồng hoạt động hiệu quả", type: "yes-no", from: "level-1", confidence: "V" },
                    { id: "tc3-thu-vien", label: "Thư viện, tủ sách phục vụ người dân", type: "yes-no", from: "level-1", confidence: "V" },
                  ],
                }
              : c,
          ),
        }
      : tt25.rule,
};

describe("Tạo biểu mẫu: the blank commune self-assessment table", () => {
  const spec = blankTemplateSheet(t, { year: 2025, unitName: "Xã Bảo Ái", rows: 20 });
  const codes = spec.rows.map((r) => r[0]).filter((v): v is string => typeof v === "string" && /^\d/.test(v));

  it("lists every criterion and indicator of the set in force, numbered as the dossier's table, whatever the row count", () => {
    expect(codes).toEqual(["1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "3", "3.1", "4", "4.1", "4.2", "5", "5.1", "5.2"]);
    expect(spec.rows[5]).toEqual(t.fields.map((f) => f.label));
    expect(spec.rows.map((r) => r[0])).toContain("ỦY BAN NHÂN DÂN XÃ BẢO ÁI");
    expect(spec.rows.some((r) => r[0] === "BẢNG TỰ ĐÁNH GIÁ CỘNG ĐỒNG HỌC TẬP CẤP XÃ NĂM 2025")).toBe(true);
  });

  it("marks the provisional indicators 'chưa xác nhận' and only those", () => {
    const label = (code: string) => String(spec.rows.find((r) => r[0] === code)?.[1]);
    expect(label("1.1")).not.toMatch(/chưa xác nhận/);
    expect(label("3.1")).toMatch(/\(chưa xác nhận\)$/);
    expect(label("5.2")).toMatch(/\(chưa xác nhận\)$/);
  });

  it("offers Đạt / Không đạt on each indicator's assessment, not on the criterion headings; Mức độ 1/2 for the level sought", () => {
    const lists = spec.validations.filter((v) => v.rule.kind === "list");
    const assessed = lists.filter((v) => v.rule.kind === "list" && v.rule.items.includes("Đạt")).map((v) => v.range.top);
    const indicatorRows = spec.rows.map((r, i) => (typeof r[0] === "string" && r[0].includes(".") ? i : -1)).filter((i) => i >= 0);
    expect(assessed).toEqual(indicatorRows);
    expect(lists.some((v) => v.rule.kind === "list" && v.rule.items.join() === "Mức độ 1,Mức độ 2" && v.range.top === 3 && v.range.left === 2)).toBe(true);
  });

  it("a filled blank reads back as the commune's table, with the level sought and the Level 1 year", () => {
    const values = spec.rows.map((r) => r.map(plain));
    values[3][2] = "Mức độ 2";
    values[4][2] = 2025;
    for (const r of values) if (typeof r[0] === "string" && r[0].includes(".")) r[2] = "Đạt";
    const report = validateSheet(gridFromRows(spec.name, values), { today: { year: 2026, month: 1, day: 5 } });
    expect(report.templateId).toBe("cong-dong-xa-tt25-bang");
    expect(report.verdicts.map((v) => [v.subject, v.verdict.outcome])).toEqual([["Xã Bảo Ái", "level-1"]]);
    expect(report.issues.map((i) => i.code)).toEqual(["level-sought-not-reached", "recognition-too-early"]);
    expect(report.issues[0].params.reason).toBe("Mức độ 1 được công nhận năm 2025, chưa đủ 12 tháng");
  });

  it("lists a province's own indicators when its set is given, and the table is judged by that set", () => {
    const own = blankTemplateSheet(t, { year: 2025, unitName: "Xã Bảo Ái", rows: 20, sets: [province] });
    const rows = own.rows.filter((r) => typeof r[0] === "string" && r[0].startsWith("3"));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["3", "Tiêu chí 3 — Trung tâm học tập cộng đồng, thư viện, trung tâm văn hóa – thể thao"],
      ["3.1", "Trung tâm học tập cộng đồng hoạt động hiệu quả"],
      ["3.2", "Thư viện, tủ sách phục vụ người dân"],
    ]);
    const values = own.rows.map((r) => r.map(plain));
    for (const r of values) if (typeof r[0] === "string" && r[0].includes(".")) r[2] = r[0] === "3.2" ? "Không đạt" : "Đạt";
    const report = validateSheet(gridFromRows(own.name, values), { today: { year: 2026, month: 1, day: 5 }, criteriaSets: [province] });
    const v = report.verdicts[0].verdict;
    expect([v.setVersion, v.outcome]).toEqual(["2025.lc", "not-met"]);
    expect(v.criteria.find((c) => !c.met)?.id).toBe("tc3-thu-vien");
  });

  it("for a year before TT 25 lists the set then in force (TT 44)", () => {
    const old = blankTemplateSheet(t, { year: 2023, unitName: "Xã Bảo Ái", rows: 20 });
    expect(old.rows.filter((r) => typeof r[0] === "string" && /^\d/.test(r[0])).map((r) => r[0])).toEqual(["1", "1.1"]);
  });
});
