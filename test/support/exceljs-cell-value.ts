import type { CellValue } from "../../src/core/grid/grid";

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (serial 0 of the 1900 system as Excel counts it) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** The 1904 date system starts 1462 days later. */
const EPOCH_1904 = EPOCH_1900 - 1462;

/** The Excel serial number of a date exceljs made from a serial (exceljs reads serials as UTC dates). */
export function dateToSerial(d: Date, date1904: boolean): number | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const serial = t / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
  // exceljs rounds through milliseconds; keep the serial as Excel stored it to 1e-9 of a day.
  return Math.round(serial * 1e9) / 1e9;
}

type Obj = Record<string, unknown>;

function richTextToString(rt: unknown): string {
  if (!Array.isArray(rt)) return "";
  let s = "";
  for (const run of rt) if (run && typeof (run as Obj).text === "string") s += (run as Obj).text as string;
  return s;
}

function textOf(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v && typeof v === "object" && Array.isArray((v as Obj).richText)) return richTextToString((v as Obj).richText);
  return null;
}

export function scalar(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === "object" && typeof (v as Obj).error === "string") return { error: (v as Obj).error as string };
  return null;
}

/**
 * One exceljs cell value as a grid CellValue (giá trị ô): numbers, text, booleans and errors as they are; dates as
 * serial numbers; rich text and hyperlinks as their text; formulas (plain, shared or array) as their cached result,
 * or null when the file holds no result. Text is never trimmed or normalised.
 */
export function cellValueFromExcelJs(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return scalar(v, date1904);
  const o = v as Obj;
  if ("formula" in o || "sharedFormula" in o) return "result" in o ? scalar(o.result, date1904) : null;
  if (typeof o.error === "string") return { error: o.error };
  if (Array.isArray(o.richText)) return richTextToString(o.richText) || null;
  if ("hyperlink" in o || "text" in o) return textOf(o.text) || null;
  return null;
}

const FORMULA = 6; // ExcelJS.ValueType.Formula

/**
 * The grid value of an exceljs cell. Formula cells are read through `cell.result`: exceljs's `cell.value` drops a
 * cached result that is 0, false or "" (it copies only truthy fields), which would turn a computed 0 into a blank.
 */
export function cellValueOfCell(cell: { readonly type: unknown; readonly value: unknown; readonly result?: unknown }, date1904: boolean): CellValue {
  if (cell.type === FORMULA) return cell.result === undefined ? null : scalar(cell.result, date1904);
  return cellValueFromExcelJs(cell.value, date1904);
}
