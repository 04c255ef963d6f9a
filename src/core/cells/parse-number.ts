import { isCellError, type CellValue } from "../grid/grid";
import { isBlankCode, readNumberText } from "./number-text";

/** Why a cell could not be read as a number (lý do không đọc được số). */
export type NumberFailure = "empty" | "excel-error" | "not-a-number" | "ambiguous" | "boolean";

/** A cell read as a number: the value and whether it was typed as text, or why it is not a number. */
export type NumberRead =
  | { ok: true; value: number; fromText: boolean }
  | { ok: false; reason: NumberFailure; text?: string };

/** What a number cell must hold: a whole count (số đếm) or a decimal (số thập phân). */
export type NumberKind = "count" | "decimal";

const EMPTY: NumberRead = { ok: false, reason: "empty" };
const ERROR: NumberRead = { ok: false, reason: "excel-error" };
const BOOLEAN: NumberRead = { ok: false, reason: "boolean" };
const NOT_A_NUMBER: NumberRead = { ok: false, reason: "not-a-number" };

/** True when the text, ignoring trailing blanks, ends with a percent sign. */
export function endsWithPercent(s: string): boolean {
  let end = s.length;
  while (end > 0 && isBlankCode(s.charCodeAt(end - 1))) end--;
  const c = s.charCodeAt(end - 1);
  return c === 37 || c === 0xff05;
}

/**
 * Reads a cell as a number the way officers type them: numbers pass through; text such as "1.234", "12,5",
 * "1.234,5", "1,234.5" or " 45 " is read, and "1.234" in a decimal (or "1,5" in a count) is reported ambiguous.
 */
export function parseNumber(value: CellValue, kind: NumberKind): NumberRead {
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value, fromText: false } : NOT_A_NUMBER;
  if (typeof value === "string") {
    if (endsWithPercent(value)) return { ok: false, reason: "not-a-number", text: value };
    const r = readNumberText(value, kind);
    if (r.ok) return { ok: true, value: r.value, fromText: true };
    return r.reason === "empty" ? EMPTY : { ok: false, reason: r.reason, text: value };
  }
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "boolean") return BOOLEAN;
  return isCellError(value) ? ERROR : NOT_A_NUMBER;
}
