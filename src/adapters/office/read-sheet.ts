import { cellValueFromApi, type CellRange, type CellValue, type Grid } from "../../core/grid/grid";
import { parseA1 } from "../../core/grid/a1";
import type { ReadProgress } from "../../core/ports/workbook-port";
import { BLOCK_BUDGET_BYTES, guarded, type ExcelRun } from "./office-run";
import { BYTES_PER_CALL, REQUEST_BUDGET_BYTES, inHalvingChunks, jsonBytes, rangeAt } from "./request-budget";

const MAX_BLOCK_ROWS = 20_000;

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

/** Rows of the first block, read before any cell's real size is known; later blocks are sized from measured bytes. */
const FIRST_BLOCK_ROWS = 200;

/**
 * Reads a sheet's used range (values only, so formatted blank cells do not widen it) in row blocks: one sync for the
 * extent, one for the merged areas (alone, so that a sheet Excel cannot list them for only loses its merges), then one
 * sync per block loading values, number formats and whether rows are hidden; a block with some hidden rows costs a few
 * more syncs to find which. Each block is sized from the bytes measured in the last one and halved when Excel refuses
 * it for its size. Error cells arrive as their text (#DIV/0!) and become CellErrors.
 */
export async function readSheetBlocks(run: ExcelRun, name: string, opts: { budget?: number; merges: boolean }, onProgress?: (p: ReadProgress) => void): Promise<Grid> {
  const budget = opts.budget ?? BLOCK_BUDGET_BYTES;
  const extent = await guarded(
    run,
    async (ctx) => {
      const used = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      return used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    },
    name,
  );
  if (!extent) return { sheetName: name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [], hiddenRows: [] };
  const { top, left, rows, cols } = extent;
  const listed = opts.merges ? await readMerges(run, name, extent) : [];
  const merges = listed ?? [];
  return guarded(
    run,
    async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      const values: CellValue[][] = [];
      const numberFormats: (string | null)[][] = [];
      const hiddenRows: number[] = [];
      let bytesPerCell = 0;
      const size = () => (bytesPerCell === 0 ? FIRST_BLOCK_ROWS : blockRows(cols, bytesPerCell, budget));
      await inHalvingChunks(rows, size, async (start, n) => {
        const block = rangeAt(ws, top + start, left, n, cols);
        block.load("values,numberFormat,rowHidden");
        await ctx.sync();
        const v = block.values;
        const f = block.numberFormat as unknown as string[][];
        // Kept only once the whole block is read: a block refused for its size is read again, halved.
        const hidden = block.rowHidden === null ? await hiddenRowsOf(ctx, ws, top + start, left, n) : block.rowHidden ? Array.from({ length: n }, (_, i) => top + start + i) : [];
        for (let i = 0; i < n; i++) {
          values.push(v[i].map(cellValueFromApi));
          numberFormats.push(f[i].map((x) => (typeof x === "string" ? x : null)));
        }
        hiddenRows.push(...hidden);
        // Learn the real size of a cell from this block so the next one stays under the budget.
        const measured = (jsonBytes(v) + jsonBytes(f)) / (n * cols);
        bytesPerCell = Math.max(8, Math.ceil(measured * 1.25));
        onProgress?.({ sheet: name, rowsRead: start + n, totalRows: rows });
      });
      return { sheetName: name, origin: { row: top, col: left }, values, numberFormats, merges, hiddenRows, ...(listed === null ? { mergesUnread: true } : {}) };
    },
    name,
  );
}

/** The merged areas of the used range, in a sync of their own; null when Excel cannot list them (over 512 areas). */
async function readMerges(run: ExcelRun, name: string, e: { top: number; left: number; rows: number; cols: number }): Promise<CellRange[] | null> {
  try {
    return await run(async (ctx) => {
      const areas = rangeAt(ctx.workbook.worksheets.getItem(name), e.top, e.left, e.rows, e.cols).getMergedAreasOrNullObject();
      areas.load("address");
      await ctx.sync();
      return areas.isNullObject ? [] : parseAreas(areas.address);
    });
  } catch {
    // Range.getMergedAreasOrNullObject "will fail to return the result" over 512 merged areas (its d.ts note).
    return null;
  }
}

/** Rows of a mixed block are probed by halves: each sync loads rowHidden of every still-mixed segment, a budget's worth at a time. */
async function hiddenRowsOf(ctx: Excel.RequestContext, ws: Excel.Worksheet, top: number, left: number, n: number): Promise<number[]> {
  const hidden: number[] = [];
  let mixed = [{ top, n }];
  const perSync = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / BYTES_PER_CALL));
  while (mixed.length > 0) {
    const halves = mixed.flatMap((s) => [{ top: s.top, n: Math.ceil(s.n / 2) }, { top: s.top + Math.ceil(s.n / 2), n: Math.floor(s.n / 2) }]).filter((s) => s.n > 0);
    mixed = [];
    for (let i = 0; i < halves.length; i += perSync) {
      const part = halves.slice(i, i + perSync);
      const probes = part.map((s) => rangeAt(ws, s.top, left, s.n, 1).load("rowHidden"));
      await ctx.sync();
      part.forEach((s, k) => {
        const h = probes[k].rowHidden;
        if (h === null) mixed.push(s);
        else if (h) for (let r = 0; r < s.n; r++) hidden.push(s.top + r);
      });
    }
  }
  return hidden.sort((a, b) => a - b);
}
