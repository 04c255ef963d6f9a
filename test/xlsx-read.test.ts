import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../src/adapters/xlsx/node-file";
import type { WorkbookGrids } from "../src/adapters/xlsx/read-workbook";
import { cellAt, formatAt, type Grid } from "../src/core/grid/grid";

const GOLDEN = join(__dirname, "fixtures", "golden");
const SAMPLES = join(__dirname, "fixtures", "samples");
const list = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort();

async function read(name: string, dir = GOLDEN): Promise<WorkbookGrids> {
  const r = await readWorkbookFile(join(dir, name));
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.detail ?? ""}`);
  return r.value;
}

/** The 0-based sheet row whose column B holds this text. */
function rowNamed(g: Grid, name: string): number {
  const i = g.values.findIndex((r) => r[1 - g.origin.col] === name);
  if (i < 0) throw new Error(`no row ${name}`);
  return i + g.origin.row;
}

describe("reading the golden workbooks", () => {
  it("has at least 20 golden fixtures and 6 samples", () => {
    expect(list(GOLDEN).length).toBeGreaterThanOrEqual(20);
    expect(list(SAMPLES).length).toBeGreaterThanOrEqual(6);
  });

  it.each(list(GOLDEN))("reads %s", async (f) => {
    const wb = await read(f);
    expect(wb.fileName).toBe(f);
    expect(wb.sheets.length).toBeGreaterThan(0);
    for (const s of wb.sheets) {
      expect(s.numberFormats?.length).toBe(s.values.length);
      for (const row of s.values) expect(row.length).toBe(s.values[0].length);
    }
  });

  it.each(list(SAMPLES))("reads sample %s", async (f) => {
    const wb = await read(f, SAMPLES);
    expect(wb.sheets[0].values.length).toBeGreaterThan(10);
  });

  it("reads numbers as numbers and the title, headers and merges of a commune report", async () => {
    const g = (await read("thm-clean-commune-2024.xlsx")).sheets[0];
    expect(g.sheetName).toBe("Biểu tổng hợp");
    expect(g.origin).toEqual({ row: 0, col: 0 });
    expect(cellAt(g, 0, 0)).toBe("UBND XÃ LÂM GIANG");
    expect(cellAt(g, 1, 0)).toBe("BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2024");
    expect(cellAt(g, 5, 2)).toBe("Gia đình học tập");
    expect(cellAt(g, 5, 3)).toBeNull(); // covered cell of a merge is empty, not a copy of the master
    expect(cellAt(g, 6, 2)).toBe("Tổng số");
    expect(cellAt(g, 7, 0)).toBe("(1)");
    expect(g.merges).toEqual(expect.arrayContaining([
      { top: 5, left: 2, bottom: 5, right: 5 },
      { top: 5, left: 0, bottom: 6, right: 0 },
      { top: 0, left: 0, bottom: 0, right: 21 },
    ]));
    expect(typeof cellAt(g, 8, 2)).toBe("number");
    expect(cellAt(g, 8, 0)).toBe(1);
    const totals = rowNamed(g, "Tổng cộng");
    let sum = 0;
    for (let r = 8; r < totals; r++) sum += cellAt(g, r, 2) as number;
    expect(cellAt(g, totals, 2)).toBe(sum);
    expect(formatAt(g, 8, 5)).toBe("0.0");
    expect(formatAt(g, 8, 2)).toBe("General");
  });

  it("keeps numbers typed as text as text, exactly as typed", async () => {
    const g = (await read("thm-numbers-as-text.xlsx")).sheets[0];
    expect(cellAt(g, 8, 2)).toBe("1.234");
    expect(cellAt(g, 9, 4)).toBe(" 45 ");
    expect(cellAt(g, 10, 9)).toBe("12,5");
  });

  it("reads a rate stored as a fraction with its percent format", async () => {
    const g = (await read("thm-rate-fraction-percent-format.xlsx")).sheets[0];
    expect(cellAt(g, 8, 5)).toBe(0.506);
    expect(formatAt(g, 8, 5)).toBe("0.0%");
  });

  it("reads formula results, a #DIV/0! error as an error object, and a cached 0 as 0", async () => {
    const g = (await read("thm-div0.xlsx")).sheets[0];
    expect(cellAt(g, 11, 14)).toBe(0);
    expect(cellAt(g, 11, 17)).toEqual({ error: "#DIV/0!" });
    expect(cellAt(g, 8, 17)).toBe(0);
    expect(typeof cellAt(g, 8, 5)).toBe("number");
  });

  it("reads shared formulas (filled down) through their cached results", async () => {
    const g = (await read("gdht-clean.xlsx")).sheets[0];
    for (let r = 5; r < 17; r++) {
      const parts = [4, 5, 6, 7].map((c) => cellAt(g, r, c) as number);
      expect(cellAt(g, r, 8)).toBe(parts.reduce((a, b) => a + b, 0));
    }
  });

  it("lists hidden (filtered) rows and still reads their values", async () => {
    const g = (await read("thm-hidden-filtered-rows.xlsx")).sheets[0];
    expect(g.hiddenRows).toEqual([10, 13]);
    expect(typeof cellAt(g, 10, 2)).toBe("number");
  });

  it("keeps NFD text as NFD (no silent normalisation)", async () => {
    const g = (await read("thm-nfd-text.xlsx")).sheets[0];
    const h = cellAt(g, 5, 2) as string;
    expect(h).toBe("Gia đình học tập".normalize("NFD"));
    expect(h).not.toBe(h.normalize("NFC"));
  });

  it("keeps TCVN3 text as the 8-bit characters it holds", async () => {
    const g = (await read("thm-tcvn3-headers.xlsx")).sheets[0];
    expect(cellAt(g, 5, 2)).toBe("Gia ®×nh häc tËp");
    expect(cellAt(g, 6, 2)).toBe("Tæng sè");
    expect(cellAt(g, 6, 4)).toBe("C«ng nhËn");
    expect(cellAt(g, 6, 5)).toBe("Tû lÖ %");
  });

  it("reads dates as Excel serials with their format, rich text and hyperlinks as text", async () => {
    const g = (await read("no-template.xlsx")).sheets[0];
    expect(cellAt(g, 3, 3)).toBe(25578); // 10/01/1970
    expect(formatAt(g, 3, 3)).toBe("dd/mm/yyyy");
    expect(cellAt(g, 3, 1)).toBe("Hoàng Văn Bình");
    expect(cellAt(g, 3, 5)).toBe("canbo1@lamgiang.gov.vn");
  });

  it("reads every sheet, empty ones as empty grids", async () => {
    const two = await read("two-sheets.xlsx");
    expect(two.sheets.map((s) => s.sheetName)).toEqual(["Biểu tổng hợp", "Ghi chú"]);
    expect(two.sheetStates).toEqual(["visible", "visible"]);
    const empty = await read("empty-workbook.xlsx");
    expect(empty.sheets.map((s) => s.values.length)).toEqual([0, 0]);
  });

  it("refuses a workbook over the cell limit", async () => {
    const r = await readWorkbookFile(join(GOLDEN, "thm-clean-commune-2024.xlsx"), { maxCells: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "file-too-large", limit: { kind: "cells", max: 100 } });
  });
});
