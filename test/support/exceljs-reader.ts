import ExcelJS from "exceljs";
import type { SheetState, WorkbookGrids } from "../../src/adapters/xlsx/read-workbook";
import { DEFAULT_SNIFF_LIMITS, sniffWorkbookBytes } from "../../src/adapters/xlsx/sniff";
import type { XlsxError } from "../../src/adapters/xlsx/xlsx-error";
import { parseA1 } from "../../src/core/grid/a1";
import type { CellRange, CellValue, Grid } from "../../src/core/grid/grid";
import { fail, ok, type Result } from "../../src/core/result";
import { cellValueOfCell } from "./exceljs-cell-value";

/*
 * The exceljs reader the product used before the streaming reader (issue 14), kept unchanged in test support only
 * as the reference of the differential test (test/xlsx-differential.test.ts). Not used by the product.
 */

export interface ReadWorkbookOptions {
  readonly maxBytes?: number;
  readonly maxCells?: number;
}

const DEFAULT_MAX_CELLS = 20_000_000;
const MERGE = 1; // ExcelJS.ValueType.Merge: a covered cell of a merged area, which exceljs reports with the master's value.

interface RangeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Merged areas, 0-based; from the worksheet's merge table, not `worksheet.model` (which rebuilds every row). */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const table = (ws as unknown as { _merges?: Record<string, RangeLike | undefined> })._merges;
  if (table) {
    const out: CellRange[] = [];
    for (const m of Object.values(table)) {
      if (m && m.top > 0) out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
    return out;
  }
  return (ws.model.merges ?? []).flatMap((ref) => {
    const [a, b] = ref.split(":").map(parseA1);
    return a && b ? [{ top: a.row, left: a.col, bottom: b.row, right: b.col }] : [];
  });
}

/** Reads one worksheet's used range (trimmed to cells that hold a value) into a Grid. */
function gridOf(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  // Each sheet row's values and formats straight into arrays by column (no per-cell records to gather and scatter).
  const rowValues: (CellValue[] | undefined)[] = [];
  const rowFormats: ((string | null)[] | undefined)[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    let values: CellValue[] | undefined;
    let formats: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if ((cell.type as number) === MERGE) return;
      const v = cellValueOfCell(cell as unknown as Parameters<typeof cellValueOfCell>[0], date1904);
      if (v === null) return;
      const c = colNumber - 1;
      if (!values || !formats) {
        values = [];
        formats = [];
        rowValues[r] = values;
        rowFormats[r] = formats;
      }
      values[c] = v;
      formats[c] = cell.numFmt || "General";
      if (c < left) left = c;
      if (c > right) right = c;
    });
    if (values) {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
    }
  });
  const merges = mergesOf(ws);
  if (bottom < 0) return { sheetName: ws.name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges, hiddenRows: [] };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = new Array(height);
  const numberFormats: (string | null)[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    const rv = rowValues[top + i];
    const rf = rowFormats[top + i];
    const outValues = new Array<CellValue>(width).fill(null);
    const outFormats = new Array<string | null>(width).fill(null);
    if (rv && rf) {
      for (let c = left; c < rv.length; c++) {
        const v = rv[c];
        if (v !== undefined) {
          outValues[c - left] = v;
          outFormats[c - left] = rf[c] ?? null;
        }
      }
    }
    values[i] = outValues;
    numberFormats[i] = outFormats;
  }
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) if (ws.findRow(r + 1)?.hidden) hiddenRows.push(r);
  return { sheetName: ws.name, origin: { row: top, col: left }, values, numberFormats, merges, hiddenRows };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reads an .xlsx file's bytes into grids with exceljs (the old product reader). The bytes are checked
 * first (empty, size, .xls, password, .ods, CSV, damaged zip, zip bomb) so each failure comes back as its own code,
 * never as an exception; exceljs only sees files that look like workbooks.
 */
export async function readWorkbookExcelJs(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  opts: ReadWorkbookOptions = {},
): Promise<Result<WorkbookGrids, XlsxError>> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const sniffed = sniffWorkbookBytes(bytes, fileName, { ...DEFAULT_SNIFF_LIMITS, maxBytes: opts.maxBytes ?? DEFAULT_SNIFF_LIMITS.maxBytes });
  if (sniffed) return fail(sniffed);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; JSZip underneath takes any Uint8Array, which the browser has.
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    return fail({ code: "file-corrupt", fileName, detail: message(e) });
  }
  const worksheets = wb.worksheets;
  if (worksheets.length === 0) return fail({ code: "no-sheets", fileName });
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const maxCells = opts.maxCells ?? DEFAULT_MAX_CELLS;
  const sheets: Grid[] = [];
  const sheetStates: SheetState[] = [];
  let cells = 0;
  try {
    for (const ws of worksheets) {
      const grid = gridOf(ws, date1904);
      cells += grid.values.length * (grid.values[0]?.length ?? 0);
      if (cells > maxCells) return fail({ code: "file-too-large", fileName, limit: { kind: "cells", max: maxCells, actual: cells } });
      sheets.push(grid);
      sheetStates.push(ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible");
    }
  } catch (e) {
    return fail({ code: "file-corrupt", fileName, detail: message(e) });
  }
  return ok({ fileName, sheets, sheetStates });
}
