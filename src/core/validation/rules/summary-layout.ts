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

/** The fields of a summary table in read order, their columns, and each group's place among them. */
export interface SummaryLayout {
  readonly fields: readonly Field[];
  /** The same fields with `required` off, for totals and sub-total rows. */
  readonly optionalFields: readonly Field[];
  readonly cols: readonly number[];
  readonly groups: readonly GroupLayout[];
  readonly index: ReadonlyMap<string, number>;
}

/** Lays out a detected summary table once, so each row is read into a plain array without lookups by name. */
export function summaryLayout(d: Detection): SummaryLayout {
  const t = d.template;
  const fields = t.fields.filter((f) => d.columns.has(f.id) && f.id !== "ordinal");
  const index = new Map(fields.map((f, i) => [f.id, i]));
  const at = (id: string) => index.get(id) ?? -1;
  return {
    fields,
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
