import { columnLetter } from "../grid/a1";
import type { CellValue } from "../grid/grid";
import { BUILTIN_SETS } from "./builtin";
import type { CriteriaSet } from "./criteria-set.schema";
import { CONFIDENCE_LABELS, CRITERIA_SHEET_HEADERS, CRITERIA_SHEET_NAME } from "./criteria-sheet";
import { parseCriteriaSet } from "./parse-set";
import { CONFIDENCE_MARKS, type Confidence, type Threshold } from "./threshold.schema";
import { valueEntries, withValues } from "./value-paths";

/** A problem found on the criteria sheet, with its 1-based row and cell address (A1). */
export interface CriteriaSheetIssue {
  readonly severity: "error" | "warning";
  readonly row: number;
  readonly cell: string;
  readonly message: string;
}

const fold = (v: CellValue) => (typeof v === "string" ? v.normalize("NFC").trim().toLowerCase() : "");
const COL = { set: 0, version: 1, path: 2, label: 3, value: 4, confidence: 5 } as const;

/** A number as officers type it: 12, "12", "12,5", "12.5". */
function readNumber(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string" || !/^\s*\d+([.,]\d+)?\s*$/.test(v)) return undefined;
  return Number(v.trim().replace(",", "."));
}

function readConfidence(v: CellValue): Confidence | undefined {
  const t = fold(v);
  if (!t) return undefined;
  const mark = CONFIDENCE_MARKS.find((m) => m.toLowerCase() === t || CONFIDENCE_LABELS[m].toLowerCase() === t);
  return mark;
}

/**
 * Reads the criteria sheet back (trang "Tiêu chí XHHT"): each row's value is checked against the base sets; a value
 * or mark an officer changed becomes a province value (mark T) and its set version "<version>+sheet". Returns only
 * the changed sets, ready to override the built-ins, and every problem with its row and cell.
 */
export function criteriaSetsFromGrid(values: readonly (readonly CellValue[])[], base: readonly CriteriaSet[] = BUILTIN_SETS): { sets: CriteriaSet[]; issues: CriteriaSheetIssue[] } {
  const issues: CriteriaSheetIssue[] = [];
  const err = (row: number, col: number, message: string, severity: CriteriaSheetIssue["severity"] = "error") =>
    issues.push({ severity, row: row + 1, cell: `${columnLetter(col)}${row + 1}`, message });
  const header = values.findIndex((r) => fold(r[0] ?? null) === CRITERIA_SHEET_HEADERS[0].toLowerCase());
  if (header < 0) {
    err(0, 0, `Trang "${CRITERIA_SHEET_NAME}" không có dòng tiêu đề bắt đầu bằng "${CRITERIA_SHEET_HEADERS[0]}".`);
    return { sets: [], issues };
  }
  const edits = new Map<string, { set: CriteriaSet; values: Record<string, Threshold>; firstRow: number }>();
  const seen = new Map<string, number>();
  for (let i = header + 1; i < values.length; i++) {
    const r = values[i];
    const cell = (c: number): CellValue => r[c] ?? null;
    if (r.every((v) => v === null || v === "")) continue;
    const id = typeof cell(COL.set) === "string" ? String(cell(COL.set)).trim() : "";
    const set = base.find((s) => s.id === id);
    if (!set) {
      err(i, COL.set, `Hàng ${i + 1}: không có bộ tiêu chí "${id || "(trống)"}".`);
      continue;
    }
    const path = typeof cell(COL.path) === "string" ? String(cell(COL.path)).trim() : "";
    const entry = valueEntries(set).find((e) => e.path === path);
    if (!entry) {
      err(i, COL.path, `Hàng ${i + 1}: bộ tiêu chí "${id}" không có đường dẫn "${path || "(trống)"}".`);
      continue;
    }
    const key = `${id}|${path}`;
    if (seen.has(key)) {
      err(i, COL.path, `Hàng ${i + 1}: "${id}" / "${path}" đã có ở hàng ${seen.get(key)}.`);
      continue;
    }
    seen.set(key, i + 1);
    const n = readNumber(cell(COL.value));
    const max = entry.percent ? 100 : Infinity;
    if (entry.kind === "required" && n !== 1) {
      err(i, COL.value, `Hàng ${i + 1}, ô ${columnLetter(COL.value)}${i + 1} (${entry.label}): chỉ số bắt buộc ghi 1; để xác nhận, đổi cột "${CRITERIA_SHEET_HEADERS[5]}".`);
      continue;
    }
    if (n === undefined || n < 0 || n > max) {
      const range = entry.percent ? "từ 0 đến 100" : "≥ 0";
      err(i, COL.value, `Hàng ${i + 1}, ô ${columnLetter(COL.value)}${i + 1} (${entry.label}): "${String(cell(COL.value) ?? "")}" không hợp lệ, phải là số ${range}.`);
      continue;
    }
    const mark = readConfidence(cell(COL.confidence));
    if (mark === undefined && fold(cell(COL.confidence)))
      err(i, COL.confidence, `Hàng ${i + 1}: độ tin cậy "${String(cell(COL.confidence))}" không rõ; dùng: ${Object.values(CONFIDENCE_LABELS).join(", ")}.`, "warning");
    const changed = n !== entry.threshold.value || (mark !== undefined && mark !== entry.threshold.confidence);
    if (!changed) continue;
    const e = edits.get(id) ?? { set, values: {}, firstRow: i };
    e.values[path] = { value: n, confidence: "T" };
    edits.set(id, e);
  }
  const sets: CriteriaSet[] = [];
  for (const [, e] of edits) {
    const applied = withValues(e.set, e.values).set;
    const version = e.set.version.endsWith("+sheet") ? e.set.version : `${e.set.version}+sheet`;
    const r = parseCriteriaSet({ ...applied, version, origin: "sheet" });
    if (r.ok) sets.push(r.value);
    else for (const m of r.error) err(e.firstRow, COL.value, `${m} (sửa trên trang "${CRITERIA_SHEET_NAME}").`);
  }
  return { sets, issues };
}
