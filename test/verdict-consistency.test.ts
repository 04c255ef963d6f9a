/**
 * One verdict, three ways (issue "Eligibility"): for the same row, the custom function, the fill-a-column command and
 * the validation rule give the same outcome; and a threshold changed on the workbook's criteria sheet changes all three.
 */
import { outcomeLabel } from "../src/core/criteria";
import { createTaskpaneServices, verdictText } from "../src/entries/taskpane/services";
import { setCriteriaOverrides } from "../src/entries/functions/overrides";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import { createFakeExcel } from "./excel-fake";
import { seedData, seedWorkbook } from "./browser/taskpane-harness/workbook-rows";

class FakeCfError extends Error {}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: FakeCfError, ErrorCode: { invalidValue: "#VALUE!" } };
// Loaded after the global exists, as Excel's runtime provides it before the functions file runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the fake global must exist before the module loads
const fns = require("../src/entries/functions/functions") as typeof import("../src/entries/functions/functions");

const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const PEOPLE = ["Nguyễn Văn An", "Lò Thị Bình", "Hoàng Văn Cường"];

async function threeWays(services: ReturnType<typeof createTaskpaneServices>, fake: ReturnType<typeof createFakeExcel>) {
  const check = must(await services.check("all", DEFAULT_SETTINGS));
  const rule = check.report.sheets.find((s) => s.sheet === "Công dân")!.verdicts;
  const fill = must(await services.fillEligibility("Công dân", DEFAULT_SETTINGS)).verdicts;
  const sheet = fake.model.sheet("Công dân")!;
  return Promise.all(PEOPLE.map(async (name) => {
    const r = rule.find((v) => v.subject === name)!;
    const f = fill.find((v) => v.subject === name)!;
    const values = sheet.values[r.row - 1] as unknown[];
    const fn = await fns.CONGDAN([values.slice(6, 16) as number[]], 2024);
    return { name, rule: outcomeLabel(r.verdict.outcome), fill: outcomeLabel(f.verdict.outcome), fn: fn.replace(/ \(chưa xác nhận\)$/, "") };
  }));
}

describe("the same verdict from the custom function, the fill command and the validation rule", () => {
  afterEach(() => setCriteriaOverrides([]));

  it("agrees on every row with the built-in criteria, and all three follow an edit of the criteria sheet", async () => {
    const fake = createFakeExcel();
    seedWorkbook(fake.model, seedData());
    const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock: () => new Date(2025, 2, 14, 9, 30) });

    const before = await threeWays(services, fake);
    for (const v of before) expect([v.rule, v.fill, v.fn]).toEqual([v.rule, v.rule, v.rule]);
    expect(before.map((v) => v.rule)).toEqual(["Đạt", "Đạt", "Không đạt"]);

    // The province raises the pass mark from 80 to 85 points on the "Tiêu chí XHHT" sheet.
    must(await services.writeCriteriaSheet());
    const sheet = fake.model.sheet("Tiêu chí XHHT")!;
    const row = sheet.values.findIndex((r) => r?.[0] === "cong-dan-324" && r?.[2] === "total.min");
    sheet.setRaw(row, 4, 85);
    must(await services.readCriteriaSheet());

    const after = await threeWays(services, fake);
    for (const v of after) expect([v.rule, v.fill, v.fn]).toEqual([v.rule, v.rule, v.rule]);
    expect(after.map((v) => v.rule)).toEqual(["Đạt", "Không đạt", "Không đạt"]);
  });
});

const UNITS: readonly [string, string, number, number, number][] = [
  ["Trường Mầm non Lâm Giang", "Cơ sở", 28, 27, 36],
  ["Phòng Văn hóa huyện Văn Yên", "Huyện", 30, 25, 30],
  ["Sở Tư pháp", "Tỉnh", 25, 20, 24], // 69 points: one below Khá
  ["Trung tâm Y tế huyện", "Huyện", 14, 12, 15],
];

/** A learning-unit list of 2023 (Thông tư 22/2020 points) with one unit per level, as an officer types it. */
function unitRows(year: number): (string | number)[][] {
  return [
    ["UBND TỈNH LÀO CAI"],
    [`KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐƠN VỊ HỌC TẬP NĂM ${year}`],
    [],
    ["STT", "Tên đơn vị", "Cấp", "Loại đơn vị", "Tiêu chí 1: Điều kiện (30)", "Tiêu chí 2: Kết quả học tập của thành viên (30)", "Tiêu chí 3: Tác động (40)", "Tổng điểm", "Xếp loại"],
    ...UNITS.map(([name, level, a, b, c], i) => [i + 1, name, level, "Cơ quan", a, b, c, a + b + c, ""]),
  ];
}

