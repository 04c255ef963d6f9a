import type { CellRange } from "../grid/grid";

/** A value to write: a constant, a formula (with leading "="), or empty. Text is escaped by the writer, never run. */
export type SpecValue = string | number | boolean | null | { readonly formula: string };

/** Excel data validation for a range (kiểm tra dữ liệu nhập) — what the officer may type. */
export type SpecValidation =
  | { readonly kind: "whole"; readonly min: number; readonly max?: number; readonly message: string }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number; readonly message: string }
  | { readonly kind: "list"; readonly items: readonly string[]; readonly message: string };

/** Cell style by role, so Office and exceljs writers render the same form. */
export type SpecStyle = "title" | "subtitle" | "header" | "numbering" | "data" | "totals" | "note";

/**
 * A sheet to write (bảng tính cần ghi), independent of Excel or exceljs: values from A1 down, merges, number formats
 * per column range, styles per row, data validation, widths, and the header rows to freeze.
 */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly SpecValue[])[];
  readonly merges: readonly CellRange[];
  /** Style of each 0-based row (rows not listed are "data"). */
  readonly rowStyles: Readonly<Record<number, SpecStyle>>;
  /** Number formats by rectangle, e.g. "0" for counts, "0.0" for rates. */
  readonly numberFormats: readonly { readonly range: CellRange; readonly format: string }[];
  readonly validations: readonly { readonly range: CellRange; readonly rule: SpecValidation }[];
  /** Column widths in characters, by 0-based column. */
  readonly columnWidths: readonly number[];
  /** Rows above this 0-based row stay visible when scrolling. */
  readonly freezeRows: number;
  /** Internal links (sheet!A1) to write as hyperlinks, keyed "row,col" (0-based). */
  readonly links?: Readonly<Record<string, string>>;
}
