import type { Detection } from "../../templates/detect";
import type { Field } from "../../templates/template.schema";
import { INVALID, type CellRead } from "../read-cell";

/** Where a group's columns are: field indexes into a row's values (-1 when absent) and sheet columns. */
export interface GroupLayout {
  readonly id: string;
  readonly label: string;
  readonly total: number;
  readonly registered: number;
  readonly recognised: number;
  readonly rate: number;
  readonly registeredRate: number;
}

/**
 * What a plain number may be in each field without any further reading (the fast path of readValue, decided once per
 * sheet): within [lo, hi], whole when `whole`, and for a rate not in a cell formatted as a percentage. A field that
 * takes no plain number (text, yes/no, choice) has lo = +∞.
 */
export interface FastNumbers {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly whole: Uint8Array;
  readonly rate: Uint8Array;
  readonly required: Uint8Array;
}

/** The fields of a summary table in read order, their columns, and each group's place among them. */
export interface SummaryLayout {
  readonly fields: readonly Field[];
  /** The same fields with `required` off, for totals and sub-total rows. */
  readonly optionalFields: readonly Field[];
  readonly cols: readonly number[];
  readonly groups: readonly GroupLayout[];
  readonly index: ReadonlyMap<string, number>;
  readonly fast: FastNumbers;
}

const NUMERIC = new Set(["count", "score", "points", "rate", "year"]);

function fastNumbers(fields: readonly Field[]): FastNumbers {
  const n = fields.length;
  const fast = { lo: new Float64Array(n), hi: new Float64Array(n), whole: new Uint8Array(n), rate: new Uint8Array(n), required: new Uint8Array(n) };
  fields.forEach((f, i) => {
    const numeric = NUMERIC.has(f.type);
    const lo = f.min ?? -Infinity;
    fast.lo[i] = !numeric ? Infinity : f.type === "count" ? Math.max(0, lo) : lo;
    fast.hi[i] = numeric ? (f.max ?? Infinity) : -Infinity;
    fast.whole[i] = f.type === "count" || f.type === "year" ? 1 : 0;
    fast.rate[i] = f.type === "rate" ? 1 : 0;
    fast.required[i] = f.required ? 1 : 0;
  });
  return fast;
}

/** Lays out a detected summary table once, so each row is read into a plain array without lookups by name. */
export function summaryLayout(d: Detection): SummaryLayout {
  const t = d.template;
  const fields = t.fields.filter((f) => d.columns.has(f.id) && f.id !== "ordinal");
  const index = new Map(fields.map((f, i) => [f.id, i]));
  const at = (id: string) => index.get(id) ?? -1;
  return {
    fields,
    fast: fastNumbers(fields),
    optionalFields: fields.map((f) => ({ ...f, required: false })),
    cols: fields.map((f) => d.columns.get(f.id) as number),
    index,
    groups: t.groups.map((g) => ({
      id: g.id,
      label: g.label,
      total: at(`${g.id}.total`),
      registered: at(`${g.id}.registered`),
      recognised: at(`${g.id}.recognised`),
      rate: at(`${g.id}.rate`),
      registeredRate: at(`${g.id}.registered-rate`),
    })),
  };
}

/** The number at a field index of a row, or null when absent, empty or unreadable. */
export function numAt(vals: readonly CellRead[], i: number): number | null {
  if (i < 0) return null;
  const v = vals[i];
  return typeof v === "number" ? v : null;
}

/** True when the cell at a field index held something unreadable. */
export function invalidAt(vals: readonly CellRead[], i: number): boolean {
  return i >= 0 && vals[i] === INVALID;
}
