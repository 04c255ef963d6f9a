/**
 * Differential test: the streaming reader gives the same Grid as the exceljs reader it replaced (kept in
 * test/support/exceljs-reader.ts), cell by cell, for every workbook in test/fixtures.
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
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import type { CellValue, Grid } from "../src/core/grid/grid";
import { readWorkbookExcelJs } from "./support/exceljs-reader";

const FIXTURES = join(__dirname, "fixtures");
const files = ["golden", "samples", "bad"].flatMap((d) =>
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
  it("covers golden, samples and bad fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)("%s", async (f) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, f)));
    const name = f.split("/").pop() as string;
    const [before, after] = [await readWorkbookExcelJs(bytes, name), await readWorkbook(bytes, name)];
    expect(after.ok).toBe(before.ok);
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
