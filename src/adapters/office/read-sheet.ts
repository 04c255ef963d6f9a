import { cellValueFromApi, type CellRange, type CellValue, type Grid } from "../../core/grid/grid";
import { parseA1 } from "../../core/grid/a1";
import type { ReadProgress } from "../../core/ports/workbook-port";
import { BLOCK_BUDGET_BYTES, guarded, type ExcelRun } from "./office-run";

/** First guess of a cell's share of a response (value + number format as JSON); corrected after each block. */
const FIRST_GUESS_BYTES_PER_CELL = 40;
const MAX_BLOCK_ROWS = 20_000;
const utf8 = new TextEncoder();

/** Rows per block so that rows × columns × bytes per cell stays under the budget (at most 20,000 rows). */
export function blockRows(columns: number, bytesPerCell: number, budget: number): number {
  return Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(budget / (Math.max(1, columns) * bytesPerCell))));
}

/** Parses "Sheet1!A1:C2, Sheet1!E5" (merged areas) into rectangles. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of address.split(",")) {
    const [a, b] = part.replace(/^.*!/, "").split(":");
    const p = parseA1(a);
    const q = b ? parseA1(b) : p;
    if (p && q) out.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  return out;
}

/**
 * Reads a sheet's used range (values only, so formatted blank cells do not widen it) in row blocks: one sync for the
 * extent, then one sync per block loading values, number formats and whether rows are hidden; a block with some
 * hidden rows costs one more sync to find which. Error cells arrive as their text (#DIV/0!) and become CellErrors.
 */
export async function readSheetBlocks(run: ExcelRun, name: string, opts: { budget?: number; merges: boolean }, onProgress?: (p: ReadProgress) => void): Promise<Grid> {
  const budget = opts.budget ?? BLOCK_BUDGET_BYTES;
  return guarded(
    run,
    async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      if (used.isNullObject) return { sheetName: name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [], hiddenRows: [] };
      const { rowIndex: top, columnIndex: left, rowCount: rows, columnCount: cols } = used;
      const values: CellValue[][] = [];
      const numberFormats: (string | null)[][] = [];
      const hiddenRows: number[] = [];
      let merges: CellRange[] = [];
      let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
      for (let start = 0; start < rows; ) {
        const n = Math.min(blockRows(cols, bytesPerCell, budget), rows - start);
        const block = ws.getRangeByIndexes(top + start, left, n, cols);
        block.load("values,numberFormat,rowHidden");
        const mergeAreas = opts.merges && start === 0 ? ws.getRangeByIndexes(top, left, rows, cols).getMergedAreasOrNullObject() : null;
        mergeAreas?.load("address");
        await ctx.sync();
        if (mergeAreas && !mergeAreas.isNullObject) merges = parseAreas(mergeAreas.address);
        const v = block.values;
        const f = block.numberFormat as unknown as string[][];
        for (let i = 0; i < n; i++) {
          values.push(v[i].map(cellValueFromApi));
          numberFormats.push(f[i].map((x) => (typeof x === "string" ? x : null)));
        }
        if (block.rowHidden === null) hiddenRows.push(...(await hiddenRowsOf(ctx, ws, top + start, left, n)));
        else if (block.rowHidden) for (let i = 0; i < n; i++) hiddenRows.push(top + start + i);
        // Learn the real size of a cell from this block so the next one stays under the budget.
        const measured = (utf8.encode(JSON.stringify(v)).length + utf8.encode(JSON.stringify(f)).length) / (n * cols);
        bytesPerCell = Math.max(8, Math.ceil(measured * 1.25));
        start += n;
        onProgress?.({ sheet: name, rowsRead: start, totalRows: rows });
      }
      return { sheetName: name, origin: { row: top, col: left }, values, numberFormats, merges, hiddenRows };
    },
    name,
  );
}

async function hiddenRowsOf(ctx: Excel.RequestContext, ws: Excel.Worksheet, top: number, left: number, n: number): Promise<number[]> {
  const rows = Array.from({ length: n }, (_, i) => ws.getRangeByIndexes(top + i, left, 1, 1).load("rowHidden"));
  await ctx.sync();
  return rows.flatMap((r, i) => (r.rowHidden ? [top + i] : []));
}
