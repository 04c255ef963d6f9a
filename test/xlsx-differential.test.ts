/**
 * Differential test: the streaming reader gives the same Grid as the exceljs reader it replaced (kept in
 * test/support/exceljs-reader.ts), cell by cell, for every workbook in test/fixtures — those written by exceljs
 * (golden, samples, bad) and those saved again by LibreOffice Calc (libreoffice/: shared strings, styles, merges and
 * hidden rows as another real writer lays them out).
 *
 * Intended differences, compared accordingly:
 * - Date-formatted numbers: exceljs turned the serial into a Date and the old adapter turned it back, rounding to
 *   1e-9 of a day; the streaming reader keeps the serial exactly as stored. Numbers are compared to 1e-8.
 * - Unreadable files: exceljs gave "file-corrupt" for everything past the sniffing; the streaming reader names the
 *   kind ("file-unsafe" for hostile structures, "no-sheets" for a workbook part without sheets). Both refuse.
 * - `state` (the add-in's settings) is read only by the streaming reader.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeInflate } from "../src/adapters/xlsx/node-file";
import { webInflate } from "../src/adapters/xlsx/web-inflate";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import type { CellValue, Grid } from "../src/core/grid/grid";
import { readWorkbookExcelJs } from "./support/exceljs-reader";

const FIXTURES = join(__dirname, "fixtures");
const files = ["golden", "samples", "bad", "libreoffice"].flatMap((d) =>
  readdirSync(join(FIXTURES, d))
    .filter((f) => /\.(xlsx|xls|ods)$/.test(f))
    .sort()
    .map((f) => join(d, f)),
);

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-8 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every cell where the grids differ, as "A1-style row,col: old → new"; empty when equal. */
function differences(oldG: Grid, newG: Grid): string[] {
  const out: string[] = [];
  if (oldG.sheetName !== newG.sheetName) out.push(`name ${oldG.sheetName} → ${newG.sheetName}`);
  if (JSON.stringify(oldG.origin) !== JSON.stringify(newG.origin)) out.push(`origin ${JSON.stringify(oldG.origin)} → ${JSON.stringify(newG.origin)}`);
  const rows = Math.max(oldG.values.length, newG.values.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(oldG.values[r]?.length ?? 0, newG.values[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const a = oldG.values[r]?.[c] ?? null;
      const b = newG.values[r]?.[c] ?? null;
      if (!sameValue(a, b)) out.push(`${r},${c}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
      const fa = oldG.numberFormats?.[r]?.[c] ?? null;
      const fb = newG.numberFormats?.[r]?.[c] ?? null;
      if (fa !== fb) out.push(`${r},${c} format: ${fa} → ${fb}`);
    }
  }
  const key = (g: Grid) => JSON.stringify([...(g.merges ?? [])].map((m) => [m.top, m.left, m.bottom, m.right]).sort());
  if (key(oldG) !== key(newG)) out.push(`merges ${key(oldG)} → ${key(newG)}`);
  if (JSON.stringify(oldG.hiddenRows ?? []) !== JSON.stringify(newG.hiddenRows ?? [])) out.push(`hidden ${JSON.stringify(oldG.hiddenRows)} → ${JSON.stringify(newG.hiddenRows)}`);
  return out;
}

describe("the streaming reader answers as the exceljs reader did", () => {
  it("covers golden, samples, bad and LibreOffice-written fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)("%s", async (f) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, f)));
    const name = f.split("/").pop() as string;
    const [before, after] = [await readWorkbookExcelJs(bytes, name), await readWorkbook(bytes, name)];
    expect(after.ok).toBe(before.ok);
    // Node's zlib (the CLI's inflater) gives exactly what fflate gives, refusals included (but for the inflater's own
    // English words in `detail`, which no message shows).
    // The same for DecompressionStream, the dashboard worker's inflater.
    const same = (r: typeof after) => (r.ok ? r : { ...r, error: { ...r.error, detail: "" } });
    expect(same(await readWorkbook(bytes, name, { inflate: nodeInflate, nativeFrom: 0 }))).toEqual(same(after));
    expect(same(await readWorkbook(bytes, name, { inflate: webInflate(), nativeFrom: 0 }))).toEqual(same(after));
    if (!before.ok || !after.ok) {
      if (!before.ok && !after.ok && before.error.code !== "file-corrupt") expect(after.error.code).toBe(before.error.code);
      return;
    }
    expect(after.value.sheets.length).toBe(before.value.sheets.length);
    expect(after.value.sheetStates).toEqual(before.value.sheetStates);
    const diffs = before.value.sheets.flatMap((g, i) => differences(g, after.value.sheets[i]).map((d) => `${g.sheetName} ${d}`));
    expect(diffs.slice(0, 20)).toEqual([]);
  });
});

/** A workbook exceljs writes with what the fixtures lack: rich text, formula results 0/false/""/errors, dates, 1904. */
async function featureWorkbook(date1904: boolean): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("Đặc điểm");
  ws.getCell("B2").value = { richText: [{ text: "Xã " }, { font: { bold: true }, text: "Lâm Giang" }] };
  ws.getCell("C2").value = { formula: "0*1", result: 0 };
  ws.getCell("D2").value = { formula: "1=2", result: false };
  ws.getCell("E2").value = { formula: "\"\"", result: "" };
  ws.getCell("F2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("G2").value = new Date(Date.UTC(2025, 6, 1));
  ws.getCell("G2").numFmt = "dd/mm/yyyy";
  ws.getCell("H2").value = 0.875;
  ws.getCell("H2").numFmt = "0.0%";
  ws.getCell("I2").value = { text: "liên kết", hyperlink: "https://example.org" };
  ws.getCell("J2").value = true;
  ws.getCell("K2").value = "  khoảng trắng  ";
  ws.getCell("B4").value = "gộp";
  ws.getCell("C4").value = "bị che";
  ws.mergeCells("B4:D5");
  ws.getRow(3).hidden = true;
  ws.getCell("B3").value = 3;
  const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
  hidden.getCell("A1").value = 1;
  wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("A1").value = "x";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the streaming reader on features the fixtures lack", () => {
  it.each([false, true])("reads the same grids (date1904 %s)", async (date1904) => {
    const bytes = await featureWorkbook(date1904);
    const [before, after] = [await readWorkbookExcelJs(bytes, "f.xlsx"), await readWorkbook(bytes, "f.xlsx")];
    if (!before.ok || !after.ok) throw new Error("unreadable");
    expect(after.value.sheetStates).toEqual(["visible", "hidden", "veryHidden"]);
    expect(after.value.sheetStates).toEqual(before.value.sheetStates);
    before.value.sheets.forEach((g, i) => expect(differences(g, after.value.sheets[i])).toEqual([]));
    const row = after.value.sheets[0].values[0];
    expect(row).toEqual(["Xã Lâm Giang", 0, false, null, { error: "#DIV/0!" }, date1904 ? 45839 - 1462 : 45839, 0.875, "liên kết", true, "  khoảng trắng  "]);
    expect(after.value.sheets[0].values[2].slice(0, 3)).toEqual(["gộp", null, null]);
    expect(after.value.sheets[0].hiddenRows).toEqual([2]);
  });
});
