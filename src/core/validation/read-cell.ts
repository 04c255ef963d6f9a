import { fixLegacyText, isNfc, normalizeText, parseBoolean, parseNumber, parsePercent, textKey } from "../cells";
import { cellAt, formatAt, isCellError, type Grid } from "../grid/grid";
import type { Field } from "../templates/template.schema";
import { formatNumberVi, shown, type IssueSink } from "./sink";

/** A cell read for a field: the usable value (null when empty or wrong) and whether it was there at all. */
export interface ReadCell {
  readonly value: number | boolean | string | null;
  readonly present: boolean;
  /** True when the cell held something that could not be read (its issue is already recorded). */
  readonly invalid: boolean;
  /** Decimals the cell shows, for rates (from its number format or its text). */
  readonly decimals?: number;
}

const EMPTY: ReadCell = { value: null, present: false, invalid: false };

function decimalsOf(format: string | null, value: number, text: string | null): number {
  if (text !== null) {
    const m = /[.,](\d+)\s*%?\s*$/.exec(text.trim());
    return m ? m[1].length : 0;
  }
  if (format && format !== "General") {
    const m = /0[.,](0+)/.exec(format);
    return m ? m[1].length : 0;
  }
  const s = String(value);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 10);
}

/** Reads one cell for a field, recording the cell-level issues (types, ranges, text as numbers, encodings). */
export function readCell(grid: Grid, row: number, col: number, field: Field, sink: IssueSink): ReadCell {
  const v = cellAt(grid, row, col);
  const at = (code: Parameters<IssueSink["add"]>[0], severity: "error" | "warning" | "info", params: Record<string, string | number> = {}, fix?: { value: string | number | null; safe: boolean }) =>
    sink.add(code, severity, row, col, { field: field.label, value: shown(v), ...params }, { input: v, fieldId: field.id, ...(fix ? { fix } : {}) });
  if (v === null || v === "" || (typeof v === "string" && v.trim() === "")) {
    if (field.required) at("required-missing", "error");
    return EMPTY;
  }
  if (isCellError(v)) {
    // A rate's #DIV/0! over a zero total is judged by the rate rule, which knows the total.
    if (field.type !== "rate") at("excel-error", "error");
    return { value: null, present: true, invalid: true };
  }
  switch (field.type) {
    case "count":
    case "score":
    case "points":
    case "year":
    case "ordinal":
      return readNumber(v, field, at);
    case "rate": {
      const p = parsePercent(v, formatAt(grid, row, col));
      if (!p.ok) {
        at(p.reason === "ambiguous" ? "number-ambiguous" : "number-invalid", "error", { expected: "tỷ lệ %" });
        return { value: null, present: true, invalid: true };
      }
      if (p.fromText) at("number-as-text", "warning", {}, { value: p.value, safe: true });
      return { value: p.value, present: true, invalid: false, decimals: decimalsOf(formatAt(grid, row, col), p.value, typeof v === "string" ? v : null) };
    }
    case "boolean": {
      const b = parseBoolean(v);
      if (!b.ok) {
        at("boolean-invalid", "error");
        return { value: null, present: true, invalid: true };
      }
      return { value: b.value, present: true, invalid: false };
    }
    case "choice":
      return readChoice(v, field, at);
    default:
      return readText(v, at);
  }
}

type At = (code: Parameters<IssueSink["add"]>[0], severity: "error" | "warning" | "info", params?: Record<string, string | number>, fix?: { value: string | number | null; safe: boolean }) => void;

function readNumber(v: string | number | boolean, field: Field, at: At): ReadCell {
  const whole = field.type === "count" || field.type === "year" || field.type === "ordinal";
  const n = parseNumber(v, whole ? "count" : "decimal");
  if (!n.ok) {
    if (n.reason === "ambiguous") at("number-ambiguous", "error", { expected: whole ? "số nguyên" : "số" });
    else at("number-invalid", "error", { expected: whole ? "số nguyên" : "số" });
    return { value: null, present: true, invalid: true };
  }
  if (n.fromText && field.type !== "ordinal") at("number-as-text", "warning", { number: formatNumberVi(n.value) }, { value: n.value, safe: true });
  if (whole && !Number.isInteger(n.value)) {
    at("count-not-whole", "error");
    return { value: null, present: true, invalid: true };
  }
  if (field.type === "count" && n.value < 0) {
    at("count-negative", "error");
    return { value: null, present: true, invalid: true };
  }
  if ((field.min !== undefined && n.value < field.min) || (field.max !== undefined && n.value > field.max)) {
    at("value-out-of-range", "error", { min: field.min ?? 0, max: field.max ?? 0 });
    return { value: null, present: true, invalid: true };
  }
  return { value: n.value, present: true, invalid: false };
}

function readChoice(v: string | number | boolean, field: Field, at: At): ReadCell {
  const key = textKey(String(v));
  const choices = field.choices ?? [];
  const hit = choices.find((c) => textKey(c) === key || key.startsWith(`${textKey(c)} `));
  if (!hit) {
    at("choice-invalid", "error", { choices: choices.join(", ") });
    return { value: null, present: true, invalid: true };
  }
  return { value: hit, present: true, invalid: false };
}

function readText(v: string | number | boolean, at: At): ReadCell {
  if (typeof v !== "string") return { value: String(v), present: true, invalid: false };
  const legacy = fixLegacyText(v);
  if (legacy) {
    const text = normalizeText(legacy.text);
    at("text-legacy-encoding", "warning", { encoding: legacy.encoding === "tcvn3" ? "TCVN3" : "VNI", text }, { value: legacy.text.normalize("NFC"), safe: true });
    return { value: text, present: true, invalid: false };
  }
  if (!isNfc(v)) at("text-not-nfc", "warning", {}, { value: v.normalize("NFC"), safe: true });
  return { value: normalizeText(v), present: true, invalid: false };
}
