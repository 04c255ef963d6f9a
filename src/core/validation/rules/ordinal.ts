import type { Grid } from "../../grid/grid";
import type { TableRows } from "../../templates/read-rows";
import { shown, type IssueSink } from "../sink";
import { parseNumber } from "../../cells";

/** Checks that STT runs 1, 2, 3 … over the subject rows (a restart at 1 after a sub-total is allowed); warnings. */
export function checkOrdinals(grid: Grid, rows: TableRows, col: number | undefined, sink: IssueSink): void {
  if (col === undefined) return;
  const sheetValues = grid.values;
  const originRow = grid.origin.row;
  const at = col - grid.origin.col;
  let expected = 1;
  let afterSubtotal = false;
  for (let i = 0; i < rows.length; i++) {
    const kind = rows.kind(i);
    if (kind === "subtotal") {
      afterSubtotal = true;
      continue;
    }
    if (kind !== "data") continue;
    const row = rows.row(i);
    const v = sheetValues[row - originRow]?.[at] ?? null;
    // A plain number is read as itself; only text and other values go through the parser.
    let value: number;
    if (typeof v === "number" && Number.isFinite(v)) value = v;
    else {
      const n = parseNumber(v, "count");
      if (!n.ok) {
        if (n.reason !== "empty") sink.add("ordinal-sequence", "warning", row, col, { value: shown(v), expected }, { input: v, fieldId: "ordinal" });
        expected += 1;
        continue;
      }
      value = n.value;
    }
    if (afterSubtotal && value === 1) expected = 1;
    afterSubtotal = false;
    if (value !== expected) {
      sink.add("ordinal-sequence", "warning", row, col, { value: shown(v), expected }, { input: v, fieldId: "ordinal", fix: { value: expected, safe: false } });
    }
    // Resynchronise so one gap is reported once, not on every following row.
    expected = value + 1;
  }
}
