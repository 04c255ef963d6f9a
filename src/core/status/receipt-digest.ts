import { isCellError, type CellValue, type Grid } from "../grid/grid";

/** Most row hashes a receipt keeps; longer sheets hash blocks of rows, so the receipt stays small in the workbook. */
export const MAX_ROW_HASHES = 2000;

/** Hashes of a sheet's rows (or blocks of rows) and columns at absolute positions, to count changed cells later. */
export interface SheetDigest {
  /** Rows per hashed block (1 for sheets up to MAX_ROW_HASHES rows). */
  readonly block: number;
  /** 0-based absolute index of the first block's first row is 0; `rows[k]` covers rows k·block … (k+1)·block − 1. */
  readonly rows: Readonly<Record<string, string>>;
  /** Hash per 0-based absolute column that holds any value. */
  readonly cols: Readonly<Record<string, string>>;
}

// FNV-1a 32-bit over UTF-16 code units: small and fast; collisions only make a count one lower, never hide a change
// (the whole-sheet fingerprint decides whether anything changed).
function feed(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x;
}

// A position as four bytes, so no text is built per cell.
function feedInt(h: number, n: number): number {
  let x = h;
  for (let k = 0; k < 4; k++) {
    x ^= (n >>> (8 * k)) & 0xff;
    x = Math.imul(x, 0x01000193);
  }
  return x;
}

const OFFSET = 0x811c9dc5;

/** The text a cell contributes to a hash, type-tagged as in fingerprintGrid; null for an empty cell. */
function token(v: CellValue): string | null {
  if (v === null || v === "") return null;
  if (isCellError(v)) return `E${v.error}`;
  return `${typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s"}${String(v)}`;
}

const hex = (h: number): string => (h >>> 0).toString(16).padStart(8, "0");

/** Row-block and column hashes of a grid; empty cells and the grid's own origin and trailing blanks do not count. */
export function digestGrid(grid: Grid, block?: number): SheetDigest {
  const lastRow = grid.origin.row + grid.values.length;
  const size = block ?? Math.max(1, Math.ceil(lastRow / MAX_ROW_HASHES));
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  // Running hashes (the current block, one per column) instead of map look-ups per cell: this is the hot loop.
  const colHash: number[] = [];
  let current = -1;
  let rowHash = OFFSET;
  let blockHasValue = false;
  const flush = () => {
    if (blockHasValue) rows.set(current, rowHash);
  };
  for (let i = 0; i < grid.values.length; i++) {
    const row = grid.values[i];
    const r = grid.origin.row + i;
    const b = Math.floor(r / size);
    if (b !== current) {
      flush();
      current = b;
      rowHash = OFFSET;
      blockHasValue = false;
    }
    for (let j = 0; j < row.length; j++) {
      const t = token(row[j]);
      if (t === null) continue;
      rowHash = feed(feedInt(rowHash, grid.origin.col + j), t);
      colHash[j] = feed(feedInt(colHash[j] ?? OFFSET, r), t);
      blockHasValue = true;
    }
  }
  flush();
  colHash.forEach((h, j) => {
    if (h !== undefined) cols.set(grid.origin.col + j, h);
  });
  const out = (m: Map<number, number>) => Object.fromEntries([...m.entries()].map(([k, h]) => [String(k), hex(h)]));
  return { block: size, rows: out(rows), cols: out(cols) };
}

/** How many cells differ between two digests of one sheet: at least `min`, exactly `min` when `exact`. */
export interface CellDifference {
  readonly min: number;
  readonly exact: boolean;
  readonly rows: number;
  readonly cols: number;
}

function differing(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): number {
  let n = 0;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[k] !== b[k]) n += 1;
  return n;
}

/**
 * Compares the digest kept in a receipt with one of the data now. Changed cells lie in the changed rows and columns,
 * so there are at least as many as the larger of the two counts, and exactly that many when they all share one row or
 * one column (with one row per hash).
 */
export function compareDigests(kept: SheetDigest, now: SheetDigest): CellDifference {
  const rows = differing(kept.rows, now.rows);
  const cols = differing(kept.cols, now.cols);
  const min = Math.max(rows, cols);
  return { min, exact: kept.block === 1 && (rows <= 1 || cols <= 1), rows, cols };
}
