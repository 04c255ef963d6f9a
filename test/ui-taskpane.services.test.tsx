// The task pane's services (src/entries/taskpane/services.ts) over the Excel fake: the officer's path without a browser.
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { DEFAULT_SETTINGS, SETTINGS_STATE_KEY } from "../src/ui/taskpane/settings.schema";
import { createFakeExcel, type FakeExcel } from "./excel-fake";
import { seedData, seedWorkbook } from "./browser/taskpane-harness/workbook-rows";

const clock = () => new Date(2025, 2, 14, 9, 30);

function setup(): { fake: FakeExcel; services: ReturnType<typeof createTaskpaneServices> } {
  const fake = createFakeExcel();
  seedWorkbook(fake.model, seedData());
  return { fake, services: createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock }) };
}

const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("task pane services over the Excel fake", () => {
  it("checks, fixes numbers typed as text, undoes, and clears marks exactly", async () => {
    const { fake, services } = setup();
    const sheet = fake.model.sheet("Biểu 01")!;
    const check = must(await services.check("active", DEFAULT_SETTINGS));
    const issues = check.report.sheets.flatMap((s) => s.issues);
    const codes = issues.map((i) => i.code);
    expect(codes).toContain("number-as-text");
    expect(codes).toContain("rate-mismatch");
    expect(sheet.fills.size).toBeGreaterThan(1);
    expect(check.fingerprints["Biểu 01"]).toMatch(/^fnv1a64:/);

    must(await services.goToCell("Biểu 01", "C7"));
    expect(fake.model.selection).toEqual({ sheet: "Biểu 01", address: "C7" });

    const applied = must(await services.applyFixes(issues.filter((i) => i.code === "number-as-text"), "Sửa hàng loạt"));
    expect(applied.applied).toBe(3);
    expect([sheet.get(6, 2), sheet.get(6, 3), sheet.get(6, 4)]).toEqual([120, 110, 95]);
    expect(must(await services.listUndo())).toHaveLength(1);

    const undone = must(await services.undoLast());
    expect(undone.restored).toBe(3);
    expect([sheet.get(6, 2), sheet.get(6, 3), sheet.get(6, 4)]).toEqual(["120", "110", "95"]);
    expect(sheet.format(6, 2)).toBe("@");

    must(await services.clearMarks());
    expect([...sheet.fills]).toEqual([["3,2", "#DDEBF7"]]);
  });

  it("writes the report sheet with the check log", async () => {
    const { fake, services } = setup();
    const check = must(await services.check("all", DEFAULT_SETTINGS));
    must(await services.writeReport(check));
    const report = fake.model.sheet("Kết quả kiểm tra")!;
    expect(String(report.get(1, 0))).toContain("2025-03-14 09:30");
    expect(report.links.size).toBeGreaterThan(0);
    expect(String(fake.model.settings.get("xhht.check-log"))).toContain("Biểu 01");
  });

  it("fills the verdict column, inserts custom functions as formulas, draws charts and creates a template sheet", async () => {
    const { fake, services } = setup();
    const filled = must(await services.fillEligibility("Công dân", DEFAULT_SETTINGS));
    expect(filled.written).toBe(3);
    const cd = fake.model.sheet("Công dân")!;
    const col = filled.resultColumn!.charCodeAt(0) - 65;
    expect(cd.get(2, col)).toBe("Kết quả tính (XHHT)");
    expect(cd.get(3, col)).toMatch(/^Đạt/);
    expect(cd.get(5, col)).toMatch(/^Không đạt/);

    const fns = must(await services.insertFunctions("Công dân", [], DEFAULT_SETTINGS));
    expect(fns.written).toBe(3);
    expect(fns.sample).toBe("=XHHT.CONGDAN(G4:P4,2024)");
    const fcol = fns.column.charCodeAt(0) - 65;
    expect(cd.formula(3, fcol)).toBe("=XHHT.CONGDAN(G4:P4,2024)");

    const charts = must(await services.drawCharts("Biểu 01", DEFAULT_SETTINGS));
    expect(charts.charts.length).toBeGreaterThan(0);
    expect(fake.model.sheet("Biểu đồ")!.charts.length).toBe(charts.charts.length);
    must(await services.drawCharts("Biểu 01", DEFAULT_SETTINGS));
    expect(fake.model.sheet("Biểu đồ")!.charts.length).toBe(charts.charts.length);

    const made = must(await services.createTemplate({ templateId: "gia-dinh-hoc-tap", year: 2025, unitName: "Xã Lâm Giang", rows: 5 }));
    expect(fake.model.sheet(made.sheetName)).toBeDefined();
    const again = await services.createTemplate({ templateId: "gia-dinh-hoc-tap", year: 2025, unitName: "Xã Lâm Giang", rows: 5 });
    expect(again.ok ? "" : again.error.code).toBe("office-sheet-exists");
  });

  it("creates the TT 25 commune self-assessment table from the set's criteria and indicators, and reads it back as that table", async () => {
    const { fake, services } = setup();
    const made = must(await services.createTemplate({ templateId: "cong-dong-xa-tt25-bang", year: 2025, unitName: "Xã Bảo Ái", rows: 20 }));
    const ws = fake.model.sheet(made.sheetName)!;
    expect(ws.get(5, 1)).toBe("Tiêu chí / Chỉ số (nội dung)");
    expect(ws.get(8, 0)).toBe("1.1");
    expect(String(ws.get(16, 1))).toMatch(/chưa xác nhận/);
    const check = must(await services.check("all", DEFAULT_SETTINGS));
    const sheet = check.report.sheets.find((x) => x.sheet === made.sheetName)!;
    expect(sheet.templateId).toBe("cong-dong-xa-tt25-bang");
    expect(sheet.verdicts.map((v) => [v.subject, v.verdict.outcome])).toEqual([["Xã Bảo Ái", "insufficient-data"]]);
    expect(sheet.issues.filter((i) => i.code === "self-assessment-blank")).toHaveLength(9);
    const before = JSON.stringify(ws.values);
    const fill = must(await services.fillEligibility(made.sheetName, DEFAULT_SETTINGS));
    expect([fill.resultColumn, fill.written, fill.verdicts.length]).toEqual([null, 0, 1]);
    expect(JSON.stringify(ws.values)).toBe(before);
  });

  it("keeps settings in the workbook and falls back to defaults with a message when they are unreadable", async () => {
    const { fake, services } = setup();
    expect(await services.loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
    must(await services.saveSettings({ ...DEFAULT_SETTINGS, reportYear: 2024, lang: "en" }));
    expect((await services.loadSettings()).settings).toMatchObject({ reportYear: 2024, lang: "en" });
    fake.model.settings.set(SETTINGS_STATE_KEY, '{"v":1,"reportYear":"hai"}');
    const bad = await services.loadSettings();
    expect(bad.settings).toEqual(DEFAULT_SETTINGS);
    expect(bad.notice).toMatch(/không đọc được/);
  });

  it("inserts custom functions as one undoable batch: undo empties the column again", async () => {
    const { fake, services } = setup();
    const fns = must(await services.insertFunctions("Công dân", [], DEFAULT_SETTINGS));
    const cd = fake.model.sheet("Công dân")!;
    const col = fns.column.charCodeAt(0) - 65;
    expect(cd.formula(3, col)).toBe("=XHHT.CONGDAN(G4:P4,2024)");
    expect(must(await services.listUndo())[0].label).toBe("Chèn hàm XHHT (Công dân)");
    const undone = must(await services.undoLast());
    expect(undone).toMatchObject({ restored: 4, conflicts: [] });
    expect([cd.formula(3, col), cd.get(3, col) ?? "", cd.get(2, col) ?? ""]).toEqual([undefined, "", ""]);
  });

  it("writes the criteria sheet, and an edited value there overrides the built-in one for the check and the fill", async () => {
    const { fake, services } = setup();
    expect(must(await services.readCriteriaSheet()).found).toBe(false);
    const written = must(await services.writeCriteriaSheet());
    const sheet = fake.model.sheet("Tiêu chí XHHT")!;
    expect(written.rows).toBeGreaterThan(10);
    const row = sheet.values.findIndex((r) => r?.[0] === "cong-dan-324" && r?.[2] === "total.min");
    expect(row).toBeGreaterThan(0);
    sheet.setRaw(row, 4, 70);
    const read = must(await services.readCriteriaSheet());
    expect(read.overrides.map((s) => s.id)).toContain("cong-dan-324");
    const filled = must(await services.fillEligibility("Công dân", DEFAULT_SETTINGS));
    const lopsided = filled.verdicts.find((v) => v.subject === "Lò Thị Bình")!;
    expect(lopsided.verdict.setVersion).toMatch(/\+sheet$/);
  });
});
