import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import { checkActiveSheet, checkAllSheets, clearMarks, goToCell, type SheetValidator } from "../src/app/check-sheets";
import { loadCheckLog, writeCheckReport } from "../src/app/write-check-report";
import { isCellError } from "../src/core/grid/grid";
import { a1 } from "../src/core/grid/a1";
import type { Issue } from "../src/core/validation/issue";
import { countIssues } from "../src/core/validation/report";
import type { ValidationContext } from "../src/core/validation/context";
import { createFakeExcel } from "./excel-fake";

const CTX: ValidationContext = { today: { year: 2025, month: 3, day: 14 } };

/** A tiny validator: an Excel error is an error, a negative number a warning. */
const validate: SheetValidator = (grid) => {
  const issues: Issue[] = [];
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      const r = grid.origin.row + i;
      const c = grid.origin.col + j;
      const where = { sheet: grid.sheetName, address: a1(r, c), row: r + 1, column: a1(r, c).replace(/\d+/, "") };
      if (isCellError(v)) issues.push({ code: "excel-error", severity: "error", where, params: {} });
      else if (typeof v === "number" && v < 0) issues.push({ code: "count-negative", severity: "warning", where, input: v, params: {}, fix: { value: 0, safe: false } });
    }),
  );
  return { sheet: grid.sheetName, templateId: "tong-hop-mo-hinh", table: null, reportYear: 2024, rowsRead: grid.values.length, issues, counts: countIssues(issues), verdicts: [] };
};

function setup() {
  const fx = createFakeExcel();
  fx.model.addSheet("Xã A").setRows(0, 0, [["Thôn", "Số hộ"], ["Thôn 1", -3], ["Thôn 2", "#DIV/0!"]]);
  fx.model.addSheet("Xã B").setRows(0, 0, [["Thôn", "Số hộ"], ["Thôn 1", "#REF!"]]);
  return { fx, port: createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported }) };
}

describe("checking from the pane", () => {
  it("checks the active sheet, marks its issues, and a second check does not pile marks", async () => {
    const { fx, port } = setup();
    const out = await checkActiveSheet(port, validate, CTX);
    expect(out).toMatchObject({ ok: true, value: { report: { sheet: "Xã A", counts: { error: 1, warning: 1 } }, fingerprints: { "Xã A": expect.stringMatching(/^fnv1a64:[0-9a-f]{16}$/) } } });
    const s = fx.model.sheet("Xã A")!;
    expect([s.fill(1, 1), s.fill(2, 1)]).toEqual(["#FFEB9C", "#FFC7CE"]);
    await checkActiveSheet(port, validate, CTX);
    expect(JSON.parse((await port.loadState("xhht.marks"))!).entries).toHaveLength(2);
    expect(await clearMarks(port)).toEqual({ ok: true, value: 2 });
    expect(s.fills.size).toBe(0);
  });

  it("checks all sheets, writes the report sheet with links, and appends to the check log", async () => {
    const { fx, port } = setup();
    const out = await checkAllSheets(port, validate, CTX);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.report.counts).toMatchObject({ error: 2, warning: 1 });
    const meta = { now: "14/03/2025 09:30", criteriaSet: "tt-22-2020", fingerprints: out.value.fingerprints };
    expect(await writeCheckReport(port, out.value.report, meta)).toEqual({ ok: true, value: { warnings: [] } });
    await writeCheckReport(port, out.value.report, meta);
    const sheet = fx.model.sheet("Kết quả kiểm tra")!;
    expect(sheet.get(1, 0)).toBe("Thời điểm kiểm tra: 14/03/2025 09:30");
    expect([sheet.get(7, 1), sheet.get(7, 2), sheet.link(7, 2)]).toEqual(["Xã A", "B2", "'Xã A'!B2"]);
    const log = await loadCheckLog(port);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ at: "14/03/2025 09:30", criteriaSet: "tt-22-2020", sheets: [{ sheet: "Xã A", errors: 1, warnings: 1 }, { sheet: "Xã B", errors: 1 }] });
    // The product's own sheets are not checked again.
    const again = await checkAllSheets(port, validate, CTX);
    expect(again.ok && again.value.report.sheets.map((r) => r.sheet)).toEqual(["Xã A", "Xã B"]);
  });

  it("selects an issue's cell", async () => {
    const { fx, port } = setup();
    expect(await goToCell(port, "Xã B", "B2")).toEqual({ ok: true, value: undefined });
    expect(fx.model.selection).toEqual({ sheet: "Xã B", address: "B2" });
    expect(fx.model.sheets[fx.model.active].name).toBe("Xã B");
  });

  it("turns an Excel busy error into office-busy with a Vietnamese message", async () => {
    const { fx, port } = setup();
    fx.stats.failCode = "InvalidOperationInCellEditMode";
    fx.stats.failAtSync = 1;
    const out = await checkActiveSheet(port, validate, CTX);
    expect(out).toMatchObject({ ok: false, error: { code: "office-busy", message: expect.stringContaining("Excel đang bận") } });
  });
});

describe("workbook state", () => {
  it("keeps long values in parts and reads them back; a shorter value removes stale parts", async () => {
    const { fx, port } = setup();
    const long = JSON.stringify({ x: "Gia đình học tập ".repeat(20_000) });
    await port.saveState("xhht.test", long);
    expect(fx.model.settings.get("xhht.test")).toEqual({ parts: Math.ceil(long.length / 60_000) });
    expect(await port.loadState("xhht.test")).toBe(long);
    expect(fx.stats.maxRequest).toBeLessThan(5 * 1024 * 1024);
    await port.saveState("xhht.test", "{}");
    expect(await port.loadState("xhht.test")).toBe("{}");
    expect([...fx.model.settings.keys()].filter((k) => k.startsWith("xhht.test#"))).toEqual([]);
    expect(await port.loadState("xhht.none")).toBeNull();
  });

  it("reports the supported ExcelApi versions", async () => {
    const fx = createFakeExcel({ apiMinor: 7 });
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    expect((await port.requirements()).excelApi).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
