import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import { createTemplateSheet, drawCharts } from "../src/app/draw-charts";
import type { ChartSpec } from "../src/core/charts/chart-spec";
import type { SheetSpec } from "../src/core/templates/sheet-spec";
import { createFakeExcel } from "./excel-fake";

const SPEC: SheetSpec = {
  name: "Biểu mẫu GĐHT",
  rows: [["BIỂU TỔNG HỢP"], ["STT", "Đơn vị", "Tổng số", "Công nhận", "Tỷ lệ %"], [1, "=Xã A", 10, 8, { formula: "=D3/C3*100" }], [2, "0123", null, null, null]],
  merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
  rowStyles: { 0: "title", 1: "header" },
  numberFormats: [{ range: { top: 2, left: 4, bottom: 3, right: 4 }, format: "0.0" }],
  validations: [{ range: { top: 2, left: 2, bottom: 3, right: 3 }, rule: { kind: "whole", min: 0, message: "Nhập số nguyên không âm" } }],
  columnWidths: [6, 30, 10, 10, 10],
  freezeRows: 2,
  links: { "3,1": "'Biểu 1'!B4" },
};

const chart = (id: string, title: string): ChartSpec => ({
  id,
  kind: "column-with-target",
  title,
  categoryAxisTitle: "Đơn vị",
  valueAxisTitle: "Tỷ lệ (%)",
  categories: ["Xã A", "Xã B", "=Xã C"],
  series: [
    { name: "Tỷ lệ GĐHT", values: [80, 65.5, null] },
    { name: "Chỉ tiêu", values: [70, 70, 70], asLine: true },
  ],
  numberFormat: "0.0",
  valueMax: 100,
});

describe("writing sheets", () => {
  it("writes a SheetSpec: values as text where needed, formulas, merges, formats, validation, freeze, widths, links", async () => {
    const fx = createFakeExcel();
    fx.model.addSheet("Biểu 1");
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    const out = await createTemplateSheet(port, SPEC);
    expect(out).toEqual({ ok: true, value: { warnings: [] } });
    const s = fx.model.sheet("Biểu mẫu GĐHT")!;
    expect([s.get(2, 1), s.formula(2, 1), s.get(3, 1), s.formula(2, 4), s.format(2, 4)]).toEqual(["=Xã A", undefined, "0123", "=D3/C3*100", "0.0"]);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(s.validations).toHaveLength(1);
    expect(s.frozenRows).toBe(2);
    expect(s.columnWidths.get(1)).toBeGreaterThan(100);
    expect(s.link(3, 1)).toBe("'Biểu 1'!B4");
    expect(s.font(0, 0).bold).toBe(true);
  });

  it("refuses to add over an existing sheet", async () => {
    const fx = createFakeExcel();
    fx.model.addSheet("Biểu mẫu GĐHT").setRows(0, 0, [["của cán bộ"]]);
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    const out = await createTemplateSheet(port, SPEC);
    expect(out).toMatchObject({ ok: false, error: { code: "office-sheet-exists" } });
    expect(fx.model.sheet("Biểu mẫu GĐHT")!.get(0, 0)).toBe("của cán bộ");
  });

  it("skips data validation with a warning when Excel only has ExcelApi 1.7", async () => {
    const fx = createFakeExcel({ apiMinor: 7 });
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    const out = await createTemplateSheet(port, SPEC);
    expect(out).toMatchObject({ ok: true, value: { warnings: [{ code: "office-requirement-missing", message: expect.stringContaining("kiểm tra dữ liệu nhập") }] } });
    const s = fx.model.sheet("Biểu mẫu GĐHT")!;
    expect(s.validations).toHaveLength(0);
    expect(s.get(2, 1)).toBe("=Xã A");
  });
});

describe("charts", () => {
  it("upserts our chart by id, replacing only it and leaving the officer's chart alone", async () => {
    const fx = createFakeExcel();
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    expect(await drawCharts(port, [chart("xhht-gdht", "Tỷ lệ gia đình học tập")])).toEqual({ ok: true, value: { warnings: [] } });
    const sheet = fx.model.sheet("Biểu đồ")!;
    sheet.charts.push({ ...sheet.charts[0], name: "Biểu đồ của tôi", title: "của cán bộ" });
    await drawCharts(port, [chart("xhht-gdht", "Tỷ lệ GĐHT 2025")]);
    expect(sheet.charts.map((c) => [c.name, c.title])).toEqual([
      ["Biểu đồ của tôi", "của cán bộ"],
      ["xhht-gdht", "Tỷ lệ GĐHT 2025"],
    ]);
    const ours = sheet.charts[1];
    expect(ours).toMatchObject({ type: "ColumnClustered", categoryAxisTitle: "Đơn vị", valueAxisTitle: "Tỷ lệ (%)", valueAxisNumberFormat: "0.0", valueAxisMaximum: 100, source: "'Biểu đồ'!A1:C4" });
    expect(ours.seriesTypes[1]).toBe("Line");
    expect([sheet.get(0, 1), sheet.get(3, 0), sheet.format(3, 0), sheet.get(3, 1)]).toEqual(["Tỷ lệ GĐHT", "=Xã C", "@", ""]);
  });

  it("clears the old data block when a chart is redrawn with fewer categories", async () => {
    const fx = createFakeExcel();
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    await drawCharts(port, [chart("c1", "A")]);
    await drawCharts(port, [{ ...chart("c1", "A"), categories: ["Xã A"], series: [{ name: "Tỷ lệ", values: [1] }] }]);
    expect(fx.model.sheet("Biểu đồ")!.usedRect(true)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });
});
