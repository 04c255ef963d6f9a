import { parseYesNo, selectSet, yearEnd, type CriteriaSet, type InputValue, type ReportDate, type TitleId } from "../../core/criteria";
import { currentCriteriaSets } from "./overrides";

/** A bad argument: becomes an Excel #VALUE! error with this Vietnamese message. */
export class ArgError extends Error {}

/** Flattens a range argument (row, column or block) into a list, blanks as null. */
export function flat(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  return range.flatMap((r) => (Array.isArray(r) ? r : [r])).map((v) => (v === "" || v === undefined ? null : v));
}

/** A number argument: numbers, numeric text ("7,5"), blank → null; anything else is an error naming the argument. */
export function num(v: unknown, name: string): number | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(v)) return Number(v.trim().replace(",", "."));
  throw new ArgError(`${name}: "${String(v)}" không phải là số.`);
}

/** A yes/no argument: TRUE/FALSE, 1/0, "Có"/"Không", blank → null. */
export function yesNo(v: unknown, name: string): boolean | null {
  const b = parseYesNo(v === "" ? null : v);
  if (b === undefined) throw new ArgError(`${name}: "${String(v)}" không phải Có/Không.`);
  return b;
}

/** Any cell as an engine input: yes/no text becomes a boolean, numbers stay numbers. */
export function cellInput(v: unknown, name: string): InputValue {
  if (v === null || v === undefined || v === "" || typeof v === "number" || typeof v === "boolean") return v === "" ? null : (v as InputValue);
  const b = parseYesNo(v);
  return b === undefined || b === null ? num(v, name) : b;
}

/** The report date: the end of the given year, or today when no year is given (the entry may read the clock). */
export function reportDate(year: number | null | undefined): ReportDate {
  if (year === null || year === undefined) {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  }
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ArgError(`Năm "${String(year)}" không hợp lệ (cần dạng 2024).`);
  return yearEnd(year);
}

/** The set in force for a title in the report year, including workbook overrides; an error when none applies. */
export function setFor(title: TitleId, year: number | null | undefined): CriteriaSet {
  const date = reportDate(year);
  const set = selectSet(title, date, currentCriteriaSets());
  if (!set) throw new ArgError(`Không có bộ tiêu chí "${title}" áp dụng cho năm ${date.year}.`);
  return set;
}