const YEAR = 2023;

async function unitThreeWays(services: ReturnType<typeof createTaskpaneServices>, settings: typeof DEFAULT_SETTINGS) {
  const check = must(await services.check("all", settings));
  const rule = check.report.sheets.find((s) => s.sheet === "Đơn vị")!.verdicts;
  const fill = must(await services.fillEligibility("Đơn vị", settings)).verdicts;
  return Promise.all(UNITS.map(async ([name, level, a, b, c]) => {
    const r = rule.find((v) => v.subject === name)!;
    const f = fill.find((v) => v.subject === name)!;
    const fn = await fns.DONVI(a, b, c, YEAR, level);
    return { set: r.verdict.setId, rule: verdictText(r.verdict), fill: verdictText(f.verdict), fn };
  }));
}

describe("the same learning-unit verdict three ways, by the set each row's level names", () => {
  afterEach(() => setCriteriaOverrides([]));

  it("agrees per level (cơ sở → QĐ 448, huyện / tỉnh → TT 22), and confirming the commune set clears 'chưa xác nhận' everywhere", async () => {
    const fake = createFakeExcel();
    seedWorkbook(fake.model, seedData());
    fake.model.addSheet("Đơn vị").setRows(0, 0, unitRows(YEAR));
    const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock: () => new Date(2025, 2, 14, 9, 30) });
    const settings = { ...DEFAULT_SETTINGS, reportYear: YEAR };

    const before = await unitThreeWays(services, settings);
    expect(before.map((v) => v.set)).toEqual(["don-vi-co-so-448", "don-vi-huyen-tt22", "don-vi-tinh-tt22", "don-vi-huyen-tt22"]);
    for (const v of before) expect([v.rule, v.fill, v.fn]).toEqual([v.rule, v.rule, v.rule]);
    expect(before.map((v) => v.rule)).toEqual(["Tốt (chưa xác nhận)", "Tốt", "Trung bình", "Không đạt"]);

    // The province confirms every value of the commune-level set on the "Tiêu chí XHHT" sheet.
    must(await services.writeCriteriaSheet());
    const sheet = fake.model.sheet("Tiêu chí XHHT")!;
    sheet.values.forEach((row, i) => {
      if (row?.[0] === "don-vi-co-so-448" && row?.[5] === "Chưa xác nhận") sheet.setRaw(i, 5, "Tỉnh xác nhận");
    });
    must(await services.readCriteriaSheet());

    const after = await unitThreeWays(services, settings);
    for (const v of after) expect([v.rule, v.fill, v.fn]).toEqual([v.rule, v.rule, v.rule]);
    expect(after.map((v) => v.rule)).toEqual(["Tốt", "Tốt", "Trung bình", "Không đạt"]);
  });
});

describe("a district unit after districts ended (2025-07-01)", () => {
  it("gets no verdict from the rule or the fill command, a warning on its level, and a #VALUE! error from DONVI", async () => {
    const fake = createFakeExcel();
    seedWorkbook(fake.model, seedData());
    fake.model.addSheet("Đơn vị").setRows(0, 0, unitRows(2025));
    const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock: () => new Date(2026, 0, 10, 9, 30) });
    const settings = { ...DEFAULT_SETTINGS, reportYear: 2025 };
    const sheet = must(await services.check("all", settings)).report.sheets.find((s) => s.sheet === "Đơn vị")!;
    // The commune unit keeps its QĐ 448 points; the province unit's TT 24 checklist has no column on a points list.
    expect(sheet.verdicts.map((v) => v.subject)).toEqual(["Trường Mầm non Lâm Giang"]);
    expect(sheet.issues.filter((i) => i.code === "unit-level-ended").map((i) => i.where.address)).toEqual(["C6", "C8"]);
    expect(sheet.issues.filter((i) => i.code === "unit-layout-mismatch").map((i) => i.where.address)).toEqual(["C7"]);
    const fill = must(await services.fillEligibility("Đơn vị", settings));
    expect(fill.verdicts.map((v) => v.subject)).toEqual(["Trường Mầm non Lâm Giang"]);
    await expect(fns.DONVI(30, 25, 30, 2025, "huyện")).rejects.toThrow(FakeCfError);
  });
});
