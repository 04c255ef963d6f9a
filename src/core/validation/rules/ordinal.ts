import { cellAt, type Grid } from "../../grid/grid";
import type { TableRow } from "../../templates/read-rows";
import { shown, type IssueSink } from "../sink";
import { parseNumber } from "../../cells";

/** Checks that STT runs 1, 2, 3 … over the subject rows (a restart at 1 after a sub-total is allowed); warnings. */
export function checkOrdinals(grid: Grid, rows: readonly TableRow[], col: number | undefined, sink: IssueSink): void {
  if (col === undefined) return;
  let expected = 1;
  let afterSubtotal = false;
  for (const r of rows) {
    if (r.kind === "subtotal") {
      afterSubtotal = true;
      continue;
    }
    if (r.kind !== "data") continue;
    const v = cellAt(grid, r.row, col);
    const n = parseNumber(v, "count");
    if (!n.ok) {
      if (n.reason !== "empty") sink.add("ordinal-sequence", "warning", r.row, col, { value: shown(v), expected }, { input: v, fieldId: "ordinal" });
      expected += 1;
      continue;
    }
    if (afterSubtotal && n.value === 1) expected = 1;
    afterSubtotal = false;
    if (n.value !== expected) {
      sink.add("ordinal-sequence", "warning", r.row, col, { value: shown(v), expected }, { input: v, fieldId: "ordinal", fix: { value: expected, safe: false } });
    }
    // Resynchronise so one gap is reported once, not on every following row.
    expected = n.value + 1;
  }
}
