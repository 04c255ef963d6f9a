import { isCellError, type CellValue } from "../grid/grid";

/** A cell read as yes/no (có/không), or why it is not one. */
export type BooleanRead = { ok: true; value: boolean } | { ok: false; reason: "empty" | "excel-error" | "not-a-boolean" };

const YES_WORDS = ["có", "c", "x", "✓", "✔", "☑", "yes", "y", "true", "1"];
const NO_WORDS = ["không", "khong", "k", "ko", "0", "no", "n", "false", "✗", "✘", "-"];
const MARKS = /[\u0300-\u036f]/g;
const BLANKS = /\s+/g;
const LONGEST = 12;

/** The lookup key of a yes/no word: no diacritics, đ → d, lower case, no blanks. */
function wordKey(s: string): string {
  return s.normalize("NFD").replace(MARKS, "").replace(BLANKS, "").toLowerCase().replace(/đ/g, "d");
}

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ...YES_WORDS.map((w) => [wordKey(w), true] as const),
  ...NO_WORDS.map((w) => [wordKey(w), false] as const),
]);

const YES: BooleanRead = { ok: true, value: true };
const NO: BooleanRead = { ok: true, value: false };
const EMPTY: BooleanRead = { ok: false, reason: "empty" };
const ERROR: BooleanRead = { ok: false, reason: "excel-error" };
const INVALID: BooleanRead = { ok: false, reason: "not-a-boolean" };

/**
 * Reads a yes/no cell: TRUE/FALSE, 1/0, and only yes/no words or marks ("Có", "x", "✓", "không", "ko", "-"),
 * ignoring case, diacritics and blanks; verdict words such as "Đạt" are not yes/no and are rejected.
 */
export function parseBoolean(value: CellValue): BooleanRead {
  if (typeof value === "boolean") return value ? YES : NO;
  if (typeof value === "number") return value === 1 ? YES : value === 0 ? NO : INVALID;
  if (typeof value === "string") {
    const t = value.trim();
    if (t === "") return EMPTY;
    if (t.length > LONGEST) return INVALID;
    const hit = WORDS.get(wordKey(t));
    return hit === undefined ? INVALID : hit ? YES : NO;
  }
  if (value === null || value === undefined) return EMPTY;
  return isCellError(value) ? ERROR : INVALID;
}
