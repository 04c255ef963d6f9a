import ExcelJS from "exceljs";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cellAt, formatAt } from "../src/core/grid/grid";
import type { SheetSpec } from "../src/core/templates/sheet-spec";

const spec: SheetSpec = {
  name: "Tổng hợp",
  rows: [
    ["BIỂU TỔNG HỢP KẾT QUẢ NĂM 2025"],
    ["STT", "Tên đơn vị", "Gia đình học tập", null, null],
    [null, null, "Tổng số", "Công nhận", "Tỷ lệ %"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    [1, "Xã Mậu A", 420, 300, 71.4],
    [2, "=1+1", 100, 50, { formula: "=ROUND(D6/C6*100,1)" }],
    [3, "-Xã Lâm Giang", 200, 150, 75],
    [4, "@ghi chú", 0, 0, null],
    [null, "Tổng cộng", { formula: "SUM(C5:C8)" }, { formula: "SUM(D5:D8)" }, null],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 1, left: 2, bottom: 1, right: 4 },
    { top: 1, left: 0, bottom: 2, right: 0 },
  ],
  rowStyles: { 0: "title", 1: "header", 2: "header", 3: "numbering", 8: "totals" },
  numberFormats: [
    { range: { top: 4, left: 2, bottom: 8, right: 3 }, format: "#,##0" },
    { range: { top: 4, left: 4, bottom: 8, right: 4 }, format: "0.0" },
  ],
  validations: [
    { range: { top: 4, left: 2, bottom: 7, right: 3 }, rule: { kind: "whole", min: 0, message: "Nhập số nguyên từ 0 trở lên." } },
    { range: { top: 4, left: 4, bottom: 7, right: 4 }, rule: { kind: "decimal", min: 0, max: 100, message: "Tỷ lệ từ 0 đến 100." } },
    { range: { top: 4, left: 1, bottom: 7, right: 1 }, rule: { kind: "list", items: ["Đạt", "Không đạt"], message: "Chọn Đạt hoặc Không đạt." } },
  ],
  columnWidths: [6, 28, 12, 12, 10],
  freezeRows: 4,
  links: { "4,1": "Xã Mậu A!A1" },
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

describe("writing sheet specs", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook([spec, { ...spec, name: "Xã Mậu A", links: {} }], { creator: "XHHT", title: "Tổng hợp" });
  });

  it("writes values, merges and number formats that read back", async () => {
    const r = await readWorkbook(bytes, "out.xlsx");
    if (!r.ok) throw new Error(r.error.code);
    const g = r.value.sheets[0];
    expect(r.value.sheets.map((s) => s.sheetName)).toEqual(["Tổng hợp", "Xã Mậu A"]);
    expect(cellAt(g, 0, 0)).toBe("BIỂU TỔNG HỢP KẾT QUẢ NĂM 2025");
    expect(cellAt(g, 4, 2)).toBe(420);
    expect(cellAt(g, 4, 4)).toBe(71.4);
    expect(formatAt(g, 4, 2)).toBe("#,##0");
    expect(formatAt(g, 4, 4)).toBe("0.0");
    expect(g.merges).toEqual(expect.arrayContaining(spec.merges));
    expect(g.merges).toHaveLength(3);
  });

  it("keeps text that starts with = + - @ as text, never a formula", async () => {
    const ws = await load(bytes);
    for (const [addr, text] of [["B6", "=1+1"], ["B7", "-Xã Lâm Giang"], ["B8", "@ghi chú"]]) {
      expect(ws.getCell(addr).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(addr).value).toBe(text);
    }
    const r = await readWorkbook(bytes, "out.xlsx");
    if (r.ok) expect(cellAt(r.value.sheets[0], 5, 1)).toBe("=1+1");
  });

  it("keeps formulas as formulas", async () => {
    const ws = await load(bytes);
    expect(ws.getCell("E6").type).toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell("E6").formula).toBe("ROUND(D6/C6*100,1)");
    expect(ws.getCell("C9").formula).toBe("SUM(C5:C8)");
  });

  it("writes data validations with Vietnamese messages", async () => {
    const ws = await load(bytes);
    const dv = ws.getCell("C5").dataValidation;
    expect(dv).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", showErrorMessage: true, error: "Nhập số nguyên từ 0 trở lên." });
    expect(ws.getCell("E7").dataValidation).toMatchObject({ type: "decimal", operator: "between", error: "Tỷ lệ từ 0 đến 100." });
    expect(ws.getCell("B6").dataValidation).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
  });

  it("styles rows by role, sets widths and freezes the header rows", async () => {
    const ws = await load(bytes);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("C2").font).toMatchObject({ bold: true });
    expect(ws.getCell("C2").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("C3").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getCell("C3").border?.top?.style).toBe("thin");
    expect(ws.getCell("A4").font).toMatchObject({ italic: true });
    expect(ws.getCell("B9").font).toMatchObject({ bold: true });
    expect(ws.getCell("B9").border?.top?.style).toBe("medium");
    expect(ws.getColumn(2).width).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  it("writes internal links to sheet!A1, read back as their text", async () => {
    const ws = await load(bytes);
    expect(ws.getCell("B5").formula).toBe('HYPERLINK("#\'Xã Mậu A\'!A1","Xã Mậu A")');
    const r = await readWorkbook(bytes, "out.xlsx");
    if (r.ok) expect(cellAt(r.value.sheets[0], 4, 1)).toBe("Xã Mậu A");
  });

  it("returns bytes that own their buffer", async () => {
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });
});
