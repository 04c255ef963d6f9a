import { isCellError, type CellValue } from "../grid/grid";
import { isRealDate, type CivilDate } from "./civil-date";
import { serialToDate } from "./excel-serial";
import { textKey } from "./text-key";

/** Why a cell could not be read as a date: "invalid-date" is a date-shaped value naming no real day (31/02/2024). */
export type DateFailure = "empty" | "excel-error" | "boolean" | "not-a-date" | "invalid-date";

/** A cell read as a date (ngày), or why it is not one. */
export type DateRead = { ok: true; value: CivilDate; fromText: boolean } | { ok: false; reason: DateFailure; text?: string };

const EMPTY: DateRead = { ok: false, reason: "empty" };
const ERROR: DateRead = { ok: false, reason: "excel-error" };
const BOOLEAN: DateRead = { ok: false, reason: "boolean" };
const NOT_A_DATE: DateRead = { ok: false, reason: "not-a-date" };
const INVALID: DateRead = { ok: false, reason: "invalid-date" };

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const SPOKEN = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;
const QUOTED = /"[^"]*"|\[[^\]]*\]|\\./g;
const DATE_TOKEN = /[dmy]/i;

/** True when an Excel number format shows a date ("dd/mm/yyyy", "d-mmm-yy"), not a number ("General", "#,##0"). */
export function isDateFormat(format: string): boolean {
  if (format === "" || format === "General" || format === "@") return false;
  return DATE_TOKEN.test(format.replace(QUOTED, ""));
}

function fromParts(day: number, month: number, year: number, text: string): DateRead {
  if (year < 1900 || !isRealDate(year, month, day)) return { ok: false, reason: "invalid-date", text };
  return { ok: true, value: { year, month, day }, fromText: true };
}

function readDateText(value: string): DateRead {
  const t = value.trim();
  if (t === "") return EMPTY;
  let m = DAY_FIRST.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[3]), Number(m[4]), value);
  m = YEAR_FIRST.exec(t);
  if (m) return fromParts(Number(m[4]), Number(m[3]), Number(m[1]), value);
  if (t.length <= 40) {
    m = SPOKEN.exec(textKey(t));
    if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), value);
  }
  return { ok: false, reason: "not-a-date", text: value };
}

/**
 * Reads a date cell: an Excel serial of the 1900 system (serial 1 is 1900-01-01, 60 is the fake 1900-02-29), or text
 * "dd/mm/yyyy" (also "-" or "." between, one-digit day and month), ISO "yyyy-mm-dd", or "ngày 5 tháng 12 năm 2024";
 * a number whose known format is not a date format is not a date.
 */
export function parseDate(value: CellValue, numberFormat?: string | null): DateRead {
  if (typeof value === "number") {
    if (numberFormat && !isDateFormat(numberFormat)) return NOT_A_DATE;
    if (!Number.isFinite(value)) return NOT_A_DATE;
    const d = serialToDate(value);
    if (d) return { ok: true, value: d, fromText: false };
    return value >= 1 && value < 61 ? INVALID : NOT_A_DATE;
  }
  if (typeof value === "string") return readDateText(value);
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "boolean") return BOOLEAN;
  return isCellError(value) ? ERROR : NOT_A_DATE;
}
