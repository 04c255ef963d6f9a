// Custom-function arguments as Excel sends them: a scalar for one cell, any[][] for a range, numbers as numbers, and
// blank cells as 0 (desktop builds) or null (newer and web builds); with invocation.parameterAddresses when asked.
import { splitAddress } from "../../src/entries/functions/blanks";
import { parseRect, type WorkbookModel } from "./model";

/** What a build sends for a blank cell ("" is what a literal empty string argument looks like). */
export type BlankAs = 0 | null | "";

/** An argument: a sheet-qualified reference ("'Công dân'!G3:P3") or a literal typed into the formula. */
export type ArgSource = { ref: string } | { literal: unknown };

function fromRef(model: WorkbookModel, ref: string, blank: BlankAs): unknown {
  const { sheet, cells } = splitAddress(ref);
  const s = model.sheet(sheet);
  if (!s) throw new Error(`excel-fake: no sheet ${sheet}`);
  const r = parseRect(cells);
  const rows: unknown[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const row: unknown[] = [];
    for (let j = r.left; j <= r.right; j++) {
      const v = s.get(i, j);
      row.push(v === "" ? blank : v);
    }
    rows.push(row);
  }
  return r.top === r.bottom && r.left === r.right ? rows[0][0] : rows;
}

/** The arguments and invocation Excel would pass for these sources, blanks sent as `blank`. */
export function excelCall(model: WorkbookModel, sources: readonly ArgSource[], blank: BlankAs): { args: unknown[]; invocation: CustomFunctions.Invocation } {
  const args = sources.map((a) => ("ref" in a ? fromRef(model, a.ref, blank) : a.literal));
  const parameterAddresses = sources.map((a) => ("ref" in a ? a.ref : ""));
  return { args, invocation: { functionName: "", address: "", parameterAddresses, isInValuePreview: false } as unknown as CustomFunctions.Invocation };
}
