import type { CellValue, Grid } from "../../core/grid/grid";
import type { SheetReader } from "./sheet-reader";
import { XmlRefused } from "./xml-text";

/** Most row visits spent clearing the cells that merged areas cover; more is a file built to stall the reader. */
const MAX_MERGE_WORK = 20_000_000;

/**
 * Drops values of cells a merged area covers (all but its top-left), as Excel shows them and as exceljs read them;
 * only rows that hold values are visited.
 */
function clearCovered(r: SheetReader, rowsWithValues: readonly number[]): void {
  let work = 0;
  for (const m of r.merges) {
    let lo = 0;
    let hi = rowsWithValues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rowsWithValues[mid] < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < rowsWithValues.length && rowsWithValues[k] <= m.bottom; k++) {
      const row = rowsWithValues[k];
      const values = r.rowValues[row];
      if (!values) continue;
      const end = Math.min(m.right, values.length - 1);
      work += 1 + Math.max(0, end - m.left);
      if (work > MAX_MERGE_WORK) throw new XmlRefused("unsafe", "too-many-merges", "merged areas cover too many cells");
      for (let c = m.left; c <= end; c++) {
        if ((row !== m.top || c !== m.left) && values[c] !== undefined) values[c] = undefined as unknown as CellValue;
      }
    }
  }
}

/** The bounding box of the cells that hold a value, or null when the sheet is empty. */
function bounds(r: SheetReader, rows: readonly number[]): { top: number; left: number; bottom: number; right: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const row of rows) {
    const values = r.rowValues[row] as CellValue[];
    let any = false;
    for (let c = 0; c < values.length; c++) {
      if (values[c] === undefined) continue;
      any = true;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    if (any) {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** The area a sheet's grid will take (rows × columns of its used range), to check before it is built. */
export function usedArea(r: SheetReader): { rows: number[]; area: number; box: ReturnType<typeof bounds> } {
  const rows: number[] = [];
  r.rowValues.forEach((v, i) => {
    if (v) rows.push(i);
  });
  clearCovered(r, rows);
  const box = bounds(r, rows);
  return { rows, area: box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0, box };
}

/** Row `rv` (and its formats `rf`) made into a grid row of `width` cells in place: empty cells null, nothing past the end. */
function ownRow(rv: CellValue[], rf: (string | null)[], width: number): void {
  const n = Math.min(rv.length, width);
  for (let c = 0; c < n; c++) {
    if (rv[c] === undefined) {
      rv[c] = null;
      rf[c] = null;
    } else if (rf[c] === undefined) rf[c] = null;
  }
  rv.length = n;
  rf.length = n;
  for (let c = n; c < width; c++) {
    rv.push(null);
    rf.push(null);
  }
}

/** A fresh grid row of `width` cells from columns `left…` of the reader's row (when the used range starts right of A). */
function copyRow(rv: CellValue[] | undefined, rf: (string | null)[] | undefined, left: number, width: number): [CellValue[], (string | null)[]] {
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
  return [outValues, outFormats];
}

function sameRow(a: readonly (string | null)[] | undefined, b: readonly (string | null)[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let c = 0; c < b.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/**
 * Builds the sheet's Grid: the used range trimmed to cells that hold a value, formats, merges, hidden rows in it.
 * The reader's own row arrays become the grid's (no second copy of a million values); a row of formats equal to the
 * row above is that row's array (the grid is read-only), so a long table keeps one array of formats, not one per row.
 */
export function gridOfSheet(name: string, r: SheetReader, used: ReturnType<typeof usedArea>): Grid {
  const box = used.box;
  if (!box) return { sheetName: name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: r.merges, hiddenRows: [] };
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const values: CellValue[][] = new Array(height);
  const numberFormats: (string | null)[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    let rv = r.rowValues[box.top + i];
    let rf = r.rowFormats[box.top + i];
    if (rv && rf && box.left === 0) ownRow(rv, rf, width);
    else [rv, rf] = copyRow(rv, rf, box.left, width);
    values[i] = rv;
    numberFormats[i] = i > 0 && sameRow(numberFormats[i - 1], rf) ? numberFormats[i - 1] : rf;
  }
  const hiddenRows = [...new Set(r.hidden.filter((row) => row >= box.top && row <= box.bottom))].sort((a, b) => a - b);
  return { sheetName: name, origin: { row: box.top, col: box.left }, values, numberFormats, merges: r.merges, hiddenRows };
}
