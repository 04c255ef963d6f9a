import { fixLegacyText, isNfc, isUnicodeOnlyVietnameseLetter, normalizeText, parseBoolean, parseNumber, parsePercent, textKey } from "../cells";
import { cellAt, formatAt, isCellError, type CellValue, type Grid } from "../grid/grid";
import type { Field } from "../templates/template.schema";
import { formatNumberVi, shown, type IssueSink } from "./sink";

/** Marks a cell that held something unreadable (its issue is already recorded). */
export const INVALID = { invalid: true } as const;

/** A cell's usable value for a field: number, yes/no, text, null when empty, or INVALID. Allocates nothing. */
export type CellRead = number | boolean | string | null | typeof INVALID;

/** A cell read for a field, as an object: the value, whether it was there, whether it was unreadable. */
export interface ReadCell {
  readonly value: number | boolean | string | null;
  readonly present: boolean;
  readonly invalid: boolean;
  /** Decimals the cell shows, for rates (from its number format or its text). */
  readonly decimals?: number;
}

/** Decimals a rate cell shows: from its text, its number format, or (General) the stored number itself. */
export function decimalsShown(grid: Grid, row: number, col: number): number {
  const v = cellAt(grid, row, col);
  if (typeof v === "string") {
    const m = /[.,](\d+)\s*%?\s*$/.exec(v.trim());
    return m ? m[1].length : 0;
  }
  const format = formatAt(grid, row, col);
  if (format && format !== "General") {
    const m = /0[.,](0+)/.exec(format);
    return m ? m[1].length : 0;
  }
  if (typeof v !== "number") return 0;
  if (Math.abs(v - Math.round(v)) < 1e-9) return 0;
  if (Math.abs(v * 10 - Math.round(v * 10)) < 1e-9) return 1;
  if (Math.abs(v * 100 - Math.round(v * 100)) < 1e-9) return 2;
  if (Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-9) return 3;
  return 10;
}

type Code = Parameters<IssueSink["add"]>[0];

function report(sink: IssueSink, v: CellValue, row: number, col: number, field: Field, code: Code, severity: "error" | "warning", params: Record<string, string | number> = {}, fix?: { value: string | number | null; safe: boolean }): void {
  sink.add(code, severity, row, col, { field: field.label, value: shown(v), ...params }, { input: v, fieldId: field.id, ...(fix ? { fix } : {}) });
}

/** Reads one cell for a field, recording cell-level issues (types, ranges, text as numbers, encodings). */
export function readValue(grid: Grid, row: number, col: number, field: Field, sink: IssueSink): CellRead {
  const v = cellAt(grid, row, col);
  const t = field.type;
  // Fast path: a plain number in a numeric column that is in range needs no parsing and no allocation.
  if (typeof v === "number" && (t === "count" || t === "score" || t === "points" || t === "rate" || t === "year")) {
    const whole = t === "count" || t === "year";
    const okWhole = !whole || Number.isInteger(v);
    const okSign = t !== "count" || v >= 0;
    const okRange = (field.min === undefined || v >= field.min) && (field.max === undefined || v <= field.max);
    if (okWhole && okSign && okRange && (t !== "rate" || !formatAt(grid, row, col)?.includes("%"))) return v;
  }
  if (v === null || v === "" || (typeof v === "string" && v.trim() === "")) {
    if (field.required) report(sink, v, row, col, field, "required-missing", "error");
    return null;
  }
  if (isCellError(v)) {
    // A rate's #DIV/0! over a zero total is judged by the rate rule, which knows the total.
    if (t !== "rate") report(sink, v, row, col, field, "excel-error", "error");
    return INVALID;
  }
  switch (t) {
    case "count":
    case "score":
    case "points":
    case "year":
    case "ordinal":
      return readNumber(v, row, col, field, sink);
    case "rate": {
      const p = parsePercent(v, formatAt(grid, row, col));
      if (!p.ok) {
        report(sink, v, row, col, field, p.reason === "ambiguous" ? "number-ambiguous" : "number-invalid", "error", { expected: "tỷ lệ %" });
        return INVALID;
      }
      if (p.fromText) report(sink, v, row, col, field, "number-as-text", "warning", { number: formatNumberVi(p.value) }, { value: p.value, safe: true });
      return p.value;
    }
    case "boolean": {
      const b = parseBoolean(v);
      if (b.ok) return b.value;
      report(sink, v, row, col, field, "boolean-invalid", "error");
      return INVALID;
    }
    case "choice":
      return readChoice(v, row, col, field, sink);
    default:
      return readText(v, row, col, field, sink);
  }
}

