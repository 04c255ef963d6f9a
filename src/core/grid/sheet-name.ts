// Excel's rules for a worksheet name, checked before Excel refuses it: at most 31 characters, none of [ ] : * ? / \,
// not starting or ending with an apostrophe, not the reserved "History", and unique in the workbook (case-insensitive).

/** The longest name Excel accepts for a worksheet. */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/;

/** Why a typed sheet name cannot be used; `char` is the first forbidden character, `existing` the clashing sheet. */
export type SheetNameProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "too-long"; readonly length: number }
  | { readonly kind: "forbidden-char"; readonly char: string }
  | { readonly kind: "apostrophe" }
  | { readonly kind: "reserved" }
  | { readonly kind: "duplicate"; readonly existing: string };

/** Checks a name the user typed for a new sheet against Excel's rules and the workbook's sheets; null when it is fine. */
export function sheetNameProblem(name: string, existingSheets: readonly string[]): SheetNameProblem | null {
  if (name.trim() === "") return { kind: "empty" };
  const length = [...name].length;
  if (length > MAX_SHEET_NAME_LENGTH) return { kind: "too-long", length };
  const bad = FORBIDDEN.exec(name);
  if (bad) return { kind: "forbidden-char", char: bad[0] };
  if (name.startsWith("'") || name.endsWith("'")) return { kind: "apostrophe" };
  if (name.toLowerCase() === "history") return { kind: "reserved" };
  const key = name.normalize("NFC").toLocaleLowerCase("vi");
  const clash = existingSheets.find((s) => s.normalize("NFC").toLocaleLowerCase("vi") === key);
  return clash === undefined ? null : { kind: "duplicate", existing: clash };
}
