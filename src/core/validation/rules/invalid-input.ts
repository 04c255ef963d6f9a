import type { CriterionResult, Verdict } from "../../criteria";
import type { Template } from "../../templates/template.schema";
import type { ReadCell } from "../read-cell";
import type { IssueSink } from "../sink";

/** A cell the reader found unusable (out of range, not a number, an Excel error), with what it held and its range. */
export interface InvalidInput {
  readonly value: string | number;
  readonly min: number;
  readonly max: number;
}

const NONE: ReadonlyMap<string, InvalidInput> = new Map();

/**
 * The row's unusable input cells by field id. Their issues were recorded just before (the row's cells are read first),
 * so the raw value is found by looking back over this row's issues only.
 */
export function invalidInputs(t: Template, values: ReadonlyMap<string, ReadCell>, sink: IssueSink, row: number): ReadonlyMap<string, InvalidInput> {
  let out: Map<string, InvalidInput> | undefined;
  for (const f of t.fields) {
    if (!values.get(f.id)?.invalid) continue;
    out ??= new Map();
    let raw: string | number = "";
    for (let i = sink.issues.length - 1; i >= 0 && sink.issues[i].where.row === row + 1; i--) {
      const is = sink.issues[i];
      if (is.where.fieldId === f.id && is.input !== undefined && is.input !== null) {
        raw = typeof is.input === "number" ? is.input : String(is.input);
        break;
      }
    }
    out.set(f.id, { value: raw, min: f.min ?? 0, max: f.max ?? (f.type === "rate" ? 100 : f.type === "boolean" ? 1 : 0) });
  }
  return out ?? NONE;
}

/**
 * The verdict with inputs that were present but unusable named as invalid ("CS1 = 11 ngoài 0–10"), not as missing:
 * the officer typed something, so "thiếu" would send them looking for an empty cell.
 */
export function withInvalidCells(v: Verdict, bad: ReadonlyMap<string, InvalidInput>): Verdict {
  if (!bad.size || v.outcome !== "insufficient-data") return v;
  const criteria = v.criteria.map((c): CriterionResult => {
    const b = c.reason === "missing-input" ? bad.get(c.id) : undefined;
    return b ? { ...c, reason: "value-out-of-range", params: { ...c.params, value: b.value, min: b.min, max: b.max } } : c;
  });
  const invalid = criteria.filter((c) => c.reason === "value-out-of-range").map((c) => c.id);
  return { ...v, criteria, ...(invalid.length ? { invalid } : {}) };
}