function readNumber(v: string | number | boolean, row: number, col: number, field: Field, sink: IssueSink): CellRead {
  const whole = field.type === "count" || field.type === "year" || field.type === "ordinal";
  const n = parseNumber(v, whole ? "count" : "decimal");
  if (!n.ok) {
    report(sink, v, row, col, field, n.reason === "ambiguous" ? "number-ambiguous" : "number-invalid", "error", { expected: whole ? "số nguyên" : "số" });
    return INVALID;
  }
  if (n.fromText && field.type !== "ordinal") report(sink, v, row, col, field, "number-as-text", "warning", { number: formatNumberVi(n.value) }, { value: n.value, safe: true });
  if (whole && !Number.isInteger(n.value)) {
    report(sink, v, row, col, field, "count-not-whole", "error");
    return INVALID;
  }
  if (field.type === "count" && n.value < 0) {
    report(sink, v, row, col, field, "count-negative", "error");
    return INVALID;
  }
  if ((field.min !== undefined && n.value < field.min) || (field.max !== undefined && n.value > field.max)) {
    report(sink, v, row, col, field, "value-out-of-range", "error", { min: field.min ?? 0, max: field.max ?? 0 });
    return INVALID;
  }
  return n.value;
}

function readChoice(v: string | number | boolean, row: number, col: number, field: Field, sink: IssueSink): CellRead {
  const key = textKey(String(v));
  const choices = field.choices ?? [];
  const hit = choices.find((c) => textKey(c) === key || key.startsWith(`${textKey(c)} `));
  if (hit !== undefined) return hit;
  report(sink, v, row, col, field, "choice-invalid", "error", { choices: choices.join(", ") });
  return INVALID;
}

/**
 * What a quick look at text tells (lookAtText): it needs reading, it needs none, or only the legacy question is open
 * (clean in every other way, but it holds Latin-1 letters and no letter only Unicode has: it may be TCVN3 or VNI).
 */
export const TextLook = { NeedsReading: 0, Plain: 1, LegacyOpen: 2 } as const;
export type TextLook = (typeof TextLook)[keyof typeof TextLook];

/**
 * One pass over text: Plain when it is what readText would return unchanged, with nothing to report — in NFC for sure
 * (no code at or above the combining marks but precomposed Vietnamese letters), single inner spaces only, and either no
 * Latin-1 letter or a letter only Unicode has, so it cannot be legacy-encoded; LegacyOpen when only that last question
 * is open; NeedsReading otherwise.
 */
export function lookAtText(s: string): TextLook {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return TextLook.NeedsReading;
  let latin1 = false;
  let unicodeOnly = false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 32 || c === 127 || (c === 32 && prev === 32)) return TextLook.NeedsReading;
    } else if (c <= 0xff) {
      if (c <= 0xa0) return TextLook.NeedsReading;
      latin1 = true;
    } else if (isUnicodeOnlyVietnameseLetter(c)) unicodeOnly = true;
    else if (c >= 0x300) return TextLook.NeedsReading;
    prev = c;
  }
  return !latin1 || unicodeOnly ? TextLook.Plain : TextLook.LegacyOpen;
}

function readText(v: string | number | boolean, row: number, col: number, field: Field, sink: IssueSink): CellRead {
  if (typeof v !== "string") return String(v);
  const look = lookAtText(v);
  if (look === TextLook.Plain) return v;
  const legacy = fixLegacyText(v);
  if (legacy) {
    const text = normalizeText(legacy.text);
    report(sink, v, row, col, field, "text-legacy-encoding", "warning", { encoding: legacy.encoding === "tcvn3" ? "TCVN3" : "VNI", text }, { value: legacy.text.normalize("NFC"), safe: true });
    return text;
  }
  // Not legacy text, and the quick look already found it in NFC with clean spaces.
  if (look === TextLook.LegacyOpen) return v;
  if (!isNfc(v)) report(sink, v, row, col, field, "text-not-nfc", "warning", {}, { value: v.normalize("NFC"), safe: true });
  return normalizeText(v);
}

/** Reads one cell for a field as an object (for the small per-subject sheets). */
export function readCell(grid: Grid, row: number, col: number, field: Field, sink: IssueSink): ReadCell {
  const r = readValue(grid, row, col, field, sink);
  if (r === INVALID) return { value: null, present: true, invalid: true };
  if (r === null) {
    const v = cellAt(grid, row, col);
    return { value: null, present: v !== null && !(typeof v === "string" && v.trim() === ""), invalid: false };
  }
  if (typeof r === "number") return field.type === "rate" ? { value: r, present: true, invalid: false, decimals: decimalsShown(grid, row, col) } : { value: r, present: true, invalid: false };
  return { value: r as string | boolean, present: true, invalid: false };
}
