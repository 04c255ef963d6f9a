// "Ghép cột" through the task pane's services over the Excel fake: map an unrecognised sheet, save, check, reopen
// (the map is remembered), export the template file, and check the same rows as a file with that template file.
import { checkWorkbook } from "../src/app/check-files";
import { gridFromRows } from "../src/core/grid/from-rows";
import { STATE_KEYS } from "../src/core/ports/workbook-port";
import { parseTemplateFile } from "../src/core/templates/column-map";
import { BUILTIN_TEMPLATES } from "../src/core/templates/builtin";
import { columnMapOf } from "../src/core/templates/column-map-draft";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import { createFakeExcel } from "./excel-fake";

const ROWS = [
  ["UBND XÃ LÂM GIANG"],
  ["BÁO CÁO GIA ĐÌNH HỌC TẬP NĂM 2024 (MẪU CỦA TỈNH)"],
  ["Nơi báo cáo", "Số hộ toàn thôn", "Hộ ghi danh", "Hộ đạt chuẩn", "Tỉ trọng (%)"],
  ["Thôn Khe Lụa", 120, 110, 95, 79.2],
  ["Thôn Đồng Ruộng", 98, 80, 90, 91.8],
  ["Thôn Làng Chạp", 454, 300, 230, 58.5],
];
const clock = () => new Date(2025, 2, 14, 9, 30);
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const codes = (sheets: readonly { issues: readonly { code: string; where: { address: string } }[] }[]) =>
  sheets.flatMap((s) => s.issues.map((i) => `${i.code}@${i.where.address}`)).sort();

function open() {
  const fake = createFakeExcel();
  fake.model.addSheet("Mẫu tỉnh").setRows(0, 0, ROWS);
  fake.model.active = 0;
  return fake;
}

describe("Ghép cột over the Excel fake", () => {
  it("maps an unrecognised sheet, saves, checks, is remembered on reopening, and exports a template file the CLI path accepts", async () => {
    const fake = open();
    const pane = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock });
    const before = must(await pane.check("active", DEFAULT_SETTINGS));
    expect(before.report.sheets[0].templateId).toBeNull();
    expect(codes(before.report.sheets)).toEqual(["no-template-match@A1"]);

    const draft = must(await pane.columnMapDraft("Mẫu tỉnh"));
    expect(draft.headerTop).toBe(2);
    expect(draft.columns.map((c) => c.header)).toEqual(["Nơi báo cáo", "Số hộ toàn thôn", "Hộ ghi danh", "Hộ đạt chuẩn", "Tỉ trọng (%)"]);
    const chosen = ["unit-name", "gia-dinh.total", "gia-dinh.registered", "gia-dinh.recognised", "gia-dinh.rate"];
    expect(must(await pane.saveColumnMap(columnMapOf("tong-hop-mo-hinh", draft.columns.map((c, i) => ({ header: c.header, fieldId: chosen[i] })), "Mẫu tỉnh")))).toBe(1);
    expect(fake.model.settings.get(STATE_KEYS.columnMaps)).toBeDefined();

    const after = must(await pane.check("active", DEFAULT_SETTINGS));
    expect(after.report.sheets[0].templateId).toBe("tong-hop-mo-hinh");
    expect(after.report.sheets[0].table?.columns.every((c) => c.how === "column-map")).toBe(true);
    const paneIssues = codes(after.report.sheets);
    expect(paneIssues).toEqual(expect.arrayContaining(["recognised-exceeds-registered@D5", "rate-mismatch@E6"]));

    // Charts read the mapped sheet too.
    expect(must(await pane.drawCharts("Mẫu tỉnh", DEFAULT_SETTINGS)).charts.length).toBeGreaterThan(0);

    // Reopening: a new pane over the same workbook finds the saved map and checks the same way.
    const reopened = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock });
    expect(codes(must(await reopened.check("active", DEFAULT_SETTINGS)).report.sheets)).toEqual(paneIssues);

    // Export → the same rows read from a file and checked with the exported template file give the same issues.
    const exported = must(await reopened.exportTemplateFile());
    expect(exported.count).toBe(1);
    const file = parseTemplateFile(exported.json, BUILTIN_TEMPLATES);
    if (!file.ok) throw new Error(file.error.join("; "));
    const fromFile = checkWorkbook("mau-tinh.xlsx", { fileName: "mau-tinh.xlsx", sheets: [gridFromRows("Mẫu tỉnh", ROWS)] }, { today: { year: 2025, month: 3, day: 14 }, columnMaps: file.value.maps });
    expect(codes(fromFile.report?.sheets ?? [])).toEqual(paneIssues);
    // …and so does the map saved inside the workbook, when a reader hands over the workbook's state.
    const stored = String(fake.model.settings.get(STATE_KEYS.columnMaps));
    const withState = checkWorkbook("mau-tinh.xlsx", { fileName: "mau-tinh.xlsx", sheets: [gridFromRows("Mẫu tỉnh", ROWS)], state: { [STATE_KEYS.columnMaps]: stored } }, { today: { year: 2025, month: 3, day: 14 } });
    expect(codes(withState.report?.sheets ?? [])).toEqual(paneIssues);
  });

  it("imports a province's template file, and refuses a bad one without changing anything", async () => {
    const fake = open();
    const pane = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock });
    const bad = must(await pane.importTemplateFile(JSON.stringify({ format: "xhht-column-map", version: 1, maps: [{ templateId: "khong-co", columns: [{ header: "A", field: "unit-name" }] }] })));
    expect(bad).toEqual({ ok: false, error: ["Bản ghép 1, mục templateId: không có biểu mẫu 'khong-co'."] });
    expect(fake.model.settings.get(STATE_KEYS.columnMaps)).toBeUndefined();
    const good = {
      format: "xhht-column-map",
      version: 1,
      maps: [{ templateId: "tong-hop-mo-hinh", columns: ROWS[2].map((h, i) => ({ header: String(h), field: ["unit-name", "gia-dinh.total", "gia-dinh.registered", "gia-dinh.recognised", "gia-dinh.rate"][i] })) }],
    };
    expect(must(await pane.importTemplateFile(JSON.stringify(good)))).toEqual({ ok: true, value: 1 });
    expect(must(await pane.check("active", DEFAULT_SETTINGS)).report.sheets[0].templateId).toBe("tong-hop-mo-hinh");
  });
});
