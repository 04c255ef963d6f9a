import { isCellError, type CellValue } from "../grid/grid";
import { readNumberText } from "./number-text";
import { endsWithPercent, type NumberFailure } from "./parse-number";

/**
 * A cell read as a percentage in percent units (tỷ lệ %, 75 means 75 %): whether it came from text and whether it
 * was stored as a fraction under a % number format (0.75 shown as 75 %), or why it is not a percentage.
 */
export type PercentRead =
  | { ok: true; value: number; fromText: boolean; storedAsFraction: boolean }
  | { ok: false; reason: NumberFailure; text?: string };

const EMPTY: PercentRead = { ok: false, reason: "empty" };
const ERROR: PercentRead = { ok: false, reason: "excel-error" };
const BOOLEAN: PercentRead = { ok: false, reason: "boolean" };
const NOT_A_NUMBER: PercentRead = { ok: false, reason: "not-a-number" };

/** True when an Excel number format scales by 100: a "%" outside quoted text, escapes and [brackets]. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format || format.indexOf("%") < 0) return false;
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const c = format.charCodeAt(i);
    if (quoted) {
      if (c === 34) quoted = false;
    } else if (bracket) {
      if (c === 93) bracket = false;
    } else if (c === 34) quoted = true;
    else if (c === 91) bracket = true;
    else if (c === 92 || c === 95 || c === 42) i++; // \x, _x and *x take the next character literally
    else if (c === 37) return true;
    else if (c === 59) return false; // only the first (positive) section decides
  }
  return false;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21];

/** Multiplies a stored fraction by 100, rounded to 12 significant digits so 0.506 gives 50.6, not 50.599999…. */
export function fractionToPercent(v: number): number {
  const p = v * 100;
  if (p === 0 || !Number.isFinite(p)) return p === 0 ? 0 : p;
  const e = Math.floor(Math.log10(Math.abs(p)));
  // Fast path: an integer of at most 12 digits over an exact power of ten is the correctly rounded decimal.
  if (e >= -10 && e <= 11) {
    const scale = POW10[11 - e];
    return Math.round(p * scale) / scale;
  }
  return Number(p.toPrecision(12));
}

/**
 * Reads a cell as a percentage: a number under a % format is scaled by 100, a plain number is taken as it is, and
 * text such as "75%", "75 %", "50,6%" or "50,6" is read in percent units (text is never rescaled).
 */
export function parsePercent(value: CellValue, numberFormat: string | null): PercentRead {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return NOT_A_NUMBER;
    return isPercentFormat(numberFormat)
      ? { ok: true, value: fractionToPercent(value), fromText: false, storedAsFraction: true }
      : { ok: true, value, fromText: false, storedAsFraction: false };
  }
  if (typeof value === "string") {
    let end = value.length;
    if (endsWithPercent(value)) {
      end = value.lastIndexOf("%");
      if (end < 0) end = value.lastIndexOf("\uff05");
    }
    const r = readNumberText(value, "rate", 0, end);
    if (r.ok) return { ok: true, value: r.value, fromText: true, storedAsFraction: false };
    if (r.reason === "empty") return end === value.length ? EMPTY : { ok: false, reason: "not-a-number", text: value };
    return { ok: false, reason: r.reason, text: value };
  }
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "boolean") return BOOLEAN;
  return isCellError(value) ? ERROR : NOT_A_NUMBER;
}
