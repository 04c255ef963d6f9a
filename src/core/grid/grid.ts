/** An Excel error value as read from a cell (#DIV/0!, #REF!, #VALUE!, #N/A, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC!). */
export interface CellError {
  readonly error: string;
}

/** One cell's value as a sheet holds it (bảng tính): number, text, boolean, an Excel error, or empty (null). */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells in 0-based sheet coordinates, inclusive on both ends. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A sheet as plain data (lưới ô): the used range's values, row-major, with optional number formats of the same
 * shape, merged areas and hidden rows. `origin` is the 0-based sheet position of values[0][0], so a used range that
 * starts at C5 still reports true addresses.
 */
export interface Grid {
  readonly sheetName: string;
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: readonly (readonly CellValue[])[];
  /** Excel number format per cell ("General", "0.0%", "#,##0"...); absent when the reader did not load them. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  readonly merges?: readonly CellRange[];
  /** 0-based sheet row indexes that are hidden or filtered out. */
  readonly hiddenRows?: readonly number[];
  /** True when the reader could not list the merged areas (Excel refuses more than 512): `merges` is then empty. */
  readonly mergesUnread?: boolean;
}

/** A row that holds nothing: what a grid's missing row (a hole in `values`) reads as. */
export const NO_CELLS: readonly CellValue[] = [];

/** True when a cell value is an Excel error value. */
export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

const ERROR_TEXT = /^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/** Turns the text an API gives for an error cell ("#DIV/0!") into a CellError; other values pass through. */
export function cellValueFromApi(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return ERROR_TEXT.test(v) ? { error: v } : v;
  if (isCellError(v as CellValue)) return v as CellError;
  return String(v);
}

/** The value at a 0-based sheet position, or null outside the grid. */
export function cellAt(grid: Grid, sheetRow: number, sheetCol: number): CellValue {
  const r = grid.values[sheetRow - grid.origin.row];
  if (!r) return null;
  const v = r[sheetCol - grid.origin.col];
  return v === undefined ? null : v;
}

/** The number format at a 0-based sheet position, or null when unknown. */
export function formatAt(grid: Grid, sheetRow: number, sheetCol: number): string | null {
  const r = grid.numberFormats?.[sheetRow - grid.origin.row];
  if (!r) return null;
  return r[sheetCol - grid.origin.col] ?? null;
}
