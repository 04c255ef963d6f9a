import { cellAt, type Grid } from "../grid/grid";
import { textKeys, type TextKeys } from "./header-key";

/** How many rows from the top are searched for the header (title lines and headers sit above this). */
export const HEADER_SCAN_ROWS = 40;

/** The text keys of the scanned top of a sheet, with merged areas spread over every cell they cover. */
export interface HeaderArea {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** keys[row - top][col - left], null where the cell holds no text. */
  readonly keys: readonly (readonly (TextKeys | null)[])[];
  /** True where the cell's text comes from a merged area's first cell rather than the cell itself. */
  readonly spread: readonly (readonly boolean[])[];
}

function cellText(grid: Grid, row: number, col: number): string | null {
  const v = cellAt(grid, row, col);
  if (typeof v === "string") return v.trim() === "" ? null : v;
  return null;
}

/** Reads the keys of the top rows of a sheet, spreading each merged header cell over its whole area. */
export function readHeaderArea(grid: Grid): HeaderArea {
  const top = grid.origin.row;
  const left = grid.origin.col;
  const nRows = Math.min(HEADER_SCAN_ROWS, grid.values.length);
  const width = grid.values.reduce((w, r, i) => (i < nRows ? Math.max(w, r.length) : w), 0);
  const keys: (TextKeys | null)[][] = [];
  const spread: boolean[][] = [];
  for (let r = 0; r < nRows; r++) {
    const kr: (TextKeys | null)[] = [];
    for (let c = 0; c < width; c++) {
      const t = cellText(grid, top + r, left + c);
      kr.push(t === null ? null : textKeys(t));
    }
    keys.push(kr);
    spread.push(new Array<boolean>(width).fill(false));
  }
  if ((grid.merges ?? []).length === 0) spreadUnmergedGroups(keys, spread);
  for (const m of grid.merges ?? []) {
    const source = keys[m.top - top]?.[m.left - left];
    if (!source) continue;
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, top + nRows - 1); r++) {
      for (let c = Math.max(m.left, left); c <= Math.min(m.right, left + width - 1); c++) {
        if (r === m.top && c === m.left) continue;
        keys[r - top][c - left] = source;
        spread[r - top][c - left] = true;
      }
    }
  }
  return { top, bottom: top + nRows - 1, left, right: left + width - 1, keys, spread };
}

/**
 * A sheet saved without merges (a CSV turned into a workbook, cells unmerged by hand) writes a group header once, over
 * empty cells: "Gia đình học tập" in C4, nothing in D4:F4, the leaf headers in row 5. Such a header is spread right
 * over the empty cells that have a leaf header below them. Only rows with two or more texts of their own qualify, so
 * a lone title line is never spread over the table.
 */
function spreadUnmergedGroups(keys: (TextKeys | null)[][], spread: boolean[][]): void {
  for (let r = 0; r + 1 < keys.length; r++) {
    const row = keys[r];
    if (row.filter((k) => k !== null).length < 2) continue;
    const below = keys[r + 1];
    for (let c = 1; c < row.length; c++) {
      const left = row[c - 1];
      if (row[c] !== null || left === null || below[c] === null || below[c - 1] === null) continue;
      row[c] = left;
      spread[r][c] = true;
    }
  }
}

/** The header path of a column over a band of rows: the distinct texts from top to bottom ("Gia đình học tập", "Tổng số"). */
export function columnPath(area: HeaderArea, bandTop: number, bandBottom: number, col: number): TextKeys[] {
  const path: TextKeys[] = [];
  for (let r = bandTop; r <= bandBottom; r++) {
    const k = area.keys[r - area.top]?.[col - area.left] ?? null;
    if (k && (path.length === 0 || path[path.length - 1].plain !== k.plain)) path.push(k);
  }
  return path;
}

const NUMBERING = /^\(?\s*(\d{1,2}|[a-z])\s*\)?$/;

/** True when a row is the column-numbering row under a header: "(1) (2) (3) …", "1 2 3 …" or "A B C …". */
export function isNumberingRow(grid: Grid, row: number, left: number, right: number): boolean {
  let filled = 0;
  let numbered = 0;
  let prev: number | null = null;
  for (let c = left; c <= right; c++) {
    const v = cellAt(grid, row, c);
    if (v === null || v === "") continue;
    filled += 1;
    if (typeof v === "number") {
      // Numbers count only as a run 1, 2, 3 … so a data row of counts is never taken for numbering.
      if (Number.isInteger(v) && (prev === null ? v <= 2 : v === prev + 1)) numbered += 1;
      prev = typeof v === "number" ? v : prev;
    } else if (typeof v === "string" && NUMBERING.test(v.trim().toLowerCase())) {
      numbered += 1;
    }
  }
  return filled >= 3 && numbered / filled >= 0.8;
}
